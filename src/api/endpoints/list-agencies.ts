import { listAgenciesRoute } from '../routes/list-agencies.js';
import type { Agency } from '../schemas.js';
import type { ApiTransport, RequestOptions } from '../transport.js';
import { at } from './at.js';
import * as validators from '../validators.generated.js';

export async function listAgencies(client: ApiTransport, options: RequestOptions = {}): Promise<Agency[]> {
  const list = await client.request({
    ...options,
    ...at(listAgenciesRoute),
    validator: validators.AgencyList,
  });
  return list.items;
}
