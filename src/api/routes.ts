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
 * import directly, so a page's bundle carries only the routes it uses; this module is the
 * table (`ROUTES`, in the order of the OpenAPI document) for the readers that need them all.
 */

import type { Route } from './route.js';
export type { HttpMethod, Idempotency, Route } from './route.js';
export { routeName, routePath } from './route.js';
import { searchProceduresRoute } from './routes/search-procedures.js';
import { getProcedureRoute } from './routes/get-procedure.js';
import { getFormRoute } from './routes/get-form.js';
import { uploadAttachmentRoute } from './routes/upload-attachment.js';
import { createDossierRoute } from './routes/create-dossier.js';
import { lookupDossierRoute } from './routes/lookup-dossier.js';
import { submitSupplementRoute } from './routes/submit-supplement.js';
import { requestWithdrawalRoute } from './routes/request-withdrawal.js';
import { rateDossierRoute } from './routes/rate-dossier.js';
import { startPaymentRoute } from './routes/start-payment.js';
import { getStatsRoute } from './routes/get-stats.js';
import { getCalendarRoute } from './routes/get-calendar.js';
import { listSectorsRoute } from './routes/list-sectors.js';
import { listAgenciesRoute } from './routes/list-agencies.js';
import { listAdministrativeUnitsRoute } from './routes/list-administrative-units.js';

export {
  searchProceduresRoute,
  getProcedureRoute,
  getFormRoute,
  uploadAttachmentRoute,
  createDossierRoute,
  lookupDossierRoute,
  submitSupplementRoute,
  requestWithdrawalRoute,
  rateDossierRoute,
  startPaymentRoute,
  getStatsRoute,
  getCalendarRoute,
  listSectorsRoute,
  listAgenciesRoute,
  listAdministrativeUnitsRoute,
};

/** Every route of the contract, in the order of the OpenAPI document. */
export const ROUTES = [
  searchProceduresRoute,
  getProcedureRoute,
  getFormRoute,
  uploadAttachmentRoute,
  createDossierRoute,
  lookupDossierRoute,
  submitSupplementRoute,
  requestWithdrawalRoute,
  rateDossierRoute,
  startPaymentRoute,
  getStatsRoute,
  getCalendarRoute,
  listSectorsRoute,
  listAgenciesRoute,
  listAdministrativeUnitsRoute,
] as const satisfies readonly Route[];

export type AnyRoute = (typeof ROUTES)[number];
export type OperationId = AnyRoute['operationId'];

