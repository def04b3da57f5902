export * from './schemas.js';
export { contract } from './contract.js';
export { ApiError, isApiError, type ApiErrorKind, type ApiErrorInit } from './errors.js';
export {
  ApiClient,
  newIdempotencyKey,
  type ApiClientOptions,
  type ProcedureQuery,
  type RequestOptions,
  type StatsQuery,
  type TokenGetter,
  type UploadOptions,
} from './client.js';
