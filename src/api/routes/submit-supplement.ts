import type { Route } from '../route.js';

export const submitSupplementRoute = {
  operationId: 'submitSupplement',
  method: 'POST',
  path: '/dossiers/{code}/supplements',
  idempotency: 'key',
  success: 202,
  request: 'SupplementSubmission',
  response: 'SupplementReceipt',
  public: false,
  tag: 'dossiers',
  since: '1.0',
} as const satisfies Route;
