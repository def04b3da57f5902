import { submitSupplementRoute } from '../routes/submit-supplement.js';
import type { SupplementReceipt, SupplementSubmission } from '../schemas.js';
import { isApiError } from '../errors.js';
import type { ApiTransport, RequestOptions } from '../transport.js';
import { at } from './at.js';
import * as validators from '../validators.generated.js';

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
