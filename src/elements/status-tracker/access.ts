/**
 * What the tracker may do with one dossier once the applicant has proved they
 * hold it (code + verifier).
 *
 * The verifier is captured by these closures and nowhere else: not in a
 * property, not in reactive state, not in an attribute, not in storage. Code
 * that holds a `DossierAccess` can look the dossier up again or send one of
 * the applicant's writes (a supplement, a withdrawal, a rating, a checkout),
 * and `console.log(access)` shows two functions. Dropping the object drops the
 * verifier.
 */
import { lookupDossier } from '../../api/endpoints.js';
import type { ApiTransport, RequestOptions } from '../../api/transport.js';
import type { DossierStatus } from '../../api/schemas.js';

/**
 * One of the applicant's writes, given the dossier's code and verifier. The writes' endpoints
 * live in the tracker's actions part (`actions.ts`), which is fetched on demand: the access
 * hands them the two values for the one request they send, which puts the verifier in that
 * request's JSON body and nowhere else.
 */
export type VerifiedWrite<T> = (code: string, verifier: string) => Promise<T>;

export interface DossierAccess {
  lookup(transport: ApiTransport, options?: RequestOptions): Promise<DossierStatus>;
  write<T>(send: VerifiedWrite<T>): Promise<T>;
}

export function grantAccess(code: string, verifier: string): DossierAccess {
  return {
    // The verifier goes in the body of the POST, never in a URL.
    lookup: (transport, options) => lookupDossier(transport, { code, verifier }, options),
    write: (send) => send(code, verifier),
  };
}
