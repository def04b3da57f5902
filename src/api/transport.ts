/**
 * The transport every API call goes through, without knowing any endpoint.
 *
 * - `fetch` with a timeout and caller cancellation (`AbortSignal`).
 * - Retries with exponential backoff, only when a retry cannot do harm: the
 *   request is idempotent (GET, or a write carrying an `Idempotency-Key`) and
 *   the failure is the network's, not the server's answer.
 * - `Accept-Language` from the locale; `Authorization: Bearer` from the host's
 *   optional async token getter.
 * - Every 2xx body is checked against the validator the caller passes (a rule generated
 *   from the zod contract, see `conform.ts`); a mismatch becomes an `ApiError` of kind
 *   `invalid-response` naming the endpoint and the field.
 * - problem+json answers become `ApiError`s of kind `http` carrying the problem.
 *
 * The endpoints live in `endpoints.ts` as standalone functions, each naming its own
 * response validator: a bundle then carries only the rules of the endpoints it calls.
 * A class method cannot be tree-shaken, so no endpoint may become a method here.
 *
 * Nothing personal goes into a URL: the dossier verifier travels in bodies only.
 */
import { conform, type Validator } from './conform.js';
import { ApiError, type ApiErrorKind } from './errors.js';
import type { Problem } from './schemas.js';
import { Problem as ProblemValidator } from './validators.generated.js';

export type TokenGetter = () => string | null | undefined | Promise<string | null | undefined>;

export interface ApiTransportOptions {
  /** Base URL of the API, e.g. `https://dichvucong.example.gov.vn/api/v1` or `/api/v1`. */
  baseUrl: string;
  /** Sent as `Accept-Language`; `vi` by default. */
  locale?: string;
  /** Supplies a bearer token per request; return nothing for anonymous calls. */
  getToken?: TokenGetter;
  /** Milliseconds before a request is given up; 15 s by default, 120 s for uploads. */
  timeoutMs?: number;
  /** Extra attempts for retryable failures; 2 by default. */
  retries?: number;
  /** First backoff delay in ms, doubled each attempt; 300 by default. */
  retryDelayMs?: number;
  /** Injected for tests; the global `fetch` by default. */
  fetch?: typeof fetch;
}

export interface RequestOptions {
  signal?: AbortSignal | undefined;
}

export interface UploadOptions extends RequestOptions {
  /** Called with the fraction of the body sent, 0–1. */
  onProgress?: (fraction: number) => void;
}

/** One JSON request, as an endpoint function describes it. */
export interface ApiRequest<T> {
  method: 'GET' | 'POST';
  /** Template used in errors: `GET /procedures/{code}`. */
  endpoint: string;
  path: string;
  query?: Record<string, string | number | undefined>;
  json?: unknown;
  idempotencyKey?: string;
  /** The 2xx body must match it. */
  validator: Validator<T>;
  signal?: AbortSignal | undefined;
}

/** One multipart POST, as an endpoint function describes it. */
export interface ApiUpload<T> {
  endpoint: string;
  path: string;
  body: FormData;
  validator: Validator<T>;
  signal?: AbortSignal | undefined;
  onProgress?: ((fraction: number) => void) | undefined;
}

const DEFAULT_TIMEOUT_MS = 15_000;
const UPLOAD_TIMEOUT_MS = 120_000;

export class ApiTransport {
  readonly baseUrl: string;
  readonly locale: string;
  readonly #options: ApiTransportOptions;

  constructor(options: ApiTransportOptions) {
    this.#options = options;
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.locale = options.locale ?? 'vi';
  }

  /** Sends a JSON request, retrying where that is safe, and returns the validated body. */
  async request<T>(call: ApiRequest<T>): Promise<T> {
    const retryable = call.method === 'GET' || call.idempotencyKey !== undefined;
    const attempts = 1 + (retryable ? (this.#options.retries ?? 2) : 0);
    const baseDelay = this.#options.retryDelayMs ?? 300;
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.#attempt(call);
      } catch (error) {
        const transient = error instanceof ApiError && (error.kind === 'network' || error.kind === 'timeout');
        if (!transient || attempt >= attempts) throw error;
        await sleep(baseDelay * 2 ** (attempt - 1), call.signal, call.endpoint);
      }
    }
  }

  /**
   * Multipart upload through XMLHttpRequest, because `fetch` cannot report
   * upload progress. Not retried automatically: the element offers a retry.
   */
  async upload<T>(call: ApiUpload<T>): Promise<T> {
    const { endpoint, signal, onProgress } = call;
    const headers = await this.#headers(false);
    const timeoutMs = this.#options.timeoutMs ?? UPLOAD_TIMEOUT_MS;

    const raw = await new Promise<RawResponse>((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      const fail = (kind: ApiErrorKind) => {
        cleanup();
        reject(new ApiError({ kind: kind === 'network' && isOffline() ? 'offline' : kind, endpoint }));
      };
      const onAbort = () => xhr.abort();
      const cleanup = () => signal?.removeEventListener('abort', onAbort);
      if (signal?.aborted) {
        reject(new ApiError({ kind: 'aborted', endpoint }));
        return;
      }
      signal?.addEventListener('abort', onAbort);
      xhr.open('POST', this.#url(call.path));
      for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
      xhr.timeout = timeoutMs;
      xhr.upload.onprogress = (event) => {
        if (event.lengthComputable && event.total > 0) onProgress?.(event.loaded / event.total);
      };
      xhr.onload = () => {
        cleanup();
        resolve({
          status: xhr.status,
          text: xhr.responseText,
          contentType: xhr.getResponseHeader('content-type') ?? '',
          retryAfter: parseRetryAfter(xhr.getResponseHeader('retry-after')),
        });
      };
      xhr.onerror = () => fail('network');
      xhr.ontimeout = () => fail('timeout');
      xhr.onabort = () => fail('aborted');
      xhr.send(call.body);
    });
    return this.#interpret(raw, endpoint, call.validator);
  }

  async #attempt<T>(call: ApiRequest<T>): Promise<T> {
    const { endpoint, signal } = call;
    if (signal?.aborted) throw new ApiError({ kind: 'aborted', endpoint });

    const headers = await this.#headers(call.json !== undefined);
    if (call.idempotencyKey !== undefined) headers['Idempotency-Key'] = call.idempotencyKey;
    // The token getter may have taken a while; the caller may have moved on.
    if (signal?.aborted) throw new ApiError({ kind: 'aborted', endpoint });

    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.#options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    const forwardAbort = () => controller.abort();
    signal?.addEventListener('abort', forwardAbort);

    const doFetch = this.#options.fetch ?? globalThis.fetch.bind(globalThis);
    try {
      const init: RequestInit = { method: call.method, headers, signal: controller.signal };
      if (call.json !== undefined) init.body = JSON.stringify(call.json);
      const response = await doFetch(this.#url(call.path, call.query), init);
      const text = await response.text();
      return this.#interpret(
        {
          status: response.status,
          text,
          contentType: response.headers.get('content-type') ?? '',
          retryAfter: parseRetryAfter(response.headers.get('retry-after')),
        },
        endpoint,
        call.validator,
      );
    } catch (error) {
      if (error instanceof ApiError) throw error;
      if (timedOut) throw new ApiError({ kind: 'timeout', endpoint, cause: error });
      if (signal?.aborted) throw new ApiError({ kind: 'aborted', endpoint, cause: error });
      throw new ApiError({ kind: isOffline() ? 'offline' : 'network', endpoint, cause: error });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', forwardAbort);
    }
  }

  #interpret<T>(raw: RawResponse, endpoint: string, validator: Validator<T>): T {
    let body: unknown;
    let parsed = false;
    if (raw.text.length > 0) {
      try {
        body = JSON.parse(raw.text);
        parsed = true;
      } catch {
        parsed = false;
      }
    }

    if (raw.status < 200 || raw.status >= 300) {
      const problem = parsed ? readProblem(body) : undefined;
      throw new ApiError({
        kind: 'http',
        endpoint,
        status: raw.status,
        ...(problem ? { problem } : {}),
        ...withRetryAfter(raw.retryAfter ?? problem?.retryAfter),
      });
    }
    if (!parsed) throw new ApiError({ kind: 'invalid-response', endpoint, status: raw.status, field: '(body)' });

    const verdict = conform(validator, body);
    if (!verdict.ok) {
      // The cause names the rule, never the value: a body may carry personal data.
      const field = verdict.path || '(root)';
      throw new ApiError({ kind: 'invalid-response', endpoint, status: raw.status, field, cause: verdict });
    }
    return verdict.value;
  }

  async #headers(hasJsonBody: boolean): Promise<Record<string, string>> {
    const headers: Record<string, string> = {
      Accept: 'application/json, application/problem+json',
      'Accept-Language': this.locale,
    };
    if (hasJsonBody) headers['Content-Type'] = 'application/json';
    const token = await this.#options.getToken?.();
    if (token) headers['Authorization'] = `Bearer ${token}`;
    return headers;
  }

  #url(path: string, query?: Record<string, string | number | undefined>): string {
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(query ?? {})) {
      if (value !== undefined && value !== '') params.set(name, String(value));
    }
    const search = params.toString();
    return `${this.baseUrl}${path}${search ? `?${search}` : ''}`;
  }
}


interface RawResponse {
  status: number;
  text: string;
  contentType: string;
  retryAfter: number | undefined;
}

function readProblem(body: unknown): Problem | undefined {
  const verdict = conform(ProblemValidator, body);
  return verdict.ok ? verdict.value : undefined;
}

function withRetryAfter(seconds: number | undefined): { retryAfter?: number } {
  return seconds === undefined ? {} : { retryAfter: seconds };
}

/** Retry-After is either delta-seconds or an HTTP date. */
function parseRetryAfter(value: string | null): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

function isOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

function sleep(ms: number, signal: AbortSignal | undefined, endpoint: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new ApiError({ kind: 'aborted', endpoint }));
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(new ApiError({ kind: 'aborted', endpoint }));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * A fresh key for one user intent (one submission, one supplement). Falls back to
 * `getRandomValues` because `randomUUID` exists only in secure contexts and some
 * intranet portals are still served over plain HTTP.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function' && globalThis.isSecureContext !== false) {
    return crypto.randomUUID();
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
