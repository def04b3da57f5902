import type { Route } from '../route.js';

export const listAdministrativeUnitsRoute = {
  operationId: 'listAdministrativeUnits',
  method: 'GET',
  path: '/administrative-units',
  idempotency: 'safe',
  success: 200,
  response: 'AdministrativeUnitList',
  public: true,
  tag: 'reference-data',
  since: '1.0',
} as const satisfies Route;
