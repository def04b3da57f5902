/**
 * Every endpoint of API version 1 as a standalone function over an `ApiTransport`.
 *
 * Each function names the validator its answer must match (generated from the zod
 * contract into `validators.generated.ts`), so a bundle carries the rules of the
 * endpoints it calls and no other: an element that only tracks dossiers never ships
 * the form definition's rules, and none ships zod. That is why these are not
 * methods (a class keeps all its methods, used or not); `ApiClient` in `client.ts`
 * wraps them as methods for npm users who prefer that.
 *
 * Methods and paths come from the route table (`routes.ts`), which the mock back end and the
 * OpenAPI generator read too; each function imports only its own route.
 *
 * The `options` (a `signal`; `onProgress` for uploads) go into the call as given, under the
 * endpoint's own fields.
 *
 * Nothing personal goes into a URL: the dossier verifier travels in bodies only.
 */
import {
  createDossierRoute,
  getCalendarRoute,
  getFormRoute,
  getProcedureRoute,
  getStatsRoute,
  listAdministrativeUnitsRoute,
  listAgenciesRoute,
  listSectorsRoute,
  lookupDossierRoute,
  rateDossierRoute,
  requestWithdrawalRoute,
  routeName,
  routePath,
  searchProceduresRoute,
  startPaymentRoute,
  submitSupplementRoute,
  uploadAttachmentRoute,
  type Route,
} from './routes.js';
import type {
  AdministrativeUnit,
  Agency,
  Attachment,
  Audience,
  Calendar,
  DossierLookup,
  DossierReceipt,
  DossierStatus,
  DossierSubmission,
  FormDefinition,
  Level,
  OnlineLevel,
  PaymentCheckout,
  PaymentCheckoutRequest,
  ProcedureDetail,
  ProcedureList,
  RatingReceipt,
  RatingSubmission,
  Sector,
  Stats,
  SupplementReceipt,
  SupplementSubmission,
  WithdrawalReceipt,
  WithdrawalRequest,
} from './schemas.js';
import { isApiError } from './errors.js';
import type { ApiTransport, RequestOptions, UploadOptions } from './transport.js';
import * as validators from './validators.generated.js';

export interface ProcedureQuery {
  q?: string;
  sector?: string;
  level?: Level;
  agency?: string;
  onlineLevel?: OnlineLevel;
  audience?: Audience;
  page?: number;
  pageSize?: number;
}

export interface StatsQuery {
  from?: string;
  to?: string;
  agency?: string;
}

/** Where an uploaded file belongs: the procedure and the required document. */
export interface AttachmentTarget {
  procedureCode: string;
  documentCode: string;
}

/** Method, path and name of a route, for the transport. */
function at(route: Route & { method: 'GET' | 'POST' }, params?: Readonly<Record<string, string>>) {
  return { method: route.method, endpoint: routeName(route), path: routePath(route, params) };
}

export function searchProcedures(
  client: ApiTransport,
  query: ProcedureQuery,
  options: RequestOptions = {},
): Promise<ProcedureList> {
  return client.request({
    ...options,
    ...at(searchProceduresRoute),
    query: { ...query },
    validator: validators.ProcedureList,
  });
}

export function getProcedure(
  client: ApiTransport,
  code: string,
  options: RequestOptions = {},
): Promise<ProcedureDetail> {
  return client.request({
    ...options,
    ...at(getProcedureRoute, { code }),
    validator: validators.ProcedureDetail,
  });
}

export function getForm(
  client: ApiTransport,
  code: string,
  caseId?: string,
  options: RequestOptions = {},
): Promise<FormDefinition> {
  return client.request({
    ...options,
    ...at(getFormRoute, { code }),
    query: { case: caseId },
    validator: validators.FormDefinition,
  });
}

export function createDossier(
  client: ApiTransport,
  submission: DossierSubmission,
  idempotencyKey: string,
  options: RequestOptions = {},
): Promise<DossierReceipt> {
  return client.request({
    ...options,
    ...at(createDossierRoute),
    json: submission,
    idempotencyKey,
    validator: validators.DossierReceipt,
  });
}

/** The verifier goes in the body: URLs end up in logs. */
export function lookupDossier(
  client: ApiTransport,
  lookup: DossierLookup,
  options: RequestOptions = {},
): Promise<DossierStatus> {
  return client.request({
    ...options,
    ...at(lookupDossierRoute),
    json: lookup,
    validator: validators.DossierStatus,
  });
}

/**
 * Sends a supplement. Resolves with the receipt, or with `undefined` when the server
 * accepted the supplement (any 2xx, `202` by the contract) with a body that is not a receipt
 * (none, `{}`, another shape): the supplement is in all the same, and saying "not sent" would
 * make the applicant send it again.
 */
export async function submitSupplement(
  client: ApiTransport,
  dossierCode: string,
  supplement: SupplementSubmission,
  idempotencyKey: string,
  options: RequestOptions = {},
): Promise<SupplementReceipt | undefined> {
  try {
    return await client.request({
      ...options,
      ...at(submitSupplementRoute, { code: dossierCode }),
      json: supplement,
      idempotencyKey,
      validator: validators.SupplementReceipt,
    });
  } catch (error) {
    // Only a 2xx answer becomes `invalid-response`.
    if (isApiError(error) && error.kind === 'invalid-response') return undefined;
    throw error;
  }
}

/**
 * 1.1: the applicant asks to withdraw the dossier (status 7); the agency decides (8). Sent once
 * per intent with its key, like a supplement.
 */
export function requestWithdrawal(
  client: ApiTransport,
  dossierCode: string,
  withdrawal: WithdrawalRequest,
  idempotencyKey: string,
  options: RequestOptions = {},
): Promise<WithdrawalReceipt> {
  return client.request({
    ...options,
    ...at(requestWithdrawalRoute, { code: dossierCode }),
    json: withdrawal,
    idempotencyKey,
    validator: validators.WithdrawalReceipt,
  });
}

/** 1.1: the citizen's evaluation (indices 10 and 11), once per dossier, after the result. */
export function rateDossier(
  client: ApiTransport,
  dossierCode: string,
  rating: RatingSubmission,
  idempotencyKey: string,
  options: RequestOptions = {},
): Promise<RatingReceipt> {
  return client.request({
    ...options,
    ...at(rateDossierRoute, { code: dossierCode }),
    json: rating,
    idempotencyKey,
    validator: validators.RatingReceipt,
  });
}

/**
 * 1.1: where to send the applicant to pay one payment request. After the payment platform
 * sends them back to `returnUrl`, read the request's state with a lookup, never from the URL.
 */
export function startPayment(
  client: ApiTransport,
  dossierCode: string,
  paymentId: string,
  checkout: PaymentCheckoutRequest,
  idempotencyKey: string,
  options: RequestOptions = {},
): Promise<PaymentCheckout> {
  return client.request({
    ...options,
    ...at(startPaymentRoute, { code: dossierCode, paymentId }),
    json: checkout,
    idempotencyKey,
    validator: validators.PaymentCheckout,
  });
}

/** 1.1: the working calendar of a year (the current one in Vietnam when absent). */
export function getCalendar(client: ApiTransport, year?: number, options: RequestOptions = {}): Promise<Calendar> {
  return client.request({
    ...options,
    ...at(getCalendarRoute),
    query: { year },
    validator: validators.Calendar,
  });
}

export function getStats(
  client: ApiTransport,
  query: StatsQuery = {},
  options: RequestOptions = {},
): Promise<Stats> {
  return client.request({
    ...options,
    ...at(getStatsRoute),
    query: { ...query },
    validator: validators.Stats,
  });
}

export async function listSectors(client: ApiTransport, options: RequestOptions = {}): Promise<Sector[]> {
  const list = await client.request({
    ...options,
    ...at(listSectorsRoute),
    validator: validators.SectorList,
  });
  return list.items;
}

export async function listAgencies(client: ApiTransport, options: RequestOptions = {}): Promise<Agency[]> {
  const list = await client.request({
    ...options,
    ...at(listAgenciesRoute),
    validator: validators.AgencyList,
  });
  return list.items;
}

/** Without `parent`: the 34 provinces; with a province code: its communes. */
export async function listAdministrativeUnits(
  client: ApiTransport,
  parent?: string,
  options: RequestOptions = {},
): Promise<AdministrativeUnit[]> {
  const list = await client.request({
    ...options,
    ...at(listAdministrativeUnitsRoute),
    query: { parent },
    validator: validators.AdministrativeUnitList,
  });
  return list.items;
}

/** Sends one file as multipart, reporting progress; not retried (the element offers a retry). */
export async function uploadAttachment(
  client: ApiTransport,
  file: Blob & { name?: string },
  target: AttachmentTarget,
  options: UploadOptions = {},
): Promise<Attachment> {
  const body = new FormData();
  body.append('file', file, file.name ?? 'file');
  body.append('procedureCode', target.procedureCode);
  body.append('documentCode', target.documentCode);
  return client.upload({
    ...options,
    endpoint: routeName(uploadAttachmentRoute),
    path: routePath(uploadAttachmentRoute),
    body,
    validator: validators.Attachment,
  });
}
