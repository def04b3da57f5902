import { getFormRoute } from '../routes/get-form.js';
import type { FormDefinition } from '../schemas.js';
import type { ApiTransport, RequestOptions } from '../transport.js';
import { at } from './at.js';
import * as validators from '../validators.generated.js';

export function getForm(
  client: ApiTransport,
  code: string,
  caseId?: string,
  options: RequestOptions = {},
): Promise<FormDefinition> {
  return client.request({
    ...options,
    ...at(getFormRoute, { code }),
    query: { case: caseId },
    validator: validators.FormDefinition,
  });
}
