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

/**
 * Ids of the visible fields of the whole form.
 *
 * Evaluated without recursion: a definition may chain thousands of conditions (each
 * question revealed by the one before), which a recursive walk would turn into a stack
 * overflow. Each field is settled once; a cycle in a broken definition hides its fields.
 */
export function visibleFieldIds(definition: FormDefinition, answers: Answers): Set<string> {
  const byId = new Map<string, Field>();
  for (const step of definition.steps) for (const field of step.fields) if (!byId.has(field.id)) byId.set(field.id, field);

  const settled = new Map<string, boolean>();
  const decide = (field: Field, controller: Field | undefined): boolean => {
    const condition = field.visibleWhen!;
    return (
      controller !== undefined &&
      settled.get(controller.id) === true &&
      conditionHolds(condition, submittedValue(controller, answers.get(controller.id)))
    );
  };

  for (const start of byId.values()) {
    // Walk up the chain of controllers to the first settled (or unconditional) one, then
    // settle the chain on the way back down.
    const chain: Field[] = [];
    const onChain = new Set<string>();
    let field: Field | undefined = start;
    while (field && !settled.has(field.id)) {
      if (!field.visibleWhen) {
        settled.set(field.id, true);
        break;
      }
      if (onChain.has(field.id)) {
        // A cycle: every field on it is hidden.
        for (const member of chain) settled.set(member.id, false);
        break;
      }
      chain.push(field);
      onChain.add(field.id);
      field = byId.get(field.visibleWhen.field);
    }
    for (let index = chain.length - 1; index >= 0; index--) {
      const member = chain[index]!;
      if (!settled.has(member.id)) settled.set(member.id, decide(member, byId.get(member.visibleWhen!.field)));
    }
  }

  const visible = new Set<string>();
  for (const [id, shown] of settled) if (shown) visible.add(id);
  return visible;
}

/**
 * `equals` and `in` compare with the value; for a multiple choice (`checkboxes`) they
 * hold when any chosen option matches. `filled` tests presence. With no operator the
 * condition means "filled".
 */
export function conditionHolds(condition: VisibleWhen, value: unknown): boolean {
  const hasEquals = Object.hasOwn(condition, 'equals');
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
