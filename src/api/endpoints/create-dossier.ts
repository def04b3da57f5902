import { createDossierRoute } from '../routes/create-dossier.js';
import type { DossierReceipt, DossierSubmission } from '../schemas.js';
import type { ApiTransport, RequestOptions } from '../transport.js';
import { at } from './at.js';
import * as validators from '../validators.generated.js';

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
