/**
 * Versions of a form: what of the answers a new version keeps, and what it changed (for the
 * notice the applicant reads). Only a draft written before the form changed, or a 409, meets
 * a new version: this comes with the later part (`carry-over.ts`). What a draft keeps of the
 * form it was written for, which every save needs, is `form-shape.ts`.
 */
import type { FormDefinition } from '../../api/schemas.js';
import type { AnswerValue, Answers } from './answers.js';
import { isOwn } from './applicant-ids.js';
import { rowFields, rowsOf } from './groups.js';
import type { FormShape } from './form-shape.js';
import { allFields } from './prefill.js';

export { shapeOf, type FormShape } from './form-shape.js';

/** Answers of an older version kept for the new one: same id and same kind, nothing else. */
export function carryOver(previous: FormShape, next: FormDefinition, answers: Answers): Answers {
  const before = new Map(previous.questions.map(([id, kind]) => [id, kind]));
  const kept = new Map<string, AnswerValue>();
  for (const field of allFields(next)) {
    const value = answers.get(field.id);
    if (value === undefined || before.get(field.id) !== field.kind) continue;
    kept.set(field.id, value);
    // A group kept keeps its rows' answers to the questions it still asks.
    if (field.kind === 'group') for (const row of rowsOf(answers, field)) for (const item of rowFields(field, row)) {
      const answer = answers.get(item.id);
      if (answer !== undefined) kept.set(item.id, answer);
    }
  }
  return kept;
}

export interface VersionChange {
  /** Labels of the questions and documents that are gone. */
  removed: string[];
  /** Labels of the questions and documents that are new. */
  added: string[];
}

export function compareVersions(previous: FormShape, next: FormShape): VersionChange {
  // The element's own questions (the applicant's identity) are not the form's to announce.
  const entries = (shape: FormShape) =>
    new Map([
      ...shape.questions.filter(([id]) => !isOwn(id)).map(([id, kind, label]): [string, string] => [`${id}\u0000${kind}`, label]),
      ...shape.documents.filter(([code]) => !isOwn(code)).map(([code, name]): [string, string] => [`\u0001${code}`, name]),
    ]);
  const before = entries(previous);
  const after = entries(next);
  return {
    removed: [...before].filter(([key]) => !after.has(key)).map(([, label]) => label),
    added: [...after].filter(([key]) => !before.has(key)).map(([, label]) => label),
  };
}
