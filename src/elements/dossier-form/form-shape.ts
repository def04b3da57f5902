/**
 * What a draft keeps of the form it was written for (its questions and documents, not only the
 * version string), so that a draft written for an older version can be carried over to the new
 * one as a 409 carries the answers over (`versions.ts`).
 */
import type { Field, FormDefinition } from '../../api/schemas.js';
import { hasAnswer } from './answers.js';
import { allFields } from './prefill.js';

/**
 * What a later version of a form needs to know of an earlier one: its questions (id, kind,
 * label) and documents (code, name). A draft keeps it, so that a draft written for an
 * older version is carried over as a 409 carries the answers over.
 */
export interface FormShape {
  version: string;
  /** `[id, kind, label]` of each question that has an answer. */
  questions: Array<[id: string, kind: Field['kind'], label: string]>;
  /** `[documentCode, name]` of each document asked for. */
  documents: Array<[code: string, name: string]>;
}

export function shapeOf(definition: FormDefinition): FormShape {
  return {
    version: definition.version,
    questions: allFields(definition)
      .filter(hasAnswer)
      .map((field) => [field.id, field.kind, field.label]),
    documents: definition.attachments.map((requirement) => [requirement.documentCode, requirement.name]),
  };
}
