import type { Route } from '../route.js';

export const searchProceduresRoute = {
  operationId: 'searchProcedures',
  method: 'GET',
  path: '/procedures',
  idempotency: 'safe',
  success: 200,
  response: 'ProcedureList',
  public: true,
  tag: 'procedures',
  since: '1.0',
} as const satisfies Route;
