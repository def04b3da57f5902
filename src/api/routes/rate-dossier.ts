import type { Route } from '../route.js';

export const rateDossierRoute = {
  operationId: 'rateDossier',
  method: 'POST',
  path: '/dossiers/{code}/rating',
  idempotency: 'key',
  success: 201,
  request: 'RatingSubmission',
  response: 'RatingReceipt',
  public: false,
  tag: 'dossiers',
  since: '1.1',
} as const satisfies Route;
