// A real HTTP API on its own origin, answering the contract with the project's mock back
// end. msw's `setupServer` does not run on Node 20 (toolchain notes), so each request is
// turned into a fetch `Request` and handed to msw's `getResponse(handlers, request)`.
// CORS is answered the way the docs ask a back end to: one allowed origin, the request
// headers the SDK sends, `Retry-After` exposed; every preflight is recorded.
import { createServer } from 'node:http';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { getResponse } from 'msw';
import { ROOT } from './env.mjs';
import { closeServer } from './static-server.mjs';

/** The request headers an embedded element sends; the preflight must allow them all. */
export const ALLOWED_HEADERS = 'Authorization, Content-Type, Accept-Language, Idempotency-Key';
export const EXPOSED_HEADERS = 'Retry-After';

let mocksModule;

/**
 * The mock back end for Node: `dist/mocks.js` from the same build as the CDN bundle
 * (`npx rollup -c`), so the API answers as the built package's mocks do. Without a build
 * (or with `mocksEntry`), `src/mocks/index.ts` is bundled once per process with esbuild into
 * node_modules/.cache, where its bare imports (msw, zod) still resolve.
 */
export async function loadMocks(entry) {
  if (mocksModule) return mocksModule;
  const built = resolve(ROOT, 'dist/mocks.js');
  if (!entry && existsSync(built)) {
    mocksModule = await import(pathToFileURL(built).href);
    return mocksModule;
  }
  const outdir = resolve(ROOT, 'node_modules/.cache/motcua-e2e');
  mkdirSync(outdir, { recursive: true });
  const outfile = resolve(outdir, `mocks-${process.pid}.mjs`);
  await build({
    entryPoints: [entry ?? resolve(ROOT, 'src/mocks/index.ts')],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    tsconfig: resolve(ROOT, 'tsconfig.json'),
    logLevel: 'error',
  });
  try {
    mocksModule = await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(outfile, { force: true });
  }
  return mocksModule;
}

/**
 * @param {{ allowOrigin: string | (() => string), mockOptions?: Record<string, unknown>, mocksEntry?: string }} options
 *   `allowOrigin`: the page origin allowed to call (a function when the page server starts later).
 */
export async function startApiServer({ allowOrigin, mockOptions = {}, mocksEntry }) {
  const mocks = await loadMocks(mocksEntry);
  const api = mocks.createMockApi({ latencyMs: 0, ...mockOptions });
  /** @type {Array<{ method: string, path: string, origin?: string, headers: Record<string, string | string[] | undefined> }>} */
  const requests = [];
  /** @type {Array<{ path: string, origin?: string, method?: string, headers?: string }>} */
  const preflights = [];

  const server = createServer(async (req, res) => {
    const origin = req.headers.origin;
    const allowed = typeof allowOrigin === 'function' ? allowOrigin() : allowOrigin;
    const cors = {
      Vary: 'Origin',
      ...(origin === allowed
        ? {
            'Access-Control-Allow-Origin': allowed,
            'Access-Control-Expose-Headers': EXPOSED_HEADERS,
          }
        : {}),
    };
    const url = new URL(req.url ?? '/', serverOrigin);
    if (req.method === 'OPTIONS') {
      preflights.push({
        path: url.pathname,
        origin,
        method: /** @type {string} */ (req.headers['access-control-request-method']),
        headers: /** @type {string} */ (req.headers['access-control-request-headers']),
      });
      res.writeHead(204, {
        ...cors,
        ...(origin === allowed
          ? {
              'Access-Control-Allow-Methods': 'GET, POST',
              'Access-Control-Allow-Headers': ALLOWED_HEADERS,
              // No caching: each test page's preflight is observable.
              'Access-Control-Max-Age': '0',
            }
          : {}),
      });
      res.end();
      return;
    }
    requests.push({ method: req.method ?? 'GET', path: url.pathname + url.search, origin, headers: { ...req.headers } });
    try {
      const body = req.method === 'GET' || req.method === 'HEAD' ? undefined : await readBody(req);
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
      }
      const request = new Request(url, { method: req.method, headers, body });
      const response = await getResponse(api.handlers, request, { baseUrl: serverOrigin });
      if (!response) {
        res.writeHead(404, { ...cors, 'Content-Type': 'application/problem+json' });
        res.end(JSON.stringify({ type: 'about:blank', title: 'No handler', status: 404 }));
        return;
      }
      const out = {};
      response.headers.forEach((value, name) => {
        out[name] = value;
      });
      res.writeHead(response.status, { ...out, ...cors });
      res.end(Buffer.from(await response.arrayBuffer()));
    } catch (error) {
      res.writeHead(500, { ...cors, 'Content-Type': 'text/plain' });
      res.end(String(error?.stack ?? error));
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  const serverOrigin = `http://127.0.0.1:${port}`;
  return {
    origin: serverOrigin,
    /** Base URL for `api-base`, with the mock's default `/api/v1` path. */
    base: `${serverOrigin}/api/v1`,
    api,
    mocks,
    requests,
    preflights,
    close: () => closeServer(server),
  };
}

function readBody(req) {
  return new Promise((done, fail) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => done(Buffer.concat(chunks)));
    req.on('error', fail);
  });
}
