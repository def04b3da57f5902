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
 * Each route is its own constant, so a bundle keeps only the routes its endpoint functions
 * use; `ROUTES` lists them all, in the order of the OpenAPI document.
 */

export type HttpMethod = 'GET' | 'POST';

/**
 * What a retry can do to a route:
 * - `safe`: nothing (a read); the transport retries network failures.
 * - `key`: the request creates or changes something and carries an `Idempotency-Key`; a
 *   retry with the same key gets the first answer, so the transport may retry it.
 * - `none`: neither; never retried automatically (a lookup counts towards a rate limit,
 *   an upload is retried by the applicant).
 */
export type Idempotency = 'safe' | 'key' | 'none';

export interface Route {
  /** The OpenAPI operation id, also the `ApiClient` method and the endpoint function. */
  readonly operationId: string;
  readonly method: HttpMethod;
  /** Path template relative to the API base, parameters in braces: `/procedures/{code}`. */
  readonly path: string;
  readonly idempotency: Idempotency;
  /** Status of a successful answer. */
  readonly success: 200 | 201 | 202;
  /** Contract id of the JSON body (`contract.ts`), or `multipart` for the upload. */
  readonly request?: string;
  /** Contract id of the success body. */
  readonly response: string;
  /** Must work without `Authorization` (reading and tracking); writes are the deployment's choice. */
  readonly public: boolean;
  /** OpenAPI tag. */
  readonly tag: 'procedures' | 'forms' | 'attachments' | 'dossiers' | 'payments' | 'transparency' | 'reference-data';
  /** The contract version that added the route. */
  readonly since: '1.0' | '1.1';
}

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

export const uploadAttachmentRoute = {
  operationId: 'uploadAttachment',
  method: 'POST',
  path: '/attachments',
  idempotency: 'none',
  success: 201,
  request: 'multipart',
  response: 'Attachment',
  public: false,
  tag: 'attachments',
  since: '1.0',
} as const satisfies Route;

export const createDossierRoute = {
  operationId: 'createDossier',
  method: 'POST',
  path: '/dossiers',
  idempotency: 'key',
  success: 201,
  request: 'DossierSubmission',
  response: 'DossierReceipt',
  public: false,
  tag: 'dossiers',
  since: '1.0',
} as const satisfies Route;

export const lookupDossierRoute = {
  operationId: 'lookupDossier',
  method: 'POST',
  path: '/dossiers/lookup',
  idempotency: 'none',
  success: 200,
  request: 'DossierLookup',
  response: 'DossierStatus',
  public: true,
  tag: 'dossiers',
  since: '1.0',
} as const satisfies Route;

export const submitSupplementRoute = {
  operationId: 'submitSupplement',
  method: 'POST',
  path: '/dossiers/{code}/supplements',
  idempotency: 'key',
  success: 202,
  request: 'SupplementSubmission',
  response: 'SupplementReceipt',
  public: false,
  tag: 'dossiers',
  since: '1.0',
} as const satisfies Route;

export const requestWithdrawalRoute = {
  operationId: 'requestWithdrawal',
  method: 'POST',
  path: '/dossiers/{code}/withdrawal',
  idempotency: 'key',
  success: 202,
  request: 'WithdrawalRequest',
  response: 'WithdrawalReceipt',
  public: false,
  tag: 'dossiers',
  since: '1.1',
} as const satisfies Route;

export const rateDossierRoute = {
  operationId: 'rateDossier',
  method: 'POST',
  path: '/dossiers/{code}/rating',
  idempotency: 'key',
  success: 201,
  request: 'RatingSubmission',
  response: 'RatingReceipt',
  public: false,
  tag: 'dossiers',
  since: '1.1',
} as const satisfies Route;

export const startPaymentRoute = {
  operationId: 'startPayment',
  method: 'POST',
  path: '/dossiers/{code}/payments/{paymentId}/checkout',
  idempotency: 'key',
  success: 201,
  request: 'PaymentCheckoutRequest',
  response: 'PaymentCheckout',
  public: false,
  tag: 'payments',
  since: '1.1',
} as const satisfies Route;

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

export const listAgenciesRoute = {
  operationId: 'listAgencies',
  method: 'GET',
  path: '/agencies',
  idempotency: 'safe',
  success: 200,
  response: 'AgencyList',
  public: true,
  tag: 'reference-data',
  since: '1.0',
} as const satisfies Route;

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

/** `GET /procedures/{code}`: how errors and logs name a route. */
export function routeName(route: Route): string {
  return `${route.method} ${route.path}`;
}

/**
 * The path with its parameters filled in, each one URL-encoded: `/procedures/1.001193`.
 * A parameter missing from `params` is an error in the caller, not something to send.
 */
export function routePath(route: Route, params: Readonly<Record<string, string>> = {}): string {
  return route.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!Object.hasOwn(params, name)) throw new TypeError(`${routeName(route)}: missing path parameter ${name}`);
    return encodeURIComponent(params[name] as string);
  });
}
