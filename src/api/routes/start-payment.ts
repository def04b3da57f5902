import type { Route } from '../route.js';

export const startPaymentRoute = {
  operationId: 'startPayment',
  method: 'POST',
  path: '/dossiers/{code}/payments/{paymentId}/checkout',
  idempotency: 'key',
  success: 201,
  request: 'PaymentCheckoutRequest',
  response: 'PaymentCheckout',
  public: false,
  tag: 'payments',
  since: '1.1',
} as const satisfies Route;
