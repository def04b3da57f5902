import type { Route } from '../route.js';

export const getFormRoute = {
  operationId: 'getForm',
  method: 'GET',
  path: '/procedures/{code}/form',
  idempotency: 'safe',
  success: 200,
  response: 'FormDefinition',
  public: true,
  tag: 'forms',
  since: '1.0',
} as const satisfies Route;
