/**
 * `visibleWhen`: which fields of a form the applicant sees, given the answers so far.
 *
 * A condition compares the *submitted* value of another field (numbers as numbers,
 * dates as ISO strings), so a back end writes conditions in the same terms as the
 * answers it receives. A field whose controlling field is itself hidden is hidden
 * too: a question about "the father" disappears with the checkbox that revealed it,
 * even if the hidden checkbox still holds an old answer.
 */
import type { Field, FormDefinition, VisibleWhen } from '../../api/schemas.js';
import { isEmptyAnswer, submittedValue, type Answers } from './answers.js';

/** Ids of the visible fields of the whole form. */
export function visibleFieldIds(definition: FormDefinition, answers: Answers): Set<string> {
  const byId = new Map<string, Field>();
  for (const step of definition.steps) for (const field of step.fields) byId.set(field.id, field);

  const memo = new Map<string, boolean>();
  const visiting = new Set<string>();
  const isVisible = (field: Field): boolean => {
    const known = memo.get(field.id);
    if (known !== undefined) return known;
    const condition = field.visibleWhen;
    if (!condition) {
      memo.set(field.id, true);
      return true;
    }
    // A cycle in a broken definition must not hang the page: treat it as hidden.
    if (visiting.has(field.id)) return false;
    visiting.add(field.id);
    const controller = byId.get(condition.field);
    const result =
      controller !== undefined &&
      isVisible(controller) &&
      conditionHolds(condition, submittedValue(controller, answers[controller.id]));
    visiting.delete(field.id);
    memo.set(field.id, result);
    return result;
  };

  const visible = new Set<string>();
  for (const field of byId.values()) if (isVisible(field)) visible.add(field.id);
  return visible;
}

/**
 * `equals` and `in` compare with the value; for a multiple choice (`checkboxes`) they
 * hold when any chosen option matches. `filled` tests presence. With no operator the
 * condition means "filled".
 */
export function conditionHolds(condition: VisibleWhen, value: unknown): boolean {
  const hasEquals = Object.prototype.hasOwnProperty.call(condition, 'equals');
  const values = Array.isArray(value) ? value : [value];
  if (hasEquals && !values.some((candidate) => sameValue(candidate, condition.equals))) return false;
  if (condition.in !== undefined && !values.some((candidate) => condition.in!.some((option) => sameValue(candidate, option)))) {
    return false;
  }
  const filled = !isEmptyAnswer(value);
  if (condition.filled !== undefined) return condition.filled === filled;
  if (!hasEquals && condition.in === undefined) return filled;
  return true;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  // `equals: false` also matches a checkbox that was never touched.
  if (b === false && (a === undefined || a === null)) return true;
  return false;
}
