/**
 * Templates of what a submission ends in: the panel above the review when it did not end
 * in a dossier (refused, outcome unknown, rate limited, with the confirmation a new dossier
 * needs). The receipt is `receipt-view.ts`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { DossierReceipt, FieldError } from '../../api/schemas.js';
import { heading } from '../shared/heading.js';
import type { FormL10n } from './messages.js';
import { whenSaved } from './notices.js';
import type { IncompleteReceipt, Intent } from './submitter.js';

export type Confirming = 'edit' | 'submit-new';

export interface SubmitPanel {
  /** How the last attempt ended, when it did not create a dossier. */
  kind: 'refused' | 'unknown' | 'rate-limited' | undefined;
  /** The failure in words. */
  message: string | undefined;
  /** Server errors no question can show. */
  unmapped: readonly FieldError[];
  /** For an unknown outcome: whether the answers are still the body that was sent. */
  intent: Intent;
  /** When the body whose outcome is unknown was sent. */
  sentAt: string | undefined;
  /** Seconds before "Nộp lại" after a 429. */
  waiting: number;
  confirming: Confirming | undefined;
}

/** `45 giây`, `4 phút 5 giây`. */
export function duration(l10n: FormL10n, seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (minutes === 0) return l10n.t('form.time.seconds', { seconds: rest });
  return rest === 0 ? l10n.t('form.time.minutes', { minutes }) : l10n.t('form.time.minutes-seconds', { minutes, seconds: rest });
}

export function submitPanel(
  l10n: FormL10n,
  level: number,
  panel: SubmitPanel,
  actions: { edit: () => void; confirm: () => void; cancel: () => void },
): TemplateResult | typeof nothing {
  const { kind, unmapped } = panel;
  if (panel.confirming) return confirmNew(l10n, level, panel.confirming, actions);
  if (!kind && unmapped.length === 0) return nothing;
  const title = kind === 'unknown' ? 'form.uncertain.title' : kind === 'rate-limited' ? 'form.rate-limited.title' : 'form.submit-error.title';
  return html`<div class="panel error error-summary submit-error ${kind ?? ''}" tabindex="-1" aria-labelledby="submit-error-title">
    <div role="alert">
      ${heading(level, 0, l10n.t(title), { id: 'submit-error-title', class: 'panel-heading' })}
      ${panel.message ? html`<p>${panel.message}</p>` : nothing}
      ${unmapped.length
        ? html`<p>${l10n.t('form.submit-error.fields')}</p>
            <ul>
              ${unmapped.map((error) => html`<li>${error.message}</li>`)}
            </ul>`
        : nothing}
      ${kind === 'unknown' && panel.intent === 'same'
        ? html`<p>${l10n.t('form.submit-error.safe')}</p>
            <p>${l10n.t('form.uncertain.locked')}</p>`
        : nothing}
      ${kind === 'unknown' && panel.intent === 'changed' && panel.sentAt
        ? html`<p>${l10n.t('form.uncertain.changed', { time: whenSaved(panel.sentAt, l10n) })}</p>`
        : nothing}
    </div>
    ${kind === 'rate-limited'
      ? html`<p class="wait" id="submit-wait">
          ${panel.waiting > 0 ? l10n.t('form.rate-limited.wait', { time: duration(l10n, panel.waiting) }) : l10n.t('form.rate-limited.ready')}
        </p>`
      : nothing}
    ${kind === 'unknown' && panel.intent === 'same'
      ? html`<button type="button" class="link" data-action="edit" @click=${actions.edit}>${l10n.t('form.uncertain.edit')}</button>`
      : nothing}
  </div>`;
}

/**
 * "Nộp hồ sơ", or "Nộp lại" once an attempt failed or is pending; marked busy (not disabled,
 * so focus stays) while sending and while a 429's wait runs, which it then names.
 */
export function submitButton(
  l10n: FormL10n,
  state: { sending: boolean; waiting: number; inFlight: unknown },
  failed: boolean,
  submit: () => void,
): TemplateResult {
  const busy = state.sending || state.waiting > 0;
  const label = state.sending ? 'form.submitting' : failed || state.inFlight ? 'form.submit-retry' : 'form.submit';
  return html`<button
    type="button"
    class="button submit"
    aria-disabled=${busy ? 'true' : 'false'}
    aria-describedby=${ifDefined(state.waiting > 0 ? 'submit-wait' : undefined)}
    @click=${submit}
  >
    ${l10n.t(label)}
  </button>`;
}

/** Before a body other than the one whose outcome is unknown goes out: it will be another dossier. */
function confirmNew(
  l10n: FormL10n,
  level: number,
  confirming: Confirming,
  actions: { confirm: () => void; cancel: () => void },
): TemplateResult {
  return html`<div class="panel warning confirm-new" tabindex="-1" role="group" aria-labelledby="confirm-new-title">
    ${heading(level, 0, l10n.t('form.new-dossier.title'), { id: 'confirm-new-title', class: 'panel-heading' })}
    <p>${l10n.t('form.new-dossier.body')}</p>
    <div class="actions">
      <button type="button" class="button" data-action="confirm-new" @click=${actions.confirm}>
        ${l10n.t(confirming === 'edit' ? 'form.new-dossier.edit' : 'form.new-dossier.submit')}
      </button>
      <button type="button" class="button secondary" @click=${actions.cancel}>${l10n.t('form.new-dossier.cancel')}</button>
    </div>
  </div>`;
}

export function isIncomplete(receipt: DossierReceipt | IncompleteReceipt): receipt is IncompleteReceipt {
  return (receipt as IncompleteReceipt).incomplete === true;
}
