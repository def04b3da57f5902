import type { Route } from '../route.js';

export const listAgenciesRoute = {
  operationId: 'listAgencies',
  method: 'GET',
  path: '/agencies',
  idempotency: 'safe',
  success: 200,
  response: 'AgencyList',
  public: true,
  tag: 'reference-data',
  since: '1.0',
} as const satisfies Route;
