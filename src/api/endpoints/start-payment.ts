import { startPaymentRoute } from '../routes/start-payment.js';
import type { PaymentCheckout, PaymentCheckoutRequest } from '../schemas.js';
import type { ApiTransport, RequestOptions } from '../transport.js';
import { at } from './at.js';
import * as validators from '../validators.generated.js';

/**
 * 1.1: where to send the applicant to pay one payment request. After the payment platform
 * sends them back to `returnUrl`, read the request's state with a lookup, never from the URL.
 */
export function startPayment(
  client: ApiTransport,
  dossierCode: string,
  paymentId: string,
  checkout: PaymentCheckoutRequest,
  idempotencyKey: string,
  options: RequestOptions = {},
): Promise<PaymentCheckout> {
  return client.request({
    ...options,
    ...at(startPaymentRoute, { code: dossierCode, paymentId }),
    json: checkout,
    idempotencyKey,
    validator: validators.PaymentCheckout,
  });
}
