import type { FieldError, Problem } from './schemas.js';

/**
 * Why a request failed. Elements choose their message and their recovery from
 * this, never from the text of an exception:
 * - `offline`: the browser says it has no network; retry when it comes back.
 * - `network`: the request did not complete (DNS, CORS, reset); retry may help.
 * - `timeout`: no answer within the client's timeout.
 * - `aborted`: the caller cancelled (a newer search replaced this one); show nothing.
 * - `http`: the server answered with an error status, usually with a problem+json body.
 * - `invalid-response`: the server answered 2xx with a body that breaks the contract.
 */
export type ApiErrorKind = 'offline' | 'network' | 'timeout' | 'aborted' | 'http' | 'invalid-response';

export interface ApiErrorInit {
  kind: ApiErrorKind;
  /** The endpoint as a template, e.g. `GET /procedures/{code}`: never carries personal data. */
  endpoint: string;
  status?: number;
  problem?: Problem;
  /** For `invalid-response`: the dotted path of the first offending field, e.g. `items.0.fee.amount`. */
  field?: string;
  /** Seconds the server asked us to wait (429/503 Retry-After). */
  retryAfter?: number;
  /**
   * What went wrong underneath: the fetch error, or for `invalid-response` the `Mismatch`
   * of `conform.ts` (the path and the rule expected there, never the offending value).
   */
  cause?: unknown;
  /** For `invalid-response`: the parsed body as received, not validated (see `ApiError.body`). */
  body?: unknown;
}

export class ApiError extends Error {
  override readonly name = 'ApiError';
  // Own properties copied from the init by the constructor.
  declare readonly kind: ApiErrorKind;
  declare readonly endpoint: string;
  declare readonly status: number | undefined;
  declare readonly problem: Problem | undefined;
  declare readonly field: string | undefined;
  declare readonly retryAfter: number | undefined;
  /**
   * For `invalid-response`: the parsed body as the server sent it, not validated, so a caller
   * can salvage what it must (the code of a dossier the server created). Non-enumerable and
   * never in the message: it may hold personal data, and errors get logged and serialised.
   */
  declare readonly body: unknown;

  constructor({ cause, body, ...init }: ApiErrorInit) {
    super(describe(init), cause === undefined ? undefined : { cause });
    Object.assign(this, init);
    Object.defineProperty(this, 'body', { value: body, enumerable: false });
  }

  /** Field errors of a 422 (or any problem that carries them); empty otherwise. */
  get fieldErrors(): FieldError[] {
    return this.problem?.errors ?? [];
  }

  /** The last segment of the problem type, e.g. `form-version-changed`, for branching. */
  get problemType(): string | undefined {
    return this.problem?.type.split('/').pop();
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** For developers' consoles: `GET /stats: http 503 Service unavailable`, `GET /procedures: invalid-response at items.0.sector`. */
function describe({ endpoint, kind, status, problem, field }: ApiErrorInit): string {
  return `${endpoint}: ${kind}${status ? ` ${status}` : ''}${problem ? ` ${problem.title}` : ''}${field ? ` at ${field}` : ''}`;
}
