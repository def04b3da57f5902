// Unit and element tests in Debian's headless Chromium (see docs/contributing.md).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_FLAGS, chromePath } from './scripts/chrome-path.mjs';

const require = createRequire(import.meta.url);

/** msw's worker, served from the installed package so it always matches the library version. */
const mswWorker = {
  name: 'msw-worker',
  serve(context) {
    if (context.path === '/mockServiceWorker.js') {
      const file = require.resolve('msw/mockServiceWorker.js');
      return { body: readFileSync(file, 'utf8'), type: 'js' };
    }
    return undefined;
  },
};

export const chromiumFlags = [
  '--headless=new',
  ...CHROMIUM_FLAGS,
  // wtr runs two test files at once in two tabs of one browser; a background tab gets no
  // animation frames, and tests (or open-wc's fixture) waiting for one would time out.
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
];

export default {
  files: ['test/**/*.test.ts', '!test/e2e/**'],
  nodeResolve: { browser: true, exportConditions: ['browser', 'development'] },
  concurrency: 2,
  testFramework: { config: { timeout: 20000 } },
  // Storage is isolated between test files: each page of the runner (one per concurrent file)
  // lives in its own browser context, and a file starts with empty storage, so a privacy test
  // never sees another file's draft (nor passes because of one).
  testRunnerHtml: (testFramework) => `<!doctype html>
<html><head></head><body>
<script type="module">
  localStorage.clear();
  sessionStorage.clear();
</script>
<script type="module" src="${testFramework}"></script>
</body></html>`,
  browsers: [
    chromeLauncher({
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
      launchOptions: {
        executablePath: chromePath(),
        headless: true,
        args: chromiumFlags,
      },
    }),
  ],
  plugins: [
    mswWorker,
    esbuildPlugin({ ts: true, json: true, tsconfig: 'tsconfig.json', target: 'es2022' }),
  ],
};
