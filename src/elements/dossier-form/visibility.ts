/**
 * `visibleWhen`: which questions the applicant sees, given the answers so far.
 *
 * A condition (contract 1.1) is a leaf `{ field, equals?, in?, filled? }` comparing the
 * *submitted* value of another question (numbers as numbers, dates as ISO strings), or
 * `all` / `any` of several conditions, or `not` one. A leaf whose question is hidden does not
 * hold: a question about "the father" disappears with the checkbox that revealed it, even if
 * the hidden checkbox still holds an old answer. Inside a repeating group a leaf names a
 * question of the same row first, else a question of the form.
 *
 * Nothing here recurses: a definition may chain thousands of conditions (each question
 * revealed by the one before), or nest `not` a thousand deep, which a recursive walk would
 * turn into a stack overflow. Each condition is compiled once per definition into a flat
 * program (postfix), run on a stack reused by every evaluation; each question is settled once,
 * after the questions it depends on, and a circle of conditions hides the questions in it.
 */
import { conditionOf, type Condition, type Field, type FormDefinition, type VisibleWhen } from '../../api/schemas.js';
import { isEmptyAnswer, submittedValue, type Answers } from './answers.js';
import { ROW_SEPARATOR, rowFieldId, rowsOf } from './groups.js';
import type { PropertyValues } from 'lit';

/** A leaf of a compiled condition: its test, and whether it names a question of the same row. */
interface Leaf {
  test: VisibleWhen;
  local: boolean;
}

/** A condition in postfix: `>= 0` a leaf, `NOT`, or `ALL`/`ANY` followed by how many operands. */
interface Program {
  ops: number[];
  leaves: Leaf[];
}

const NOT = -1;
const ALL = -2;
const ANY = -3;

interface Compiled {
  byId: Map<string, Field>;
  programs: Map<Field, Program>;
  /** Ids of the questions some condition reads, and of the groups (a row added shows questions). */
  controllers: Set<string>;
}

const compiledForms = new WeakMap<FormDefinition, Compiled>();

function compiledOf(definition: FormDefinition): Compiled {
  let compiled = compiledForms.get(definition);
  if (compiled) return compiled;
  const byId = new Map<string, Field>();
  const programs = new Map<Field, Program>();
  const controllers = new Set<string>();
  const add = (field: Field, local?: ReadonlySet<string>) => {
    const condition = conditionOf(field);
    if (!condition) return;
    const program = compile(condition, local);
    programs.set(field, program);
    for (const leaf of program.leaves) controllers.add(leaf.test.field);
  };
  for (const step of definition.steps) {
    for (const field of step.fields) {
      if (byId.has(field.id)) continue;
      byId.set(field.id, field);
      add(field);
      if (field.kind === 'group') {
        controllers.add(field.id);
        const local = new Set((field.fields ?? []).map((item) => item.id));
        for (const item of field.fields ?? []) add(item, local);
      }
    }
  }
  compiledForms.set(definition, (compiled = { byId, programs, controllers }));
  return compiled;
}

/** Postfix, without recursion: children are visited from an explicit stack and emitted after. */
function compile(root: Condition, local: ReadonlySet<string> | undefined): Program {
  const ops: number[] = [];
  const leaves: Leaf[] = [];
  const stack: Array<{ node: Condition; expanded: boolean }> = [{ node: root, expanded: false }];
  while (stack.length) {
    const top = stack.pop()!;
    const node = top.node as Partial<{ all: Condition[]; any: Condition[]; not: Condition }>;
    const parts = Object.hasOwn(node, 'all') ? node.all : Object.hasOwn(node, 'any') ? node.any : Object.hasOwn(node, 'not') ? [node.not!] : undefined;
    if (!parts) {
      const test = top.node as VisibleWhen;
      ops.push(leaves.length);
      leaves.push({ test, local: !!local?.has(test.field) });
    } else if (top.expanded) {
      if (Object.hasOwn(node, 'not')) ops.push(NOT);
      else ops.push(Object.hasOwn(node, 'all') ? ALL : ANY, parts.length);
    } else {
      stack.push({ node: top.node, expanded: true });
      // Pushed in reverse, so the operands come out in order.
      for (let index = parts.length - 1; index >= 0; index--) stack.push({ node: parts[index]!, expanded: false });
    }
  }
  return { ops, leaves };
}

/** The operand stack every evaluation reuses. */
const values: boolean[] = [];

function run(program: Program, leaf: (test: Leaf) => boolean): boolean {
  values.length = 0;
  const { ops } = program;
  for (let index = 0; index < ops.length; index++) {
    const op = ops[index]!;
    if (op >= 0) values.push(leaf(program.leaves[op]!));
    else if (op === NOT) values.push(!values.pop());
    else {
      const count = ops[++index]!;
      let result = op === ALL;
      for (let n = 0; n < count; n++) {
        const value = values.pop()!;
        result = op === ALL ? result && value : result || value;
      }
      values.push(result);
    }
  }
  return values.pop() ?? false;
}

/** The question a leaf reads, for a question of the form or of a row: its answer's id and its field. */
function target(compiled: Compiled, leaf: Leaf, group: Field | undefined, row: string | undefined): [string, Field] | undefined {
  if (leaf.local && group && row !== undefined) {
    const item = group.fields!.find((candidate) => candidate.id === leaf.test.field)!;
    return [rowFieldId(group.id, row, item.id), item as Field];
  }
  const field = compiled.byId.get(leaf.test.field);
  return field ? [field.id, field] : undefined;
}

/** The questions whose answers can change what is shown (those conditions read, and the groups). */
export function controllersOf(definition: FormDefinition): ReadonlySet<string> {
  return compiledOf(definition).controllers;
}

/** A node to settle: a question of the form, or a question of a row. */
interface Node {
  id: string;
  field: Field;
  program: Program | undefined;
  group?: Field;
  row?: string;
}

/** Ids of the visible questions of the whole form, rows included (`<group>␟<row>␟<field>`). */
export function visibleFieldIds(definition: FormDefinition, answers: Answers): Set<string> {
  const compiled = compiledOf(definition);
  const nodes = new Map<string, Node>();
  for (const field of compiled.byId.values()) {
    nodes.set(field.id, { id: field.id, field, program: compiled.programs.get(field) });
    if (field.kind !== 'group') continue;
    for (const row of rowsOf(answers, field)) {
      for (const item of field.fields ?? []) {
        const id = rowFieldId(field.id, row, item.id);
        nodes.set(id, { id, field: item as Field, program: compiled.programs.get(item as Field), group: field, row });
      }
    }
  }

  const settled = new Map<string, boolean>();
  const onStack = new Set<string>();
  const stack: Node[] = [];
  /** The first question `node` depends on that is not settled yet; `null` when all are. */
  const pending = (node: Node): Node | null => {
    if (node.group && !settled.has(node.group.id)) return nodes.get(node.group.id)!;
    for (const leaf of node.program?.leaves ?? []) {
      const found = target(compiled, leaf, node.group, node.row);
      if (found && !settled.has(found[0])) return nodes.get(found[0]) ?? null;
    }
    return null;
  };
  const holds = (node: Node, leaf: Leaf): boolean => {
    const found = target(compiled, leaf, node.group, node.row);
    return !!found && settled.get(found[0]) === true && conditionHolds(leaf.test, submittedValue(found[1], answers.get(found[0])));
  };

  for (const start of nodes.values()) {
    if (settled.has(start.id)) continue;
    stack.push(start);
    onStack.add(start.id);
    while (stack.length) {
      const node = stack[stack.length - 1]!;
      const next = pending(node);
      if (next && onStack.has(next.id)) {
        // A circle: every question on it, from `next` up, is hidden.
        while (stack.length) {
          const member = stack.pop()!;
          onStack.delete(member.id);
          settled.set(member.id, false);
          if (member === next) break;
        }
      } else if (next) {
        stack.push(next);
        onStack.add(next.id);
      } else {
        stack.pop();
        onStack.delete(node.id);
        const inShownGroup = !node.group || settled.get(node.group.id) === true;
        settled.set(node.id, inShownGroup && (!node.program || run(node.program, (leaf) => holds(node, leaf))));
      }
    }
  }

  const visible = new Set<string>();
  for (const [id, shown] of settled) if (shown) visible.add(id);
  return visible;
}

/**
 * `equals` and `in` compare with the value; for a multiple choice (`checkboxes`) they
 * hold when any chosen option matches. `filled` tests presence. With no operator the
 * condition means "filled".
 */
export function conditionHolds(condition: VisibleWhen, value: unknown): boolean {
  const hasEquals = Object.hasOwn(condition, 'equals');
  const values = Array.isArray(value) ? value : [value];
  if (hasEquals && !values.some((candidate) => sameValue(candidate, condition.equals))) return false;
  if (condition.in !== undefined && !values.some((candidate) => condition.in!.some((option) => sameValue(candidate, option)))) {
    return false;
  }
  const filled = !isEmptyAnswer(value);
  if (condition.filled !== undefined) return condition.filled === filled;
  if (!hasEquals && condition.in === undefined) return filled;
  return true;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  // `equals: false` also matches a checkbox that was never touched.
  if (b === false && (a === undefined || a === null)) return true;
  return false;
}

/**
 * The questions the element shows, worked out again only when it matters: typing in a question
 * no condition reads cannot change what is shown, so a keystroke in a long step does not walk
 * every condition. The set stays the same object while what it holds is the same, so what
 * depends on it is not rendered again.
 */
export class VisibleQuestions {
  /** Ids of the questions shown, rows included. */
  ids: ReadonlySet<string> = new Set();
  /** Questions others' visibility depends on (`visibleWhen`), and the groups. */
  #controllers: ReadonlySet<string> = new Set();
  /** Answers typed since the last update: from which answers, to which, in which questions. */
  #typed: { before: Answers; answers: Answers; fields: string[] } | undefined;

  /** A new form: the questions its conditions read. */
  use(form: FormDefinition): void {
    this.#controllers = controllersOf(form);
  }

  /** The applicant typed in `fieldId`: the answers went from `before` to `after`. */
  typed(fieldId: string, before: Answers, after: Answers): void {
    const typed = (this.#typed ??= { before, answers: before, fields: [] });
    typed.fields.push(fieldId);
    typed.answers = after;
  }

  /**
   * Before a render (the element's `changed` properties): worked out again when the form or the
   * answers changed other than by typing in questions no condition reads. True when it was.
   */
  update(form: FormDefinition | undefined, answers: Answers, changed: PropertyValues): boolean {
    const typed = this.#typed;
    this.#typed = undefined;
    if (!form || !(changed.has('answers') || changed.has('form'))) return false;
    const conditionsStand = typed?.answers === answers && changed.get('answers') === typed.before && !changed.has('form');
    const controllers = this.#controllers;
    if (conditionsStand && !typed.fields.some((id) => controllers.has(id) || controllers.has(id.slice(id.lastIndexOf(ROW_SEPARATOR) + 1)))) return false;
    const visible = visibleFieldIds(form, answers);
    if (visible.size !== this.ids.size || [...visible].some((id) => !this.ids.has(id))) this.ids = visible;
    return true;
  }

  /** Answers put on screen at once (a restored draft, a new version): what they show, now. */
  show(form: FormDefinition, answers: Answers): void {
    this.ids = visibleFieldIds(form, answers);
  }
}
