/**
 * The host's applicant data (from a VNeID login, the national population database…) as
 * answers: only where the form asks for it (a field's `prefill` key) and nothing was answered
 * yet; and where each prefilled answer came from (contract 1.1, `PrefillEntry`), which the
 * question shows ("Từ tài khoản VNeID") and the submission records.
 */
import type { AddressValue, Field, FormDefinition, PrefillEntry, PrefillKey, PrefillSource } from '../../api/schemas.js';
import { addressOf, isAddress, submittedValue, type AnswerValue, type Answers } from './answers.js';
import { leastRows } from './groups.js';

/** Applicant data a host may supply (e.g. from a VNeID login), keyed by the contract's prefill keys. */
export type ApplicantValues = {
  [K in PrefillKey]?: K extends 'address' | 'permanentAddress' | 'currentAddress' ? AddressValue : string;
};

/** What a host hands the form: 1.0's object (its source is the host), or 1.1's entries with their sources. */
export type ApplicantPrefill = ApplicantValues | readonly PrefillEntry[];

/** The value of a prefill key, and where it came from. */
export interface Supplied {
  value: unknown;
  source: PrefillSource;
}

/** The host's data by key: entries as given, or an object whose values came from the host. */
export function suppliedOf(data: ApplicantPrefill | undefined, key: PrefillKey): Supplied | undefined {
  if (!data) return undefined;
  if (Array.isArray(data)) {
    const entry = (data as readonly PrefillEntry[]).find((candidate) => candidate.key === key);
    return entry ? { value: entry.value, source: entry.source } : undefined;
  }
  const value = Object.hasOwn(data, key) ? (data as ApplicantValues)[key] : undefined;
  return value === undefined ? undefined : { value, source: 'host' };
}

export function allFields(definition: FormDefinition): Field[] {
  return definition.steps.flatMap((step) => step.fields);
}

/** The answer a prefill key gives a field, when the host's value fits the field. */
export function prefillValue(field: Field, data: ApplicantPrefill | undefined): AnswerValue | undefined {
  const value = field.prefill ? suppliedOf(data, field.prefill)?.value : undefined;
  if (value === undefined) return undefined;
  // A host may leave out the street of an address: it is then empty, not missing.
  if (field.kind === 'address') return isAddress(value) ? addressOf(value) : undefined;
  if (typeof value !== 'string' || value === '') return undefined;
  if (field.kind === 'select' || field.kind === 'radio') {
    // `gender: "nu"` or `gender: "Nữ"` both choose the option "Nữ"; `ethnicity: "01"` chooses Kinh.
    const wanted = value.toLocaleLowerCase('vi');
    return field.options?.find((option) => option.value === value || option.label.toLocaleLowerCase('vi') === wanted)?.value;
  }
  return value;
}

/**
 * Answers filled from the host's applicant data, only where nothing was answered yet; and the
 * rows a repeating group starts with (as many as it needs, GOV.UK's "add another" starts with one).
 */
export function withPrefill(definition: FormDefinition, answers: Answers, data: ApplicantPrefill | undefined): Answers {
  let result: Map<string, AnswerValue> | undefined;
  for (const field of allFields(definition)) {
    if (answers.has(field.id)) continue;
    const value = field.kind === 'group' ? Array.from({ length: leastRows(field) }, (_, index) => String(index + 1)) : prefillValue(field, data);
    if (value === undefined) continue;
    (result ??= new Map(answers)).set(field.id, value);
  }
  return result ?? answers;
}

export function same(field: Field, a: AnswerValue | undefined, b: AnswerValue | undefined): boolean {
  return JSON.stringify(submittedValue(field, a) ?? null) === JSON.stringify(submittedValue(field, b) ?? null);
}

/** Where the answer shown came from, while it is the prefilled one; undefined once the applicant changed it. */
export function shownSource(field: Field, value: AnswerValue | undefined, data: ApplicantPrefill | undefined): PrefillSource | undefined {
  if (!field.prefill || value === undefined) return undefined;
  const prefilled = prefillValue(field, data);
  return prefilled !== undefined && same(field, value, prefilled) ? suppliedOf(data, field.prefill)!.source : undefined;
}
