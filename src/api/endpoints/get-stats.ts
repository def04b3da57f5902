import { getStatsRoute } from '../routes/get-stats.js';
import type { Stats } from '../schemas.js';
import type { ApiTransport, RequestOptions } from '../transport.js';
import { at } from './at.js';
import * as validators from '../validators.generated.js';

export interface StatsQuery {
  from?: string;
  to?: string;
  agency?: string;
}

export function getStats(
  client: ApiTransport,
  query: StatsQuery = {},
  options: RequestOptions = {},
): Promise<Stats> {
  return client.request({
    ...options,
    ...at(getStatsRoute),
    query: { ...query },
    validator: validators.Stats,
  });
}
