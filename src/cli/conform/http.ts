/// <reference types="node" />
/**
 * The checker's HTTP client: every request the elements would send (language, token, origin),
 * never following a redirect (a redirect is itself something to check), each exchange kept
 * with its timing so the CORS and redirect checks can look at all of an endpoint's answers.
 */

export interface ProbeOptions {
  /** The API base, without a trailing slash. */
  base: string;
  token?: string | undefined;
  /** Extra headers for every request (`--header "X-Api-Key: …"`). */
  headers: ReadonlyArray<readonly [string, string]>;
  /** The portal's origin, sent as `Origin` when given. */
  origin?: string | undefined;
  timeoutMs: number;
}

export interface ProbeRequest {
  method: 'GET' | 'POST' | 'OPTIONS';
  /** After the base: `/procedures?pageSize=1`. */
  path: string;
  json?: unknown;
  form?: FormData;
  /** Raw body with its content type (a body that is not JSON on purpose). */
  raw?: { body: string; contentType: string };
  idempotencyKey?: string;
  language?: string;
  /** Leave the token out (the public routes must work without it). */
  noToken?: boolean;
  /** Headers of this request only, over the defaults (a preflight's). */
  headers?: Readonly<Record<string, string>>;
}

export interface Exchange {
  method: string;
  /** Path after the base, as requested (for reports; no body, so no verifier, is ever shown). */
  path: string;
  status: number;
  headers: Headers;
  text: string;
  /** The parsed body when it is JSON; `undefined` otherwise. */
  json: unknown;
  ms: number;
  /** Set when the answer was a redirect. */
  redirect?: { location: string; crossOrigin: boolean };
  /** A network failure or a timeout instead of an answer. */
  error?: string;
}

export class Prober {
  readonly exchanges: Exchange[] = [];
  readonly #base: URL;

  constructor(readonly options: ProbeOptions) {
    this.#base = new URL(options.base);
  }

  async send(request: ProbeRequest): Promise<Exchange> {
    const headers = new Headers({ Accept: 'application/json, application/problem+json' });
    headers.set('Accept-Language', request.language ?? 'vi');
    for (const [name, value] of this.options.headers) headers.set(name, value);
    if (this.options.token && !request.noToken) headers.set('Authorization', `Bearer ${this.options.token}`);
    if (this.options.origin) headers.set('Origin', this.options.origin);
    if (request.idempotencyKey) headers.set('Idempotency-Key', request.idempotencyKey);
    let body: BodyInit | undefined;
    if (request.json !== undefined) {
      headers.set('Content-Type', 'application/json');
      body = JSON.stringify(request.json);
    } else if (request.raw) {
      headers.set('Content-Type', request.raw.contentType);
      body = request.raw.body;
    } else if (request.form) {
      body = request.form;
    }
    for (const [name, value] of Object.entries(request.headers ?? {})) headers.set(name, value);
    const url = `${this.options.base}${request.path}`;
    const started = performance.now();
    let exchange: Exchange;
    try {
      const response = await fetch(url, {
        method: request.method,
        headers,
        ...(body === undefined ? {} : { body }),
        redirect: 'manual',
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
      const text = await response.text();
      const ms = performance.now() - started;
      exchange = { method: request.method, path: request.path, status: response.status, headers: response.headers, text, json: parseJson(text), ms };
      const location = response.headers.get('Location');
      if (response.status >= 300 && response.status < 400 && location) {
        const target = new URL(location, url);
        exchange.redirect = { location: target.href, crossOrigin: target.origin !== this.#base.origin };
      }
    } catch (error) {
      const reason = error instanceof Error && error.name === 'TimeoutError' ? `no answer within ${this.options.timeoutMs} ms` : describeError(error);
      exchange = { method: request.method, path: request.path, status: 0, headers: new Headers(), text: '', json: undefined, ms: performance.now() - started, error: reason };
    }
    this.exchanges.push(exchange);
    return exchange;
  }
}

function parseJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function describeError(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as Error & { cause?: unknown }).cause;
    const code = cause && typeof cause === 'object' && 'code' in cause ? ` (${String((cause as { code: unknown }).code)})` : '';
    return `${error.message}${code}`;
  }
  return String(error);
}

/** `application/json; charset=utf-8` → `application/json`. */
export function mediaType(exchange: Exchange): string {
  return (exchange.headers.get('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase();
}

/** `GET /procedures?pageSize=1 → 200`, for details. */
export function describe(exchange: Exchange): string {
  return `${exchange.method} ${exchange.path} → ${exchange.error ? exchange.error : exchange.status}`;
}

/** A list header (`Access-Control-Allow-Headers: a, b`) as lower-case items. */
export function headerList(headers: Headers, name: string): string[] {
  return (headers.get(name) ?? '')
    .split(',')
    .map((item) => item.trim().toLowerCase())
    .filter(Boolean);
}
