export * from './schemas.js';
export { contract } from './contract.js';
export * from './routes.js';
export * from './identifiers.js';
export { NATIONAL_DOSSIER_CODE_PATTERN, dossierCodeFromText } from './dossier-code.js';
export { ApiError, isApiError, type ApiErrorKind, type ApiErrorInit } from './errors.js';
export {
  ApiTransport,
  newIdempotencyKey,
  RedirectRefused,
  type ApiRequest,
  type ApiTransportOptions,
  type ApiUpload,
  type Clock,
  type RequestOptions,
  type TokenGetter,
  type UploadOptions,
} from './transport.js';
export * from './endpoints.js';
export { ApiClient, type ApiClientOptions } from './client.js';
