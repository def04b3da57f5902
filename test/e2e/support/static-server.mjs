// A tiny static server for one test file: each route says exactly what it answers, with
// its own headers, so one page can carry a strict CSP header and another none.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';

const TYPES = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json',
  pdf: 'application/pdf',
};

/**
 * @typedef {{ body?: string | Buffer, file?: string, type?: keyof typeof TYPES, headers?: Record<string, string> }} Route
 * @param {Record<string, Route>} routes  path → what to answer (the query string is ignored)
 */
export async function startStaticServer(routes = {}) {
  /** Every request, so a test can see e.g. that a host form was never submitted. */
  const requests = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push({ method: req.method, path: url.pathname, search: url.search });
    const route = routes[url.pathname];
    if (!route && url.pathname === '/favicon.ico') {
      // Browsers ask for it on every page; an empty answer keeps the console clean.
      res.writeHead(204).end();
      return;
    }
    if (!route) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    const body = route.file ? readFileSync(route.file) : (route.body ?? '');
    res.writeHead(200, {
      'Content-Type': TYPES[route.type ?? guessType(url.pathname)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
      ...route.headers,
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${port}`,
    routes,
    requests,
    close: () => closeServer(server),
  };
}

function guessType(path) {
  const ext = path.split('.').pop() ?? '';
  return ext in TYPES ? ext : 'html';
}

export function closeServer(server) {
  return new Promise((done) => {
    server.closeAllConnections?.();
    server.close(() => done());
  });
}
