#!/usr/bin/env node
// Size gate: what each entry costs a portal over the wire, gzip level 9.
//   node scripts/size.mjs          print the table
//   node scripts/size.mjs --check  also exit 1 when an entry is over its gate (below)
//   --dist                            measure dist/cdn/motcua.js as built on disk instead of
//                                     building it in memory
//
// Element entries are measured as a page that imports only that element would load them:
// `src/elements/<name>/index.ts` bundled by esbuild with ALL its dependencies (lit,
// @lit/context; zod too, were an element to import it), minified as the CDN bundle is
// (esbuild, then terser), with css`` and html`` templates rewritten as the builds do. The
// CDN bundle is the real one: rollup.config.mjs's `cdnBuild`, generated in memory so the
// figure is never that of a stale dist/. Both are what
// a page in Vietnamese loads: the English catalogues are a pack fetched on first use
// (docs/i18n.md), reported on a line of its own and not counted in the budgets.
// Sizes are deterministic, so CI gates on them; timings live in the benchmark (npm run bench).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { rollup } from 'rollup';
import { minify as terse } from 'terser';
import { templateLiteralsEsbuild } from './template-literals.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const KB = 1024;

/**
 * Budgets in KB (1 KB = 1024 bytes) of gzip, every dependency included, as the delivery issue
 * (#19) sets them: what a page downloads to show one element, runtime included, and every
 * element together (the all-in-one CDN file). dossier-form gets the most (every field kind,
 * validation, uploads, drafts); status-tracker and service-stats are mostly read-only views;
 * <gov-config> alone is Lit + @lit/context + the provider. A new element folder without a
 * budget fails the check: decide its budget here when adding it. The history of the earlier,
 * tighter budgets and ceilings is in docs/decisions.md ("Size budgets").
 */
export const BUDGETS_KB = {
  config: 8,
  'procedure-search': 25,
  'dossier-form': 36,
  'status-tracker': 26,
  'service-stats': 22,
  cdn: 64,
};

/**
 * Ceilings for entries that do not meet their budget yet: the size measured when the gate was
 * set plus about 3 %. CI gates on the ceiling where there is one and on the budget otherwise.
 * None is needed today.
 */
export const CEILINGS_KB = {};

/** Element folders with an entry point, e.g. `['config', 'procedure-search']`. */
export async function elementNames() {
  const { elementEntries } = await import(pathToFileURL(join(root, 'rollup.config.mjs')).href);
  return Object.keys(elementEntries());
}

/**
 * One element entry with every dependency bundled and minified, as bytes: what a page in
 * Vietnamese loads. Language packs (`import()`ed on first use) are split off, as a
 * portal's bundler splits them, and not counted (`cdnLanguagePack` reports the CDN's).
 */
export async function bundleElement(name) {
  const result = await build({
    entryPoints: { index: join(root, 'src/elements', name, 'index.ts') },
    bundle: true,
    splitting: true,
    outdir: join(root, 'dist/.size'),
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    tsconfig: join(root, 'tsconfig.json'),
    legalComments: 'none',
    // As the npm build ships them: css`` minified, html`` without indentation.
    plugins: [templateLiteralsEsbuild()],
    write: false,
    logLevel: 'silent',
  });
  const { TERSER_OPTIONS } = await import(pathToFileURL(join(root, 'rollup.config.mjs')).href);
  // The CDN build's second pass, so entries and the CDN bundle are minified alike.
  const { code } = await terse(result.outputFiles.find((file) => file.path.endsWith('/index.js')).text, TERSER_OPTIONS);
  return Buffer.from(code);
}

/**
 * The CDN bundle, generated with the build's own options (or read from dist/ with
 * `fromDist`): motcua.js, what every page loads. Its English pack is `cdnLanguagePack`.
 */
export async function bundleCdn({ fromDist = false } = {}) {
  return (await cdnFiles({ fromDist })).entry;
}

/** The CDN build's English pack (motcua-en-<hash>.js), fetched only when an element speaks English. */
export async function cdnLanguagePack({ fromDist = false } = {}) {
  const { packs } = await cdnFiles({ fromDist });
  if (packs.length !== 1) throw new Error(`expected one language pack beside motcua.js, found ${packs.length}`);
  return packs[0];
}

/**
 * The CDN build's files, built once per process (the table and the English pack line both
 * need them; the sources do not change while a command runs).
 */
const cdnBuilds = new Map();
function cdnFiles({ fromDist }) {
  if (!cdnBuilds.has(fromDist)) cdnBuilds.set(fromDist, buildCdnFiles({ fromDist }));
  return cdnBuilds.get(fromDist);
}

async function buildCdnFiles({ fromDist }) {
  const dir = join(root, 'dist/cdn');
  if (fromDist) {
    const file = join(dir, 'motcua.js');
    if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build first`);
    const { ENGLISH_PACK_FILE } = await import(pathToFileURL(join(root, 'rollup.config.mjs')).href);
    const packs = readdirSync(dir).filter((name) => ENGLISH_PACK_FILE.test(name));
    return { entry: readFileSync(file), packs: packs.map((name) => readFileSync(join(dir, name))) };
  }
  const { cdnBuild } = await import(pathToFileURL(join(root, 'rollup.config.mjs')).href);
  const bundle = await rollup({ ...cdnBuild, onwarn: () => {} });
  try {
    const { output } = await bundle.generate({ ...cdnBuild.output, sourcemap: false });
    const chunks = output.filter((item) => item.type === 'chunk');
    return {
      entry: Buffer.from(chunks.find((chunk) => chunk.isEntry).code),
      packs: chunks.filter((chunk) => !chunk.isEntry).map((chunk) => Buffer.from(chunk.code)),
    };
  } finally {
    await bundle.close();
  }
}

export function gzipSize(bytes) {
  return gzipSync(bytes, { level: 9 }).length;
}

/**
 * @typedef {{ entry: string, bytes: number, gzip: number, budget: number | undefined, pass: boolean,
 *   ceiling: number | undefined, gate: number | undefined, withinGate: boolean }} SizeRow
 *   `pass`: within the issue budget; `gate`: the ceiling if any, else the budget (what --check enforces).
 * @returns {Promise<SizeRow[]>} one row per element entry, then the CDN bundle
 */
export async function measureSizes({ fromDist = false } = {}) {
  const names = await elementNames();
  const measured = await Promise.all([
    ...names.map(async (name) => [name, await bundleElement(name)]),
    (async () => ['cdn', await bundleCdn({ fromDist })])(),
  ]);
  return measured.map(([entry, bytes]) => {
    const gzip = gzipSize(bytes);
    const budgetKb = BUDGETS_KB[entry];
    const budget = budgetKb === undefined ? undefined : budgetKb * KB;
    const ceiling = CEILINGS_KB[entry] === undefined ? undefined : Math.round(CEILINGS_KB[entry] * KB);
    const gate = budget === undefined ? undefined : (ceiling ?? budget);
    return {
      entry,
      bytes: bytes.length,
      gzip,
      budget,
      pass: budget !== undefined && gzip <= budget,
      ceiling,
      gate,
      withinGate: gate !== undefined && gzip <= gate,
    };
  });
}

export const formatKb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

/** A plain-text table with aligned columns. */
export function table(header, rows) {
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => String(row[i]).length)));
  const line = (cells) => cells.map((cell, i) => String(cell).padEnd(widths[i])).join(' | ').trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('-|-'), ...rows.map(line)].join('\n');
}

export function sizeTable(rows) {
  return table(
    ['entry', 'minified', 'gzip', 'budget', 'result', 'CI ceiling', 'CI gate'],
    rows.map((row) => [
      row.entry === 'cdn' ? 'cdn/motcua.js' : row.entry,
      formatKb(row.bytes),
      formatKb(row.gzip),
      row.budget === undefined ? 'none' : formatKb(row.budget),
      row.budget === undefined ? 'FAIL (no budget)' : row.pass ? 'pass' : 'FAIL',
      row.ceiling === undefined ? '—' : formatKb(row.ceiling),
      row.gate === undefined ? 'FAIL' : row.withinGate ? 'pass' : 'FAIL',
    ]),
  );
}

async function main() {
  const check = process.argv.includes('--check');
  const fromDist = process.argv.includes('--dist');
  const rows = await measureSizes({ fromDist });
  console.log(sizeTable(rows));
  const english = gzipSize(await cdnLanguagePack({ fromDist }));
  console.log(`size: English pack beside the CDN bundle (fetched only when an element speaks English): ${formatKb(english)} gzip, not counted above`);
  const overBudget = rows.filter((row) => !row.pass);
  const overGate = rows.filter((row) => !row.withinGate);
  const names = (list) => list.map((row) => row.entry).join(', ');
  console.log(
    overBudget.length === 0
      ? `size: all ${rows.length} entries within their budget`
      : `size: ${overBudget.length} of ${rows.length} entries over the issue budget: ${names(overBudget)}`,
  );
  for (const row of rows.filter((candidate) => candidate.ceiling !== undefined && candidate.pass)) {
    console.log(`size: ${row.entry} now meets its budget; delete its ceiling in scripts/size.mjs`);
  }
  if (overGate.length === 0) {
    console.log('size: CI gate passed (ceilings where set, budgets elsewhere)');
    return;
  }
  const message = `size: ${overGate.length} entries over their CI gate or without a budget: ${names(overGate)}`;
  if (check) {
    console.error(message);
    process.exitCode = 1;
  } else {
    console.log(message);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
