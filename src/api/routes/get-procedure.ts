import type { Route } from '../route.js';

export const getProcedureRoute = {
  operationId: 'getProcedure',
  method: 'GET',
  path: '/procedures/{code}',
  idempotency: 'safe',
  success: 200,
  response: 'ProcedureDetail',
  public: true,
  tag: 'procedures',
  since: '1.0',
} as const satisfies Route;
