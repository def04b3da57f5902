import { getProcedureRoute } from '../routes/get-procedure.js';
import type { ProcedureDetail } from '../schemas.js';
import type { ApiTransport, RequestOptions } from '../transport.js';
import { at } from './at.js';
import * as validators from '../validators.generated.js';

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
