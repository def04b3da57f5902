import { searchProceduresRoute } from '../routes/search-procedures.js';
import type { Audience, Level, OnlineLevel, ProcedureList } from '../schemas.js';
import type { ApiTransport, RequestOptions } from '../transport.js';
import { at } from './at.js';
import * as validators from '../validators.generated.js';

export interface ProcedureQuery {
  q?: string;
  sector?: string;
  level?: Level;
  agency?: string;
  onlineLevel?: OnlineLevel;
  audience?: Audience;
  page?: number;
  pageSize?: number;
}

export function searchProcedures(
  client: ApiTransport,
  query: ProcedureQuery,
  options: RequestOptions = {},
): Promise<ProcedureList> {
  return client.request({
    ...options,
    ...at(searchProceduresRoute),
    query: { ...query },
    validator: validators.ProcedureList,
  });
}
