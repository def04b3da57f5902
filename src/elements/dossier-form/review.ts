/** Answers as the "check your answers" page and the receipt show them. */
import type { Field } from '../../api/schemas.js';
import { formatDate, formatNumber, formatPhone } from '../../i18n/format.js';
import { isAddress, submittedValue, type AnswerValue } from './answers.js';

export interface DisplayContext {
  locale: string;
  t: (key: string) => string;
  /** Name of a loaded administrative unit; loads it when needed. */
  unitName: (code: string, parent?: string) => string | undefined;
}

/** The answer in words, or null when nothing was answered. */
export function displayAnswer(field: Field, raw: AnswerValue | undefined, context: DisplayContext): string | null {
  const value = submittedValue(field, raw);
  if (value === undefined) return null;
  const label = (optionValue: unknown) => field.options?.find((option) => option.value === optionValue)?.label ?? String(optionValue);
  switch (field.kind) {
    case 'checkbox':
      return context.t(value === true ? 'form.yes' : 'form.no');
    case 'checkboxes':
      return Array.isArray(value) && value.length > 0 ? value.map(label).join(', ') : null;
    case 'select':
    case 'radio':
      return label(value);
    case 'number':
      return typeof value === 'number' ? formatNumber(value, context.locale) : String(value);
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(String(value)) ? formatDate(String(value), context.locale) : String(value);
    case 'phone':
      return formatPhone(String(value));
    case 'address': {
      if (!isAddress(value)) return null;
      const commune = value.communeCode ? context.unitName(value.communeCode, value.provinceCode) : undefined;
      const province = value.provinceCode ? context.unitName(value.provinceCode) : undefined;
      return [value.street, commune ?? value.communeCode, province ?? value.provinceCode].filter(Boolean).join(', ');
    }
    default:
      return String(value);
  }
}

/** Only web links: a URL from the server must never become `javascript:`. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url, globalThis.location?.href ?? 'https://invalid.example/');
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}
