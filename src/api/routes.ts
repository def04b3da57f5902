/**
 * The route table of the API: every endpoint once, as plain data.
 *
 * Three readers share it instead of keeping lists of their own: the endpoint functions
 * (`endpoints.ts`: method, path, the name used in errors), the mock back end
 * (`mocks/handlers.ts`: one handler per route, checked by the compiler) and the OpenAPI
 * generator (`scripts/openapi.mjs`: paths, operation ids, success statuses, the
 * Idempotency-Key header, request and response schemas). The conformance checker of the
 * adoption kit (issue 17) reads it too, so it stays a plain exported structure: no
 * functions inside, no zod (elements import it), ids as strings.
 *
 * Each route is a module of its own (`routes/<operation>.ts`), which the endpoint functions
 * import directly, so a page's bundle carries only the routes it uses; `routes/index.ts` names
 * them all (the public names), and this module is the table (`ROUTES`, in the order of the
 * OpenAPI document) for the readers that need them all.
 */

import type { Route } from './route.js';
export type { HttpMethod, Idempotency, Route } from './route.js';
export { routeName, routePath } from './route.js';
import * as each from './routes/index.js';
export * from './routes/index.js';

/** Every route of the contract, in the order of the OpenAPI document. */
export const ROUTES = [
  each.searchProceduresRoute,
  each.getProcedureRoute,
  each.getFormRoute,
  each.uploadAttachmentRoute,
  each.createDossierRoute,
  each.lookupDossierRoute,
  each.submitSupplementRoute,
  each.requestWithdrawalRoute,
  each.rateDossierRoute,
  each.startPaymentRoute,
  each.getStatsRoute,
  each.getCalendarRoute,
  each.listSectorsRoute,
  each.listAgenciesRoute,
  each.listAdministrativeUnitsRoute,
] as const satisfies readonly Route[];

export type AnyRoute = (typeof ROUTES)[number];
export type OperationId = AnyRoute['operationId'];

