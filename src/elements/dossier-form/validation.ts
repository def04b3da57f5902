/**
 * Validation rules derived from a `FormDefinition`: pure functions, no DOM, no locale.
 *
 * A rule answers a `FieldProblem`: a message key of the element's catalogue and its
 * parameters, so the element renders it in whatever locale is current (and re-renders
 * it when the locale changes). Rules run in the order an applicant fixes things:
 * presence, then shape (kind), then bounds, then the definition's own pattern.
 */
import type { Field } from '../../api/schemas.js';
import { nationalIdProblem as cccdProblem } from '../../api/national-id.js';
import type { PluralKey } from '../shared/localize.js';
import type { FormMessageKey } from './messages.vi.js';
import { characterCount, isBlank, nfc, plainDigits, withoutInvisibles } from '../../i18n/normalize.js';
import {
  addressOf,
  dateParts,
  hasAnswer,
  isEmptyAnswer,
  isoDate,
  normalizeNationalId,
  normalizedPhone,
  parseNumber,
  type AnswerValue,
  type Answers,
} from './answers.js';
import { expandRows, leastRows } from './groups.js';

/**
 * Longest answer (in characters) a definition's `pattern` is tested on. Patterns come from
 * the server, and a badly written one backtracks for a time that grows steeply with the
 * input: past this length the answer is left to the server, which checks it anyway.
 */
export const PATTERN_MAX_INPUT = 256;

/** Which control of a composite field (date, address) the problem is about. */
export type FieldPart = 'day' | 'month' | 'year' | 'province' | 'commune' | 'street';

export interface FieldProblem {
  /** Key in the dossier-form catalogue, e.g. `form.error.required`. */
  key: FormMessageKey | PluralKey<FormMessageKey>;
  params: Record<string, string | number>;
  part?: FieldPart;
  /** `key` is the base of a plural message (`key.one`, `key.other`), chosen by `params.count`. */
  plural?: boolean;
}

export interface ValidationOptions {
  /** Today as `YYYY-MM-DD` in Vietnam; injected by tests. */
  today?: string;
}

function problem(key: FormMessageKey | PluralKey<FormMessageKey>, field: Field, params: Record<string, string | number> = {}, part?: FieldPart): FieldProblem {
  const result: FieldProblem = { key, params: { label: field.label, ...params } };
  if (part) result.part = part;
  return result;
}

/**
 * The checks a 12-digit CCCD number carries (province of birth registration, century and
 * gender, a year of birth not in the future): `src/api/identifiers.ts`, the one implementation
 * the mock back end shares, with its "wrong shape" named after this form's message.
 */
export function nationalIdProblem(digits: string, currentYear: number): 'length' | 'province' | 'century' | null {
  const found = cccdProblem(digits, currentYear);
  return found === 'format' ? 'length' : found;
}

/**
 * What one of the element's own identity questions checks beyond its kind (applicant.ts: a
 * tax code with its check digit, a passport number, an organisation's code): the message of
 * the problem, or null. A function the question carries, so these checks come with it.
 */
export type IdentifierCheck = (text: string) => FormMessageKey | null;

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

const compiled = new Map<string, RegExp | null>();
/** Patterns come from the server; one that does not compile is left to the server to enforce. */
function compile(pattern: string): RegExp | null {
  let regex = compiled.get(pattern);
  if (regex === undefined) {
    try {
      regex = new RegExp(pattern, 'u');
    } catch {
      try {
        regex = new RegExp(pattern);
      } catch {
        regex = null;
      }
    }
    compiled.set(pattern, regex);
  }
  return regex;
}

let vietnamDay: Intl.DateTimeFormat | undefined;
/** Today in Vietnam as `YYYY-MM-DD` (en-CA formats so); the formatter is costly, so kept. */
export function todayInVietnam(): string {
  vietnamDay ??= new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' });
  return vietnamDay.format(new Date());
}

function asNumber(bound: string | number | undefined): number | undefined {
  if (bound === undefined) return undefined;
  const number = typeof bound === 'number' ? bound : Number(bound);
  return Number.isFinite(number) ? number : undefined;
}

function asDate(bound: string | number | undefined): string | undefined {
  return typeof bound === 'string' && isoDate(bound) !== null ? isoDate(bound)! : undefined;
}

/** The problem with one answer, or null when it is acceptable. Hidden fields are not validated. */
export function validateField(field: Field, value: AnswerValue | undefined, options: ValidationOptions = {}): FieldProblem | null {
  if (!hasAnswer(field)) return null;

  if (field.kind === 'group') return groupProblem(field, value);
  if (field.kind === 'address') return addressProblem(field, value);
  if (field.kind === 'date') return dateProblem(field, value);

  if (isEmptyAnswer(value)) {
    if (!field.required) return null;
    switch (field.kind) {
      case 'select':
      case 'radio':
      case 'checkboxes':
        return problem('form.error.required-choice', field);
      case 'checkbox':
        return problem('form.error.required-checkbox', field);
      default:
        return problem('form.error.required', field);
    }
  }

  switch (field.kind) {
    case 'checkbox':
      return null;
    case 'select':
    case 'radio': {
      // A value from an old draft or an older form version may no longer be offered.
      const known = field.options?.some((option) => option.value === value) ?? false;
      return known ? null : problem('form.error.choice', field);
    }
    case 'checkboxes': {
      const chosen = Array.isArray(value) ? value : [];
      const offered = new Set(field.options?.map((option) => option.value));
      return chosen.every((choice) => offered.has(choice)) ? null : problem('form.error.choice', field);
    }
    default:
      return textProblem(field, typeof value === 'string' ? nfc(value).trim() : '', options);
  }
}

function textProblem(field: Field, text: string, options: ValidationOptions): FieldProblem | null {
  let compared = text;
  switch (field.kind) {
    case 'email':
      compared = withoutInvisibles(text);
      if (!EMAIL.test(compared)) return problem('form.error.email', field);
      break;
    case 'phone': {
      const phone = normalizedPhone(text);
      if (phone === null) return problem('form.error.phone', field);
      compared = phone;
      break;
    }
    case 'national-id': {
      compared = normalizeNationalId(text);
      const year = Number((options.today ?? todayInVietnam()).slice(0, 4));
      const kind = nationalIdProblem(compared, year);
      if (kind) return problem(`form.error.national-id-${kind}`, field);
      break;
    }
    case 'number': {
      const number = parseNumber(text);
      if (Number.isNaN(number)) return problem('form.error.number', field);
      const min = asNumber(field.min);
      const max = asNumber(field.max);
      if (min !== undefined && number < min) return problem('form.error.min', field, { min });
      if (max !== undefined && number > max) return problem('form.error.max', field, { max });
      break;
    }
    default: {
      const check = (field as { check?: IdentifierCheck }).check;
      const found = check?.(text);
      if (found) return problem(found, field);
    }
  }

  // Lengths count NFC characters, as the applicant sees them and the server counts them.
  const length = characterCount(compared);
  if (field.minLength !== undefined && length < field.minLength) {
    return problem('form.error.min-length', field, { min: field.minLength });
  }
  if (field.maxLength !== undefined && length > field.maxLength) {
    return problem('form.error.max-length', field, { max: field.maxLength });
  }

  if (field.pattern && length <= PATTERN_MAX_INPUT) {
    const regex = compile(field.pattern);
    if (regex && !regex.test(compared)) {
      return field.patternMessage
        ? problem('form.error.custom', field, { message: field.patternMessage })
        : problem('form.error.pattern', field);
    }
  }
  return null;
}

function dateProblem(field: Field, value: AnswerValue | undefined): FieldProblem | null {
  const parts = dateParts(value);
  const missing = (['day', 'month', 'year'] as const).filter((part) => isBlank(parts[part]));
  if (missing.length === 3) return field.required ? problem('form.error.required', field, {}, 'day') : null;
  if (missing.length > 0) return problem('form.error.date-incomplete', field, {}, missing[0]);
  const iso = isoDate(value);
  if (iso === null) {
    const month = Number(plainDigits(parts.month));
    const part = !/^\d{4}$/.test(plainDigits(parts.year).trim()) ? 'year' : month < 1 || month > 12 ? 'month' : 'day';
    return problem('form.error.date-invalid', field, {}, part);
  }
  const min = asDate(field.min);
  const max = asDate(field.max);
  if (min !== undefined && iso < min) return problem('form.error.date-min', field, { min }, 'day');
  if (max !== undefined && iso > max) return problem('form.error.date-max', field, { max }, 'day');
  return null;
}

/** A repeating group: as many rows as it asks for (a row's questions are checked as questions). */
function groupProblem(field: Field, value: AnswerValue | undefined): FieldProblem | null {
  const count = Array.isArray(value) ? value.length : 0;
  const least = leastRows(field);
  if (count < least) return { key: 'form.error.group-min', params: { count: least }, plural: true };
  if (field.maxItems !== undefined && count > field.maxItems) return { key: 'form.error.group-max', params: { count: field.maxItems }, plural: true };
  return null;
}

function addressProblem(field: Field, value: AnswerValue | undefined): FieldProblem | null {
  if (isEmptyAnswer(value)) {
    return field.required ? problem('form.error.address-province', field, {}, 'province') : null;
  }
  // Once the applicant starts an address it must be complete, required or not.
  const address = addressOf(value);
  if (!address.provinceCode) return problem('form.error.address-province', field, {}, 'province');
  if (!address.communeCode) return problem('form.error.address-commune', field, {}, 'commune');
  if (isBlank(address.street)) return problem('form.error.address-street', field, {}, 'street');
  const street = nfc(address.street).trim();
  if (field.maxLength !== undefined && characterCount(street) > field.maxLength) {
    return problem('form.error.max-length', field, { max: field.maxLength }, 'street');
  }
  return null;
}

/** Problems of the given fields that are visible, in form order; a group's rows are checked after it. */
export function validateFields(
  fields: readonly Field[],
  answers: Answers,
  visible: ReadonlySet<string>,
  options: ValidationOptions = {},
): Map<string, FieldProblem> {
  const problems = new Map<string, FieldProblem>();
  for (const field of expandRows(fields, answers)) {
    if (!visible.has(field.id)) continue;
    const found = validateField(field, answers.get(field.id), options);
    if (found) problems.set(field.id, found);
  }
  return problems;
}
