import { listSectorsRoute } from '../routes/list-sectors.js';
import type { Sector } from '../schemas.js';
import type { ApiTransport, RequestOptions } from '../transport.js';
import { at } from './at.js';
import * as validators from '../validators.generated.js';

export async function listSectors(client: ApiTransport, options: RequestOptions = {}): Promise<Sector[]> {
  const list = await client.request({
    ...options,
    ...at(listSectorsRoute),
    validator: validators.SectorList,
  });
  return list.items;
}
