import type { Route } from '../route.js';

export const getCalendarRoute = {
  operationId: 'getCalendar',
  method: 'GET',
  path: '/calendar',
  idempotency: 'safe',
  success: 200,
  response: 'Calendar',
  public: true,
  tag: 'reference-data',
  since: '1.1',
} as const satisfies Route;
