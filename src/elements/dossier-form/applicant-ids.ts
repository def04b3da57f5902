/**
 * What the rest of the form knows of the applicant's questions (applicant.ts, loaded on demand
 * when a form asks them): their ids, whether a form asks them, and the authorisation's document.
 * The questions' ids begin with `␟`, which no id of a form takes; they are never sent as
 * answers: the submission puts them into `applicant`.
 */
import type { FormDefinition } from '../../api/schemas.js';
import { ROW_SEPARATOR } from './groups.js';

/** The id of one of the element's own questions. */
export const own = (name: string): string => `${ROW_SEPARATOR}${name}`;

export const isOwn = (id: string): boolean => id.startsWith(ROW_SEPARATOR);

/**
 * The authorisation's document: the form's own `UQ` (văn bản ủy quyền) when it lists one,
 * else one the element adds, asked for when the representative is authorised.
 */
export const AUTHORISATION = own('authorisation');

/** Whether a form needs the applicant's questions: more than citizens, or a representative. */
export function asksApplicant(form: FormDefinition): boolean {
  const types = form.applicantTypes ?? ['citizen'];
  return types.length > 1 || types[0] !== 'citizen' || !!form.acceptsRepresentative;
}

/** Whether a form needs the on-demand questions (extras.ts): the applicant's, a group, a read-only answer. */
export function needsExtras(form: FormDefinition): boolean {
  return asksApplicant(form) || form.steps.some((step) => step.fields.some((field) => field.kind === 'group' || field.prefillReadOnly));
}
