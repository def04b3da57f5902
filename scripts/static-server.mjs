// A small static file server for the node tools (Storybook smoke test, benchmark): no
// dependencies, the demo server's MIME types, nothing outside the mounted directories.
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { extname } from 'node:path';
// One MIME table and one path confinement for both servers: the demo server's.
import { MIME_TYPES, fileInside as resolveInside } from '../demo/serve.mjs';

/**
 * @param {{ mounts: Array<{ prefix: string, dir: string }>, files?: Record<string, string>, headers?: Record<string, string> }} options
 *   `mounts`: URL prefix → directory, first match wins; `files`: exact URL path → file.
 * @returns {Promise<{ origin: string, close(): Promise<void> }>}
 */
export async function startStaticServer({ mounts, files = {}, headers = {}, port = 0, host = '127.0.0.1' }) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let file = files[url.pathname];
    for (const { prefix, dir } of mounts) {
      if (file) break;
      if (url.pathname === prefix || url.pathname.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`)) {
        file = resolveInside(dir, url.pathname.slice(prefix.length) || '/');
      }
    }
    if (!file) {
      res.writeHead(url.pathname === '/favicon.ico' ? 204 : 404, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
      res.end(url.pathname === '/favicon.ico' ? undefined : 'Not found');
      return;
    }
    res.writeHead(200, {
      'Content-Type': MIME_TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
      ...headers,
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://${host}:${address.port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
