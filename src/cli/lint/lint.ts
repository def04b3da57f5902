/**
 * `motcua lint-form`: what a FormDefinition's shape cannot say. The zod contract checks types;
 * this checks that the form works for the applicant: ids unique, conditions that refer to
 * questions already asked, no circles, no question that can never be shown, choices that can
 * be told apart, patterns that compile, match whole answers and cannot hang a browser
 * (catastrophic backtracking, found with scslre), and texts in every declared language.
 *
 * Pure: a definition in, findings out. The CLI command, `import-formio` and `conform` use it.
 */
import { analyse } from 'scslre';
import type { Condition, Field, FormDefinition, GroupItemField, VisibleWhen } from '../../api/schemas.js';
import { firstMismatch } from '../conform/contract.js';

export type Severity = 'error' | 'warning';

export interface Finding {
  rule: LintRule;
  severity: Severity;
  /** Dotted path into the definition: `steps.0.fields.3.pattern`. */
  path: string;
  message: string;
}

export type LintRule =
  | 'shape'
  | 'duplicate-id'
  | 'label-missing'
  | 'options-missing'
  | 'option-duplicate-value'
  | 'option-duplicate-label'
  | 'bounds'
  | 'group-empty'
  | 'step-empty'
  | 'pattern-invalid'
  | 'pattern-unicode'
  | 'pattern-unsafe'
  | 'pattern-unanchored'
  | 'condition-unknown-field'
  | 'condition-later-field'
  | 'condition-cycle'
  | 'unreachable'
  | 'attachment-accept'
  | 'translation-structure'
  | 'label-untranslated';

export interface LintOptions {
  /** The same form in other languages (`{ en: definition }`): same structure, every text present. */
  translations?: Readonly<Record<string, unknown>>;
}

/** Every rule with its severity and what it means, for the docs and `--help`. */
export const LINT_RULES: Readonly<Record<LintRule, string>> = {
  shape: 'the definition does not match the FormDefinition schema',
  'duplicate-id': 'two steps, two fields, two fields of one group or two attachments share an id',
  'label-missing': 'a field, step, option or attachment has no text (in a declared language too)',
  'options-missing': 'a select, radio or checkboxes field has no options',
  'option-duplicate-value': 'two options of a field have the same value (answers could not be told apart)',
  'option-duplicate-label': 'warning: two options of a field read the same',
  bounds: 'min above max, minLength above maxLength, minItems above maxItems, or a date bound that is not YYYY-MM-DD',
  'group-empty': 'a group has no fields',
  'step-empty': 'warning: a step has no question the applicant can see',
  'pattern-invalid': 'a pattern is not a valid regular expression',
  'pattern-unicode': 'warning: a pattern means something else with and without the u flag',
  'pattern-unsafe': 'a pattern can backtrack catastrophically (exponential: error; polynomial: warning)',
  'pattern-unanchored': 'warning: a pattern is not anchored with ^…$, so it accepts any answer that contains a match',
  'condition-unknown-field': 'a condition names no field of the form (of the row, inside a group)',
  'condition-later-field': 'a condition depends on a field asked later (or on the field itself)',
  'condition-cycle': 'conditions depend on each other in a circle: the fields in it are never shown',
  unreachable: 'a question can never be shown (its condition can never hold)',
  'attachment-accept': 'an attachment accepts no media type',
  'translation-structure': 'a translation differs from the form in more than its texts (ids, kinds, options, rules, version)',
  'label-untranslated': 'warning: a text of a translation is the Vietnamese one',
};

const WARNINGS = new Set<LintRule>(['option-duplicate-label', 'step-empty', 'pattern-unicode', 'pattern-unanchored', 'label-untranslated']);

const CHOICE_KINDS = new Set(['select', 'radio', 'checkboxes']);
const LAYOUT_KINDS = new Set(['section', 'note']);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

type AnyField = Field | GroupItemField;

interface Located {
  field: AnyField;
  path: string;
  /** Position in the order the applicant meets the questions. */
  order: number;
  /** The group a field of a row belongs to. */
  group?: Located;
}

export function lintForm(definition: unknown, options: LintOptions = {}): Finding[] {
  const findings: Finding[] = [];
  const add = (rule: LintRule, path: string, message: string, severity: Severity = WARNINGS.has(rule) ? 'warning' : 'error') =>
    findings.push({ rule, severity, path, message });

  const mismatch = firstMismatch('FormDefinition', definition);
  if (mismatch) {
    add('shape', mismatch.path, `${mismatch.rule} (found ${mismatch.value})`);
    return findings;
  }
  const form = definition as FormDefinition;
  const top = new Map<string, Located>();
  const all: Located[] = [];
  let order = 0;

  const stepIds = new Set<string>();
  form.steps.forEach((step, s) => {
    const stepPath = `steps.${s}`;
    if (stepIds.has(step.id)) add('duplicate-id', `${stepPath}.id`, `step id "${step.id}" is used twice`);
    stepIds.add(step.id);
    if (!step.title.trim()) add('label-missing', `${stepPath}.title`, `step "${step.id}" has no title`);
    step.fields.forEach((field, f) => {
      const located: Located = { field, path: `${stepPath}.fields.${f}`, order: order++ };
      if (top.has(field.id)) add('duplicate-id', `${located.path}.id`, `field id "${field.id}" is used twice (also at ${top.get(field.id)!.path})`);
      else top.set(field.id, located);
      all.push(located);
      if (field.kind === 'group') {
        const rowIds = new Set<string>();
        if (!field.fields?.length) add('group-empty', located.path, `group "${field.id}" has no fields`);
        (field.fields ?? []).forEach((item, i) => {
          const row: Located = { field: item, path: `${located.path}.fields.${i}`, order: order++, group: located };
          if (rowIds.has(item.id)) add('duplicate-id', `${row.path}.id`, `field id "${item.id}" is used twice in group "${field.id}"`);
          rowIds.add(item.id);
          all.push(row);
        });
      }
    });
  });

  for (const located of all) checkField(located, add);
  const hidden = checkConditions(all, top, add);

  form.steps.forEach((step, s) => {
    const shown = step.fields.filter((field) => !hidden.has(top.get(field.id)!) && !LAYOUT_KINDS.has(field.kind));
    if (!shown.length) add('step-empty', `steps.${s}`, `step "${step.id}" has no question the applicant can see`);
  });

  const documents = new Set<string>();
  form.attachments.forEach((attachment, a) => {
    const path = `attachments.${a}`;
    if (documents.has(attachment.documentCode)) add('duplicate-id', `${path}.documentCode`, `attachment "${attachment.documentCode}" is listed twice`);
    documents.add(attachment.documentCode);
    if (attachment.accept.length === 0) add('attachment-accept', `${path}.accept`, `attachment "${attachment.documentCode}" accepts no media type: nothing can be uploaded`);
  });

  for (const [language, translation] of Object.entries(options.translations ?? {})) {
    checkTranslation(form, language, translation, add);
  }
  return findings.sort((a, b) => comparePaths(a.path, b.path));
}

/** Findings in the order of the definition: its steps, then its attachments, then its translations. */
function comparePaths(a: string, b: string): number {
  const key = (path: string) => {
    const translation = /^\[([^\]]+)\] /.exec(path);
    const parts = (translation ? path.slice(translation[0].length) : path).split('.');
    const rank = parts[0] === 'attachments' ? 2 : parts[0] === 'steps' ? 1 : 0;
    return { language: translation?.[1] ?? '', rank, parts };
  };
  const [x, y] = [key(a), key(b)];
  if (x.language !== y.language) return x.language < y.language ? -1 : 1;
  if (x.rank !== y.rank) return x.rank - y.rank;
  for (let i = 0; i < Math.max(x.parts.length, y.parts.length); i++) {
    const [p, q] = [x.parts[i], y.parts[i]];
    if (p === q) continue;
    if (p === undefined) return -1;
    if (q === undefined) return 1;
    const [m, n] = [Number(p), Number(q)];
    if (Number.isInteger(m) && Number.isInteger(n)) return m - n;
    return p < q ? -1 : 1;
  }
  return 0;
}

type Add = (rule: LintRule, path: string, message: string, severity?: Severity) => void;

function checkField({ field, path }: Located, add: Add): void {
  const name = `field "${field.id}"`;
  if (!field.label.trim()) add('label-missing', `${path}.label`, `${name} has no label`);
  if (CHOICE_KINDS.has(field.kind) && !field.options?.length) add('options-missing', `${path}.options`, `${name} (${field.kind}) has no options`);
  const values = new Map<string, number>();
  const labels = new Map<string, number>();
  (field.options ?? []).forEach((option, o) => {
    if (values.has(option.value)) add('option-duplicate-value', `${path}.options.${o}.value`, `${name}: options ${values.get(option.value)} and ${o} have the value "${option.value}"`);
    values.set(option.value, o);
    const label = option.label.trim().toLocaleLowerCase('vi');
    if (labels.has(label)) add('option-duplicate-label', `${path}.options.${o}.label`, `${name}: options ${labels.get(label)} and ${o} both read "${option.label}"`);
    labels.set(label, o);
  });
  if (field.kind === 'date') {
    for (const bound of ['min', 'max'] as const) {
      const value = field[bound];
      if (value !== undefined && (typeof value !== 'string' || !ISO_DATE.test(value))) add('bounds', `${path}.${bound}`, `${name}: a date's ${bound} is a YYYY-MM-DD string, not ${JSON.stringify(value)}`);
    }
  }
  if (field.min !== undefined && field.max !== undefined && typeof field.min === typeof field.max && field.min > field.max) {
    add('bounds', `${path}.min`, `${name}: min ${JSON.stringify(field.min)} is above max ${JSON.stringify(field.max)}`);
  }
  if (field.minLength !== undefined && field.maxLength !== undefined && field.minLength > field.maxLength) {
    add('bounds', `${path}.minLength`, `${name}: minLength ${field.minLength} is above maxLength ${field.maxLength}`);
  }
  if ('minItems' in field && field.minItems !== undefined && field.maxItems !== undefined && field.minItems > field.maxItems) {
    add('bounds', `${path}.minItems`, `${name}: minItems ${field.minItems} is above maxItems ${field.maxItems}`);
  }
  if (field.pattern !== undefined) checkPattern(field.pattern, `${path}.pattern`, name, add);
}

/** How `<gov-dossier-form>` compiles a pattern (with `u`, else without) and how the mock does (without). */
export function checkPattern(pattern: string, path: string, name: string, add: Add): void {
  const compiles = (flags: string) => {
    try {
      new RegExp(pattern, flags);
      return true;
    } catch {
      return false;
    }
  };
  const unicode = compiles('u');
  const plain = compiles('');
  if (!unicode && !plain) {
    add('pattern-invalid', path, `${name}: /${pattern}/ is not a valid regular expression`);
    return;
  }
  if (unicode !== plain || /\\[pPu]\{/.test(pattern)) {
    add('pattern-unicode', path, `${name}: /${pattern}/ ${unicode ? 'means something else' : 'does not compile'} without the u flag; the element uses u, a back end may not`);
  }
  let result: ReturnType<typeof analyse>;
  try {
    result = analyse({ source: pattern, flags: unicode ? 'u' : '' }, { maxReports: 1 });
  } catch {
    return;
  }
  const report = result.reports[0];
  if (report) {
    const attack = `"${report.character.pick.repeat(3)}…"`;
    add(
      'pattern-unsafe',
      path,
      report.exponential
        ? `${name}: /${pattern}/ backtracks exponentially on answers like ${attack} followed by a mismatch: one answer can hang the browser`
        : `${name}: /${pattern}/ backtracks polynomially on long answers like ${attack} (set a maxLength, or rewrite it)`,
      report.exponential ? 'error' : 'warning',
    );
  }
  type Element = (typeof result.parsed.pattern.alternatives)[number]['elements'][number];
  // `.*` or `.+` at an end accepts anything there, which an anchor would not change.
  const anything = (element: Element | undefined) =>
    element?.type === 'Quantifier' && element.max === Infinity && element.element.type === 'CharacterSet' && element.element.kind === 'any';
  const anchored = result.parsed.pattern.alternatives.every((alternative) => {
    const first = alternative.elements[0];
    const last = alternative.elements.at(-1);
    const start = (first?.type === 'Assertion' && first.kind === 'start') || anything(first);
    const end = (last?.type === 'Assertion' && last.kind === 'end') || anything(last);
    return start && end;
  });
  if (!anchored) add('pattern-unanchored', path, `${name}: /${pattern}/ is not anchored: any answer containing a match passes; write ^(?:${pattern})$`);
}

function leaves(condition: Condition): VisibleWhen[] {
  if ('all' in condition) return condition.all.flatMap(leaves);
  if ('any' in condition) return condition.any.flatMap(leaves);
  if ('not' in condition) return leaves(condition.not);
  return [condition];
}

/** Reports what is wrong with the conditions; returns the fields that are never shown. */
function checkConditions(all: readonly Located[], top: ReadonlyMap<string, Located>, add: Add): Set<Located> {
  const rows = new Map<Located, Map<string, Located>>();
  for (const located of all) {
    if (!located.group) continue;
    const row = rows.get(located.group) ?? new Map<string, Located>();
    row.set(located.field.id, located);
    rows.set(located.group, row);
  }
  /** Inside a group a leaf names a field of the same row first, else a top-level field. */
  const resolve = (from: Located, id: string): Located | undefined => (from.group ? rows.get(from.group)?.get(id) : undefined) ?? top.get(id);

  const dependsOn = new Map<Located, Located[]>();
  for (const located of all) {
    const condition = located.field.visibleWhen as Condition | undefined;
    if (!condition) continue;
    const targets: Located[] = [];
    for (const leaf of leaves(condition)) {
      const target = resolve(located, leaf.field);
      if (!target) {
        add('condition-unknown-field', `${located.path}.visibleWhen`, `field "${located.field.id}" depends on "${leaf.field}", which is no field of the form${located.group ? ' nor of its row' : ''}`);
        continue;
      }
      targets.push(target);
      const own = located.group ?? located;
      if (target !== located && target !== own && target.order > located.order) {
        add('condition-later-field', `${located.path}.visibleWhen`, `field "${located.field.id}" depends on "${leaf.field}", asked later (${target.path})`);
      }
      if (target === located || target === own) add('condition-later-field', `${located.path}.visibleWhen`, `field "${located.field.id}" depends on itself`);
    }
    dependsOn.set(located, targets);
  }

  // Circles: depth-first search over the dependency graph.
  const state = new Map<Located, 'visiting' | 'done'>();
  const inCycle = new Set<Located>();
  /** Members of circles reported as such (a field depending on itself is reported as unreachable). */
  const inReportedCycle = new Set<Located>();
  const visit = (node: Located, stack: Located[]) => {
    if (state.get(node) === 'done') return;
    if (state.get(node) === 'visiting') {
      const cycle = stack.slice(stack.indexOf(node));
      if (cycle.length > 1 && !cycle.some((member) => inCycle.has(member))) {
        add('condition-cycle', `${node.path}.visibleWhen`, `conditions go round in a circle: ${[...cycle, node].map((member) => `"${member.field.id}"`).join(' → ')}; these fields are never shown`);
        for (const member of cycle) inReportedCycle.add(member);
      }
      for (const member of cycle) inCycle.add(member);
      return;
    }
    state.set(node, 'visiting');
    for (const target of dependsOn.get(node) ?? []) visit(target, [...stack, node]);
    state.set(node, 'done');
  };
  for (const located of all) visit(located, []);

  // Reachability: can each field's condition ever hold?
  const reachable = new Map<Located, string | null>();
  const why = (located: Located, seen: Set<Located>): string | null => {
    if (reachable.has(located)) return reachable.get(located)!;
    if (inCycle.has(located)) return inReportedCycle.has(located) ? 'it is in a circle of conditions' : 'it depends on itself';
    if (seen.has(located)) return null;
    seen.add(located);
    const ownGroup = located.group ? why(located.group, seen) : null;
    const condition = located.field.visibleWhen as Condition | undefined;
    const reason = ownGroup ? `its group is never shown (${ownGroup})` : condition ? unsatisfiable(condition, located, resolve, (target) => why(target, seen)) : null;
    reachable.set(located, reason);
    return reason;
  };
  const hidden = new Set<Located>();
  for (const located of all) {
    const reason = why(located, new Set());
    if (!reason) continue;
    hidden.add(located);
    if (!inReportedCycle.has(located)) add('unreachable', located.path, `field "${located.field.id}" can never be shown: ${reason}`);
  }
  return hidden;
}

/** Why a condition can never hold, or null when some answers make it hold. */
function unsatisfiable(
  condition: Condition,
  from: Located,
  resolve: (from: Located, id: string) => Located | undefined,
  reachable: (target: Located) => string | null,
): string | null {
  if ('any' in condition) {
    const reasons = condition.any.map((part) => unsatisfiable(part, from, resolve, reachable));
    return reasons.every(Boolean) ? `none of its alternatives can hold (${reasons[0]})` : null;
  }
  if ('not' in condition) return null;
  if ('all' in condition) {
    for (const part of condition.all) {
      const reason = unsatisfiable(part, from, resolve, reachable);
      if (reason) return reason;
    }
    const wanted = new Map<string, unknown>();
    for (const part of condition.all) {
      if (!('field' in part) || !Object.hasOwn(part, 'equals')) continue;
      const target = resolve(from, part.field);
      if (!target || target.field.kind === 'checkboxes') continue;
      if (wanted.has(target.field.id) && wanted.get(target.field.id) !== part.equals) {
        return `it needs "${part.field}" to equal both ${JSON.stringify(wanted.get(target.field.id))} and ${JSON.stringify(part.equals)}`;
      }
      wanted.set(target.field.id, part.equals);
    }
    return null;
  }
  const target = resolve(from, condition.field);
  if (!target) return `"${condition.field}" does not exist`;
  const hidden = reachable(target);
  if (hidden) return `"${condition.field}" is never shown (${hidden})`;
  const field = target.field;
  const hasValueTest = Object.hasOwn(condition, 'equals') || condition.in !== undefined;
  if (LAYOUT_KINDS.has(field.kind)) {
    return condition.filled === false && !hasValueTest ? null : `"${condition.field}" is a ${field.kind}, which has no value`;
  }
  if (!hasValueTest) return null;
  const possible = (value: unknown): boolean => {
    if (CHOICE_KINDS.has(field.kind)) return (field.options ?? []).some((option) => option.value === value);
    if (field.kind === 'checkbox') return typeof value === 'boolean';
    if (field.kind === 'number') return typeof value === 'number';
    return typeof value === 'string';
  };
  if (Object.hasOwn(condition, 'equals') && !possible(condition.equals)) {
    return `"${condition.field}" (${field.kind}) never has the value ${JSON.stringify(condition.equals)}`;
  }
  if (condition.in !== undefined && !condition.in.some(possible)) {
    return `"${condition.field}" (${field.kind}) never has any of ${JSON.stringify(condition.in)}`;
  }
  return null;
}

/** The texts of a form, by path, and everything else (its structure). */
function split(form: FormDefinition): { texts: Map<string, string>; structure: unknown } {
  const texts = new Map<string, string>();
  const TEXT_KEYS = new Set(['title', 'description', 'label', 'hint', 'patternMessage', 'itemLabel', 'name', 'declaration']);
  const walk = (value: unknown, path: string): unknown => {
    if (Array.isArray(value)) return value.map((item, index) => walk(item, path ? `${path}.${index}` : String(index)));
    if (!value || typeof value !== 'object') return value;
    const kept: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      const innerPath = path ? `${path}.${key}` : key;
      // Inside conditions every key is structure (a field's id, a value).
      if (TEXT_KEYS.has(key) && typeof inner === 'string' && !innerPath.includes('visibleWhen')) texts.set(innerPath, inner);
      else kept[key] = walk(inner, innerPath);
    }
    return kept;
  };
  return { texts, structure: walk(form, '') };
}

function checkTranslation(form: FormDefinition, language: string, translation: unknown, add: Add): void {
  const mismatch = firstMismatch('FormDefinition', translation);
  if (mismatch) {
    add('shape', `[${language}] ${mismatch.path}`, `${mismatch.rule} (found ${mismatch.value})`);
    return;
  }
  const original = split(form);
  const translated = split(translation as FormDefinition);
  const difference = firstDifference(original.structure, translated.structure, '');
  if (difference !== undefined) {
    add('translation-structure', `[${language}] ${difference || '(root)'}`, `the ${language} form differs from the form at ${difference || 'its root'}: only texts may differ (same ids, kinds, options, rules and version)`);
  }
  for (const [path, text] of original.texts) {
    const other = translated.texts.get(path);
    if (other === undefined || !other.trim()) {
      if (text.trim()) add('label-missing', `[${language}] ${path}`, `no ${language} text for "${text}"`);
    } else if (other === text && /[\u00C0-\u1EF9]/.test(text) && text.trim().split(/\s+/).length >= 3 && !/\.options\.\d+\.label$/.test(path)) {
      // Names (an ethnic group, a place, a law's title in an option) may stay Vietnamese: only sentences are flagged.
      add('label-untranslated', `[${language}] ${path}`, `the ${language} text is the Vietnamese "${text}"`);
    }
  }
}

function firstDifference(a: unknown, b: unknown, path: string): string | undefined {
  if (Object.is(a, b)) return undefined;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return path;
  if (Array.isArray(a) !== Array.isArray(b)) return path;
  const keys = new Set([...Object.keys(a), ...Object.keys(b as object)]);
  for (const key of keys) {
    const found = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], path ? `${path}.${key}` : key);
    if (found !== undefined) return found;
  }
  return undefined;
}
