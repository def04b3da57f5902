import { rateDossierRoute } from '../routes/rate-dossier.js';
import type { RatingReceipt, RatingSubmission } from '../schemas.js';
import type { ApiTransport, RequestOptions } from '../transport.js';
import { at } from './at.js';
import * as validators from '../validators.generated.js';

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
