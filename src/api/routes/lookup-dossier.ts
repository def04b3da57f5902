import type { Route } from '../route.js';

export const lookupDossierRoute = {
  operationId: 'lookupDossier',
  method: 'POST',
  path: '/dossiers/lookup',
  idempotency: 'none',
  success: 200,
  request: 'DossierLookup',
  response: 'DossierStatus',
  public: true,
  tag: 'dossiers',
  since: '1.0',
} as const satisfies Route;
