import { lookupDossierRoute } from '../routes/lookup-dossier.js';
import type { DossierLookup, DossierStatus } from '../schemas.js';
import type { ApiTransport, RequestOptions } from '../transport.js';
import { at } from './at.js';
import * as validators from '../validators.generated.js';

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
