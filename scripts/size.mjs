#!/usr/bin/env node
// Size gate: what a page downloads from the CDN folder (dist/cdn/) to show motcua's elements.
//   node scripts/size.mjs            print the table
//   node scripts/size.mjs --check    also exit 1 when a figure is over its budget
//   node scripts/size.mjs --foreign  also list, per element, the code its page downloads for other elements
//
// The figures come from the real CDN builds of rollup.config.mjs, generated in memory (never
// a stale dist/): each file a page fetches is compressed on its own, as a server sends it,
// and the files are added up. gzip at level 9 is what the budgets count; brotli (quality 11)
// is printed beside it, since most servers and CDNs send it to browsers that ask.
// - one element (`gov-status-tracker`…): the autoloader, the element's module and the
//   chunks it imports (dist/cdn/chunks/lit.js, runtime.js, and uploads.js for the form and
//   the tracker): a page with only that element and the autoloader, which is what a page
//   with a script tag to the element's module downloads plus the autoloader's few hundred
//   bytes;
// - `autoloader.js` alone;
// - all elements: the autoloader, every element module and every chunk they import;
// - `motcua.js`, the all-in-one file.
// All of it is what a page in Vietnamese loads: the language packs are fetched only when an
// element speaks English (docs/i18n.md); they are printed on a line of their own.
// Sizes are deterministic, so CI gates on them; timings live in the benchmark (npm run bench).
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { rollup } from 'rollup';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const KB = 1024;

/**
 * Budgets in KB (1 KB = 1024 bytes) of gzip, as the delivery issue (#19) sets them: what a
 * page downloads to show one element, runtime included; the autoloader; every element
 * together, whether through the autoloader or as the all-in-one file. dossier-form gets the
 * most (every field kind, validation, uploads, drafts); status-tracker and service-stats are
 * mostly read-only views; <gov-config> alone is Lit + @lit/context + the provider. A new
 * element folder without a budget fails the check: decide its budget here when adding it.
 * The history of earlier budgets is in docs/decisions.md ("Size budgets").
 */
export const BUDGETS_KB = {
  'gov-config': 8,
  'gov-procedure-search': 25,
  'gov-dossier-form': 36,
  'gov-status-tracker': 26,
  'gov-service-stats': 22,
  'autoloader.js': 2,
  'all elements': 64,
  'motcua.js': 64,
};

/**
 * Ceilings for figures over their budget: the size measured when the ceiling was set plus
 * about 3 %. CI gates on the ceiling where there is one and on the budget otherwise, so a
 * change that makes such a page bigger fails, and every saving lowers the ceiling in the same
 * commit (docs/decisions.md, "Size budgets"). The table still says FAIL against the budget.
 * None is set today. The tracker's (set on 2026-12-07 at 29.6 KB, lowered to 27.4 KB) went
 * when its actions part loaded on demand (docs/decisions.md, "The tracker's actions part");
 * the form's (39.6 KB) when its rarer states moved to its later part and its first step came
 * to 35.5 KB (docs/decisions.md, "The form's first step within its budget").
 */
export const CEILINGS_KB = {};

const config = () => import(pathToFileURL(join(root, 'rollup.config.mjs')).href);

/** Element folders with an entry point, e.g. `['config', 'procedure-search']` (other tools use it). */
export async function elementNames() {
  return Object.keys((await config()).elementEntries());
}

/** The tags of the per-element CDN modules, e.g. `['gov-config', 'gov-dossier-form', …]`. */
export async function elementTags() {
  return Object.keys((await config()).cdnElementEntries());
}

/** Every chunk of a rollup build, generated in memory without source maps. */
export async function generate(options) {
  const bundle = await rollup({ ...options, onwarn: () => {} });
  try {
    const { output } = await bundle.generate({ ...options.output, sourcemap: false });
    return output.filter((item) => item.type === 'chunk');
  } finally {
    await bundle.close();
  }
}

/**
 * The CDN's files, built once per process: `elements` (per-element build: file name →
 * chunk) and `allInOne` (motcua.js and its pack).
 */
let built;
export function cdnOutput() {
  built ??= (async () => {
    const { cdnBuild, cdnElementsBuild } = await config();
    const [elements, allInOne] = await Promise.all([generate(cdnElementsBuild), generate(cdnBuild)]);
    return { elements: new Map(elements.map((chunk) => [chunk.fileName, chunk])), allInOne };
  })();
  return built;
}

/** A file and the files it imports statically, recursively (what the browser fetches before running it). */
export function staticClosure(files, fileName, seen = new Set()) {
  if (seen.has(fileName)) return seen;
  seen.add(fileName);
  for (const imported of files.get(fileName)?.imports ?? []) staticClosure(files, imported, seen);
  return seen;
}

export function gzipSize(bytes) {
  return gzipSync(bytes, { level: 9 }).length;
}

export function brotliSize(bytes) {
  return brotliCompressSync(bytes, {
    params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }).length;
}

/**
 * @typedef {{ entry: string, files: string[], bytes: number, gzip: number, brotli: number,
 *   budget: number | undefined, pass: boolean, ceiling: number | undefined, withinGate: boolean }} SizeRow
 *   `pass`: within the issue budget; `withinGate`: within the ceiling if any, else the budget.
 */

/** A row for the files a page downloads: each compressed alone, then added up. */
export function sizeRow(entry, codes, files) {
  const buffers = codes.map((code) => Buffer.from(code));
  const sum = (measure) => buffers.reduce((total, buffer) => total + measure(buffer), 0);
  const gzip = sum(gzipSize);
  const budgetKb = BUDGETS_KB[entry];
  const budget = budgetKb === undefined ? undefined : budgetKb * KB;
  const ceiling = CEILINGS_KB[entry] === undefined ? undefined : Math.round(CEILINGS_KB[entry] * KB);
  const gate = budget === undefined ? undefined : (ceiling ?? budget);
  return {
    entry,
    files,
    bytes: sum((buffer) => buffer.length),
    gzip,
    brotli: sum(brotliSize),
    budget,
    pass: budget !== undefined && gzip <= budget,
    ceiling,
    withinGate: gate !== undefined && gzip <= gate,
  };
}

/** @returns {Promise<SizeRow[]>} one row per element, then the autoloader, all elements, motcua.js */
export async function measureSizes() {
  const { elements, allInOne } = await cdnOutput();
  const tags = await elementTags();
  const rowFor = (entry, fileNames) => {
    const files = [...fileNames];
    return sizeRow(entry, files.map((name) => elements.get(name).code), files);
  };
  const rows = tags.map((tag) => rowFor(tag, staticClosure(elements, 'autoloader.js', staticClosure(elements, `${tag}.js`))));
  rows.push(rowFor('autoloader.js', staticClosure(elements, 'autoloader.js')));
  const everything = new Set(['autoloader.js']);
  for (const tag of tags) staticClosure(elements, `${tag}.js`, everything);
  rows.push(rowFor('all elements', everything));
  const motcua = allInOne.find((chunk) => chunk.isEntry);
  rows.push(sizeRow('motcua.js', [motcua.code], [motcua.fileName]));
  return rows;
}

/**
 * What each element's page downloads for other elements: per module, the code in the page's
 * files (rendered, before minification) beyond what a build of that element alone keeps of
 * it. A shared chunk holds a module once for all the elements that use it, so a page also
 * gets the parts other elements use (another route of routes.ts, another formatter of
 * format.ts); a module every element uses whole costs nothing here. This is what sharing costs
 * beyond the split itself, and what to look at when a page grows (`--foreign`).
 * @returns {Promise<Map<string, { total: number, modules: Array<{ id: string, bytes: number, own: number }> }>>}
 *   tag → total bytes and the modules (path from the repository root, bytes for other
 *   elements, bytes the element uses itself), largest first
 */
export async function foreignCode() {
  const { cdnElementsBuild } = await config();
  const { elements } = await cdnOutput();
  // Minifying happens after rollup has measured each module, so the lone builds skip it.
  const plugins = cdnElementsBuild.plugins.filter((plugin) => !['esbuild-minify', 'terser', 'autoloader-fetches-in-parallel'].includes(plugin.name));
  const modulesOf = (chunks) => {
    const bytes = new Map();
    for (const chunk of chunks) {
      if (/^chunks\/en-/.test(chunk.fileName)) continue;
      for (const [id, module] of Object.entries(chunk.modules)) bytes.set(id, (bytes.get(id) ?? 0) + module.renderedLength);
    }
    return bytes;
  };
  const result = new Map();
  for (const [tag, path] of Object.entries(cdnElementsBuild.input)) {
    if (tag === 'autoloader') continue;
    const alone = modulesOf(await generate({ ...cdnElementsBuild, input: { [tag]: path }, plugins }));
    const page = modulesOf([...staticClosure(elements, `${tag}.js`)].map((name) => elements.get(name)));
    const modules = [...page]
      .map(([id, bytes]) => ({ id: relative(root, id), bytes: bytes - (alone.get(id) ?? 0), own: alone.get(id) ?? 0 }))
      .filter((module) => module.bytes > 0)
      .sort((a, b) => b.bytes - a.bytes);
    result.set(tag, { total: modules.reduce((sum, module) => sum + module.bytes, 0), modules });
  }
  return result;
}

/** The language packs: per-element build (summed per element) and the all-in-one file's pack. */
export async function languagePacks() {
  const { elements, allInOne } = await cdnOutput();
  const packs = [...elements.values()].filter((chunk) => /^chunks\/en-/.test(chunk.fileName));
  const allInOnePacks = allInOne.filter((chunk) => /^motcua-en-/.test(chunk.fileName));
  return {
    perElement: packs.map((chunk) => ({ fileName: chunk.fileName, gzip: gzipSize(Buffer.from(chunk.code)) })),
    allInOne: allInOnePacks.map((chunk) => ({ fileName: chunk.fileName, gzip: gzipSize(Buffer.from(chunk.code)) })),
  };
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
    ['page shows', 'files', 'minified', 'gzip', 'brotli', 'budget (gzip)', 'result', 'CI ceiling', 'CI gate'],
    rows.map((row) => [
      row.entry,
      row.files.length,
      formatKb(row.bytes),
      formatKb(row.gzip),
      formatKb(row.brotli),
      row.budget === undefined ? 'none' : formatKb(row.budget),
      row.budget === undefined ? 'FAIL (no budget)' : row.pass ? 'pass' : 'FAIL',
      row.ceiling === undefined ? '—' : formatKb(row.ceiling),
      row.withinGate ? 'pass' : 'FAIL',
    ]),
  );
}

async function main() {
  const check = process.argv.includes('--check');
  const rows = await measureSizes();
  console.log(sizeTable(rows));
  const packs = await languagePacks();
  const total = (list) => formatKb(list.reduce((sum, pack) => sum + pack.gzip, 0));
  console.log(
    `size: English packs, fetched only when an element speaks English, not counted above: ` +
      `${packs.perElement.length} small packs in chunks/ (${total(packs.perElement)} gzip in all; an element fetches its own and the shared ones it uses), ` +
      `motcua.js's one pack ${total(packs.allInOne)}`,
  );
  // The parts an element fetches on demand (the form's later part, extras and address combobox, the stats' figures,
  // the search's detail, the tracker's actions part), in both builds: every chunk only ever
  // imported dynamically that is not a language pack.
  const { elements, allInOne } = await cdnOutput();
  const partsOf = (chunks, pack) => {
    const dynamicOnly = new Set(chunks.flatMap((chunk) => chunk.dynamicImports));
    for (const chunk of chunks) for (const id of chunk.imports) dynamicOnly.delete(id);
    return chunks.filter((chunk) => !chunk.isEntry && dynamicOnly.has(chunk.fileName) && !pack.test(chunk.fileName));
  };
  const show = (chunk) => `${chunk.fileName.replace(/^(motcua-[a-z-]+?)-[\w]+\.js$/, '$1-*.js')} ${formatKb(gzipSize(Buffer.from(chunk.code)))}`;
  console.log(`size: parts fetched on demand, not counted above: ${partsOf([...elements.values()], /^chunks\/en-/).map(show).join(', ')}`);
  console.log(`size: beside motcua.js, fetched on demand (the parts and what only they share): ${allInOne.filter((chunk) => !chunk.isEntry && !/^motcua-en-/.test(chunk.fileName)).map(show).join(', ')}`);
  if (process.argv.includes('--foreign')) {
    for (const [tag, { total, modules }] of await foreignCode()) {
      const list = modules.map(({ id, bytes }) => `${id.replace(/^node_modules\//, '')} ${formatKb(bytes)}`).join(', ');
      console.log(`size: ${tag} downloads ${formatKb(total)} (before minification) of code only other elements use${list ? `: ${list}` : ''}`);
    }
  }
  const overBudget = rows.filter((row) => !row.pass);
  const names = (list) => list.map((row) => row.entry).join(', ');
  console.log(
    overBudget.length === 0
      ? `size: all ${rows.length} figures within their budget`
      : `size: ${overBudget.length} of ${rows.length} figures over the issue budget: ${names(overBudget)}`,
  );
  for (const row of rows.filter((candidate) => candidate.ceiling !== undefined && candidate.pass)) {
    console.log(`size: ${row.entry} now meets its budget; delete its ceiling in scripts/size.mjs`);
  }
  const over = rows.filter((row) => !row.withinGate);
  if (over.length === 0) {
    console.log('size: CI gate passed (ceilings where set, budgets elsewhere)');
    return;
  }
  const message = `size: ${over.length} of ${rows.length} figures over their CI gate or without a budget: ${names(over)}`;
  if (check) {
    console.error(message);
    process.exitCode = 1;
  } else {
    console.log(message);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
