/**
 * Templates of what a submission ends in: the panel above the review when it did not end
 * in a dossier (refused, outcome unknown, rate limited, with the confirmation a new dossier
 * needs), and the receipt, complete or not.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { DossierReceipt, FieldError } from '../../api/schemas.js';
import { formatDate, formatDateTime } from '../../i18n/format.js';
import { isolatedMessage } from '../shared/bidi.js';
import { whenSaved, type NoticeContext } from './notices.js';
import { safeUrl } from './review.js';
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
export function duration(t: NoticeContext['t'], seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (minutes === 0) return t('form.time.seconds', { seconds: rest });
  return rest === 0 ? t('form.time.minutes', { minutes }) : t('form.time.minutes-seconds', { minutes, seconds: rest });
}

export function submitPanel(
  context: NoticeContext,
  panel: SubmitPanel,
  actions: { edit: () => void; confirm: () => void; cancel: () => void },
): TemplateResult | typeof nothing {
  const { t } = context;
  const { kind, unmapped } = panel;
  if (panel.confirming) return confirmNew(context, panel.confirming, actions);
  if (!kind && unmapped.length === 0) return nothing;
  const title = kind === 'unknown' ? 'form.uncertain.title' : kind === 'rate-limited' ? 'form.rate-limited.title' : 'form.submit-error.title';
  return html`<div class="panel error error-summary submit-error ${kind ?? ''}" tabindex="-1" aria-labelledby="submit-error-title">
    <div role="alert">
      <h2 id="submit-error-title">${t(title)}</h2>
      ${panel.message ? html`<p>${panel.message}</p>` : nothing}
      ${unmapped.length
        ? html`<p>${t('form.submit-error.fields')}</p>
            <ul>
              ${unmapped.map((error) => html`<li>${error.message}</li>`)}
            </ul>`
        : nothing}
      ${kind === 'unknown' && panel.intent === 'same'
        ? html`<p>${t('form.submit-error.safe')}</p>
            <p>${t('form.uncertain.locked')}</p>`
        : nothing}
      ${kind === 'unknown' && panel.intent === 'changed' && panel.sentAt
        ? html`<p>${t('form.uncertain.changed', { time: whenSaved(panel.sentAt, context.locale) })}</p>`
        : nothing}
    </div>
    ${kind === 'rate-limited'
      ? html`<p class="wait" id="submit-wait">
          ${panel.waiting > 0 ? t('form.rate-limited.wait', { time: duration(t, panel.waiting) }) : t('form.rate-limited.ready')}
        </p>`
      : nothing}
    ${kind === 'unknown' && panel.intent === 'same'
      ? html`<button type="button" class="link" data-action="edit" @click=${actions.edit}>${t('form.uncertain.edit')}</button>`
      : nothing}
  </div>`;
}

/**
 * "Nộp hồ sơ", or "Nộp lại" once an attempt failed or is pending; marked busy (not disabled,
 * so focus stays) while sending and while a 429's wait runs, which it then names.
 */
export function submitButton(
  t: NoticeContext['t'],
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
    ${t(label)}
  </button>`;
}

/** Before a body other than the one whose outcome is unknown goes out: it will be another dossier. */
function confirmNew(
  { t }: NoticeContext,
  confirming: Confirming,
  actions: { confirm: () => void; cancel: () => void },
): TemplateResult {
  return html`<div class="panel warning confirm-new" tabindex="-1" role="group" aria-labelledby="confirm-new-title">
    <h2 id="confirm-new-title">${t('form.new-dossier.title')}</h2>
    <p>${t('form.new-dossier.body')}</p>
    <div class="actions">
      <button type="button" class="button" data-action="confirm-new" @click=${actions.confirm}>
        ${t(confirming === 'edit' ? 'form.new-dossier.edit' : 'form.new-dossier.submit')}
      </button>
      <button type="button" class="button secondary" @click=${actions.cancel}>${t('form.new-dossier.cancel')}</button>
    </div>
  </div>`;
}

export function isIncomplete(receipt: DossierReceipt | IncompleteReceipt): receipt is IncompleteReceipt {
  return (receipt as IncompleteReceipt).incomplete === true;
}

/** The confirmation: the code first; the details the receipt had; what comes next. */
export function receiptView(
  context: NoticeContext,
  receipt: DossierReceipt | IncompleteReceipt,
  actions: { track: () => void; print: () => void },
): TemplateResult {
  const { t, locale } = context;
  const incomplete = isIncomplete(receipt);
  const code = receipt.code;
  const row = (label: string, value: unknown) => html`<div class="summary-row">
    <dt>${t(label)}</dt>
    <dd>${value}</dd>
  </div>`;
  const receiptUrl = incomplete ? undefined : safeUrl(receipt.receiptUrl);
  return html`<section class="page receipt" part="receipt">
    <div class="panel success confirmation">
      <h2 class="page-heading" tabindex="-1">${t('form.done.title')}</h2>
      ${code !== undefined
        ? html`<p class="code-label">${t('form.done.code')}</p>
            <p class="code">${code}</p>`
        : nothing}
    </div>
    ${incomplete
      ? html`<div class="panel warning notice receipt-incomplete"><p>${t(code === undefined ? 'form.done.no-code' : 'form.done.incomplete')}</p></div>`
      : html`<dl class="summary-list receipt-details">
          ${row('form.done.procedure', isolatedMessage(t('form.done.procedure-value'), { name: receipt.procedure.name, code: receipt.procedure.code }))}
          ${row('form.done.submitted-at', formatDateTime(receipt.submittedAt, locale))}
          ${receipt.expectedReturnDate ? row('form.done.return-date', formatDate(receipt.expectedReturnDate, locale)) : nothing}
        </dl>`}
    <h3 class="review-heading">${t('form.done.next.title')}</h3>
    <p>${t('form.done.next.body')}</p>
    <div class="actions no-print" part="actions">
      ${code !== undefined ? html`<button type="button" class="button" @click=${actions.track}>${t('form.done.track')}</button>` : nothing}
      <button type="button" class="button secondary" @click=${actions.print}>${t('form.done.print')}</button>
      ${receiptUrl ? html`<a class="link" href=${receiptUrl} target="_blank" rel="noopener noreferrer">${t('form.done.receipt')}</a>` : nothing}
    </div>
  </section>`;
}
