/**
 * Answers that come back, part of the form's later part (`later.ts`): a draft the applicant
 * said is theirs (restoring may bring files and lead to the review, which this part draws),
 * a draft written before the form changed, carried over to the new version, and the answers
 * carried over to a new version after a 409 (which only a submission, also this part's, meets).
 */
import type { FormDefinition } from '../../api/schemas.js';
import type { UploadsController } from '../shared/uploads.js';
import { hasAnswer, type AnswerValue } from './answers.js';
import { needsExtras } from './extras-part.js';
import { definitionProblems } from './definition.js';
import type { Draft } from './draft-format.js';
import type { DraftContent } from './drafts.js';
import { expandRows } from './groups.js';
import type { LaterHost } from './later.js';
import { whenSaved } from './notices.js';
import { allFields, withPrefill } from './prefill.js';
import type { Submitter } from './submitter.js';
import { shapeOf } from './form-shape.js';
import { carryOver, compareVersions } from './versions.js';

/**
 * The applicant said the draft is theirs: its answers and files come back, and the
 * applicant is taken where the draft needs them: the notice of a new version, the
 * review of a submission whose outcome is not known, or the first step.
 */
export function restoreDraft(host: LaterHost, uploads: UploadsController, submitter: Submitter, draft: Draft): void {
  const form = host.form!;
  const { flow, l10n } = host;
  const known = new Set(expandRows(allFields(form), draft.answers).filter(hasAnswer).map((field) => field.id));
  const answers = new Map<string, AnswerValue>();
  for (const [id, value] of draft.answers) if (known.has(id)) answers.set(id, value);
  flow.reset();
  flow.versionChange = undefined;
  // Object.fromEntries defines own keys, so a document code `__proto__` is restored like any other.
  uploads.restore(Object.fromEntries([...draft.attachments].map(([code, files]) => [code, [...files]])), form.attachments);
  submitter.resume(draft.inFlight);
  host.showAnswers(withPrefill(form, answers, host.applicant), form);
  host.announce(l10n.t('form.draft.restored', { time: whenSaved(draft.savedAt, l10n) }));
  // Back to the page the applicant was on (a draft of an older release does not say: the first).
  const at = draft.at === undefined ? undefined : flow.pageOf(draft.at);
  if (draft.change) flow.showVersionChange(draft.change, at);
  else if (draft.inFlight) flow.goTo(flow.pageCount - 1, '.error-summary');
  else flow.goTo(at ?? 0);
}

/**
 * 409: the form changed under the applicant. The new version is loaded and taken (with the
 * on-demand questions it may need); what still applies of the answers and files is kept, and
 * the notice says what changed. Resolves with the error of the reload when it failed,
 * undefined when the new version is shown or cannot be used (which the element shows).
 */
export async function changeVersion(host: LaterHost, uploads: UploadsController, previous: FormDefinition): Promise<{ error: unknown } | undefined> {
  const outcome = await host.loadVersion(previous);
  if (!outcome.ok) return { error: outcome.error };
  const next = outcome.value;
  const problems = definitionProblems(next);
  if (problems.length > 0) {
    host.unusable(problems);
    return undefined;
  }
  if (needsExtras(next)) {
    try {
      await host.loadExtras();
    } catch (error) {
      return { error };
    }
  }
  const before = shapeOf(previous);
  host.use(next);
  host.showAnswers(withPrefill(next, carryOver(before, next, host.answers), host.applicant), next);
  uploads.keepOnly(next.attachments);
  host.flow.showVersionChange(compareVersions(before, shapeOf(next)));
  host.saveSoon();
  return undefined;
}

/**
 * A draft written for another version of the form, carried over to `form` as a 409 carries the
 * answers over: the answers and documents the form still asks for, and what changed (for the
 * notice shown after the restore). The page it was on stays: it is a step's id.
 */
export function draftForVersion(draft: Draft, form: FormDefinition): DraftContent {
  const shape = shapeOf(form);
  const codes = new Set(form.attachments.map((requirement) => requirement.documentCode));
  return {
    form: shape,
    answers: carryOver(draft.form, form, draft.answers),
    attachments: new Map([...draft.attachments].filter(([code]) => codes.has(code))),
    inFlight: draft.inFlight,
    change: compareVersions(draft.form, shape),
    at: draft.at,
  };
}
