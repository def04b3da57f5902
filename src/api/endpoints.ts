/**
 * Every endpoint of API version 1 as a standalone function over an `ApiTransport`.
 *
 * Each function names the validator its answer must match (generated from the zod
 * contract into `validators/`), so a bundle carries the rules of the endpoints it calls
 * and no other: an element that only tracks dossiers never ships the form definition's
 * rules, and none ships zod. That is why these are not methods (a class keeps all its
 * methods, used or not); `ApiClient` in `client.ts` wraps them as methods for npm users
 * who prefer that.
 *
 * Each function is a module of its own in `endpoints/`, as each rule is, and this module
 * only re-exports them: a bundler that splits code by page (the per-element CDN build) puts
 * a module with the elements that use it, so a chunk two elements share carries the
 * functions and rules those two call, not every one that any element calls.
 *
 * Methods and paths come from the route table (`routes.ts`), which the mock back end and the
 * OpenAPI generator read too; each function imports only its own route.
 *
 * The `options` (a `signal`; `onProgress` for uploads) go into the call as given, under the
 * endpoint's own fields.
 *
 * Nothing personal goes into a URL: the dossier verifier travels in bodies only.
 */
export { searchProcedures, type ProcedureQuery } from './endpoints/search-procedures.js';
export { getProcedure } from './endpoints/get-procedure.js';
export { getForm } from './endpoints/get-form.js';
export { createDossier } from './endpoints/create-dossier.js';
export { lookupDossier } from './endpoints/lookup-dossier.js';
export { submitSupplement } from './endpoints/submit-supplement.js';
export { requestWithdrawal } from './endpoints/request-withdrawal.js';
export { rateDossier } from './endpoints/rate-dossier.js';
export { startPayment } from './endpoints/start-payment.js';
export { getCalendar } from './endpoints/get-calendar.js';
export { getStats, type StatsQuery } from './endpoints/get-stats.js';
export { listSectors } from './endpoints/list-sectors.js';
export { listAgencies } from './endpoints/list-agencies.js';
export { listAdministrativeUnits } from './endpoints/list-administrative-units.js';
export { uploadAttachment, type AttachmentTarget } from './endpoints/upload-attachment.js';
