/// <reference types="node" />
/**
 * `motcua mock-server`: the mock back end of `motcua/mocks` over real HTTP, so a back-end or web
 * team can point a real page, a phone on the LAN, Postman or `motcua conform` at it.
 *
 * There is no second mock: each request becomes a Fetch `Request` and goes through the very msw
 * handlers the browser's service worker uses, with msw's own `getResponse`; the answer is written
 * back as it came. This server adds only what a real server has and a service worker does not:
 * CORS for the portal's origin, and admin routes to reset the state and move the clock
 * (docs/conformance.md). The handlers answer for a fixed internal origin, so the server works
 * under any host name (localhost, 127.0.0.1, a LAN address).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getResponse } from 'msw';
import { createMockApi, type FaultRule, type MockApi, type MockOptions } from '../mocks/index.js';

/** The origin the handlers are created for; requests are rewritten to it. */
const INTERNAL_ORIGIN = 'http://motcua-mock.internal';
/** Where the admin routes live: outside any API base, never part of the contract. */
export const ADMIN_PREFIX = '/__motcua';

/** What the elements send (docs/api.md, CORS) and what they read from an answer. */
const ALLOW_HEADERS = 'Authorization, Content-Type, Accept-Language, Idempotency-Key';
const EXPOSE_HEADERS = 'Retry-After, Content-Language, Idempotent-Replayed';

export interface MockServerOptions extends Omit<MockOptions, 'baseUrl' | 'now'> {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** `127.0.0.1` by default; `0.0.0.0` for a phone on the LAN. */
  host?: string;
  /** The API's path, `/api/v1` by default. */
  basePath?: string;
  /**
   * Origins allowed by CORS. Empty (the default): any origin, echoed back, as befits a mock with
   * made-up data; with entries, those only (a real back end's setting, to test a portal's).
   */
  origins?: readonly string[];
  /** One line per request on this function (method, path, status, time); never a body. */
  log?: (line: string) => void;
}

export interface MockServer {
  /** `http://127.0.0.1:8787/api/v1`: the `api-base` to give the elements or `motcua conform`. */
  readonly url: string;
  /** `http://127.0.0.1:8787`. */
  readonly origin: string;
  readonly api: MockApi;
  readonly server: Server;
  /** The mock's clock: real time plus what the admin route added. */
  now(): number;
  advanceClock(ms: number): void;
  /** Forgets what clients did (dossiers, uploads, faults, rate limits) and puts the clock back. */
  reset(): void;
  close(): Promise<void>;
}

export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const { port = 0, host = '127.0.0.1', basePath: rawBase = '/api/v1', origins = [], log, ...mockOptions } = options;
  const basePath = `/${rawBase.replace(/^\/+|\/+$/g, '')}`;
  let offsetMs = 0;
  const now = () => Date.now() + offsetMs;
  const api = createMockApi({ ...mockOptions, baseUrl: `${INTERNAL_ORIGIN}${basePath}`, now });

  const reset = () => {
    offsetMs = 0;
    api.reset();
  };

  const server = createServer((request, response) => {
    const started = performance.now();
    response.on('finish', () => {
      const path = (request.url ?? '/').split('?')[0];
      log?.(`${request.method} ${path} ${response.statusCode} ${Math.round(performance.now() - started)} ms`);
    });
    handle(request, response).catch((error: unknown) => {
      if (response.headersSent) {
        response.destroy();
        return;
      }
      writeProblem(response, 500, 'server-error', 'Server error', String(error));
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const cors = corsHeaders(request.headers.origin, origins);
    for (const [name, value] of Object.entries(cors)) response.setHeader(name, value);
    if (request.method === 'OPTIONS') {
      // A preflight: the CORS headers above say everything; no body.
      response.writeHead(204, { 'Access-Control-Max-Age': '600' }).end();
      return;
    }
    const url = new URL(request.url ?? '/', INTERNAL_ORIGIN);
    const body = await readBody(request);
    if (url.pathname === ADMIN_PREFIX || url.pathname.startsWith(`${ADMIN_PREFIX}/`)) {
      admin(request.method ?? 'GET', url.pathname.slice(ADMIN_PREFIX.length) || '/', body, response);
      return;
    }
    const fetchRequest = new Request(url, {
      method: request.method ?? 'GET',
      headers: toHeaders(request),
      ...(body.length > 0 && request.method !== 'GET' && request.method !== 'HEAD' ? { body: new Uint8Array(body) } : {}),
    });
    const answer = await getResponse(api.handlers, fetchRequest);
    if (!answer) {
      writeProblem(response, 404, 'not-found', 'Not found', `No route of the mock matches ${request.method} ${url.pathname}`);
      return;
    }
    if (answer.type === 'error') {
      // An injected `offline` fault: drop the connection as a failing network would.
      request.socket.destroy();
      return;
    }
    const headers: Record<string, string> = {};
    answer.headers.forEach((value, name) => {
      headers[name] = value;
    });
    // The answer's own Vary (Accept-Language) joins the server's (Origin) instead of replacing it.
    if (headers['vary']) headers['vary'] = [...new Set(['Origin', ...headers['vary'].split(',').map((item) => item.trim())])].join(', ');
    response.writeHead(answer.status, headers);
    response.end(Buffer.from(await answer.arrayBuffer()));
  }

  function admin(method: string, route: string, body: Buffer, response: ServerResponse): void {
    const reply = (status: number, value: unknown) => {
      response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
      response.end(JSON.stringify(value, null, 2));
    };
    const clock = () => ({ now: new Date(now()).toISOString(), offsetMs });
    let input: Record<string, unknown> = {};
    if (body.length) {
      try {
        const parsed: unknown = JSON.parse(body.toString('utf8'));
        if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) input = parsed as Record<string, unknown>;
      } catch {
        reply(400, { error: 'The body is not JSON' });
        return;
      }
    }
    const key = `${method} ${route.replace(/\/$/, '') || '/'}`;
    switch (key) {
      case 'GET /':
        reply(200, { api: basePath, clock: clock(), demo: api.demo, faults: api.faults.active.map(describeFault), routes: ADMIN_ROUTES });
        return;
      case 'POST /reset':
        reset();
        reply(200, { reset: true, clock: clock(), demo: api.demo });
        return;
      case 'GET /demo':
        reply(200, api.demo);
        return;
      case 'GET /clock':
        reply(200, clock());
        return;
      case 'POST /clock': {
        const ms = durationMs(input['advance']);
        if (ms === undefined) {
          reply(400, { error: 'Give { "advance": "90s" | "15m" | "3h" | "2d" | <milliseconds> }' });
          return;
        }
        offsetMs += ms;
        reply(200, clock());
        return;
      }
      case 'GET /faults':
        reply(200, api.faults.active.map(describeFault));
        return;
      case 'POST /faults': {
        const rule = faultRule(input);
        if (typeof rule === 'string') {
          reply(400, { error: rule });
          return;
        }
        api.faults.add(rule);
        reply(201, api.faults.active.map(describeFault));
        return;
      }
      case 'DELETE /faults':
        api.faults.clear();
        reply(200, []);
        return;
      default:
        reply(404, { error: `No admin route ${method} ${ADMIN_PREFIX}${route}`, routes: ADMIN_ROUTES });
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shownHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  const origin = `http://${shownHost}:${address.port}`;
  return {
    url: `${origin}${basePath}`,
    origin,
    api,
    server,
    now,
    advanceClock: (ms) => {
      offsetMs += ms;
    },
    reset,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** The admin routes, as `GET /__motcua` lists them. */
export const ADMIN_ROUTES: Readonly<Record<string, string>> = {
  [`GET ${ADMIN_PREFIX}`]: 'the clock, the demo dossiers, the active faults and these routes',
  [`POST ${ADMIN_PREFIX}/reset`]: 'forget dossiers, uploads, published forms, faults and rate limits; the clock goes back to real time; the demo dossiers are seeded again',
  [`GET ${ADMIN_PREFIX}/demo`]: 'the demo dossiers: code, verifier, status, label',
  [`GET ${ADMIN_PREFIX}/clock`]: "the mock's time",
  [`POST ${ADMIN_PREFIX}/clock`]: 'move the clock forward: { "advance": "2d" } (s, m, h, d or milliseconds)',
  [`GET ${ADMIN_PREFIX}/faults`]: 'the active faults',
  [`POST ${ADMIN_PREFIX}/faults`]: 'add a fault: { "path": "/procedures", "method": "GET", "status": 503, "retryAfter": 30, "delayMs": 2000, "malformed": true, "offline": true, "times": 1 }',
  [`DELETE ${ADMIN_PREFIX}/faults`]: 'remove every fault',
};

/**
 * CORS for every answer, errors included (a browser hides an uncorsed 422 behind a network
 * error). With no allow-list any origin is echoed; otherwise only listed ones get headers.
 */
export function corsHeaders(origin: string | undefined, allowed: readonly string[]): Record<string, string> {
  const headers: Record<string, string> = { Vary: 'Origin' };
  if (!origin) return headers;
  if (allowed.length > 0 && !allowed.includes(origin) && !allowed.includes('*')) return headers;
  return {
    ...headers,
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Methods': 'GET, POST',
    'Access-Control-Allow-Headers': ALLOW_HEADERS,
    'Access-Control-Expose-Headers': EXPOSE_HEADERS,
  };
}

function toHeaders(request: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined || name.startsWith(':')) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  return headers;
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function writeProblem(response: ServerResponse, status: number, kind: string, title: string, detail: string): void {
  response.writeHead(status, { 'Content-Type': 'application/problem+json; charset=utf-8' });
  response.end(JSON.stringify({ type: `https://motcua.dev/problems/${kind}`, title, status, detail }));
}

const UNITS_MS: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** `90s`, `15m`, `3h`, `2d`, `1500ms` or a number of milliseconds; undefined when it is none of these. */
export function durationMs(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$/.exec(value);
  if (!match) return undefined;
  return Number(match[1]) * (UNITS_MS[match[2] ?? 'ms'] as number);
}

/** A fault rule from JSON: paths are strings there (a pattern cannot travel in JSON). */
function faultRule(input: Record<string, unknown>): FaultRule | string {
  const rule: FaultRule = {};
  const { method, path, status, retryAfter, malformed, offline, delayMs, times } = input;
  if (method !== undefined) {
    if (typeof method !== 'string') return 'method must be a string';
    rule.method = method;
  }
  if (path !== undefined) {
    if (typeof path !== 'string' || !path.startsWith('/')) return 'path must be a path after the API base, like "/procedures"';
    rule.path = path;
  }
  for (const [name, value] of [['status', status], ['retryAfter', retryAfter], ['delayMs', delayMs], ['times', times]] as const) {
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) return `${name} must be a whole number`;
    rule[name] = value;
  }
  if (malformed !== undefined) rule.malformed = malformed === true;
  if (offline !== undefined) rule.offline = offline === true;
  if (!rule.status && !rule.malformed && !rule.offline && !rule.delayMs) return 'a fault needs status, malformed, offline or delayMs';
  return rule;
}

/** A fault as JSON: its path as text, and how many more requests it applies to (null: all). */
function describeFault(rule: FaultRule & { remaining?: number }): Record<string, unknown> {
  const { remaining, ...rest } = rule;
  return { ...rest, ...(rule.path instanceof RegExp ? { path: String(rule.path) } : {}), left: remaining === undefined || !Number.isFinite(remaining) ? null : remaining };
}
