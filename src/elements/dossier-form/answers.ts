/**
 * Answers as the applicant typed them, and as they are sent.
 *
 * The element keeps what was typed (`0912 345 678`, `1.500.000`, a date with its
 * year still missing) so nothing the applicant wrote is rewritten under their
 * cursor; `submittedValue` turns it into what the back end expects (`0912345678`,
 * `1500000`, `2026-01-05`). Conditions and the review page read submitted values.
 */
import type { AddressValue, Field, FieldKind } from '../../api/schemas.js';
import { normalizeVietnamesePhone } from '../../i18n/format.js';
import { isBlank, nationalIdDigits, nfc, phoneDigits, plainDigits, withoutInvisibles } from '../../i18n/normalize.js';

/**
 * text-like kinds: string · checkbox: boolean · checkboxes: chosen values ·
 * address: its three parts · date: `YYYY-MM-DD` whose parts may be empty or unpadded ·
 * group: the keys of its rows (their questions are answered under ids of their own, groups.ts).
 */
export type AnswerValue = string | boolean | string[] | AddressValue;

/**
 * Answers by field id. A `Map`, never a plain object: field ids come from the server, and
 * `__proto__`, `constructor` or `toString` must be ids like any other (on a plain object
 * they read as inherited values, or set its prototype).
 */
export type Answers = ReadonlyMap<string, AnswerValue>;

/** Kinds that only show text: they have no answer. */
export const DISPLAY_KINDS: ReadonlySet<FieldKind> = new Set(['section', 'note']);

export function hasAnswer(field: Field): boolean {
  return !DISPLAY_KINDS.has(field.kind);
}

/** A Vietnamese phone number in national form (`0912345678`), or null when it is not one. */
export function normalizedPhone(raw: string): string | null {
  return normalizeVietnamesePhone(phoneDigits(raw));
}

export function emptyAddress(): AddressValue {
  return { provinceCode: '', communeCode: '', street: '' };
}

export function isAddress(value: unknown): value is AddressValue {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.hasOwn(value, 'provinceCode');
}

/**
 * An address with its three parts as strings, whatever came in: a host's prefill or an old
 * draft may leave out the street (or hold something that is not a string).
 */
export function addressOf(value: unknown): AddressValue {
  const part = (name: keyof AddressValue): string => {
    const found = isAddress(value) && Object.hasOwn(value, name) ? value[name] : undefined;
    return typeof found === 'string' ? found : '';
  };
  return { provinceCode: part('provinceCode'), communeCode: part('communeCode'), street: part('street') };
}

export function isEmptyAnswer(value: unknown): boolean {
  if (value === undefined || value === null || value === false) return true;
  if (typeof value === 'string') return isBlank(value);
  if (Array.isArray(value)) return value.length === 0;
  if (isAddress(value)) {
    const address = addressOf(value);
    return !address.provinceCode && !address.communeCode && isBlank(address.street);
  }
  return false;
}

/** Digits only: CCCD numbers are often typed in groups (`001 090 012345`), or pasted full-width. */
export function normalizeNationalId(raw: string): string {
  return nationalIdDigits(raw);
}

/**
 * A number as typed in Vietnam (`1.500.000`, `2,5`) or elsewhere (`1500000`, `2.5`).
 * Dots followed by groups of three digits are thousands separators; a comma is the
 * decimal mark. NaN when it is not a number.
 */
export function parseNumber(raw: string): number {
  let text = plainDigits(raw).replace(/\s/g, '');
  if (text === '') return Number.NaN;
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(text)) text = text.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d+,\d+$/.test(text)) text = text.replace(',', '.');
  return /^-?(\d+\.?\d*|\.\d+)$/.test(text) ? Number(text) : Number.NaN;
}

export interface DateParts {
  year: string;
  month: string;
  day: string;
}

/** The parts as typed (the controls show them so). */
export function dateParts(raw: unknown): DateParts {
  const [year = '', month = '', day = ''] = typeof raw === 'string' ? raw.split('-') : [];
  return { year, month, day };
}

export function joinDate(parts: DateParts): string {
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** `YYYY-MM-DD` when the parts make a real calendar date, otherwise null. */
export function isoDate(raw: unknown): string | null {
  const typed = dateParts(raw);
  // Full-width digits from an IME are digits.
  const [year, month, day] = [typed.year, typed.month, typed.day].map(plainDigits) as [string, string, string];
  if (!/^\d{4}$/.test(year.trim()) || !/^\d{1,2}$/.test(month.trim()) || !/^\d{1,2}$/.test(day.trim())) return null;
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${year.trim()}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** What is sent for a field; undefined when there is nothing to send. */
export function submittedValue(field: Field, raw: AnswerValue | undefined): unknown {
  if (raw === undefined) return undefined;
  switch (field.kind) {
    case 'section':
    case 'note':
      return undefined;
    case 'checkbox':
      return raw === true;
    case 'checkboxes':
      return Array.isArray(raw) ? raw : undefined;
    case 'group':
      // The rows' keys: enough for a condition's `filled`; the rows themselves are sent by `submittedAnswers`.
      return Array.isArray(raw) && raw.length > 0 ? raw : undefined;
    case 'address': {
      if (!isAddress(raw) || isEmptyAnswer(raw)) return undefined;
      const address = addressOf(raw);
      return { ...address, street: nfc(address.street).trim() };
    }
    case 'date': {
      const { year, month, day } = dateParts(raw);
      if (!year.trim() && !month.trim() && !day.trim()) return undefined;
      return isoDate(raw) ?? raw;
    }
    default: {
      if (typeof raw !== 'string' || isBlank(raw)) return undefined;
      const text = nfc(raw).trim();
      switch (field.kind) {
        case 'number': {
          const number = parseNumber(text);
          return Number.isNaN(number) ? text : number;
        }
        case 'phone':
          return normalizedPhone(text) ?? text;
        case 'national-id':
          return normalizeNationalId(text);
        case 'email':
          return withoutInvisibles(text);
        default:
          return text;
      }
    }
  }
}
