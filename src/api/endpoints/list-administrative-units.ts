import { listAdministrativeUnitsRoute } from '../routes/list-administrative-units.js';
import type { AdministrativeUnit } from '../schemas.js';
import type { ApiTransport, RequestOptions } from '../transport.js';
import { at } from './at.js';
import * as validators from '../validators.generated.js';

/** Without `parent`: the 34 provinces; with a province code: its communes. */
export async function listAdministrativeUnits(
  client: ApiTransport,
  parent?: string,
  options: RequestOptions = {},
): Promise<AdministrativeUnit[]> {
  const list = await client.request({
    ...options,
    ...at(listAdministrativeUnitsRoute),
    query: { parent },
    validator: validators.AdministrativeUnitList,
  });
  return list.items;
}
