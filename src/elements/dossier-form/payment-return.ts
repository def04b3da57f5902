/**
 * The record of a trip to the payment platform, in this tab's `sessionStorage` (gone with the
 * tab, never seen by another one): the receipt to show again on the way back, the payment
 * request, the page to return to, and the verifier the lookup of its state needs (4 digits of
 * the applicant's phone or identity number: docs/security.md, "What is stored where"). Written
 * just before the applicant leaves, deleted once the request is settled or the applicant
 * starts again. Small and storage-only, so the first step can tell whether to show a receipt
 * without downloading the part that draws it; that part writes and deletes the record
 * (`payment.ts`).
 */
import type { DossierReceipt } from '../../api/schemas.js';

export interface PaymentTrip {
  receipt: DossierReceipt;
  paymentId: string;
  verifier: string;
  returnUrl: string;
}

const PREFIX = 'motcua:dossier-payment:v1:';

export const keyOf = (scope: { procedure: string; caseId: string | undefined }) => `${PREFIX}${scope.procedure}:${scope.caseId ?? ''}`;

export function session(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

export function paymentTrip(scope: { procedure: string; caseId: string | undefined }): PaymentTrip | undefined {
  try {
    const value = JSON.parse(session()?.getItem(keyOf(scope)) ?? 'null') as Partial<PaymentTrip> | null;
    const ok =
      typeof value?.receipt?.code === 'string' &&
      typeof value.paymentId === 'string' &&
      typeof value.verifier === 'string' &&
      /^\d{4}$/.test(value.verifier) &&
      typeof value.returnUrl === 'string';
    return ok ? (value as PaymentTrip) : undefined;
  } catch {
    return undefined;
  }
}
