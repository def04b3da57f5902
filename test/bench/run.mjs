#!/usr/bin/env node
// `npm run bench`: the budgets of issue #6 in one table: gzip size of every entry (from
// scripts/size.mjs) and the elements' timings, measured in Debian's headless Chromium.
//
// Each `test/bench/*.bench.ts` is bundled alone by esbuild (production Lit, as a portal gets
// it) into a page served with msw's worker; every exported `bench*` function it has is
// called in a fresh page and its result read back. Functions the table knows (METRICS) get
// their budgets; any other `bench*` export is still run and its numbers listed. A bench file
// whose element does not exist yet fails to build: that is a row, not a crash.
//
// A benchmark, not a test: timings depend on the machine, so the exit code is 0 unless
// `--strict` is given (then 1 on any fail). Sizes are gated in CI by `size.mjs --check`.
//   node test/bench/run.mjs [--strict] [--only benchSearch|coldStart] [--no-sizes] [--no-cold-start] [--json file]
// `--json file` also writes every bench function's whole result (samples included) there.
//
// Cold start (test/bench/cold-start.mjs): script tag → first element painted for a page with
// each element, loaded each of three ways, under Slow 4G and a 4× slower CPU, median of five
// loads, budget 1.0 s (the autoloader's rows are printed, not held to it: see cold-start.mjs).
// Ratios (issue #18): the form, search and tracker benches also measure a plain hand-written
// Lit version of the same work (test/bench/floors/), one sample of it in turn with each of the
// element's in the same page, and return its figures as `floor`. A figure marked `floor` in
// METRICS then gets a `÷ floor` row, the ratio of the two, gated by its `ratioBudget` when it
// has one: on a busy machine both sides slow down and the ratio is what stays comparable. The
// machine's load average is printed with the table for the same reason.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, loadavg } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { chromePath } from '../../scripts/chrome-path.mjs';
import { formatKb, measureSizes, table } from '../../scripts/size.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { BUDGET_MS as COLD_BUDGET_MS, CPU_SLOWDOWN, NETWORK, measureColdStart } from './cold-start.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
const require = createRequire(import.meta.url);
const outdir = join(root, 'node_modules/.cache/motcua-bench');

/**
 * What each known bench function's result means: the element it measures, and for each
 * figure (a path into the result; '' = the result itself) its label and budget, in ms unless
 * it names its `unit`.
 * Budgets: issue #3 (search keystroke p95 ≤ 16 ms), #4 (form first render ≤ 50 ms,
 * validation ≤ 4 ms per keystroke), #5 (200-step tracker render ≤ 16 ms). Statistic: what
 * the issue names (p95 for the search); for one-shot renders, which the issues give no
 * statistic for, the median of the runs (as benchTracker returns); for per-keystroke costs,
 * the stricter p95.
 * `floor: true`: print the figure's ratio to the plain Lit floor's; `ratioBudget`: its target
 * (issue #18: a form keystroke and a search keystroke-to-paint ≤ 1.2× the floor's).
 */
export const METRICS = {
  benchSearch: {
    entry: 'procedure-search',
    figures: [
      { path: 'ready.p95', label: 'keystroke → results ready to paint, p95', budget: 16, floor: true },
      { path: 'ready.p50', label: 'keystroke → results ready to paint, p50', floor: true },
      { path: 'toPaint.p95', label: 'keystroke → results painted, less the wait for the frame, p95', floor: true, ratioBudget: 1.2 },
      { path: 'toPaint.p50', label: 'keystroke → results painted, less the wait for the frame, p50', floor: true },
      { path: 'p95', label: 'keystroke → next frame after that, p95', floor: true },
    ],
  },
  // The same keystrokes against the floor as first written, the result list without the
  // filters' counts: printed, not gated (docs/decisions.md, "The floor does the filters' work too").
  benchSearchListFloor: {
    entry: 'procedure-search',
    figures: [
      { path: 'toPaint.p95', label: 'keystroke → results painted, less the wait for the frame, p95, floor without filters', floor: true },
      { path: 'toPaint.p50', label: 'keystroke → results painted, less the wait for the frame, p50, floor without filters', floor: true },
    ],
  },
  benchForm: {
    entry: 'dossier-form',
    figures: [
      { path: 'firstRender.p50', label: 'first render (150 questions), median', budget: 50, floor: true },
      { path: 'firstRender.p95', label: 'first render (150 questions), p95' },
      { path: 'coldRender', label: 'first render in a fresh page (compiles templates)' },
      { path: 'keystroke.p95', label: 'validation + re-render per keystroke, p95', budget: 4, floor: true, ratioBudget: 1.2 },
      { path: 'keystroke.p50', label: 'validation + re-render per keystroke, p50', floor: true },
      { path: 'validateAll.p95', label: 'validate all answers (no render), p95' },
    ],
  },
  // Issue #16: a 40-row repeating group ≤ 1.2× the same questions plain, both in the element.
  benchFormGroup: {
    entry: 'dossier-form',
    figures: [
      { path: 'ratio.groupToPlain', label: 'first render, 40-row group ÷ the same 120 questions plain', budget: 1.2, unit: '×' },
      { path: 'firstRender.p50', label: 'first render, 40-row group (120 questions), median', floor: true },
      { path: 'plainQuestions.p50', label: 'first render, the same 120 questions plain, median' },
    ],
  },
  benchTracker: {
    entry: 'status-tracker',
    figures: [{ path: 'median', label: '200-step timeline render, median', budget: 16, floor: true }],
  },
  // Issue #20: the mock's search at least as fast as MiniSearch on the same 10,000 procedures.
  benchSearchIndex: {
    entry: 'mock search (10,000)',
    figures: [
      { path: 'ratio.query', label: 'query time, index ÷ MiniSearch', budget: 1, unit: '×' },
      { path: 'ratio.queryAnd', label: 'query time, index ÷ MiniSearch (AND)', unit: '×' },
      { path: 'ratio.scanQuery', label: 'query time, old scan ÷ MiniSearch', unit: '×' },
      { path: 'ratio.build', label: 'build time, index ÷ MiniSearch', unit: '×' },
      { path: 'query.index', label: 'query, index, mean' },
      { path: 'build.index', label: 'build, index' },
    ],
  },
};

/**
 * The bench page is a portal page, so it has a portal's font: the elements inherit the page's
 * font (`--gov-font-family: inherit`), and every Vietnamese portal sets one that has the
 * Vietnamese letters. This is the demo portal's stack (demo/demo.css). A page without one
 * gets Chromium's default serif, which on Debian lacks most precomposed Vietnamese letters
 * (ấ, ủ, ố…): each is then drawn from a fallback font looked up again on every layout, which
 * cost the search a third of a keystroke's layout here (docs/decisions.md).
 */
const PORTAL_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif';

/** Each bench page: an element (left) and its floor (right), 800 px each (test/bench/measure.ts). */
const BENCH_VIEWPORT = { width: 1600, height: 900 };

const CROSS_ORIGIN_ISOLATED = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };

const BENCH_FLAGS = [
  // Timers and frames at full speed although the page is headless and never focused.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

function option(name) {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const get = (value, path) => (path === '' ? value : path.split('.').reduce((node, key) => node?.[key], value));

/** Every number in a result that has no known meaning, as `path` → value (arrays skipped). */
function numbersIn(value, path = '') {
  if (typeof value === 'number') return [[path || 'result', value]];
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [];
  return Object.entries(value).flatMap(([key, inner]) => numbersIn(inner, path ? `${path}.${key}` : key));
}

/** Bundles one bench file into `outdir/<name>/`, with a page that exposes its `bench*` exports. */
async function bundleBench(file) {
  const name = basename(file, '.bench.ts');
  const dir = join(outdir, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const result = await build({
    stdin: {
      contents: `import * as bench from ${JSON.stringify(file)};
        globalThis.motcuaBench = bench;
        document.documentElement.dataset.benchReady = 'true';`,
      resolveDir: here,
      sourcefile: `${name}-page.ts`,
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    tsconfig: join(root, 'tsconfig.json'),
    outfile: join(dir, 'bench.js'),
    metafile: false,
    logLevel: 'silent',
  });
  if (result.errors.length > 0) throw new Error(result.errors[0].text);
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>motcua bench: ${name}</title>
<style>body { font-family: ${PORTAL_FONT}; }</style>
<script type="module" src="bench.js"></script></head><body><main></main></body></html>\n`,
  );
  return name;
}

async function benchExports(page) {
  return page.evaluate(() =>
    Object.keys(globalThis.motcuaBench).filter((key) => /^bench[A-Z]/.test(key) && typeof globalThis.motcuaBench[key] === 'function'),
  );
}

/** Calls one bench function in a fresh page and returns its result (JSON). */
async function runBench(browser, origin, name, fn) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error?.message ?? error)));
  try {
    // Wide enough for an element and its floor side by side, each about as wide as an 800 px page.
    await page.setViewport(BENCH_VIEWPORT);
    await page.goto(`${origin}/${name}/index.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.documentElement.dataset.benchReady === 'true', { timeout: 30_000 });
    const result = await page.evaluate((fn) => globalThis.motcuaBench[fn](), fn);
    return { result };
  } catch (error) {
    return { error: (errors[0] ?? String(error?.message ?? error)).split('\n')[0] };
  } finally {
    await page.close();
  }
}

function rowsFor(fn, outcome, file) {
  const known = METRICS[fn];
  const entry = known?.entry ?? file;
  if (outcome.error) return [[entry, `${fn}()`, 'error', '', `FAIL: ${outcome.error.slice(0, 120)}`]];
  if (!known) {
    return numbersIn(outcome.result).map(([path, value]) => [entry, `${fn} ${path}`, `${value.toFixed(2)} ms`, '—', 'info']);
  }
  return known.figures.flatMap(({ path, label, budget, unit = 'ms', floor, ratioBudget }) => {
    const value = get(outcome.result, path);
    const limit = budget === undefined ? '—' : `≤ ${budget} ${unit}`;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      return [[entry, label, 'missing', limit, `FAIL: ${fn}() has no ${path || 'number'}`]];
    }
    const verdict = budget === undefined ? 'info' : value <= budget ? 'pass' : 'FAIL';
    const rows = [[entry, label, `${value.toFixed(2)} ${unit}`, limit, verdict]];
    if (floor) rows.push(ratioRow(entry, label, value, get(outcome.result?.floor, path), ratioBudget, unit));
    return rows;
  });
}

/**
 * The ratio of a figure to its floor: the same figure measured in the same run, in turn with
 * the element's samples, on a plain hand-written Lit version of the same work (issue #18), so
 * a slow machine moves both and the ratio stays. `ratioBudget` (in METRICS) is the target,
 * e.g. 1.2 for "≤ 1.2× the floor".
 */
function ratioRow(entry, label, value, floor, ratioBudget, unit = 'ms') {
  const limit = ratioBudget === undefined ? '—' : `≤ ${ratioBudget}×`;
  if (typeof floor !== 'number' || !(floor > 0)) return [entry, `${label} ÷ plain Lit floor's`, 'missing', limit, 'FAIL: no floor measured'];
  const ratio = value / floor;
  const verdict = ratioBudget === undefined ? 'info' : ratio <= ratioBudget ? 'pass' : 'FAIL';
  return [entry, `${label} ÷ plain Lit floor's (${floor.toFixed(2)} ${unit})`, `${ratio.toFixed(2)}×`, limit, verdict];
}

const loadAverage = () => loadavg().map((value) => value.toFixed(2)).join(', ');

async function main() {
  const strict = process.argv.includes('--strict');
  const only = option('--only');
  const rows = [];
  const loadBefore = loadAverage();
  const raw = {};

  if (!process.argv.includes('--no-sizes')) {
    for (const size of await measureSizes()) {
      rows.push([
        size.entry,
        `gzip size, files a page downloads (brotli ${formatKb(size.brotli)})`,
        formatKb(size.gzip),
        size.budget === undefined ? 'none' : `≤ ${formatKb(size.budget)}`,
        size.budget === undefined ? 'FAIL (no budget)' : size.pass ? 'pass' : 'FAIL',
      ]);
    }
  }

  const files = readdirSync(here)
    .filter((file) => file.endsWith('.bench.ts'))
    .sort()
    .map((file) => join(here, file));
  const built = [];
  for (const file of files) {
    try {
      built.push(await bundleBench(file));
    } catch (error) {
      rows.push([basename(file, '.bench.ts'), 'bench page build', 'error', '', `FAIL: ${String(error.message).split('\n')[0].slice(0, 120)}`]);
    }
  }

  if (built.length > 0) {
    const { chromiumFlags } = await import('../../web-test-runner.config.mjs');
    const server = await startStaticServer({
      mounts: [{ prefix: '/', dir: outdir }],
      routes: { '/mockServiceWorker.js': { file: require.resolve('msw/mockServiceWorker.js'), type: 'js' } },
      // Cross-origin isolated pages get a 5 µs `performance.now()` instead of 100 µs: a
      // keystroke of 0.6 ms, and its ratio to a floor's, would otherwise move in steps of 15 %.
      headers: CROSS_ORIGIN_ISOLATED,
    });
    const browser = await puppeteer.launch({
      executablePath: chromePath(),
      headless: true,
      args: [...chromiumFlags, ...BENCH_FLAGS],
      protocolTimeout: 300_000,
    });
    try {
      for (const name of built) {
        const page = await browser.newPage();
        await page.goto(`${server.origin}/${name}/index.html`, { waitUntil: 'load' });
        const loaded = await page
          .waitForFunction(() => document.documentElement.dataset.benchReady === 'true', { timeout: 30_000 })
          .then(() => true, () => false);
        const fns = loaded ? await benchExports(page) : [];
        if (loaded && !(await page.evaluate(() => globalThis.crossOriginIsolated))) {
          process.stderr.write(`${name}: the page is not cross-origin isolated, its clock ticks in 0.1 ms steps\n`);
        }
        await page.close();
        if (!loaded) rows.push([name, 'bench page load', 'error', '', 'FAIL: the bench page did not load']);
        for (const fn of fns.filter((candidate) => !only || candidate === only)) {
          process.stderr.write(`running ${fn} (${name}.bench.ts)…\n`);
          const outcome = await runBench(browser, server.origin, name, fn);
          raw[fn] = outcome;
          rows.push(...rowsFor(fn, outcome, name));
        }
      }
    } finally {
      await browser.close();
      await server.close();
    }
  }

  if (!process.argv.includes('--no-cold-start') && (!only || only === 'coldStart')) {
    const { chromiumFlags } = await import('../../web-test-runner.config.mjs');
    const browser = await puppeteer.launch({ executablePath: chromePath(), headless: true, args: [...chromiumFlags, ...BENCH_FLAGS], protocolTimeout: 300_000 });
    try {
      const results = await measureColdStart(browser, { outdir, log: (line) => process.stderr.write(`${line}\n`) });
      for (const result of results) {
        const where = `cold start: ${result.page} page (${result.loader})`;
        const condition = `${NETWORK}, CPU ×${CPU_SLOWDOWN}`;
        rows.push([
          where,
          `script tag → first element painted, median (${condition}; runs ${result.runs.map((run) => run.toFixed(0)).join(', ')})`,
          `${result.painted.toFixed(0)} ms`,
          result.unbudgeted ? `— (${result.unbudgeted})` : `≤ ${COLD_BUDGET_MS} ms`,
          result.unbudgeted ? 'info' : result.painted <= COLD_BUDGET_MS ? 'pass' : 'FAIL',
        ]);
        rows.push([where, `script tag → content shown (API over the same network), median`, `${result.ready.toFixed(0)} ms`, '—', 'info']);
      }
    } catch (error) {
      rows.push(['cold start', 'script tag → first element painted', 'error', `≤ ${COLD_BUDGET_MS} ms`, `FAIL: ${String(error?.message ?? error).split('\n')[0].slice(0, 120)}`]);
    } finally {
      await browser.close();
    }
  }

  const json = option('--json');
  if (json) writeFileSync(json, `${JSON.stringify({ loadAverage: { start: loadBefore, end: loadAverage() }, results: raw }, null, 1)}\n`);
  console.log(table(['entry', 'metric', 'value', 'budget', 'result'], rows));
  console.log(`load average (1, 5, 15 min) on ${availableParallelism()} cores: ${loadBefore} at the start, ${loadAverage()} at the end`);
  const ratios = rows.filter((row) => row[1].includes('÷ plain Lit floor') && row[3] !== '—');
  if (ratios.length > 0) console.log(`ratios to the plain Lit floors: ${ratios.map((row) => `${row[0]} ${row[1].replace(/ ÷ plain Lit floor.*/, '')} ${row[2]} (${row[3]})`).join('; ')}`);
  const failed = rows.filter((row) => String(row[4]).startsWith('FAIL')).length;
  const passed = rows.filter((row) => row[4] === 'pass').length;
  console.log(`bench: ${passed} within budget, ${failed} over budget or failed (timings from this machine, headless Chromium)`);
  if (strict && failed > 0) process.exitCode = 1;
}

await main();
