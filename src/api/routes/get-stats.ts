import type { Route } from '../route.js';

export const getStatsRoute = {
  operationId: 'getStats',
  method: 'GET',
  path: '/stats',
  idempotency: 'safe',
  success: 200,
  response: 'Stats',
  public: true,
  tag: 'transparency',
  since: '1.0',
} as const satisfies Route;
