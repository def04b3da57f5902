/**
 * Template of the lookup form: the dossier code and the four digits that prove the applicant
 * holds it, with the error summary and the inline errors of a lookup that was not sent.
 */
import { html, type TemplateResult } from 'lit';
import { errorSummary } from '../shared/error-summary.js';
import { describedBy, labelled } from '../shared/field.js';
import type { CodeProblem, VerifierProblem } from './lookup-input.js';
import type { TrackerL10n } from './messages.js';

export interface LookupForm {
  l10n: TrackerL10n;
  /** What the code box shows: the `code` attribute or the last code looked up, normalised. */
  codeDraft: string;
  /** The problems of the last attempt; none while the form is not `validating`. */
  problems: { code?: CodeProblem | undefined; verifier?: VerifierProblem | undefined };
  submit: (event: SubmitEvent) => void;
}

export function lookupForm({ l10n, codeDraft, problems, submit }: LookupForm): TemplateResult {
  const codeError = problems.code && l10n.t(`tracker.code.${problems.code}`);
  const verifierError = problems.verifier && l10n.t(`tracker.verifier.${problems.verifier}`);
  return html`
    <form part="form" class="lookup" novalidate @submit=${submit} aria-labelledby="title">
      <h2 id="title">${l10n.t('tracker.title')}</h2>
      <p class="intro">${l10n.t('tracker.intro')}</p>
      ${errorSummary({
        id: 'summary',
        title: l10n.t('tracker.errors.title'),
        level: 3,
        entries: [
          { text: codeError, target: 'code' },
          { text: verifierError, target: 'verifier' },
        ].filter((entry) => entry.text),
      })}
      ${labelled({
        id: 'code',
        label: l10n.t('tracker.code.label'),
        hint: l10n.t('tracker.code.hint'),
        error: codeError,
        control: html`<input
          id="code"
          class="code-input"
          type="text"
          autocomplete="off"
          autocapitalize="characters"
          spellcheck="false"
          .value=${codeDraft}
          aria-describedby=${describedBy('code-hint', codeError && 'code-error')}
          aria-invalid=${codeError ? 'true' : 'false'}
        />`,
      })}
      ${labelled({
        id: 'verifier',
        label: l10n.t('tracker.verifier.label'),
        hint: l10n.t('tracker.verifier.hint'),
        error: verifierError,
        control: html`<input
          id="verifier"
          class="verifier-input"
          type="text"
          inputmode="numeric"
          autocomplete="off"
          maxlength="24"
          aria-describedby=${describedBy('verifier-hint', verifierError && 'verifier-error')}
          aria-invalid=${verifierError ? 'true' : 'false'}
        />`,
      })}
      <button class="button" type="submit">${l10n.t('tracker.submit')}</button>
    </form>
  `;
}
