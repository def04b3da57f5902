/**
 * What the rest of the form knows of the applicant's questions (applicant.ts, loaded on demand
 * when a form asks them): their ids and the authorisation's document. Whether a form asks them
 * is `extras-part.ts`'s (`asksApplicant`), which the first step needs.
 * The questions' ids begin with `␟`, which no id of a form takes; they are never sent as
 * answers: the submission puts them into `applicant`.
 */
import { ROW_SEPARATOR } from './groups.js';

/** The id of one of the element's own questions. */
export const own = (name: string): string => `${ROW_SEPARATOR}${name}`;

export const isOwn = (id: string): boolean => id.startsWith(ROW_SEPARATOR);

/**
 * The authorisation's document: the form's own `UQ` (văn bản ủy quyền) when it lists one,
 * else one the element adds, asked for when the representative is authorised.
 */
export const AUTHORISATION = own('authorisation');
