/**
 * Dossier-form benchmark, run in the browser: how long a 150-question form takes to
 * appear, and what one keystroke costs once every question shows an error (the worst
 * case of live re-validation: the answer is re-checked, conditions recomputed and the
 * step with 150 questions and its error summary re-rendered).
 *
 * Budgets of issue #4, on this machine in headless Chromium: first render ≤ 50 ms,
 * ≤ 4 ms per keystroke. No network is involved: the definition is given as a property
 * (address questions are left out because they fetch their units).
 *
 * Floor (issue #18): the same questions in a plain hand-written Lit form
 * (`./floors/plain-form.ts`), measured the same way in the same page, one render or
 * keystroke of each in turn. Target: a keystroke ≤ 1.2× the floor's.
 */
import type { Field, FieldKind, FormDefinition, VisibleWhen } from '../../src/api/schemas.js';
import '../../src/elements/dossier-form/index.js';
import type { GovDossierForm } from '../../src/elements/dossier-form/dossier-form.js';
import { validateFields } from '../../src/elements/dossier-form/validation.js';
import { visibleFieldIds } from '../../src/elements/dossier-form/visibility.js';
// Imported by value and built with `new`: the package's `sideEffects` list would let the
// bundler drop an import kept only to define the tag.
import { PlainForm, type PlainQuestion } from './floors/plain-form.js';
import { idle, lane, pairOrder, removeLanes, timing, type Side, type Timing } from './measure.js';

export type { Timing } from './measure.js';

export interface FormBenchResult {
  fields: number;
  /** The very first render in the page, templates not compiled yet, milliseconds. */
  coldRender: number;
  /** From connecting the element to its step committed and laid out (after the cold one). */
  firstRender: Timing;
  /** From an `input` event in a question showing an error to the step re-rendered. */
  keystroke: Timing;
  /** Conditions plus every rule over the 150 answers, without rendering. */
  validateAll: Timing;
  /** The plain Lit form's first render and keystroke, measured in turn with the element's. */
  floor: { firstRender: Timing; keystroke: Timing };
  /** Errors each side shows after the keystrokes: the same, or the floor does other work. */
  errorsShown: { element: number; floor: number };
  /** Questions each side shows after the keystrokes (the conditional ones hide). */
  questionsShown: { element: number; floor: number };
}

export interface FormBenchOptions {
  fields?: number;
  renders?: number;
  keystrokes?: number;
  warmup?: number;
}

const KINDS: readonly FieldKind[] = [
  'text',
  'textarea',
  'number',
  'email',
  'phone',
  'date',
  'select',
  'radio',
  'checkbox',
  'checkboxes',
  'national-id',
  'section',
  'note',
];

const OPTIONS = [
  { value: 'a', label: 'Lựa chọn thứ nhất' },
  { value: 'b', label: 'Lựa chọn thứ hai' },
  { value: 'c', label: 'Lựa chọn thứ ba' },
];

/** A form of `count` questions on one step, every kind but address, one in ten conditional. */
export function syntheticForm(count = 150): FormDefinition {
  const fields: Field[] = [];
  for (let index = 0; index < count; index++) {
    const kind = KINDS[index % KINDS.length]!;
    const field: Field = {
      id: `q${index}`,
      kind,
      label: `Câu hỏi số ${index + 1} về thông tin của người nộp hồ sơ`,
      hint: index % 3 === 0 ? 'Ghi đúng như trên giấy tờ tùy thân' : undefined,
      required: kind !== 'section' && kind !== 'note',
    };
    if (field.hint === undefined) delete field.hint;
    if (kind === 'select' || kind === 'radio' || kind === 'checkboxes') field.options = OPTIONS;
    if (kind === 'text') Object.assign(field, { minLength: 2, maxLength: 100, pattern: '^[^0-9]*$', patternMessage: 'Không nhập chữ số' });
    if (kind === 'number') Object.assign(field, { min: 1, max: 1000 });
    if (kind === 'date') Object.assign(field, { min: '1900-01-01', max: '2030-12-31' });
    if (index % 10 === 9 && index > 0) field.visibleWhen = { field: 'q0', filled: false };
    fields.push(field);
  }
  return {
    procedureCode: 'bench',
    version: 'bench-1',
    title: 'Biểu mẫu đo hiệu năng',
    steps: [{ id: 'all', title: 'Tất cả câu hỏi', fields }],
    attachments: [],
  };
}

/**
 * Time between two keystrokes: 20 characters a second, faster than a fast typist. Keys sent
 * back to back (a fraction of a millisecond apart) made the collector's work for the garbage
 * of earlier keystrokes land inside the measured ones: on identical work 2 or 3 of 60
 * samples took 8-13 ms, which is the p95. Between a person's keystrokes Chromium gives that
 * work to its idle time.
 */
const KEY_INTERVAL_MS = 50;

/** The form's questions as the plain floor takes them: the same data, no motcua type. */
export function plainQuestions(definition: FormDefinition): PlainQuestion[] {
  return definition.steps[0]!.fields.map((field) => {
    const { id, kind, label, hint, required, options, minLength, maxLength, pattern, patternMessage, min, max } = field;
    // The synthetic form's conditions are leaves.
    const when = field.visibleWhen as VisibleWhen | undefined;
    return {
      id,
      kind,
      label,
      hint,
      required,
      options,
      minLength,
      maxLength,
      pattern,
      patternMessage,
      min,
      max,
      visibleWhen: when ? { field: when.field, filled: when.filled } : undefined,
    };
  });
}

/** What one side of the bench needs: its element, mounted, its step shown. */
interface Subject {
  el: GovDossierForm | PlainForm;
  ms: number;
}

/** Mounts one side in its lane and times it up to the step committed and laid out. */
async function mount(side: Side, definition: FormDefinition, questions: PlainQuestion[]): Promise<Subject> {
  let el: GovDossierForm | PlainForm;
  if (side === 'element') {
    const form = document.createElement('gov-dossier-form');
    form.setAttribute('drafts', 'off');
    form.definition = definition;
    el = form;
  } else {
    const form = new PlainForm();
    form.heading = definition.steps[0]!.title;
    form.questions = questions;
    el = form;
  }
  const start = performance.now();
  lane(side).append(el);
  await el.updateComplete;
  // Two updates: the element adopts the definition in the first one.
  await el.updateComplete;
  el.shadowRoot!.querySelector('.page')!.getBoundingClientRect();
  return { el, ms: performance.now() - start };
}

/** The step's "Tiếp tục": every question's error shown. */
async function showErrors(el: GovDossierForm | PlainForm): Promise<void> {
  const button = el.shadowRoot!.querySelector<HTMLButtonElement>(el.localName === 'plain-form' ? 'button' : '.actions .button')!;
  button.click();
  await el.updateComplete;
}

function firstInput(el: GovDossierForm | PlainForm): HTMLInputElement {
  return el.shadowRoot!.querySelector<HTMLInputElement>(el.localName === 'plain-form' ? '#q-q0' : '[data-field="q0"] input')!;
}

export async function benchForm(options: FormBenchOptions = {}): Promise<FormBenchResult> {
  const count = options.fields ?? 150;
  const definition = syntheticForm(count);
  const questions = plainQuestions(definition);

  const renders: Record<Side, number[]> = { element: [], floor: [] };
  let coldRender = 0;
  try {
    // The element's cold render first, alone, as the figure has always been taken.
    await idle();
    const cold = await mount('element', definition, questions);
    coldRender = cold.ms;
    cold.el.remove();
    for (let run = 0; run < (options.renders ?? 20); run++) {
      for (const side of pairOrder(run)) {
        // A page shows its form once. Back to back, each render would also pay for collecting
        // the 150 questions the previous run just threw away: the spread went from 20 to 80 ms
        // on identical work. An idle moment between runs, as any page has, leaves that to the
        // collector's idle time.
        await idle();
        const { el, ms } = await mount(side, definition, questions);
        renders[side].push(ms);
        el.remove();
      }
    }

    const subjects: Record<Side, GovDossierForm | PlainForm> = {
      element: (await mount('element', definition, questions)).el,
      floor: (await mount('floor', definition, questions)).el,
    };
    for (const el of Object.values(subjects)) await showErrors(el);
    const inputs = { element: firstInput(subjects.element), floor: firstInput(subjects.floor) };
    const keystrokes: Record<Side, number[]> = { element: [], floor: [] };
    const typed = 'Nguyễn Văn An Bình Minh Châu Đức Giang';
    const warmup = options.warmup ?? 10;
    const total = warmup + (options.keystrokes ?? 100);
    for (let index = 0; index < total; index++) {
      for (const side of pairOrder(index)) {
        await idle(KEY_INTERVAL_MS);
        const input = inputs[side];
        input.value = typed.slice(0, (index % typed.length) + 1);
        const start = performance.now();
        input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
        await subjects[side].updateComplete;
        const ms = performance.now() - start;
        if (index >= warmup) keystrokes[side].push(ms);
      }
    }
    const shown = (side: Side, selector: string) => subjects[side].shadowRoot!.querySelectorAll(selector).length;
    const errorsShown = { element: shown('element', '.error-message'), floor: shown('floor', '.error-message') };
    const questionsShown = {
      element: shown('element', '[data-field]'),
      floor: shown('floor', '.field, .section, .note'),
    };

    const answers = new Map<string, string>();
    for (const field of definition.steps[0]!.fields) answers.set(field.id, 'x');
    const validations: number[] = [];
    for (let run = 0; run < 50; run++) {
      const start = performance.now();
      validateFields(definition.steps[0]!.fields, answers, visibleFieldIds(definition, answers));
      validations.push(performance.now() - start);
    }

    return {
      fields: count,
      coldRender: Math.round(coldRender * 100) / 100,
      firstRender: timing(renders.element),
      keystroke: timing(keystrokes.element),
      validateAll: timing(validations),
      floor: { firstRender: timing(renders.floor), keystroke: timing(keystrokes.floor) },
      errorsShown,
      questionsShown,
    };
  } finally {
    removeLanes();
  }
}

// ---------------------------------------------------------------- repeating groups (issue #16)

/** The questions of one row of the group bench: a household member as the mock asks for one. */
const ROW: Field[] = [
  { id: 'name', kind: 'text', label: 'Họ, chữ đệm và tên', required: true, minLength: 2, maxLength: 100 },
  { id: 'born', kind: 'date', label: 'Ngày sinh', required: true, min: '1900-01-01', max: '2030-12-31' },
  { id: 'id', kind: 'national-id', label: 'Số định danh cá nhân', required: true },
];

/** A step with one group of `rows` rows (all there from the start: `minItems`). */
export function groupForm(rows = 40): FormDefinition {
  return {
    procedureCode: 'bench',
    version: 'bench-group-1',
    title: 'Biểu mẫu đo hiệu năng',
    steps: [
      {
        id: 'all',
        title: 'Thành viên hộ gia đình',
        fields: [{ id: 'members', kind: 'group', label: 'Thành viên', itemLabel: 'Thành viên', minItems: rows, maxItems: rows + 10, fields: ROW as never }],
      },
    ],
    attachments: [],
  };
}

/** The same questions as `groupForm`, each a question of the step: what the group is compared with. */
export function flatForm(rows = 40): FormDefinition {
  const fields: Field[] = [];
  for (let row = 0; row < rows; row++) for (const field of ROW) fields.push({ ...field, id: `${field.id}${row}` });
  return { ...groupForm(rows), steps: [{ id: 'all', title: 'Thành viên hộ gia đình', fields }] };
}

export interface GroupBenchResult {
  rows: number;
  questions: number;
  /** The element, the group of `rows` rows: connected to laid out. */
  firstRender: Timing;
  /** The element, the same questions each on the step. */
  plainQuestions: Timing;
  /** p50 of the group ÷ p50 of the same questions plain (issue #16's budget: ≤ 1.2). */
  ratio: { groupToPlain: number };
  /** The plain Lit form with the same questions, measured in turn with them. */
  floor: { firstRender: Timing };
}

/**
 * Issue #16: a 40-row repeating group renders in ≤ 1.2× the time of the same number of plain
 * questions. Three renders in turn, each after an idle moment: the element with the group, the
 * element with the questions flat, the plain Lit floor with the questions flat.
 */
export async function benchFormGroup(options: { rows?: number; renders?: number } = {}): Promise<GroupBenchResult> {
  const rows = options.rows ?? 40;
  const grouped = groupForm(rows);
  const flat = flatForm(rows);
  const questions = plainQuestions(flat);
  const samples = { group: [] as number[], plain: [] as number[], floor: [] as number[] };
  try {
    // Templates compiled once for each before anything is counted.
    for (const [side, definition] of [['element', grouped], ['element', flat], ['floor', flat]] as const) (await mount(side, definition, questions)).el.remove();
    for (let run = 0; run < (options.renders ?? 20); run++) {
      const order = [0, 1, 2].map((offset) => (run + offset) % 3);
      for (const which of order) {
        await idle();
        const side: Side = which === 2 ? 'floor' : 'element';
        const { el, ms } = await mount(side, which === 0 ? grouped : flat, questions);
        samples[which === 0 ? 'group' : which === 1 ? 'plain' : 'floor'].push(ms);
        el.remove();
      }
    }
    const group = timing(samples.group);
    const plain = timing(samples.plain);
    return {
      rows,
      questions: questions.length,
      firstRender: group,
      plainQuestions: plain,
      ratio: { groupToPlain: Math.round((group.p50 / plain.p50) * 100) / 100 },
      floor: { firstRender: timing(samples.floor) },
    };
  } finally {
    removeLanes();
  }
}
