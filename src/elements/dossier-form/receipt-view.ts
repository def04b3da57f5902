/**
 * The receipt: "giấy tiếp nhận hồ sơ và hẹn trả kết quả". The dossier code first (with the
 * kit's copy button), the procedure, the time of submission and the appointment (date and time, Vietnam
 * time), a QR code that opens the tracker for this dossier, the payment due with the
 * submission and its state, what comes next; and, for the printed copy only, the answers and
 * the documents sent. Printing is the browser's (`print()`), shaped by the print styles.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { DossierReceipt, PaymentRequest } from '../../api/schemas.js';
import { copyCode } from '../shared/copy-code.js';
import { heading } from '../shared/heading.js';
import { fact, safeUrl } from '../shared/server-text.js';
import { feeAmount } from './fees.js';
import type { FormL10n } from './messages.js';
import { isIncomplete } from './outcome.js';
import type { PaymentFlow } from './payment.js';
import { qrCode } from './qr.js';
import type { IncompleteReceipt } from './submitter.js';

export interface ReceiptView {
  l10n: FormL10n;
  /** The element's `heading-level`. */
  level: number;
  receipt: DossierReceipt | IncompleteReceipt;
  /** The tracker's page (`tracker-url`), when the host names one. */
  trackerUrl: string | undefined;
  payment: PaymentFlow;
  /** The answers and documents sent, for the printed copy (absent after a trip to the payment platform). */
  submission: unknown;
  errorMessage: (error: unknown) => string;
  /** Says a sentence in the element's live region. */
  announce: (text: string) => void;
  actions: { track: () => void; print: () => void };
}

/**
 * The tracker's address for this dossier: the host's `tracker-url` with `?code=`, else the
 * receipt's `trackingUrl`; http(s) only. Nothing but the code goes in it.
 */
export function trackingAddress(trackerUrl: string | undefined, receipt: DossierReceipt | IncompleteReceipt): string | undefined {
  const code = receipt.code;
  if (code === undefined) return undefined;
  const page = safeUrl(trackerUrl);
  if (page) {
    const url = new URL(page);
    url.searchParams.set('code', code);
    return url.href;
  }
  return isIncomplete(receipt) ? undefined : safeUrl(receipt.trackingUrl);
}

export function receiptView(view: ReceiptView): TemplateResult {
  const { l10n, receipt, level } = view;
  const incomplete = isIncomplete(receipt);
  const code = receipt.code;
  const receiptUrl = incomplete ? undefined : safeUrl(receipt.receiptUrl);
  const tracking = trackingAddress(view.trackerUrl, receipt);
  return html`<section class="page receipt" part="receipt">
    <p class="print-only receipt-title">${l10n.t('form.done.document')}</p>
    <div class="panel success confirmation">
      ${heading(level, 0, l10n.t('form.done.title'), { class: 'page-heading', focusable: true })}
      ${code !== undefined
        ? html`<p class="code-label">${l10n.t('form.done.code')}</p>
            ${copyCode({
              code,
              label: l10n.t('common.copy-code'),
              copied: l10n.t('common.copy-code.done'),
              failed: l10n.t('common.copy-code.failed'),
              announce: view.announce,
              // A national code (25 characters) never breaks; a longer one from a careless back end may.
              class: code.length > 25 ? 'receipt-code long' : 'receipt-code',
            })}`
        : nothing}
    </div>
    ${incomplete
      ? html`<div class="panel warning notice receipt-incomplete"><p>${l10n.t(code === undefined ? 'form.done.no-code' : 'form.done.incomplete')}</p></div>`
      : html`<div class="receipt-body">
          <dl class="facts receipt-details">
            ${fact(l10n.t('form.done.procedure'), l10n.isolated('form.done.procedure-value', { name: receipt.procedure.name, code: receipt.procedure.code }))}
            ${fact(l10n.t('form.done.submitted-at'), l10n.dateTime(receipt.submittedAt))}
            ${appointment(l10n, receipt)}
          </dl>
          ${tracking
            ? html`<figure class="receipt-qr">
                ${qrCode(tracking, l10n.t('form.done.qr-label', { code: receipt.code }))}
                <figcaption>${l10n.t('form.done.qr')}</figcaption>
              </figure>`
            : nothing}
        </div>`}
    ${view.payment.request ? paymentPanel(view, view.payment.request) : nothing}
    ${heading(level, 1, l10n.t('form.done.next.title'), { class: 'review-heading' })}
    <p>${l10n.t('form.done.next.body')}</p>
    ${view.submission ? html`<div class="print-only receipt-submission">${view.submission}</div>` : nothing}
    <div class="actions no-print" part="actions">
      ${code !== undefined ? html`<button type="button" class="button" @click=${view.actions.track}>${l10n.t('form.done.track')}</button>` : nothing}
      <button type="button" class="button secondary" data-action="print" @click=${view.actions.print}>${l10n.t('form.done.print')}</button>
      ${receiptUrl ? html`<a class="link" href=${receiptUrl} target="_blank" rel="noopener noreferrer">${l10n.t('form.done.receipt')}</a>` : nothing}
    </div>
  </section>`;
}

/** The appointment with its time (1.1), else the day a 1.0 back end promised. */
function appointment(l10n: FormL10n, receipt: DossierReceipt): unknown {
  if (receipt.appointmentAt) return fact(l10n.t('form.done.appointment'), l10n.dateTime(receipt.appointmentAt));
  return receipt.expectedReturnDate ? fact(l10n.t('form.done.return-date'), l10n.date(receipt.expectedReturnDate)) : nothing;
}

/** What the submission must pay, and where that payment stands. */
function paymentPanel(view: ReceiptView, request: PaymentRequest): TemplateResult {
  const { l10n, payment, level } = view;
  const amount = l10n.t('form.fees.amount', { amount: l10n.number(request.amount) });
  const checking = payment.phase === 'checking';
  const state = checking ? 'checking' : request.state === 'pending' && payment.returned ? 'failed' : request.state;
  const tone = state === 'paid' ? 'success' : state === 'failed' || state === 'cancelled' || state === 'expired' ? 'error' : 'info';
  return html`<section class="panel ${tone} payment payment-${state}" aria-busy=${checking ? 'true' : 'false'}>
    ${heading(level, 1, l10n.t('form.payment.title'), { class: 'review-heading' })}
    <p class="payment-state">${l10n.t(`form.payment.state.${state}`, { amount, time: request.paidAt ? l10n.dateTime(request.paidAt) : '' })}</p>
    <ul class="fee-lines">
      ${request.items.map(
        (item) => html`<li class="fee-line">
          <span class="fee-kind">${l10n.t(item.kind === 'phi' ? 'form.fees.phi' : 'form.fees.le-phi')}</span>
          <span class="fee-name">${item.name}</span>
          <span class="fee-amount">${item.quantity && item.quantity > 1 && item.unitAmount !== undefined
            ? l10n.t('form.payment.quantity', { quantity: l10n.number(item.quantity), each: feeAmount(l10n, { amount: item.unitAmount, unit: item.unit }) })
            : l10n.t('form.fees.amount', { amount: l10n.number(item.amount) })}</span>
        </li>`,
      )}
    </ul>
    <p class="fee-total"><strong>${l10n.t('form.fees.total', { amount })}</strong></p>
    ${request.dueDate && state !== 'paid' ? html`<p>${l10n.t('form.payment.due', { date: l10n.date(request.dueDate) })}</p>` : nothing}
    ${payment.error ? html`<p class="error-message" role="alert">${view.errorMessage(payment.error.error)}</p>` : nothing}
    ${paymentAction(view, state)}
  </section>`;
}

function paymentAction(view: ReceiptView, state: string): unknown {
  const { l10n, payment } = view;
  const request = payment.request!;
  if (state === 'paid') {
    const receiptUrl = safeUrl(request.receiptUrl);
    return receiptUrl ? html`<a class="link" href=${receiptUrl} target="_blank" rel="noopener noreferrer">${l10n.t('form.payment.e-receipt')}</a>` : nothing;
  }
  if (state === 'processing' || payment.error?.during === 'check') {
    return html`<button type="button" class="button secondary no-print" data-action="check-payment" aria-disabled=${payment.phase !== 'idle' ? 'true' : 'false'} @click=${() => void payment.check()}>
      ${l10n.t('form.payment.check')}
    </button>`;
  }
  if (!payment.payable) return state === 'pending' || state === 'failed' ? html`<p>${l10n.t('form.payment.elsewhere')}</p>` : nothing;
  const starting = payment.phase === 'starting';
  return html`<button type="button" class="button no-print" data-action="pay" aria-disabled=${payment.phase !== 'idle' ? 'true' : 'false'} @click=${() => void payment.pay()}>
    ${l10n.t(starting ? 'form.payment.starting' : state === 'failed' ? 'form.payment.retry' : 'form.payment.pay', { amount: l10n.t('form.fees.amount', { amount: l10n.number(request.amount) }) })}
  </button>`;
}
