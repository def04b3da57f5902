import { requestWithdrawalRoute } from '../routes/request-withdrawal.js';
import type { WithdrawalReceipt, WithdrawalRequest } from '../schemas.js';
import type { ApiTransport, RequestOptions } from '../transport.js';
import { at } from './at.js';
import * as validators from '../validators.generated.js';

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
