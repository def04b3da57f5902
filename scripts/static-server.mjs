// The one static server of the project: the demo portal (demo/serve.mjs), the benchmark and
// the Storybook smoke test, and the e2e test pages (test/e2e/support/static-server.mjs) all
// use it. Files are served by sirv (maintained, with its own path confinement and MIME
// types); what sirv does not do is here: exact routes whose answer a test writes (a page
// with its own CSP header), headers on every answer, GET and HEAD only, and a log of the
// requests so a test can say what the browser asked for.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import sirv from 'sirv';

/**
 * @typedef {{ body?: string | Buffer, file?: string, type?: string, headers?: Record<string, string> }} Route
 *   An exact path's answer: `body`, or the contents of `file` (read on each request);
 *   `type` is a Content-Type or a file extension (`html`, `js`…), by default from the path.
 * @typedef {{
 *   mounts?: Array<{ prefix: string, dir: string, compressed?: boolean }>,
 *   routes?: Record<string, Route>,
 *   headers?: Record<string, string>,
 *   notFound?: (path: string) => string | undefined,
 * }} ServerOptions
 *   `mounts`: URL prefix → directory served by sirv, first match wins; `routes`: exact path
 *   → answer, looked up on every request (a test may add routes after the start);
 *   `headers`: on every answer, 404s included; `notFound`: the text of a 404 for a path.
 */

const TYPES = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json; charset=utf-8',
  pdf: 'application/pdf',
  txt: 'text/plain; charset=utf-8',
};

function typeOf(route, path) {
  const type = route.type ?? (/\.([a-z0-9]+)$/i.exec(route.file ?? path)?.[1] ?? 'html');
  return type.includes('/') ? type : (TYPES[type] ?? 'application/octet-stream');
}

/**
 * An http.Server (not listening yet) answering `options`. Its `requests` array records every
 * request: `{ method, path, search }`.
 * @param {ServerOptions} options
 */
export function createStaticServer({ mounts = [], routes = {}, headers = {}, notFound = () => 'Not found' } = {}) {
  const serve = mounts.map(({ prefix, dir, compressed = false }) => ({
    prefix: prefix.replace(/\/$/, ''),
    // dev: files are looked up on each request, so a rebuilt dist/ is served at once.
    handler: sirv(dir, {
      dev: true,
      etag: true,
      // `x.js.gz` beside `x.js` is sent to browsers that accept gzip (the benchmark's pages).
      gzip: compressed,
      dotfiles: false,
      extensions: ['html'],
      setHeaders: (res, path) => {
        // Text with its charset (sirv names the type only), and the server's headers.
        // A path without an extension found a directory's index.html, or `x.html` (`extensions`).
        const type = TYPES[/\.([a-z0-9]+)$/i.exec(path)?.[1] ?? 'html'];
        if (type) res.setHeader('Content-Type', type);
        setAll(res, headers);
      },
    }),
  }));
  const requests = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push({ method: req.method, path: url.pathname, search: url.search });
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', ...headers }).end();
      return;
    }
    const route = Object.hasOwn(routes, url.pathname) ? routes[url.pathname] : undefined;
    if (route) {
      const body = route.file ? await readFile(route.file) : (route.body ?? '');
      res.writeHead(200, { 'Content-Type': typeOf(route, url.pathname), 'Cache-Control': 'no-store', ...headers, ...route.headers });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    const answer404 = () => {
      if (url.pathname === '/favicon.ico') {
        // Browsers ask for it on every page; an empty answer keeps the console clean.
        res.writeHead(204, headers).end();
        return;
      }
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
      res.end(notFound(url.pathname));
    };
    const mount = serve.find(({ prefix }) => prefix === '' || url.pathname === prefix || url.pathname.startsWith(`${prefix}/`));
    if (!mount) {
      answer404();
      return;
    }
    // sirv reads req.url: hand it the path below the mount's prefix.
    req.url = req.url.slice(mount.prefix.length) || '/';
    mount.handler(req, res, answer404);
  });
  return Object.assign(server, { requests, routes });
}

function setAll(res, headers) {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
}

/**
 * Starts a server on a free port of `host` (or `port`).
 * @param {ServerOptions & { port?: number, host?: string }} options
 * @returns {Promise<{ origin: string, routes: Record<string, Route>, requests: Array<{ method?: string, path: string, search: string }>, close(): Promise<void> }>}
 */
export async function startStaticServer({ port = 0, host = '127.0.0.1', ...options } = {}) {
  const server = createStaticServer(options);
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://${host}:${address.port}`,
    routes: server.routes,
    requests: server.requests,
    close: () => closeServer(server),
  };
}

export function closeServer(server) {
  return new Promise((resolve) => {
    server.closeAllConnections?.();
    server.close(() => resolve());
  });
}
