/**
 * Paying with the submission (contract 1.1, `PaymentRequest` with `stage: "submission"`): the
 * receipt says what is due and offers "Thanh toán"; the press asks the back end for a hand-off
 * (`POST /dossiers/{code}/payments/{id}/checkout`) and sends the applicant to the payment
 * platform, which sends them back to this page. The element then finds the receipt again
 * (this tab's `sessionStorage`, see `payment-return.ts`) and reads the request's state with a
 * lookup: what the return URL says is never trusted (docs/api.md).
 *
 * The hand-off is a press, not an automatic redirect after "Nộp hồ sơ": the applicant first
 * sees their dossier code, and a change of page happens only when they ask for it (WCAG 3.2.5;
 * docs/decisions.md, "Payment at submission").
 */
import type { ReactiveControllerHost } from 'lit';
import { lookupDossier, startPayment } from '../../api/endpoints.js';
import type { Applicant, DossierReceipt, PaymentRequest } from '../../api/schemas.js';
import { newIdempotencyKey, type ApiTransport } from '../../api/transport.js';
import { safeUrl } from '../shared/server-text.js';
import { keyOf, session, type PaymentTrip } from './payment-return.js';

/** How the applicant leaves for the payment platform; a test takes it over. */
export const paymentNavigator = {
  go: (url: string): void => location.assign(url),
};

/** Query parameters a payment platform (or the mock's) adds on the way back: not part of the page to return to. */
const RETURN_NOISE = /^(motcua-payment|vnp_|vpc_|partnerCode$|orderId$|resultCode$)/;

/** The page to come back to: this one, without its fragment and without what a platform added. */
export function returnUrlOf(href: string): string {
  const url = new URL(href);
  url.hash = '';
  for (const name of [...url.searchParams.keys()]) if (RETURN_NOISE.test(name)) url.searchParams.delete(name);
  return url.href;
}

/** The verifier a lookup needs: the last 4 digits of the phone, else of the identity number. */
export function verifierOf(applicant: Pick<Applicant, 'phone' | 'nationalId'> | undefined): string | undefined {
  for (const value of [applicant?.phone, applicant?.nationalId]) {
    const digits = (value ?? '').replace(/\D/g, '');
    if (digits.length >= 4) return digits.slice(-4);
  }
  return undefined;
}

export interface PaymentHost {
  readonly element: ReactiveControllerHost;
  readonly transport: ApiTransport;
  /** Where this form's trip is recorded. */
  readonly scope: { procedure: string; caseId: string | undefined };
  /** A state changed: said in the live region. */
  announce(key: 'form.payment.paid' | 'form.payment.failed' | 'form.payment.waiting'): void;
}

export type PaymentPhase = 'idle' | 'starting' | 'checking';

export class PaymentFlow {
  /** The submission's payment request, as last known. */
  request: PaymentRequest | undefined;
  phase: PaymentPhase = 'idle';
  /** The applicant came back from the payment platform. */
  returned = false;
  /** Why the last hand-off or check failed, and which it was. */
  error: { during: 'checkout' | 'check'; error: unknown } | undefined;
  #receipt: DossierReceipt | undefined;
  #verifier: string | undefined;
  #returnUrl: string | undefined;
  readonly #host: PaymentHost;

  constructor(host: PaymentHost) {
    this.#host = host;
  }

  /** The dossier was made: its payment due with the submission, if any. */
  created(receipt: DossierReceipt, applicant: Applicant | undefined): void {
    this.#receipt = receipt;
    this.#verifier = verifierOf(applicant);
    this.request = dueAtSubmission(receipt.paymentRequests);
    this.returned = false;
    this.error = undefined;
  }

  /** Back from the payment platform: the receipt as it was, and the request's state from the back end. */
  resume(trip: PaymentTrip): DossierReceipt {
    this.#receipt = trip.receipt;
    this.#verifier = trip.verifier;
    this.#returnUrl = trip.returnUrl;
    this.request = trip.receipt.paymentRequests?.find((request) => request.id === trip.paymentId);
    this.returned = true;
    void this.check();
    return trip.receipt;
  }

  /** The applicant can pay here: a request is due and the lookup's verifier is known. */
  get payable(): boolean {
    return !!this.#verifier && this.request?.state === 'pending';
  }

  /** "Thanh toán": the hand-off, then off to the platform. */
  async pay(): Promise<void> {
    const receipt = this.#receipt;
    const request = this.request;
    const verifier = this.#verifier;
    if (!receipt || !request || !verifier || this.phase !== 'idle') return;
    this.#set('starting');
    const returnUrl = (this.#returnUrl ??= returnUrlOf(location.href));
    try {
      const checkout = await startPayment(this.#host.transport, receipt.code, request.id, { verifier, returnUrl }, newIdempotencyKey());
      const target = safeUrl(checkout.redirectUrl);
      if (!target) throw new TypeError('The payment platform address is not a web address');
      rememberPaymentTrip(this.#host.scope, { receipt, verifier, paymentId: request.id, returnUrl });
      paymentNavigator.go(target);
    } catch (error) {
      this.error = { during: 'checkout', error };
      this.#set('idle');
    }
  }

  /** Reads the request's state again (after the return, or "Kiểm tra lại"). */
  async check(): Promise<void> {
    const receipt = this.#receipt;
    const verifier = this.#verifier;
    if (!receipt || !verifier || this.phase === 'checking') return;
    this.#set('checking');
    try {
      const status = await lookupDossier(this.#host.transport, { code: receipt.code, verifier });
      const id = this.request?.id;
      this.request = status.paymentRequests?.find((request) => request.id === id) ?? this.request;
      this.error = undefined;
      const state = this.request?.state;
      // A settled request needs no trip any more: a reload then opens the form afresh.
      if (state !== 'pending' && state !== 'processing') forgetPaymentTrip(this.#host.scope);
      this.#host.announce(state === 'paid' ? 'form.payment.paid' : state === 'processing' ? 'form.payment.waiting' : 'form.payment.failed');
    } catch (error) {
      this.error = { during: 'check', error };
    }
    this.#set('idle');
  }

  /** The applicant leaves the receipt: nothing of this payment stays. */
  reset(): void {
    this.request = this.#receipt = this.#verifier = this.#returnUrl = this.error = undefined;
    this.returned = false;
    this.phase = 'idle';
    forgetPaymentTrip(this.#host.scope);
  }

  #set(phase: PaymentPhase): void {
    this.phase = phase;
    this.#host.element.requestUpdate();
  }
}

/** The request the submission must pay, when the procedure takes the fees then. */
export function dueAtSubmission(requests: readonly PaymentRequest[] | undefined): PaymentRequest | undefined {
  return requests?.find((request) => request.stage === 'submission' && request.state !== 'cancelled');
}

function rememberPaymentTrip(scope: { procedure: string; caseId: string | undefined }, trip: PaymentTrip): void {
  try {
    session()?.setItem(keyOf(scope), JSON.stringify(trip));
  } catch {
    // A storage that refuses: the applicant comes back to the form, and finds the payment in the tracker.
  }
}

function forgetPaymentTrip(scope: { procedure: string; caseId: string | undefined }): void {
  try {
    session()?.removeItem(keyOf(scope));
  } catch {
    // Nothing was stored.
  }
}
