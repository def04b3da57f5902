/**
 * `ApiClient`: every endpoint of API version 1 as a method, for npm users who
 * want one object. It is the `ApiTransport` (retries, timeouts, cancellation,
 * validation, problem details) plus thin methods over the functions of
 * `endpoints.ts`.
 *
 * The elements do not use this class: a class keeps all its methods, so every
 * bundle that touched it would carry every response validator. They call the
 * endpoint functions with a bare `ApiTransport` instead.
 */
import * as endpoints from './endpoints.js';
import type { AttachmentTarget, ProcedureQuery, StatsQuery } from './endpoints.js';
import type {
  AdministrativeUnit,
  Agency,
  Attachment,
  Calendar,
  DossierLookup,
  DossierReceipt,
  DossierStatus,
  DossierSubmission,
  FormDefinition,
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
import {
  ApiTransport,
  type ApiTransportOptions,
  type RequestOptions,
  type UploadOptions,
} from './transport.js';

export type { AttachmentTarget, ProcedureQuery, StatsQuery } from './endpoints.js';
export {
  ApiTransport,
  newIdempotencyKey,
  RedirectRefused,
  type ApiRequest,
  type ApiTransportOptions,
  type ApiUpload,
  type Clock,
  type RequestOptions,
  type TokenGetter,
  type UploadOptions,
} from './transport.js';

/** The options of the transport underneath; kept under the client's name for existing callers. */
export type ApiClientOptions = ApiTransportOptions;

export class ApiClient extends ApiTransport {
  searchProcedures(query: ProcedureQuery, options?: RequestOptions): Promise<ProcedureList> {
    return endpoints.searchProcedures(this, query, options);
  }

  getProcedure(code: string, options?: RequestOptions): Promise<ProcedureDetail> {
    return endpoints.getProcedure(this, code, options);
  }

  getForm(code: string, caseId?: string, options?: RequestOptions): Promise<FormDefinition> {
    return endpoints.getForm(this, code, caseId, options);
  }

  createDossier(
    submission: DossierSubmission,
    idempotencyKey: string,
    options?: RequestOptions,
  ): Promise<DossierReceipt> {
    return endpoints.createDossier(this, submission, idempotencyKey, options);
  }

  /** The verifier goes in the body: URLs end up in logs. */
  lookupDossier(lookup: DossierLookup, options?: RequestOptions): Promise<DossierStatus> {
    return endpoints.lookupDossier(this, lookup, options);
  }

  submitSupplement(
    dossierCode: string,
    supplement: SupplementSubmission,
    idempotencyKey: string,
    options?: RequestOptions,
  ): Promise<SupplementReceipt | undefined> {
    return endpoints.submitSupplement(this, dossierCode, supplement, idempotencyKey, options);
  }

  /** 1.1: asks to withdraw the dossier (status 7). */
  requestWithdrawal(
    dossierCode: string,
    withdrawal: WithdrawalRequest,
    idempotencyKey: string,
    options?: RequestOptions,
  ): Promise<WithdrawalReceipt> {
    return endpoints.requestWithdrawal(this, dossierCode, withdrawal, idempotencyKey, options);
  }

  /** 1.1: the citizen's evaluation, once per dossier, after the result. */
  rateDossier(dossierCode: string, rating: RatingSubmission, idempotencyKey: string, options?: RequestOptions): Promise<RatingReceipt> {
    return endpoints.rateDossier(this, dossierCode, rating, idempotencyKey, options);
  }

  /** 1.1: where to send the applicant to pay one payment request. */
  startPayment(
    dossierCode: string,
    paymentId: string,
    checkout: PaymentCheckoutRequest,
    idempotencyKey: string,
    options?: RequestOptions,
  ): Promise<PaymentCheckout> {
    return endpoints.startPayment(this, dossierCode, paymentId, checkout, idempotencyKey, options);
  }

  /** 1.1: the working calendar of a year. */
  getCalendar(year?: number, options?: RequestOptions): Promise<Calendar> {
    return endpoints.getCalendar(this, year, options);
  }

  getStats(query?: StatsQuery, options?: RequestOptions): Promise<Stats> {
    return endpoints.getStats(this, query, options);
  }

  listSectors(options?: RequestOptions): Promise<Sector[]> {
    return endpoints.listSectors(this, options);
  }

  listAgencies(options?: RequestOptions): Promise<Agency[]> {
    return endpoints.listAgencies(this, options);
  }

  /** Without `parent`: the 34 provinces; with a province code: its communes. */
  listAdministrativeUnits(parent?: string, options?: RequestOptions): Promise<AdministrativeUnit[]> {
    return endpoints.listAdministrativeUnits(this, parent, options);
  }

  /** Multipart upload with progress; not retried automatically. */
  uploadAttachment(
    file: Blob & { name?: string },
    target: AttachmentTarget,
    options?: UploadOptions,
  ): Promise<Attachment> {
    return endpoints.uploadAttachment(this, file, target, options);
  }
}
