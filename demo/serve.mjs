#!/usr/bin/env node
// Serves the demo portal (`npm start` builds first): demo/site/ at the root, the build under
// /dist/, and msw's service worker from the installed msw package at /mockServiceWorker.js,
// through the project's one static server (scripts/static-server.mjs, sirv). Every answer
// carries the strict Content-Security-Policy a careful province would set, so the demo proves
// the elements need nothing more.
//   PORT=3000 node demo/serve.mjs    (default 8080; a free port when that one is taken)
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createStaticServer } from '../scripts/static-server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const require = createRequire(import.meta.url);

export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; worker-src 'self'";

export const SECURITY_HEADERS = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** The demo's server, not listening yet: the portal, the build, msw's worker. */
export function createDemoServer({ siteDir = join(here, 'site'), distDir = join(root, 'dist') } = {}) {
  return createStaticServer({
    mounts: [
      { prefix: '/dist', dir: distDir },
      { prefix: '/', dir: siteDir },
    ],
    routes: { '/mockServiceWorker.js': { file: require.resolve('msw/mockServiceWorker.js'), type: 'js' } },
    headers: SECURITY_HEADERS,
    notFound: (path) => (path.startsWith('/dist/') ? 'Not built: run npm run build' : 'Not found'),
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
  if (!existsSync(join(root, 'dist/cdn/autoloader.js'))) {
    console.warn('dist/cdn/ is missing: run npm run build (npm start does it) for the elements to appear.');
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
