/**
 * `motcua import-formio`: a Form.io form (the JSON a Form.io builder saves, as provincial
 * one-stop systems keep their e-forms) into a motcua FormDefinition, with a list of what could
 * not be converted exactly. Nothing is dropped silently: every component is either converted,
 * converted with a note ("approximated"), reported "not converted" (custom JavaScript,
 * calculated values, signatures), or listed as ignored (buttons, hidden values).
 *
 * Form.io's component model, as read from its documentation and renderer (formio.js):
 * `display: "wizard"` makes each top-level panel a page; layout components (panel, columns,
 * fieldset, well, table, tabs, container) only arrange their children; `validate.pattern` is
 * matched against the whole value (the renderer anchors it), so it becomes `^(?:…)$`; a simple
 * `conditional` is `{ show, when, eq }` (4.x) or `{ show, conjunction, conditions }` (5.x).
 */
import { convert as htmlToText } from 'html-to-text';
import type { AttachmentRequirement, Condition, Field, FormDefinition, FormStep, GroupItemField, Option, PrefillKey } from '../../api/schemas.js';

export type NoteLevel = 'not-converted' | 'approximated' | 'ignored' | 'info';

export interface ImportNote {
  level: NoteLevel;
  /** The component's key path in the Form.io form: `applicant.members.relation`. */
  path: string;
  /** Its Form.io type. */
  type: string;
  message: string;
}

export interface ImportResult {
  definition: FormDefinition;
  notes: ImportNote[];
}

export interface ImportOptions {
  /** The national procedure code (MaTTHC) the form belongs to; else the form's `name`. */
  procedureCode?: string | undefined;
  /** The form's version; else the day of Form.io's `modified`, else `1`. */
  version?: string | undefined;
  /**
   * Which Form.io keys take the applicant's data (`{ hoTen: 'fullName' }`): a province's keys are
   * its own, so the importer cannot guess them. The form then prefills them and submits them as
   * the applicant.
   */
  prefill?: Readonly<Record<string, PrefillKey>>;
}

/** A Form.io component, as loosely as Form.io writes them. */
interface Component {
  type?: string;
  key?: string;
  label?: string;
  title?: string;
  legend?: string;
  input?: boolean;
  hidden?: boolean;
  disabled?: boolean;
  hideLabel?: boolean;
  description?: string;
  tooltip?: string;
  placeholder?: string;
  defaultValue?: unknown;
  multiple?: boolean;
  inputMask?: string;
  inputType?: string;
  components?: Component[];
  columns?: Array<{ components?: Component[] }>;
  rows?: Array<Array<{ components?: Component[] }>>;
  values?: Array<{ label?: string; value?: unknown }>;
  questions?: Array<{ label?: string; value?: unknown }>;
  data?: { values?: Array<{ label?: string; value?: unknown }>; url?: string; json?: unknown; resource?: string; custom?: string };
  dataSrc?: string;
  validate?: {
    required?: boolean;
    pattern?: string;
    customMessage?: string;
    minLength?: number | string;
    maxLength?: number | string;
    min?: number | string;
    max?: number | string;
    minWords?: number;
    maxWords?: number;
    custom?: string;
    json?: unknown;
  };
  conditional?: {
    show?: boolean | string | null;
    when?: string | null;
    eq?: unknown;
    json?: unknown;
    conjunction?: string;
    conditions?: Array<{ component?: string; operator?: string; value?: unknown }>;
  };
  customConditional?: string;
  logic?: unknown[];
  calculateValue?: unknown;
  customDefaultValue?: unknown;
  enableTime?: boolean;
  datePicker?: { minDate?: string | null; maxDate?: string | null };
  content?: string;
  html?: string;
  filePattern?: string;
  fileMaxSize?: string;
  addAnother?: string;
  editor?: string;
}

const LAYOUT = new Set(['panel', 'fieldset', 'well', 'columns', 'table', 'tabs', 'container']);
const GROUPS = new Set(['datagrid', 'editgrid']);
const NOT_QUESTIONS = new Set(['button', 'hidden', 'recaptcha']);
const NO_EQUIVALENT: Readonly<Record<string, string>> = {
  signature: 'a signature pad has no equivalent: the applicant signs the printed form or uses a digital signature',
  sketchpad: 'a drawing has no equivalent',
  password: 'a password is never asked in a public-service form',
  form: 'a nested Form.io form: convert it on its own and merge the steps',
  nestedform: 'a nested Form.io form: convert it on its own and merge the steps',
  resource: 'a Form.io resource lookup has no equivalent',
  location: 'a map location has no equivalent',
  captcha: 'a captcha is the portal\'s business, not the form\'s',
};

const EXTENSIONS: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
const DEFAULT_ACCEPT = ['application/pdf', 'image/jpeg', 'image/png'];
const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export function convertFormio(input: unknown, options: ImportOptions = {}): ImportResult {
  const notes: ImportNote[] = [];
  const root = (input && typeof input === 'object' ? input : {}) as { title?: string; name?: string; path?: string; display?: string; components?: Component[]; modified?: string };
  const components = Array.isArray(input) ? (input as Component[]) : (root.components ?? []);
  const note = (level: NoteLevel, path: string, type: string, message: string) => notes.push({ level, path, type, message });

  // Every key's component first: conditions need the kind and the values of the field they name.
  const byKey = new Map<string, Component>();
  const index = (list: readonly Component[]) => {
    for (const component of list) {
      if (component.key && !LAYOUT.has(component.type ?? '')) byKey.set(component.key, component);
      for (const child of children(component)) index([child]);
    }
  };
  index(components);

  const usedIds = new Set<string>();
  const attachments: AttachmentRequirement[] = [];
  const prefill = new Map(Object.entries(options.prefill ?? {}));
  for (const key of prefill.keys()) if (!byKey.has(key)) note('info', key, 'prefill', `--prefill names "${key}", which is no question of the form`);
  const converter = new Converter(byKey, usedIds, attachments, note, prefill);

  const title = text(root.title) || text(root.name) || 'Biểu mẫu';
  let steps: FormStep[];
  if (root.display === 'wizard') {
    steps = [];
    const loose: Component[] = [];
    for (const component of components) {
      if (component.type === 'panel') {
        const id = converter.uniqueId(component.key || `buoc-${steps.length + 1}`, component.key ?? '', 'panel');
        steps.push({ id, title: text(component.title) || text(component.label) || `Bước ${steps.length + 1}`, fields: converter.fields(component.components ?? [], [component.key ?? id], false) });
      } else loose.push(component);
    }
    const fields = converter.fields(loose, [], false);
    if (fields.length) {
      note('approximated', '(root)', 'wizard', 'components outside the wizard\'s pages are gathered on a last page');
      steps.push({ id: converter.uniqueId('khac', 'khac', 'panel'), title: 'Thông tin khác', fields });
    }
  } else {
    steps = [{ id: converter.uniqueId('bieu-mau', 'bieu-mau', 'form'), title, fields: converter.fields(components, [], false) }];
  }
  if (steps.length === 0) steps = [{ id: 'bieu-mau', title, fields: [] }];

  let procedureCode = options.procedureCode;
  if (!procedureCode) {
    procedureCode = text(root.name) || text(root.path) || 'chua-co-ma';
    note('info', '(root)', 'form', `no --procedure: the procedure code is "${procedureCode}", from the form's name; give the national code (MaTTHC)`);
  }
  let version = options.version;
  if (!version) {
    version = typeof root.modified === 'string' && /^\d{4}-\d{2}-\d{2}/.test(root.modified) ? `${root.modified.slice(0, 10)}.1` : '1';
    note('info', '(root)', 'form', `no --form-version: the version is "${version}"; change it with every edit of the form`);
  }
  const definition: FormDefinition = { procedureCode, version, title, steps, attachments };
  return { definition, notes };
}

class Converter {
  constructor(
    readonly byKey: ReadonlyMap<string, Component>,
    readonly usedIds: Set<string>,
    readonly attachments: AttachmentRequirement[],
    readonly note: (level: NoteLevel, path: string, type: string, message: string) => void,
    readonly prefill: ReadonlyMap<string, PrefillKey> = new Map(),
  ) {}

  /** Inside a group's row while above zero. */
  #rowDepth = 0;
  /** The ids of the row being converted. */
  #rowIds: Set<string> | undefined;

  /** Ids must be unique in the definition; a repeated Form.io key gets a suffix, and a note. */
  uniqueId(wanted: string, path: string, type: string): string {
    // A group's row is a scope of its own: its ids only need to differ from each other.
    const used = this.#rowIds ?? this.usedIds;
    let id = wanted;
    for (let n = 2; used.has(id); n++) id = `${wanted}_${n}`;
    if (id !== wanted) this.note('approximated', path, type, `the key "${wanted}" is used twice: this one is "${id}"`);
    used.add(id);
    return id;
  }

  fields(list: readonly Component[], path: readonly string[], inGroup: boolean): Field[] {
    return list.flatMap((component) => this.component(component, path, inGroup));
  }

  component(component: Component, parent: readonly string[], inGroup: boolean): Field[] {
    const type = component.type ?? 'unknown';
    const key = component.key ?? '';
    const path = [...parent, key].filter(Boolean).join('.') || type;
    if (LAYOUT.has(type)) return this.layout(component, type, parent, path, inGroup);
    if (NOT_QUESTIONS.has(type)) {
      this.note('ignored', path, type, type === 'hidden' ? 'a hidden value, not a question; compute it on the server' : `a ${type}, not a question`);
      return [];
    }
    const reason = NO_EQUIVALENT[type];
    if (reason) {
      this.note('not-converted', path, type, `"${text(component.label) || key}": ${reason}`);
      return [];
    }
    if (type === 'file') {
      this.file(component, path, inGroup);
      return [];
    }
    if (type === 'htmlelement' || type === 'content') {
      const body = plain(type === 'content' ? component.html : component.content);
      if (!body) {
        this.note('ignored', path, type, 'empty content');
        return [];
      }
      return [{ id: this.uniqueId(key || 'noi-dung', path, type), kind: 'note', label: body }];
    }
    if (GROUPS.has(type)) {
      if (inGroup) {
        this.note('approximated', path, type, `"${text(component.label) || key}": a table inside a table cannot repeat (groups do not nest); it becomes a text box`);
        return [this.base(component, 'textarea', path)];
      }
      return [this.group(component, type, parent, path)];
    }
    if (type === 'survey') return this.survey(component, path);
    return [this.input(component, type, path)];
  }

  layout(component: Component, type: string, parent: readonly string[], path: string, inGroup: boolean): Field[] {
    const here = component.key && type !== 'columns' && type !== 'table' ? [...parent, component.key] : [...parent];
    const heading = type === 'panel' ? text(component.title) : type === 'fieldset' ? text(component.legend) : '';
    const out: Field[] = [];
    if (heading && !inGroup) out.push({ id: this.uniqueId(component.key || `muc-${this.usedIds.size}`, path, type), kind: 'section', label: heading });
    else if (heading) this.note('approximated', path, type, `the heading "${heading}" inside a repeating group is dropped (a row has no sections)`);
    if (type === 'container') this.note('approximated', path, type, 'a container nests its answers under its key in Form.io; here they are top-level answers');
    if (type === 'tabs') {
      for (const tab of component.components ?? []) {
        if (text(tab.label) && !inGroup) out.push({ id: this.uniqueId(tab.key || `the-${this.usedIds.size}`, `${path}.${tab.key ?? ''}`, 'tab'), kind: 'section', label: text(tab.label) });
        out.push(...this.fields(tab.components ?? [], here, inGroup));
      }
      return out;
    }
    for (const child of children(component)) out.push(...this.component(child, here, inGroup));
    return out;
  }

  group(component: Component, type: string, parent: readonly string[], path: string): Field {
    const field = this.base(component, 'group', path);
    this.#rowDepth++;
    this.#rowIds = new Set();
    const rows = this.fields(component.components ?? [], [...parent, component.key ?? ''], true);
    this.#rowIds = undefined;
    this.#rowDepth--;
    field.fields = rows.map((row) => row as GroupItemField);
    const min = integer(component.validate?.minLength);
    const max = integer(component.validate?.maxLength);
    if (min !== undefined) field.minItems = min;
    else if (component.validate?.required) field.minItems = 1;
    if (max !== undefined) field.maxItems = max;
    const add = text(component.addAnother);
    if (/^thêm\s+/i.test(add)) {
      const name = add.replace(/^thêm\s+/i, '');
      field.itemLabel = name.charAt(0).toLocaleUpperCase('vi') + name.slice(1);
    }
    delete field.minLength;
    delete field.maxLength;
    if (type === 'editgrid') this.note('approximated', path, type, 'an edit grid (rows edited one at a time) becomes a repeating group (rows shown together)');
    return field;
  }

  survey(component: Component, path: string): Field[] {
    const options = optionsOf(component.values);
    this.note('approximated', path, 'survey', 'a survey becomes one radio question per row');
    return (component.questions ?? []).map((question, index) => {
      const field = this.base({ ...component, key: `${component.key ?? 'khao-sat'}_${String(question.value ?? index)}`, label: text(question.label) }, 'radio', path);
      field.options = options;
      return field;
    });
  }

  input(component: Component, type: string, path: string): Field {
    const label = text(component.label) || component.key || type;
    switch (type) {
      case 'textfield':
        return this.base(component, 'text', path);
      case 'textarea':
        if (component.editor) this.note('approximated', path, type, `"${label}": a rich-text editor becomes plain text`);
        return this.base(component, 'textarea', path);
      case 'number':
        return this.base(component, 'number', path);
      case 'currency':
        this.note('approximated', path, type, `"${label}": a currency amount becomes a number (đồng)`);
        return this.base(component, 'number', path);
      case 'email':
        return this.base(component, 'email', path);
      case 'phoneNumber':
        return this.base(component, 'phone', path);
      case 'url':
        return this.base(component, 'text', path);
      case 'day':
        return this.base(component, 'date', path);
      case 'datetime': {
        if (component.enableTime !== false) this.note('approximated', path, type, `"${label}": a date and time becomes a date (the time is not asked)`);
        const field = this.base(component, 'date', path);
        const min = component.datePicker?.minDate;
        const max = component.datePicker?.maxDate;
        if (typeof min === 'string' && /^\d{4}-\d{2}-\d{2}/.test(min)) field.min = min.slice(0, 10);
        if (typeof max === 'string' && /^\d{4}-\d{2}-\d{2}/.test(max)) field.max = max.slice(0, 10);
        return field;
      }
      case 'time': {
        this.note('approximated', path, type, `"${label}": a time becomes text in the HH:MM format`);
        const field = this.base(component, 'text', path);
        field.pattern = '^(?:[01]\\d|2[0-3]):[0-5]\\d$';
        field.patternMessage ??= 'Nhập giờ theo dạng HH:MM';
        return field;
      }
      case 'checkbox':
        if (component.inputType === 'radio') this.note('approximated', path, type, `"${label}": a radio-style checkbox becomes a checkbox`);
        return this.base(component, 'checkbox', path);
      case 'radio': {
        const field = this.base(component, 'radio', path);
        field.options = optionsOf(component.values);
        return field;
      }
      case 'selectboxes': {
        const field = this.base(component, 'checkboxes', path);
        field.options = optionsOf(component.values);
        return field;
      }
      case 'select': {
        const source = component.dataSrc ?? 'values';
        const values = source === 'values' ? component.data?.values : source === 'json' && Array.isArray(component.data?.json) ? (component.data?.json as Component['values']) : undefined;
        if (!values?.length) {
          this.note('approximated', path, type, `"${label}": its options come from ${source} (${component.data?.url ?? component.data?.resource ?? 'code'}), which the form cannot carry; it becomes free text: list the options, or serve them as a select`);
          return this.base(component, 'text', path);
        }
        const field = this.base(component, component.multiple ? 'checkboxes' : 'select', path);
        field.options = optionsOf(values);
        return field;
      }
      case 'address':
        this.note('approximated', path, type, `"${label}": a Form.io (map) address becomes a Vietnamese address: province, commune, street`);
        return this.base(component, 'address', path);
      case 'tags':
        this.note('approximated', path, type, `"${label}": tags become a text box, one per line`);
        return this.base(component, 'textarea', path);
      default:
        this.note('approximated', path, type, `"${label}": the Form.io type "${type}" has no equivalent; it becomes a text box`);
        return this.base(component, 'text', path);
    }
  }

  /** What every question carries: id, label, hint, rules, condition; and notes for the rest. */
  base(component: Component, kind: Field['kind'], path: string): Field {
    const type = component.type ?? 'unknown';
    const field: Field = { id: this.uniqueId(component.key || kind, path, type), kind, label: text(component.label) || component.key || '' };
    const hint = text(component.description) || text(component.tooltip) || (component.placeholder ? `Ví dụ: ${text(component.placeholder)}` : '');
    if (hint) field.hint = hint;
    const prefill = component.key ? this.prefill.get(component.key) : undefined;
    // The applicant's data goes to top-level questions only, not to a row of a group.
    if (prefill && this.#rowDepth === 0) field.prefill = prefill;
    const validate = component.validate ?? {};
    if (validate.required) field.required = true;
    const minLength = integer(validate.minLength);
    const maxLength = integer(validate.maxLength);
    if (minLength !== undefined && kind !== 'group') field.minLength = minLength;
    if (maxLength !== undefined && kind !== 'group') field.maxLength = maxLength;
    if (kind === 'number') {
      const min = numeric(validate.min);
      const max = numeric(validate.max);
      if (min !== undefined) field.min = min;
      if (max !== undefined) field.max = max;
    }
    if (validate.pattern) {
      // Form.io matches the pattern against the whole value; the contract's is a plain search.
      field.pattern = `^(?:${validate.pattern})$`;
      if (validate.customMessage) field.patternMessage = validate.customMessage;
    }
    const label = field.label || field.id;
    if (validate.custom) this.note('not-converted', path, type, `"${label}": custom JavaScript validation (validate.custom) is not converted; check it on the server`);
    if (validate.json) this.note('not-converted', path, type, `"${label}": JSONLogic validation is not converted; check it on the server`);
    if (validate.minWords !== undefined || validate.maxWords !== undefined) this.note('approximated', path, type, `"${label}": word counts are not checked`);
    if (component.calculateValue) this.note('not-converted', path, type, `"${label}": a calculated value is not converted; the applicant types it (compute it on the server)`);
    if (component.customDefaultValue) this.note('not-converted', path, type, `"${label}": a computed default value is not converted`);
    if (component.logic?.length) this.note('not-converted', path, type, `"${label}": ${component.logic.length} logic rule(s) (custom actions) are not converted`);
    if (component.defaultValue !== undefined && component.defaultValue !== '' && component.defaultValue !== null && !(Array.isArray(component.defaultValue) && component.defaultValue.length === 0) && !(typeof component.defaultValue === 'object' && !Array.isArray(component.defaultValue) && Object.values(component.defaultValue as object).every((value) => value === false)) && component.defaultValue !== false) {
      this.note('approximated', path, type, `"${label}": the default value ${JSON.stringify(component.defaultValue)} is not carried (use prefill for the applicant's data)`);
    }
    if (component.inputMask) this.note('approximated', path, type, `"${label}": the input mask "${component.inputMask}" is not carried; add a pattern if it matters`);
    if (component.disabled) this.note('approximated', path, type, `"${label}": disabled in Form.io, editable here`);
    if (component.hidden) this.note('approximated', path, type, `"${label}": hidden in Form.io until logic shows it; shown here`);
    if (component.multiple && kind !== 'checkboxes') this.note('approximated', path, type, `"${label}": several values become one`);
    const condition = this.condition(component, path, type, label);
    if (condition) field.visibleWhen = condition as Field['visibleWhen'];
    return field;
  }

  condition(component: Component, path: string, type: string, label: string): Condition | undefined {
    if (component.customConditional) {
      this.note('not-converted', path, type, `"${label}": a custom JavaScript condition is not converted; the question is always shown`);
      return undefined;
    }
    const conditional = component.conditional;
    if (!conditional) return undefined;
    if (conditional.json) {
      this.note('not-converted', path, type, `"${label}": a JSONLogic condition is not converted; the question is always shown`);
      return undefined;
    }
    const show = conditional.show === true || conditional.show === 'true';
    const hide = conditional.show === false || conditional.show === 'false';
    if (!show && !hide) return undefined;
    let condition: Condition | undefined;
    if (conditional.conditions?.length) {
      const parts: Condition[] = [];
      for (const rule of conditional.conditions) {
        const part = this.leaf(rule.component ?? '', rule.operator ?? 'isEqual', rule.value, path, type, label);
        if (!part) return undefined;
        parts.push(part);
      }
      condition = parts.length === 1 ? parts[0]! : conditional.conjunction === 'any' ? { any: parts } : { all: parts };
    } else if (conditional.when) {
      condition = this.leaf(conditional.when, 'isEqual', conditional.eq, path, type, label);
    } else return undefined;
    if (!condition) return undefined;
    return hide ? { not: condition } : condition;
  }

  leaf(when: string, operator: string, value: unknown, path: string, type: string, label: string): Condition | undefined {
    const key = when.replace(/^data\./, '').split('.').pop() ?? when;
    const target = this.byKey.get(key);
    if (!target) {
      this.note('not-converted', path, type, `"${label}": its condition names "${when}", which is no question of the form; the question is always shown`);
      return undefined;
    }
    const typed = typedValue(target, value);
    switch (operator) {
      case 'isEqual':
        return { field: key, equals: typed };
      case 'isNotEqual':
        return { not: { field: key, equals: typed } };
      case 'isEmpty':
        return { field: key, filled: false };
      case 'isNotEmpty':
        return { field: key, filled: true };
      default:
        this.note('not-converted', path, type, `"${label}": the condition operator "${operator}" is not converted; the question is always shown`);
        return undefined;
    }
  }

  file(component: Component, path: string, inGroup: boolean): void {
    const label = text(component.label) || component.key || 'Tệp đính kèm';
    if (inGroup) this.note('approximated', path, 'file', `"${label}": a file inside a repeating group becomes one attachment of the dossier`);
    const accept = acceptOf(component.filePattern);
    if (!accept.exact) this.note('approximated', path, 'file', `"${label}": file pattern "${component.filePattern ?? ''}" becomes ${accept.types.join(', ')}`);
    const maxBytes = bytesOf(component.fileMaxSize);
    if (maxBytes === undefined) this.note('approximated', path, 'file', `"${label}": no size limit in Form.io; the attachment takes at most 10 MB`);
    const conditional = component.conditional?.when || component.conditional?.conditions?.length || component.customConditional;
    if (conditional) this.note('approximated', path, 'file', `"${label}": attachments have no condition; it is asked always${component.validate?.required ? ', and optional' : ''}`);
    const requirement: AttachmentRequirement = {
      documentCode: this.uniqueId(component.key || 'tep', path, 'file'),
      name: label,
      required: Boolean(component.validate?.required) && !conditional,
      accept: accept.types,
      maxBytes: maxBytes ?? DEFAULT_MAX_BYTES,
      maxFiles: component.multiple ? 5 : 1,
    };
    const hint = text(component.description) || text(component.tooltip);
    if (hint) requirement.hint = hint;
    this.attachments.push(requirement);
  }
}

function children(component: Component): Component[] {
  return [
    ...(component.components ?? []),
    ...(component.columns ?? []).flatMap((column) => column.components ?? []),
    ...(component.rows ?? []).flatMap((row) => row.flatMap((cell) => cell.components ?? [])),
  ];
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/** HTML of a content component as the plain text a `note` shows (server strings are text, never HTML). */
function plain(html: string | undefined): string {
  if (!html) return '';
  return htmlToText(html, { wordwrap: false, selectors: [{ selector: 'a', options: { ignoreHref: true } }, { selector: 'img', format: 'skip' }] })
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function integer(value: unknown): number | undefined {
  const number = typeof value === 'string' && value.trim() ? Number(value) : value;
  return typeof number === 'number' && Number.isInteger(number) && number >= 0 ? number : undefined;
}

function numeric(value: unknown): number | undefined {
  const number = typeof value === 'string' && value.trim() ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) ? number : undefined;
}

function optionsOf(values: Component['values']): Option[] {
  return (values ?? [])
    .filter((option) => option.value !== undefined && option.value !== '')
    .map((option) => ({ value: String(option.value), label: text(option.label) || String(option.value) }));
}

/** Form.io compares with strings; the contract with the submitted value (a boolean, a number). */
function typedValue(target: Component, value: unknown): unknown {
  if (target.type === 'checkbox') return value === true || value === 'true';
  if ((target.type === 'number' || target.type === 'currency') && value !== '' && Number.isFinite(Number(value))) return Number(value);
  return typeof value === 'string' ? value : String(value);
}

function acceptOf(pattern: string | undefined): { types: string[]; exact: boolean } {
  const parts = (pattern ?? '').split(',').map((part) => part.trim().toLowerCase()).filter(Boolean);
  if (parts.length === 0 || parts.includes('*') || parts.includes('*.*')) return { types: DEFAULT_ACCEPT, exact: false };
  const types = new Set<string>();
  let exact = true;
  for (const part of parts) {
    if (part.includes('/')) {
      if (part.endsWith('/*')) {
        exact = false;
        for (const type of Object.values(EXTENSIONS)) if (type.startsWith(part.slice(0, -1))) types.add(type);
      } else types.add(part);
      continue;
    }
    const extension = part.replace(/^\*?\./, '');
    const type = EXTENSIONS[extension];
    if (type) types.add(type);
    else exact = false;
  }
  return types.size ? { types: [...types], exact } : { types: DEFAULT_ACCEPT, exact: false };
}

function bytesOf(size: string | undefined): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?\s*$/i.exec(size ?? '');
  if (!match) return undefined;
  const unit = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 }[(match[2] ?? 'b').toLowerCase() as 'b'];
  return Math.round(Number(match[1]) * unit);
}
