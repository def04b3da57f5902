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
 * The `options` (a `signal`; `onProgress` for uploads) go into the call as given, under the
 * endpoint's own fields.
 *
 * Nothing personal goes into a URL: the dossier verifier travels in bodies only.
 */
import type {
  AdministrativeUnit,
  Agency,
  Attachment,
  Audience,
  DossierLookup,
  DossierReceipt,
  DossierStatus,
  DossierSubmission,
  FormDefinition,
  Level,
  OnlineLevel,
  ProcedureDetail,
  ProcedureList,
  Sector,
  Stats,
  SupplementReceipt,
  SupplementSubmission,
} from './schemas.js';
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

export function searchProcedures(
  client: ApiTransport,
  query: ProcedureQuery,
  options: RequestOptions = {},
): Promise<ProcedureList> {
  return client.request({
    ...options,
    method: 'GET',
    endpoint: 'GET /procedures',
    path: '/procedures',
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
    method: 'GET',
    endpoint: 'GET /procedures/{code}',
    path: `/procedures/${encodeURIComponent(code)}`,
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
    method: 'GET',
    endpoint: 'GET /procedures/{code}/form',
    path: `/procedures/${encodeURIComponent(code)}/form`,
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
    method: 'POST',
    endpoint: 'POST /dossiers',
    path: '/dossiers',
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
    method: 'POST',
    endpoint: 'POST /dossiers/lookup',
    path: '/dossiers/lookup',
    json: lookup,
    validator: validators.DossierStatus,
  });
}

export function submitSupplement(
  client: ApiTransport,
  dossierCode: string,
  supplement: SupplementSubmission,
  idempotencyKey: string,
  options: RequestOptions = {},
): Promise<SupplementReceipt> {
  return client.request({
    ...options,
    method: 'POST',
    endpoint: 'POST /dossiers/{code}/supplements',
    path: `/dossiers/${encodeURIComponent(dossierCode)}/supplements`,
    json: supplement,
    idempotencyKey,
    validator: validators.SupplementReceipt,
  });
}

export function getStats(
  client: ApiTransport,
  query: StatsQuery = {},
  options: RequestOptions = {},
): Promise<Stats> {
  return client.request({
    ...options,
    method: 'GET',
    endpoint: 'GET /stats',
    path: '/stats',
    query: { ...query },
    validator: validators.Stats,
  });
}

export async function listSectors(client: ApiTransport, options: RequestOptions = {}): Promise<Sector[]> {
  const list = await client.request({
    ...options,
    method: 'GET',
    endpoint: 'GET /sectors',
    path: '/sectors',
    validator: validators.SectorList,
  });
  return list.items;
}

export async function listAgencies(client: ApiTransport, options: RequestOptions = {}): Promise<Agency[]> {
  const list = await client.request({
    ...options,
    method: 'GET',
    endpoint: 'GET /agencies',
    path: '/agencies',
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
    method: 'GET',
    endpoint: 'GET /administrative-units',
    path: '/administrative-units',
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
    endpoint: 'POST /attachments',
    path: '/attachments',
    body,
    validator: validators.Attachment,
  });
}
