#!/usr/bin/env node
// Serves the demo portal (`npm start` builds first): demo/ at the root, the build under
// /dist/, and msw's service worker from the installed msw package at /mockServiceWorker.js.
// No dependencies. Every answer carries the strict Content-Security-Policy a careful
// province would set, so the demo proves the elements need nothing more.
//   PORT=3000 node demo/serve.mjs    (default 8080; a free port when that one is taken)
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const require = createRequire(import.meta.url);

export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; worker-src 'self'";

/** Also the MIME table of the node tools' static server (scripts/static-server.mjs). */
export const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
};

const SECURITY_HEADERS = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * The file under `dir` that `urlPath` names (a directory's index.html), or undefined when
 * it would leave `dir` or names no file. Shared with the node tools' static server.
 */
export function fileInside(dir, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const file = normalize(join(dir, decoded));
  if (file !== dir && !file.startsWith(dir.endsWith(sep) ? dir : dir + sep)) return undefined;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) return fileInside(dir, join(decoded, 'index.html'));
    return stat.isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

/** The file that answers a URL path, or undefined (404). */
export function resolveRequest(pathname, { demoDir = here, distDir = join(root, 'dist') } = {}) {
  if (pathname === '/mockServiceWorker.js') return require.resolve('msw/mockServiceWorker.js');
  if (pathname === '/dist' || pathname.startsWith('/dist/')) return fileInside(distDir, pathname.slice('/dist'.length) || '/');
  if (pathname === '/serve.mjs') return undefined;
  return fileInside(demoDir, pathname);
}

export function createDemoServer(options = {}) {
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', ...SECURITY_HEADERS }).end();
      return;
    }
    const file = resolveRequest(url.pathname, options);
    if (!file) {
      const missingBuild = url.pathname.startsWith('/dist/');
      res.writeHead(url.pathname === '/favicon.ico' ? 204 : 404, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS });
      res.end(url.pathname === '/favicon.ico' ? undefined : missingBuild ? 'Not built: run npm run build' : 'Not found');
      return;
    }
    res.writeHead(200, {
      'Content-Type': MIME_TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
      ...SECURITY_HEADERS,
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
}

/** Listens on `port`, or on a free port when that one is taken. Resolves to the URL. */
export function listen(server, port, host = 'localhost') {
  return new Promise((resolve, reject) => {
    const onError = (error) => {
      if (error.code === 'EADDRINUSE' && port !== 0) {
        console.warn(`Port ${port} is in use; using a free port instead.`);
        server.listen(0, host);
        return;
      }
      reject(error);
    };
    server.on('error', onError);
    server.once('listening', () => {
      server.off('error', onError);
      const address = /** @type {import('node:net').AddressInfo} */ (server.address());
      // localhost, not 127.0.0.1: browsers treat it as a secure context, which service workers need.
      resolve(`http://localhost:${address.port}/`);
    });
    server.listen(port, host);
  });
}

async function main() {
  if (!existsSync(join(root, 'dist/cdn/motcua.js'))) {
    console.warn('dist/cdn/motcua.js is missing: run npm run build (npm start does it) for the elements to appear.');
  }
  const port = Number.parseInt(process.env.PORT ?? '', 10);
  const server = createDemoServer();
  const url = await listen(server, Number.isInteger(port) && port >= 0 ? port : 8080);
  console.log(`motcua demo portal: ${url}`);
  console.log('Press Ctrl+C to stop.');
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
