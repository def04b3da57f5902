/**
 * What the tracker may do with one dossier once the applicant has proved they
 * hold it (code + verifier).
 *
 * The verifier is captured by these closures and nowhere else: not in a
 * property, not in reactive state, not in an attribute, not in storage. Code
 * that holds a `DossierAccess` can look the dossier up again or send a
 * supplement, but cannot read the verifier back, and `console.log(access)`
 * shows two functions. Dropping the object drops the verifier.
 */
import { lookupDossier, submitSupplement } from '../../api/endpoints.js';
import type { ApiTransport, RequestOptions } from '../../api/transport.js';
import type { DossierStatus, SupplementReceipt, SupplementSubmission } from '../../api/schemas.js';

export type SupplementBody = Omit<SupplementSubmission, 'verifier'>;

export interface DossierAccess {
  lookup(transport: ApiTransport, options?: RequestOptions): Promise<DossierStatus>;
  supplement(
    transport: ApiTransport,
    body: SupplementBody,
    idempotencyKey: string,
    options?: RequestOptions,
  ): Promise<SupplementReceipt | undefined>;
}

export function grantAccess(code: string, verifier: string): DossierAccess {
  return {
    // The verifier goes in the body of the POST, never in a URL.
    lookup: (transport, options) => lookupDossier(transport, { code, verifier }, options),
    supplement: (transport, body, idempotencyKey, options) =>
      submitSupplement(transport, code, { ...body, verifier }, idempotencyKey, options),
  };
}
