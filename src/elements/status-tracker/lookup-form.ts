/**
 * Template of the lookup form: the dossier code and the four digits that prove the applicant
 * holds it, with the error summary and the inline errors of a lookup that was not sent.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { errorSummary } from '../shared/error-summary.js';
import { describedBy, labelled } from '../shared/field.js';
import type { HeadingOptions } from '../shared/heading.js';
import type { CodeProblem, VerifierProblem } from './lookup-input.js';
import type { TrackerL10n } from './messages.js';

export interface LookupForm {
  l10n: TrackerL10n;
  /** What the code box shows: the `code` attribute or the last code looked up, normalised. */
  codeDraft: string;
  /** The problems of the last attempt; none while the form is not `validating`. */
  problems: { code?: CodeProblem | undefined; verifier?: VerifierProblem | undefined };
  submit: (event: SubmitEvent) => void;
  /** The code came from the page's link (`?code=`, a receipt's QR code): say so above the boxes. */
  fromLink: boolean;
  /** The element's heading at `depth` below its `heading-level`. */
  heading(depth: number, content: unknown, options?: HeadingOptions): TemplateResult;
}

export function lookupForm({ l10n, codeDraft, problems, submit, fromLink, heading }: LookupForm): TemplateResult {
  const codeError = problems.code && l10n.t(`tracker.code.${problems.code}`);
  const verifierError = problems.verifier && l10n.t(`tracker.verifier.${problems.verifier}`);
  return html`
    <form part="form" class="lookup" novalidate @submit=${submit} aria-labelledby="title">
      ${heading(0, l10n.t('tracker.title'), { id: 'title', class: 'title' })}
      <p class="intro">${l10n.t(fromLink ? 'tracker.from-link' : 'tracker.intro')}</p>
      ${errorSummary({
        id: 'summary',
        title: l10n.t('tracker.errors.title'),
        level: 3,
        entries: [
          { text: codeError, target: 'code' },
          { text: verifierError, target: 'verifier' },
        ].filter((entry) => entry.text),
      })}
      ${box(l10n, 'code', codeError, codeDraft, { autocapitalize: 'characters', spellcheck: 'false' })}
      ${box(l10n, 'verifier', verifierError, '', { inputmode: 'numeric', maxlength: '24' })}
      <button class="button" type="submit">${l10n.t('tracker.submit')}</button>
    </form>
  `;
}

/**
 * The code box or the verifier box, with its label, hint and error. The verifier's value is
 * bound to '' once and never again: what the applicant types stays in the box until the
 * element empties it after the lookup (it is never held anywhere else).
 */
function box(
  l10n: TrackerL10n,
  id: 'code' | 'verifier',
  error: string | undefined,
  value: string,
  extra: { autocapitalize?: string; spellcheck?: string; inputmode?: string; maxlength?: string },
): TemplateResult {
  return labelled({
    id,
    label: l10n.t(`tracker.${id}.label`),
    hint: l10n.t(`tracker.${id}.hint`),
    error,
    control: html`<input
      id=${id}
      class="${id}-input"
      type="text"
      autocomplete="off"
      autocapitalize=${ifDefined(extra.autocapitalize)}
      spellcheck=${ifDefined(extra.spellcheck)}
      inputmode=${ifDefined(extra.inputmode)}
      maxlength=${ifDefined(extra.maxlength)}
      .value=${value}
      aria-describedby=${describedBy(`${id}-hint`, error && `${id}-error`)}
      aria-invalid=${error ? 'true' : 'false'}
    />`,
  });
}
