import type { Route } from '../route.js';

export const listSectorsRoute = {
  operationId: 'listSectors',
  method: 'GET',
  path: '/sectors',
  idempotency: 'safe',
  success: 200,
  response: 'SectorList',
  public: true,
  tag: 'reference-data',
  since: '1.0',
} as const satisfies Route;
