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

/**
 * text-like kinds: string · checkbox: boolean · checkboxes: chosen values ·
 * address: its three parts · date: `YYYY-MM-DD` whose parts may be empty or unpadded.
 */
export type AnswerValue = string | boolean | string[] | AddressValue;
export type Answers = Record<string, AnswerValue | undefined>;

/** Kinds that only show text: they have no answer. */
export const DISPLAY_KINDS: ReadonlySet<FieldKind> = new Set(['section', 'note']);

export function hasAnswer(field: Field): boolean {
  return !DISPLAY_KINDS.has(field.kind);
}

export function emptyAddress(): AddressValue {
  return { provinceCode: '', communeCode: '', street: '' };
}

export function isAddress(value: unknown): value is AddressValue {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'provinceCode' in value;
}

export function isEmptyAnswer(value: unknown): boolean {
  if (value === undefined || value === null || value === false) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (isAddress(value)) return !value.provinceCode && !value.communeCode && !value.street.trim();
  return false;
}

/** Digits only: CCCD numbers are often typed in groups (`001 090 012345`). */
export function normalizeNationalId(raw: string): string {
  return raw.replace(/[\s.\-]/g, '');
}

/**
 * A number as typed in Vietnam (`1.500.000`, `2,5`) or elsewhere (`1500000`, `2.5`).
 * Dots followed by groups of three digits are thousands separators; a comma is the
 * decimal mark. NaN when it is not a number.
 */
export function parseNumber(raw: string): number {
  let text = raw.replace(/\s/g, '');
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

export function dateParts(raw: unknown): DateParts {
  const [year = '', month = '', day = ''] = typeof raw === 'string' ? raw.split('-') : [];
  return { year, month, day };
}

export function joinDate(parts: DateParts): string {
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** `YYYY-MM-DD` when the parts make a real calendar date, otherwise null. */
export function isoDate(raw: unknown): string | null {
  const { year, month, day } = dateParts(raw);
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
    case 'address': {
      if (!isAddress(raw) || isEmptyAnswer(raw)) return undefined;
      return { provinceCode: raw.provinceCode, communeCode: raw.communeCode, street: raw.street.trim() };
    }
    case 'date': {
      const { year, month, day } = dateParts(raw);
      if (!year.trim() && !month.trim() && !day.trim()) return undefined;
      return isoDate(raw) ?? raw;
    }
    default: {
      if (typeof raw !== 'string') return undefined;
      const text = raw.trim();
      if (text === '') return undefined;
      if (field.kind === 'number') {
        const number = parseNumber(text);
        return Number.isNaN(number) ? text : number;
      }
      if (field.kind === 'phone') return normalizeVietnamesePhone(text) ?? text;
      if (field.kind === 'national-id') return normalizeNationalId(text);
      return text;
    }
  }
}
