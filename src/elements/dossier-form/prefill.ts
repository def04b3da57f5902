/**
 * The host's applicant data (from a VNeID login, say) as answers: only where the form asks
 * for it (a field's `prefill` key) and nothing was answered yet.
 */
import type { AddressValue, Field, FormDefinition, PrefillKey } from '../../api/schemas.js';
import { addressOf, isAddress, type AnswerValue, type Answers } from './answers.js';

/** Applicant data a host may supply (e.g. from a VNeID login): the contract's prefill keys. */
export type ApplicantPrefill = { [K in PrefillKey]?: K extends 'address' ? AddressValue : string };

export function allFields(definition: FormDefinition): Field[] {
  return definition.steps.flatMap((step) => step.fields);
}

/** The answer a prefill key gives a field, when the host's value fits the field. */
export function prefillValue(field: Field, supplied: ApplicantPrefill | undefined): AnswerValue | undefined {
  if (!field.prefill || !supplied) return undefined;
  const value = supplied[field.prefill];
  if (value === undefined) return undefined;
  // A host may leave out the street of an address: it is then empty, not missing.
  if (field.kind === 'address') return isAddress(value) ? addressOf(value) : undefined;
  if (typeof value !== 'string' || value === '') return undefined;
  if (field.kind === 'select' || field.kind === 'radio') {
    // `gender: "nu"` or `gender: "Nữ"` both choose the option "Nữ".
    const wanted = value.toLocaleLowerCase('vi');
    return field.options?.find((option) => option.value === value || option.label.toLocaleLowerCase('vi') === wanted)?.value;
  }
  return value;
}

/** Answers filled from the host's applicant data, only where nothing was answered yet. */
export function withPrefill(definition: FormDefinition, answers: Answers, supplied: ApplicantPrefill | undefined): Answers {
  let result: Map<string, AnswerValue> | undefined;
  for (const field of allFields(definition)) {
    if (answers.has(field.id)) continue;
    const value = prefillValue(field, supplied);
    if (value === undefined) continue;
    (result ??= new Map(answers)).set(field.id, value);
  }
  return result ?? answers;
}
