/**
 * Payment of a dossier's fees (contract 1.1 payment requests; status 6 asks for one during
 * processing): the items and their total, the state of each request, the hand-off to the
 * payment platform and the electronic receipt once paid.
 *
 * The round trip: "Thanh toán trực tuyến" asks the back end for a checkout (`startPayment`,
 * one Idempotency-Key per request for as long as the dossier is on screen), whose `returnUrl` is
 * this page with `?code=<code>&motcua-payment=<id>`, and sends the browser to the platform.
 * The platform sends the applicant back to that URL; the tracker prefills the code, the
 * applicant types the verifier again (it is never stored, docs/elements/status-tracker.md), and
 * the lookup says how the payment stands. The return URL is trusted for nothing but which
 * request to speak about: paid, waiting for confirmation or not completed comes from the lookup.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { startPayment } from '../../api/endpoints.js';
import { isApiError } from '../../api/errors.js';
import type { DossierStatus, PaymentItem, PaymentRequest } from '../../api/schemas.js';
import { newIdempotencyKey } from '../../api/transport.js';
import { fact, isolate, safeUrl } from '../shared/server-text.js';
import type { ActionsHost } from './actions.js';
import { RETURN_PARAMETER } from './actions-part.js';
import type { TrackerL10n } from './messages.js';

/** Where the browser goes to pay: an object, so that a test can keep the page where it is. */
export const paymentHandoff = {
  go: (url: string): void => window.location.assign(url),
};

/** This page, with the dossier's code and the request's id: where the platform sends the applicant back. */
export function returnUrl(page: string, code: string, paymentId: string): string {
  const url = new URL(page);
  url.hash = '';
  url.searchParams.delete(`${RETURN_PARAMETER}-result`);
  url.searchParams.set('code', code);
  url.searchParams.set(RETURN_PARAMETER, paymentId);
  return url.href;
}

export class PaymentController {
  /** The request being handed to the platform (its button is busy until the page leaves). */
  paying: string | undefined;
  /** The request whose hand-off failed, and why. */
  failed: string | undefined;
  error: unknown;
  /** One key per request: a retry after a lost answer gets the same checkout. */
  readonly #keys = new Map<string, string>();
  readonly #host: ActionsHost;
  readonly #element: ReactiveControllerHost;

  constructor(host: ActionsHost) {
    this.#host = host;
    this.#element = host.element;
  }

  clear(): void {
    this.paying = this.failed = this.error = undefined;
    this.#keys.clear();
  }

  async pay(request: PaymentRequest): Promise<void> {
    const host = this.#host;
    if (this.paying !== undefined || !host.active) return;
    this.paying = request.id;
    this.failed = this.error = undefined;
    this.#element.requestUpdate();
    let key = this.#keys.get(request.id);
    if (!key) this.#keys.set(request.id, (key = newIdempotencyKey()));
    try {
      const checkout = await host.write((code, verifier) =>
        startPayment(host.transport, code, request.id, { verifier, returnUrl: returnUrl(window.location.href, code, request.id) }, key),
      );
      const url = safeUrl(checkout.redirectUrl);
      if (!url) throw new TypeError('The payment platform address is not a web address');
      host.announce(host.l10n.t('tracker.payment.paying'));
      // Back from the platform with the browser's Back button, the page may come from the
      // back-forward cache as it was left: the button is ready again, not busy for ever.
      window.addEventListener(
        'pageshow',
        (event) => {
          if (!event.persisted || this.paying !== request.id) return;
          this.paying = undefined;
          this.#element.requestUpdate();
        },
        { once: true },
      );
      paymentHandoff.go(url);
    } catch (error) {
      this.paying = undefined;
      this.failed = request.id;
      this.error = error;
      host.announce(host.l10n.t('tracker.payment.failed', { reason: host.errorMessage(error) }));
      host.focus('#payment-failed');
      // 409: the request is no longer waiting (paid in another tab, cancelled): show how it stands.
      if (isApiError(error) && error.status === 409) void host.relookup();
    } finally {
      this.#element.requestUpdate();
    }
  }
}

/** The payments of the dossier: at status 6 the action panel, otherwise a section when there are any. */
export function payments(host: ActionsHost, payment: PaymentController, dossier: DossierStatus): TemplateResult | typeof nothing {
  const { l10n } = host;
  const requests = dossier.paymentRequests ?? [];
  const asked = dossier.status === 6;
  if (requests.length === 0 && !(asked && dossier.payment)) return nothing;
  const returned = host.returnedPayment();
  return html`<section class="panel ${asked ? 'warning action' : 'info'} payments" part=${asked ? 'action' : nothing} aria-labelledby=${asked ? 'action-title' : 'payments-title'}>
    ${host.heading(2, l10n.t(asked ? 'tracker.action.6' : 'tracker.payment.title'), { id: asked ? 'action-title' : 'payments-title', class: 'section-title' })}
    ${requests.length === 0 && dossier.payment
      ? legacyPayment(l10n, dossier.payment)
      : requests.map((request) => paymentRequest(host, payment, request, request.id === returned))}
  </section>`;
}

function paymentRequest(host: ActionsHost, payment: PaymentController, request: PaymentRequest, returned: boolean): TemplateResult {
  const { l10n } = host;
  const pending = request.state === 'pending';
  const receipt = safeUrl(request.receiptUrl);
  const busy = payment.paying === request.id;
  return html`<div class="payment-request">
    ${returned ? html`<p class="panel ${request.state === 'paid' ? 'success' : 'warning'} returned" id="payment-returned" tabindex="-1">${returnedText(l10n, request)}</p>` : nothing}
    <dl class="facts compact">
      ${fact(l10n.t('tracker.payment.state'), html`<span class="payment-state ${request.state}">${l10n.t(`tracker.payment.state.${request.state}`)}</span>`)}
      ${fact(l10n.t('tracker.payment.total'), l10n.money(request.amount))}
      ${request.dueDate && request.state !== 'paid' ? fact(l10n.t('tracker.payment.due'), l10n.date(request.dueDate)) : nothing}
      ${request.paidAt ? fact(l10n.t('tracker.payment.paid-at'), l10n.dateTime(request.paidAt)) : nothing}
    </dl>
    <ul class="fee-items">
      ${request.items.map((item) => feeItem(l10n, item))}
    </ul>
    ${receipt ? html`<p><a class="link receipt" href=${receipt} rel="noopener noreferrer" download>${l10n.t('tracker.payment.receipt')}</a></p>` : nothing}
    ${pending ? payAction(host, payment, request, busy) : nothing}
  </div>`;
}

function payAction(host: ActionsHost, payment: PaymentController, request: PaymentRequest, busy: boolean): TemplateResult {
  const { l10n } = host;
  if (!host.active) return html`<p>${l10n.t('tracker.payment.relookup')}</p><p class="hint">${l10n.t('tracker.payment.in-person')}</p>`;
  const failed = payment.failed === request.id;
  return html`
    ${failed ? html`<p class="panel error" id="payment-failed" tabindex="-1">${l10n.isolated('tracker.payment.failed', { reason: host.errorMessage(payment.error) })}</p>` : nothing}
    <p class="hint">${l10n.t('tracker.payment.pay-hint', { platform: l10n.t(`tracker.payment.platform.${request.platform ?? 'dvcqg'}`) })}</p>
    <button class="button pay" type="button" aria-disabled=${busy ? 'true' : 'false'} @click=${() => void payment.pay(request)}>
      ${l10n.t(busy ? 'tracker.payment.paying' : 'tracker.payment.pay')}
    </button>
    <p class="hint">${l10n.t('tracker.payment.in-person')}</p>
  `;
}

/** After the platform sent the applicant back: what the lookup says of the request `id`, if the dossier has it. */
export function returnedPaymentText(l10n: TrackerL10n, dossier: DossierStatus, id: string | undefined): string | undefined {
  const request = id === undefined ? undefined : dossier.paymentRequests?.find((candidate) => candidate.id === id);
  return request && returnedText(l10n, request);
}

function returnedText(l10n: TrackerL10n, request: PaymentRequest): string {
  const state = request.state;
  return l10n.t(`tracker.payment.returned.${state === 'paid' || state === 'processing' || state === 'pending' ? state : 'closed'}`);
}

/** "Lệ phí: Lệ phí cấp bản sao — 2 bản × 10.000 ₫ — 20.000 ₫". */
function feeItem(l10n: TrackerL10n, item: PaymentItem): TemplateResult {
  const perUnit =
    item.quantity !== undefined && item.unitAmount !== undefined
      ? item.unit
        ? l10n.t('tracker.payment.per-unit', { quantity: l10n.number(item.quantity), unit: isolate(item.unit), price: l10n.money(item.unitAmount) })
        : l10n.t('tracker.payment.per-unit-plain', { quantity: l10n.number(item.quantity), price: l10n.money(item.unitAmount) })
      : undefined;
  return html`<li class="fee-item">
    <span class="fee-name">${l10n.t(`tracker.payment.kind.${item.kind}`)}: <bdi>${item.name}</bdi></span>
    ${perUnit ? html`<span class="fee-unit">${perUnit}</span>` : nothing}
    <span class="fee-amount">${l10n.money(item.amount)}</span>
  </li>`;
}

/** A 1.0 back end's `payment`: the amount, its description and the platform's own link. */
function legacyPayment(l10n: TrackerL10n, payment: NonNullable<DossierStatus['payment']>): TemplateResult {
  const payUrl = safeUrl(payment.payUrl);
  return html`
    <dl class="facts compact">${fact(l10n.t('tracker.payment.total'), l10n.money(payment.amount))}</dl>
    ${payment.description ? html`<p>${payment.description}</p>` : nothing}
    ${payUrl ? html`<a class="button pay" href=${payUrl} rel="noopener noreferrer">${l10n.t('tracker.payment.pay')}</a>` : nothing}
    <p class="hint">${l10n.t('tracker.payment.in-person')}</p>
  `;
}
