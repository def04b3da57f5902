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
import { ApiError } from './errors.js';
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

/** What an exchange brings back, from `fetch` or XHR alike: status, body text, Retry-After. */
type Answer = [status: number, text: string, retryAfter: string | null];

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
    const { idempotencyKey, method } = call;
    const retries = method === 'GET' || idempotencyKey !== undefined ? (this.#options.retries ?? 2) : 0;
    const doFetch = this.#options.fetch ?? fetch;
    const body = call.json === undefined ? null : JSON.stringify(call.json);
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.#exchange(call, DEFAULT_TIMEOUT_MS, async (headers, signal) => {
          if (body) headers['Content-Type'] = 'application/json';
          if (idempotencyKey !== undefined) headers['Idempotency-Key'] = idempotencyKey;
          const response = await doFetch(this.#url(call.path, call.query), { method, headers, signal, body });
          return [response.status, await response.text(), response.headers.get('retry-after')];
        });
      } catch (error) {
        const transient = error instanceof ApiError && (error.kind === 'network' || error.kind === 'timeout');
        if (!transient || attempt >= retries) throw error;
        // A caller abort cuts the wait short, and the next attempt reports it without sending.
        await backoff((this.#options.retryDelayMs ?? 300) * 2 ** attempt, call.signal);
      }
    }
  }

  /**
   * Multipart upload through XMLHttpRequest, because `fetch` cannot report
   * upload progress. Not retried automatically: the element offers a retry.
   */
  upload<T>(call: ApiUpload<T>): Promise<T> {
    // No Content-Type: the browser writes the multipart one, with its boundary.
    return this.#exchange(call, UPLOAD_TIMEOUT_MS, (headers, signal) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', this.#url(call.path));
      for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
      xhr.upload.onprogress = (event) => {
        if (event.lengthComputable && event.total > 0) call.onProgress?.(event.loaded / event.total);
      };
      signal.onabort = () => xhr.abort();
      return new Promise<Answer>((resolve, reject) => {
        xhr.onload = () => resolve([xhr.status, xhr.responseText, xhr.getResponseHeader('retry-after')]);
        xhr.onerror = xhr.onabort = reject;
        xhr.send(call.body);
      });
    });
  }

  /**
   * One exchange with the server, by `fetch` or by XHR (`send`, which gets the common headers
   * to add its own to), under the caller's signal and a timeout (the `timeoutMs` option, else
   * `defaultTimeoutMs`). A failure to get an
   * answer becomes an `ApiError` of kind `timeout`, `aborted`, `offline` or `network`; the
   * answer becomes the validated body, or an `ApiError` of kind `http` or `invalid-response`.
   */
  async #exchange<T>(
    call: { endpoint: string; signal?: AbortSignal | undefined; validator: Validator<T> },
    defaultTimeoutMs: number,
    send: (headers: Record<string, string>, signal: AbortSignal) => Promise<Answer>,
  ): Promise<T> {
    const { endpoint, signal } = call;
    const aborted = () => new ApiError({ kind: 'aborted', endpoint });
    if (signal?.aborted) throw aborted();
    const headers: Record<string, string> = {
      Accept: 'application/json, application/problem+json',
      'Accept-Language': this.locale,
    };
    const token = await this.#options.getToken?.();
    if (token) headers['Authorization'] = `Bearer ${token}`;
    // The token getter may have taken a while; the caller may have moved on.
    if (signal?.aborted) throw aborted();

    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.#options.timeoutMs ?? defaultTimeoutMs);
    const forwardAbort = () => controller.abort();
    signal?.addEventListener('abort', forwardAbort);
    let answer: Answer;
    try {
      answer = await send(headers, controller.signal);
    } catch (cause) {
      const kind = timedOut ? 'timeout' : signal?.aborted ? 'aborted' : isOffline() ? 'offline' : 'network';
      throw new ApiError({ kind, endpoint, cause });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', forwardAbort);
    }

    const [status, text, retryAfter] = answer;
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      // Not JSON (an empty body, a proxy's HTML page): `body` stays undefined.
    }
    if (status < 200 || status > 299) {
      const verdict = conform(ProblemValidator, body);
      const problem = verdict.ok ? verdict.value : undefined;
      throw new ApiError({ kind: 'http', endpoint, status, problem, retryAfter: parseRetryAfter(retryAfter) ?? problem?.retryAfter });
    }
    if (body === undefined) throw new ApiError({ kind: 'invalid-response', endpoint, status, field: '(body)' });
    const verdict = conform(call.validator, body);
    if (verdict.ok) return verdict.value;
    // The cause names the rule, never the value: a body may carry personal data.
    throw new ApiError({ kind: 'invalid-response', endpoint, status, field: verdict.path || '(root)', cause: verdict });
  }

  #url(path: string, query: Record<string, string | number | undefined> = {}): string {
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(query)) {
      if (value !== undefined && value !== '') params.set(name, String(value));
    }
    const search = params.toString();
    return `${this.baseUrl}${path}${search && `?${search}`}`;
  }
}

/** Retry-After is either delta-seconds or an HTTP date; either way, whole seconds from now. */
function parseRetryAfter(value: string | null): number | undefined {
  if (!value?.trim()) return undefined;
  const seconds = Number.isFinite(Number(value)) ? Number(value) : (Date.parse(value) - Date.now()) / 1000;
  return Number.isNaN(seconds) ? undefined : Math.max(0, Math.ceil(seconds));
}

function isOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

/** Waits `ms`, or less if the caller aborts meanwhile. */
function backoff(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done);
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
  // Grouped 8-4-4-4-12, as randomUUID writes it.
  return hex.replace(/(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-');
}
