// Cold start (issue #19): from the script tag to the first element painted, on a page that
// loads motcua from a copy of dist/cdn/, with the browser's network throttled to Slow 4G
// (puppeteer's PredefinedNetworkConditions: 1.44 Mbps down, 562.5 ms round trip, as Chrome
// DevTools applies it) and the CPU slowed down 4× (CDP Emulation.setCPUThrottlingRate), the
// way Lighthouse emulates a mid-range phone. Run by `npm run bench` (test/bench/run.mjs).
//
// The files are the real CDN build (generated in memory, as scripts/size.mjs measures it),
// served gzip-compressed as a portal's server sends them, with no cache; the API is the mock
// back end on its own origin (test/e2e/support/api-server.mjs), throttled like the rest.
// Each page is loaded RUNS times in a fresh browser context; the median is reported.
//
// Two instants, taken in the page (the page's own clock, so no CDP round trip is counted):
// - `painted`: the element's first render is on screen (its first update committed, then the
//   frame after it): what the issue budgets (≤ 1.0 s);
// - `ready`: the element shows the content the citizen came for (the search's suggestions,
//   the form's first questions), which also waits on the API over the throttled network.
// Both are measured from the script tag: a mark the page sets just before it.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PredefinedNetworkConditions } from 'puppeteer-core';
import { cdnOutput, staticClosure } from '../../scripts/size.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { startApiServer } from '../e2e/support/api-server.mjs';

export const NETWORK = 'Slow 4G';
export const CPU_SLOWDOWN = 4;
export const RUNS = 5;
/** The budget for `painted`, in ms. */
export const BUDGET_MS = 1000;

/**
 * The pages measured: what each shows, and the text that says its content is there. The issue
 * budgets the search and the form; the tracker (its lookup form needs no API) and the stats
 * (their figures do) are measured the same way, against the same second.
 */
export const PAGES = [
  { id: 'search', tag: 'gov-procedure-search', markup: '<gov-procedure-search></gov-procedure-search>', readyText: 'Thủ tục được quan tâm' },
  { id: 'form', tag: 'gov-dossier-form', markup: '<gov-dossier-form procedure="1.001193" drafts="off"></gov-dossier-form>', readyText: 'Người yêu cầu' },
  { id: 'tracker', tag: 'gov-status-tracker', markup: '<gov-status-tracker></gov-status-tracker>', readyText: 'Tra cứu tình trạng hồ sơ' },
  { id: 'stats', tag: 'gov-service-stats', markup: '<gov-service-stats></gov-service-stats>', readyText: 'Tổng cộng' },
];

/**
 * How the page loads motcua (docs/embedding.md): the autoloader; the element's module with
 * its two chunks announced by <link rel="modulepreload">, so that every file is requested at
 * once; the all-in-one file.
 */
export const LOADERS = [
  {
    id: 'autoloader',
    // Not held to BUDGET_MS: it learns what to fetch only once it has arrived, one 562 ms round
    // trip after the page, so a second is out of its reach under this network whatever the
    // elements weigh (docs/decisions.md, "Cold start: every page, and the autoloader's extra
    // round trip"). Measured and printed all the same.
    unbudgeted: 'one round trip more by design',
    head: () => '<script type="module" src="/vendor/motcua/autoloader.js"></script>',
  },
  {
    id: 'module-preload',
    head: (tag, chunks) =>
      chunks.map((chunk) => `<link rel="modulepreload" href="/vendor/motcua/${chunk}">`).join('') +
      `<script type="module" src="/vendor/motcua/gov-config.js"></script><script type="module" src="/vendor/motcua/${tag}.js"></script>`,
  },
  { id: 'motcua.js', head: () => '<script type="module" src="/vendor/motcua/motcua.js"></script>' },
];

/**
 * Runs in the page before anything else: sets the script-tag mark and records `painted` and
 * `ready` for the element `tag` once they happen.
 */
const probe = (tag, readyText) => `
performance.mark('script-tag');
window.__cold = {};
(function () {
  var afterPaint = function (name) {
    requestAnimationFrame(function () {
      setTimeout(function () { window.__cold[name] = performance.now() - performance.getEntriesByName('script-tag')[0].startTime; }, 0);
    });
  };
  customElements.whenDefined(${JSON.stringify(tag)}).then(function () {
    var element = document.querySelector(${JSON.stringify(tag)});
    element.updateComplete.then(function () { afterPaint('painted'); });
    var check = function () {
      if ((element.shadowRoot && element.shadowRoot.textContent || '').indexOf(${JSON.stringify(readyText)}) >= 0) {
        observer.disconnect();
        element.updateComplete.then(function () { afterPaint('ready'); });
      }
    };
    var observer = new MutationObserver(check);
    observer.observe(element.shadowRoot, { childList: true, subtree: true, characterData: true });
    check();
  });
})();
`;

/** Writes the CDN files (and their .gz) under `dir/vendor/motcua/`. */
async function writeCdn(dir) {
  const { elements, allInOne } = await cdnOutput();
  const files = [...elements.values(), ...allInOne];
  for (const chunk of files) {
    const path = join(dir, 'vendor/motcua', chunk.fileName);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, chunk.code);
    writeFileSync(`${path}.gz`, gzipSync(chunk.code, { level: 9 }));
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * Measures every page with every loader. `browser` is a launched puppeteer browser.
 * @returns {Promise<Array<{ page: string, loader: string, unbudgeted?: string, painted: number, ready: number, runs: number[] }>>}
 */
export async function measureColdStart(browser, { outdir, runs = RUNS, log = () => {} }) {
  const dir = join(outdir, 'cold-start');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  await writeCdn(dir);
  let site;
  const api = await startApiServer({ allowOrigin: () => site.origin });
  site = await startStaticServer({ mounts: [{ prefix: '/', dir, compressed: true }], headers: { 'Cache-Control': 'no-store' } });
  try {
    const { elements } = await cdnOutput();
    for (const { id, tag, markup, readyText } of PAGES) {
      // The chunks the element's module imports: what a page announces with modulepreload.
      const chunks = [...staticClosure(elements, `${tag}.js`)].filter((name) => name.startsWith('chunks/'));
      for (const loader of LOADERS) {
        site.routes[`/${id}-${loader.id}.html`] = {
          body: `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>cold start</title>
<script>${probe(tag, readyText)}</script>
${loader.head(tag, chunks)}</head>
<body><main><gov-config api-base="${api.base}">${markup}</gov-config></main></body></html>`,
        };
      }
    }
    const results = [];
    for (const { id } of PAGES) {
      for (const loader of LOADERS) {
        log(`cold start: ${id} page, ${loader.id}, ${runs} runs…`);
        const samples = [];
        for (let run = 0; run < runs; run++) samples.push(await loadOnce(browser, `${site.origin}/${id}-${loader.id}.html`));
        results.push({
          page: id,
          loader: loader.id,
          ...(loader.unbudgeted ? { unbudgeted: loader.unbudgeted } : {}),
          painted: median(samples.map((sample) => sample.painted)),
          ready: median(samples.map((sample) => sample.ready)),
          runs: samples.map((sample) => sample.painted),
        });
      }
    }
    return results;
  } finally {
    await site.close();
    await api.close();
  }
}

async function loadOnce(browser, url) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const problems = [];
    page.on('error', (error) => problems.push(`page crashed: ${error.message}`));
    page.on('pageerror', (error) => problems.push(String(error?.message ?? error)));
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    page.on('requestfailed', (request) => problems.push(`${request.url()} failed: ${request.failure()?.errorText}`));
    page.on('response', (response) => response.status() >= 400 && problems.push(`${response.url()}: ${response.status()}`));
    await page.setCacheEnabled(false);
    await page.emulateNetworkConditions(PredefinedNetworkConditions[NETWORK]);
    await page.emulateCPUThrottling(CPU_SLOWDOWN);
    try {
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
      await page.waitForFunction(() => window.__cold.ready !== undefined && window.__cold.painted !== undefined, { timeout: 60_000, polling: 100 });
      return await page.evaluate(() => ({ painted: window.__cold.painted, ready: window.__cold.ready }));
    } catch (error) {
      const state = await page.evaluate(() => JSON.stringify(window.__cold)).catch(() => '?');
      throw new Error(`${url}: ${problems.join('; ') || error.message} (recorded: ${state})`);
    }
  } finally {
    await context.close();
  }
}
