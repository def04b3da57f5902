/**
 * What makes a form definition unusable however it is rendered: keys that must be unique
 * and are not. Two questions with one id would share one answer (and one would silently
 * overwrite the other in the dossier); two documents with one code would share their files;
 * two options with one value could not be told apart. Such a definition is reported as
 * invalid, never merged.
 */
import type { FormDefinition } from '../../api/schemas.js';

export type DefinitionProblem =
  | { kind: 'duplicate-field'; id: string }
  | { kind: 'duplicate-document'; id: string }
  | { kind: 'duplicate-option'; id: string; value: string };

/** Every duplicate, in the order of the definition; empty for a usable definition. */
export function definitionProblems(definition: FormDefinition): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const fields = new Set<string>();
  for (const step of definition.steps) {
    for (const field of step.fields) {
      if (fields.has(field.id)) problems.push({ kind: 'duplicate-field', id: field.id });
      fields.add(field.id);
      const values = new Set<string>();
      for (const option of field.options ?? []) {
        if (values.has(option.value)) problems.push({ kind: 'duplicate-option', id: field.id, value: option.value });
        values.add(option.value);
      }
    }
  }
  const documents = new Set<string>();
  for (const requirement of definition.attachments) {
    if (documents.has(requirement.documentCode)) problems.push({ kind: 'duplicate-document', id: requirement.documentCode });
    documents.add(requirement.documentCode);
  }
  return problems;
}

/** The error a definition with problems is reported as: the element's `error` state. */
export class InvalidDefinitionError extends Error {
  override readonly name = 'InvalidDefinitionError';
  constructor(readonly problems: readonly DefinitionProblem[]) {
    super(`invalid form definition: ${problems.map((problem) => problem.kind).join(', ')}`);
  }
}
