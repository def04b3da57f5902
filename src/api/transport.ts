/**
 * The transport every API call goes through, without knowing any endpoint.
 *
 * - `fetch` with a timeout and caller cancellation (`AbortSignal`). The timeout covers the
 *   host's token getter too: a getter that never settles fails the request like a server
 *   that never answers.
 * - No redirects: `fetch` is told not to follow them (`redirect: 'manual'`), so a 307 to
 *   another origin can never re-post a verifier or a dossier to it; a redirected answer is
 *   refused. Uploads (XHR, which always follows) refuse an answer from any other URL than
 *   the one asked (`responseURL`), see docs/security.md for what that does not prevent.
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
  /** Milliseconds before a JSON request is given up (token getter included); 15 s by default. */
  timeoutMs?: number;
  /**
   * Milliseconds an upload may go without progress (no byte sent or received) before it is
   * given up; 30 s by default. An idle limit, not a total one: a 5 MB scan over a 160 kbit/s
   * rural uplink takes about 260 s and must succeed, while a dead connection is noticed.
   */
  uploadIdleMs?: number;
  /** Extra attempts for retryable failures; 2 by default. */
  retries?: number;
  /** First backoff delay in ms, doubled each attempt; 300 by default. */
  retryDelayMs?: number;
  /** Injected for tests; the global `fetch` by default. */
  fetch?: typeof fetch;
  /** Injected for tests; the global `XMLHttpRequest` by default. */
  XMLHttpRequest?: typeof XMLHttpRequest;
  /** Injected for tests (a clock they advance by hand); the global timers by default. */
  clock?: Clock;
}

/** The timers the transport waits with. */
export interface Clock {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const globalClock: Clock = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

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
const UPLOAD_IDLE_MS = 30_000;

/**
 * The cause of the `network` error a redirected answer becomes. Not retried: the next
 * attempt would be redirected the same way.
 */
export class RedirectRefused extends Error {
  override readonly name = 'RedirectRefused';
}

/** What an exchange brings back, from `fetch` or XHR alike: status, body text, a header reader. */
type Answer = [status: number, text: string, header: (name: 'retry-after' | 'date') => string | null];

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
        return await this.#exchange(call, this.#options.timeoutMs ?? DEFAULT_TIMEOUT_MS, async (headers, signal) => {
          if (body) headers['Content-Type'] = 'application/json';
          if (idempotencyKey !== undefined) headers['Idempotency-Key'] = idempotencyKey;
          // 'manual': a redirect comes back unfollowed (an opaque answer), so the body (a
          // verifier, a dossier) is never re-posted where the redirect points. 'error' would
          // do the same, but its failure cannot be told from a network error.
          const url = this.#url(call.path, call.query);
          const response = await doFetch(url, { method, headers, signal, body, redirect: 'manual' });
          if (response.type === 'opaqueredirect') throw new RedirectRefused(`${call.endpoint} was redirected`);
          return [response.status, await response.text(), (name) => response.headers.get(name)];
        });
      } catch (error) {
        const transient =
          error instanceof ApiError &&
          (error.kind === 'network' || error.kind === 'timeout') &&
          !(error.cause instanceof RedirectRefused);
        if (!transient || attempt >= retries) throw error;
        // A caller abort cuts the wait short, and the next attempt reports it without sending.
        await backoff(this.#clock, (this.#options.retryDelayMs ?? 300) * 2 ** attempt, call.signal);
      }
    }
  }

  /**
   * Multipart upload through XMLHttpRequest, because `fetch` cannot report
   * upload progress. Not retried automatically: the element offers a retry.
   * Given up after `uploadIdleMs` without progress, however long it takes in all.
   */
  upload<T>(call: ApiUpload<T>): Promise<T> {
    const Xhr = this.#options.XMLHttpRequest ?? XMLHttpRequest;
    const url = this.#url(call.path);
    // Where XHR resolves `url` (a worker has no document, only a location).
    const asked = new URL(url, typeof document === 'undefined' ? location.href : document.baseURI).href;
    // No Content-Type: the browser writes the multipart one, with its boundary.
    return this.#exchange(call, this.#options.uploadIdleMs ?? UPLOAD_IDLE_MS, (headers, signal, progressed) => {
      const xhr = new Xhr();
      xhr.open('POST', url);
      for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
      xhr.upload.onprogress = (event) => {
        progressed();
        if (event.lengthComputable && event.total > 0) call.onProgress?.(event.loaded / event.total);
      };
      // The body is all sent, then the answer starts coming: progress too.
      xhr.upload.onload = xhr.onprogress = progressed;
      signal.onabort = () => xhr.abort();
      return new Promise<Answer>((resolve, reject) => {
        xhr.onload = () => {
          // XHR follows redirects whatever we ask; at least never take the redirected server's word.
          if (xhr.responseURL && xhr.responseURL !== asked) {
            reject(new RedirectRefused(`${call.endpoint} was redirected`));
          } else {
            resolve([xhr.status, xhr.responseText, (name) => xhr.getResponseHeader(name)]);
          }
        };
        xhr.onerror = xhr.onabort = reject;
        xhr.send(call.body);
      });
    });
  }

  /**
   * One exchange with the server, by `fetch` or by XHR (`send`, which gets the common headers
   * to add its own to), under the caller's signal and a timer of `timeoutMs` that starts
   * before the token getter is asked and that `send` restarts by calling `progressed` (uploads
   * do on every progress event; JSON requests never do, so theirs is a total timeout). A
   * failure to get an answer becomes an `ApiError` of kind `aborted`, `offline`, `timeout` or
   * `network`; the answer becomes the validated body, or an `ApiError` of kind `http` or
   * `invalid-response`.
   */
  async #exchange<T>(
    call: { endpoint: string; signal?: AbortSignal | undefined; validator: Validator<T> },
    timeoutMs: number,
    send: (headers: Record<string, string>, signal: AbortSignal, progressed: () => void) => Promise<Answer>,
  ): Promise<T> {
    const { endpoint, signal } = call;
    if (signal?.aborted) throw new ApiError({ kind: 'aborted', endpoint });
    const clock = this.#clock;
    const controller = new AbortController();
    let timedOut = false;
    let timer: unknown;
    const progressed = () => {
      clock.clearTimeout(timer);
      timer = clock.setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, timeoutMs);
    };
    progressed();
    const forwardAbort = () => controller.abort();
    signal?.addEventListener('abort', forwardAbort);
    let answer: Answer;
    try {
      const headers: Record<string, string> = {
        Accept: 'application/json, application/problem+json',
        'Accept-Language': this.locale,
      };
      // Under the timer and the caller's signal: a getter that never settles must not hold the request forever.
      const token = await untilAborted(this.#options.getToken, controller.signal);
      if (token) headers['Authorization'] = `Bearer ${token}`;
      // The caller may have moved on while the token came (an XHR would not notice).
      controller.signal.throwIfAborted();
      answer = await send(headers, controller.signal, progressed);
    } catch (cause) {
      // The caller moving on wins over everything; a stall while the browser says it is offline is the network's.
      const kind = signal?.aborted ? 'aborted' : isOffline() ? 'offline' : timedOut ? 'timeout' : 'network';
      throw new ApiError({ kind, endpoint, cause });
    } finally {
      clock.clearTimeout(timer);
      signal?.removeEventListener('abort', forwardAbort);
    }

    const [status, text, header] = answer;
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      // Not JSON (an empty body, a proxy's HTML page): `body` stays undefined.
    }
    if (status < 200 || status > 299) {
      const verdict = conform(ProblemValidator, body);
      const problem = verdict.ok ? verdict.value : undefined;
      throw new ApiError({ kind: 'http', endpoint, status, problem, retryAfter: parseRetryAfter(header) ?? problem?.retryAfter });
    }
    if (body === undefined) throw new ApiError({ kind: 'invalid-response', endpoint, status, field: '(body)' });
    const verdict = conform(call.validator, body);
    if (verdict.ok) return verdict.value;
    // The cause names the rule, never the value: a body may carry personal data.
    throw new ApiError({ kind: 'invalid-response', endpoint, status, field: verdict.path || '(root)', cause: verdict, body });
  }

  get #clock(): Clock {
    return this.#options.clock ?? globalClock;
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

/**
 * Retry-After is either delta-seconds or an HTTP date; either way, whole seconds from now. A
 * date is read against the answer's own `Date` when the browser lets us see it (same origin,
 * or exposed by CORS): both come from the server's clock, and a cheap phone's clock may be
 * minutes or years off. Without it, against the device's clock.
 */
function parseRetryAfter(header: (name: 'retry-after' | 'date') => string | null): number | undefined {
  const value = header('retry-after');
  if (!value?.trim()) return undefined;
  let seconds = Number(value);
  if (!Number.isFinite(seconds)) {
    const sent = Date.parse(header('date') ?? '');
    seconds = (Date.parse(value) - (Number.isNaN(sent) ? Date.now() : sent)) / 1000;
  }
  return Number.isNaN(seconds) ? undefined : Math.max(0, Math.ceil(seconds));
}

function isOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

/** Waits `ms`, or less if the caller aborts meanwhile. */
function backoff(clock: Clock, ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clock.clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = clock.setTimeout(done, ms);
    signal?.addEventListener('abort', done);
  });
}

/** The token getter's answer, or a rejection as soon as `signal` aborts, whichever comes first. */
function untilAborted(getToken: TokenGetter | undefined, signal: AbortSignal): Promise<string | null | undefined> {
  if (!getToken) return Promise.resolve(undefined);
  return new Promise((resolve, reject) => {
    const stop = () => reject(signal.reason);
    signal.addEventListener('abort', stop, { once: true });
    // A getter that throws at once rejects here too, as an `async` one would.
    new Promise<string | null | undefined>((settle) => settle(getToken())).then(resolve, reject).finally(() => signal.removeEventListener('abort', stop));
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
