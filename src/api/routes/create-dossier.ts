import type { Route } from '../route.js';

export const createDossierRoute = {
  operationId: 'createDossier',
  method: 'POST',
  path: '/dossiers',
  idempotency: 'key',
  success: 201,
  request: 'DossierSubmission',
  response: 'DossierReceipt',
  public: false,
  tag: 'dossiers',
  since: '1.0',
} as const satisfies Route;
