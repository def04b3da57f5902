// Builds the package (see docs/contributing.md):
//  1. dist/*.js: the npm build, ES modules with lit, @lit/context, zod (and msw for the
//     mocks entry) left to the consumer's bundler. One entry per element folder, found at
//     build time, so adding `src/elements/<name>/index.ts` adds `dist/<name>.js`; modules
//     shared by several entries go to dist/chunks/.
//     In every build css`` templates are minified and html`` ones lose their indentation
//     (scripts/template-literals.mjs).
//  2. dist/cdn/: what a portal copies to its server (docs/embedding.md), every file minified
//     by esbuild then terser, nothing external, each file finding the others relative to
//     itself:
//     - autoloader.js and gov-<name>.js, one module per element, sharing chunks/lit.js,
//       chunks/runtime.js and chunks of code two elements share (chunks/uploads.js); the
//       English packs are chunks/en-*.js, fetched on first use;
//     - motcua.js, the all-in-one file with every element (from src/cdn.ts), and beside it
//       motcua-en-<hash>.js, its English pack.
//  3. dist/dev/motcua-mocks.js: the msw mock back end for the demo and the e2e tests,
//     self-contained, and never in dist/cdn/ so that copying that folder to production
//     cannot ship it. Skipped while src/mocks/browser.ts does not exist.
// Type declarations come from `tsc --emitDeclarationOnly` (npm run build), not from here:
// esbuild only strips types, which is what keeps this build at a few seconds.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild, { minify } from 'rollup-plugin-esbuild';
import { templateLiterals } from './scripts/template-literals.mjs';

const root = dirname(fileURLToPath(import.meta.url));
const fromRoot = (path) => relative(process.cwd(), join(root, path)) || '.';

/** Folders under src/elements that are internals, not public entry points. */
const INTERNAL_FOLDERS = new Set(['shared']);

/** `{ 'procedure-search': 'src/elements/procedure-search/index.ts', … }`, sorted. */
export function elementEntries() {
  const dir = join(root, 'src/elements');
  return Object.fromEntries(
    readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !INTERNAL_FOLDERS.has(entry.name))
      .map((entry) => entry.name)
      .filter((name) => existsSync(join(dir, name, 'index.ts')))
      .sort()
      .map((name) => [name, fromRoot(`src/elements/${name}/index.ts`)]),
  );
}

const mocksIndex = join(root, 'src/mocks/index.ts');
/**
 * The CDN bundle's entry: src/cdn.ts (the elements only, none of the npm building blocks a
 * portal's single script tag cannot use) when it exists, else the package root.
 */
const cdnEntry = existsSync(join(root, 'src/cdn.ts')) ? fromRoot('src/cdn.ts') : fromRoot('src/index.ts');
const mocksBrowser = join(root, 'src/mocks/browser.ts');

/** Bare imports the npm build leaves to the consumer (package dependencies, and msw for ./mocks). */
const EXTERNAL = /^(lit|@lit\/context|zod|msw|uqr)(\/.*)?$/;

/**
 * The CDN files are minified twice: esbuild first (fast, and it shortens what it can see),
 * then terser, whose compressor finds what esbuild leaves (measured in docs/decisions.md,
 * "Size budgets").
 */
export const TERSER_OPTIONS = { module: true, ecma: 2022, format: { comments: false } };

const typescript = (options = {}) =>
  esbuild({
    tsconfig: join(root, 'tsconfig.json'),
    target: 'es2022',
    // The tsconfig carries experimentalDecorators + useDefineForClassFields: false, which
    // Lit's decorators need; without it esbuild would compile them as standard decorators.
    legalComments: 'none',
    ...options,
  });

// In the browser bundles, pick browser builds and never Lit's development build.
const browserResolve = () =>
  nodeResolve({ browser: true, exportConditions: ['browser', 'module', 'import', 'default'], extensions: ['.ts', '.js', '.mjs'] });

/** Rollup's warnings, with the known-harmless ones of the libraries silenced. */
function onwarn(warning, warn) {
  // msw and some of its dependencies use `this` at the top level of ES modules.
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  // zod places comments on `@__PURE__` positions Rollup cannot keep; it drops them, harmlessly.
  if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules')) return;
  // Circular imports inside libraries are theirs to fix; ours would still show.
  if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every((id) => id.includes('node_modules'))) return;
  warn(warning);
}

/**
 * An element may load a part of itself on demand (the form's later part, `import('./later.js')`),
 * a chunk that uses modules of the element's own file. Rollup may then add exports to an
 * element's entry file for that chunk, instead of making the entry a facade that re-exports a
 * chunk which registers the element: a bundler trusting `sideEffects` could drop that chunk,
 * and the element would never be defined (docs/decisions.md, "The form's later part").
 */
const ENTRY_SIGNATURES = 'allow-extension';

/** @type {import('rollup').RollupOptions} */
export const npmBuild = {
  input: {
    index: fromRoot('src/index.ts'),
    ...elementEntries(),
    autoloader: fromRoot('src/autoloader.ts'),
    // motcua/contract: schemas, types, endpoint functions and the client; registers no element.
    contract: fromRoot('src/api/index.ts'),
    ...(existsSync(mocksIndex) ? { mocks: fromRoot('src/mocks/index.ts') } : {}),
  },
  external: (id) => EXTERNAL.test(id),
  preserveEntrySignatures: ENTRY_SIGNATURES,
  plugins: [nodeResolve({ extensions: ['.ts', '.js', '.mjs'] }), templateLiterals(), typescript()],
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    // The shared words and formatting in one chunk (dist/chunks/i18n-*.js), English packs
    // apart. A catalogue or formatter that one element uses (the procedure words, the phone
    // format) is also exported by the package root; left to rollup's grouping it would join
    // that element's file, which would then be a facade re-exporting a chunk that registers
    // the element, and a bundler trusting `sideEffects` could drop the registration.
    manualChunks: (id) => (/\/src\/i18n\//.test(id) && !LANGUAGE_PACK.test(id) ? 'i18n' : undefined),
    sourcemap: true,
  },
  onwarn,
};

/**
 * For the mock back end's bundle (the element bundles carry no zod, see src/api/conform.ts):
 * zod 4.6 installs schema members with `for (const key in table)` and then reads each key's
 * own descriptor: on a legacy page that adds enumerable properties to `Object.prototype`,
 * the inherited key has no descriptor and loading the bundle throws, so the demo's back end
 * would not start (test/e2e/hostile-host.test.mjs). That bundle carries its own zod, so it
 * iterates own keys only. The rewrite fails the build if zod's code changes shape, so an
 * upgrade cannot silently drop it. npm users bundle zod themselves (docs/security.md).
 */
function zodOwnKeysOnly() {
  const target = /node_modules\/zod\/v4\/core\/util\.js$/;
  const loop = 'for (const key in table) {';
  return {
    name: 'zod-own-keys-only',
    transform(code, id) {
      if (!target.test(id)) return null;
      if (!code.includes(loop)) this.error(`zod-own-keys-only: "${loop}" not found in ${id}; re-check the prototype-pollution fix`);
      return { code: code.replace(loop, 'for (const key of Object.keys(table)) {'), map: null };
    },
  };
}

/** @type {import('rollup').RollupOptions} */
export const cdnBuild = {
  input: cdnEntry,
  // What every element shows first is in motcua.js; the parts an element fetches on demand in
  // the per-element build (the form's later part, extras and combobox, the search's detail, the stats'
  // figures, the tracker's actions) stay chunks beside it here too, importing what they share
  // from motcua.js, as its English pack does: one rule for both builds, and the all-in-one file
  // is what a page with every element shows first (docs/decisions.md, "The all-in-one file
  // and the parts fetched on demand").
  preserveEntrySignatures: ENTRY_SIGNATURES,
  plugins: [
    browserResolve(),
    templateLiterals(),
    typescript(),
    minify({ target: 'es2022', legalComments: 'none' }),
    terser(TERSER_OPTIONS),
  ],
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: 'motcua.js',
    chunkFileNames: 'motcua-[name]-[hash].js',
    // Every English catalogue in one pack, fetched beside motcua.js the first time an element
    // speaks English; a Vietnamese page never loads it (docs/i18n.md).
    manualChunks: (id) => (LANGUAGE_PACK.test(id) ? 'en' : undefined),
    sourcemap: true,
  },
  onwarn,
};

/** `{ 'gov-config': 'src/elements/config/index.ts', … }`: each element's CDN module, named by its tag. */
export function cdnElementEntries() {
  return Object.fromEntries(Object.entries(elementEntries()).map(([name, path]) => [`gov-${name}`, path]));
}

/**
 * The language pack a module belongs to in the per-element CDN build: `en-<element>` for an
 * element's English catalogue, `en-<name>` for a shared one (`en-common`, `en-procedure`,
 * `en-status`), so an element speaking English fetches its own words and the shared ones it
 * uses, never the other elements'.
 */
/**
 * The rules of a procedure's answers (its summary's and its detail's), which the search and the
 * form's later part (the fees on the review) both use: kept in a chunk of their own, since
 * rollup would otherwise merge the small chunk they make into one every element loads
 * (MIN_CHUNK_BYTES), and the stats page would download them.
 */
function procedureRulesOf(id) {
  return /\/src\/api\/validators\/(FeeItem|Fee|Duration|AgencyRef|SectorRef)\.ts$/.test(id) ? 'procedure-rules' : undefined;
}

export function languagePackOf(id) {
  const element = /\/src\/elements\/([^/]+)\/messages\.en\.ts$/.exec(id);
  if (element) return `en-${element[1]}`;
  const shared = /\/src\/i18n\/messages\/(?:([a-z]+)-)?en\.ts$/.exec(id);
  if (shared) return `en-${shared[1] ?? 'common'}`;
  return undefined;
}

/**
 * The shared chunks of the per-element CDN build are rollup's own grouping: each shared module
 * goes to a chunk with the modules used by exactly the same elements, so a page downloads
 * only code its elements use. That gives `lit` (Lit, the context root, `defineElement`: what
 * every element uses, and all `<gov-config>` needs), `runtime` (the base element, transport,
 * shared words, theme: what every element that shows something uses), and a chunk for code
 * two elements share (`uploads`, for the form and the tracker). Forcing modules into named
 * chunks carried other elements' code: a `lit` chunk with all of @lit/context put the
 * provider, which only `<gov-config>` uses, into every element's page (docs/decisions.md,
 * "Rules and endpoints one module each"). Everything under an element's own folder stays in
 * that element's file. For the same reason the API's rules, endpoint functions and shared
 * catalogues are one module each (scripts/validators.mjs, src/api/endpoints/).
 */
const CHUNK_NAMES = [
  { name: 'lit', module: /\/node_modules\/lit-html\/lit-html\.js$/ },
  { name: 'runtime', module: /\/src\/elements\/shared\/gov-element\.ts$/ },
];

/** `chunks/<name>.js`: `lit` and `runtime` for the chunks that hold Lit and the base element, else rollup's name. */
function chunkName(chunk) {
  const named = CHUNK_NAMES.find(({ module }) => chunk.moduleIds.some((id) => module.test(id)));
  return `chunks/${named?.name ?? '[name]'}.js`;
}

/**
 * A shared chunk smaller than this is merged into a larger one its elements load anyway: a
 * request costs more than a few hundred bytes on a slow phone network (the 150-byte clock
 * the search and the tracker share is one). Rollup merges only chunks that run nothing when
 * loaded, so this moves bytes, never changes what code runs.
 */
const MIN_CHUNK_BYTES = 1024;

/**
 * In the autoloader, each element's `import('./gov-x.js')` also imports that module's chunks
 * at the same time. Left alone, the browser learns of the chunks only once the element's
 * module has arrived: one more round trip (562 ms under the benchmark's Slow 4G) before the
 * element can render. Importing a chunk runs nothing but its definitions, which the element
 * module would run first anyway.
 */
function autoloaderFetchesInParallel() {
  return {
    name: 'autoloader-fetches-in-parallel',
    renderChunk(code, chunk, _options, { chunks }) {
      if (chunk.fileName !== 'autoloader.js') return null;
      let replaced = 0;
      const out = code.replace(/import\((['"])\.\/(gov-[a-z-]+\.js)\1\)/g, (call, quote, fileName) => {
        const imports = chunks[fileName]?.imports ?? [];
        replaced += 1;
        if (imports.length === 0) return call;
        const all = [fileName, ...imports].map((name) => `import(${quote}./${name}${quote})`).join(', ');
        return `Promise.all([${all}]).then((modules) => modules[0])`;
      });
      if (replaced !== Object.keys(cdnElementEntries()).length) this.error(`autoloader-fetches-in-parallel: found ${replaced} element imports`);
      return { code: out, map: null };
    },
  };
}

/**
 * Modules that a part fetched on demand shares with an element's first download, copied into
 * the part instead of shared with it. Shared, such a module leaves the element's file for a
 * chunk of its own: one more file on that element's page, and a browser fetches six at once
 * from an HTTP/1.1 host (the search's cold start went from 0.83 to 1.30 s when it had a
 * seventh, docs/decisions.md). Copied, the part carries a few hundred bytes it would have
 * fetched anyway, and the source stays one module: the address combobox (the form's part)
 * folds text with the search's `src/i18n/fold.ts`.
 * Each entry: the module (`module`), the part's modules that import it (`into`).
 */
const COPIED_INTO_PARTS = [{ module: /\/src\/i18n\/fold\.ts$/, into: /\/src\/elements\/dossier-form\/combobox\.ts$/ }];
const COPY_SUFFIX = '.part-copy.ts';

function copiedIntoParts() {
  const copied = new Set();
  return {
    name: 'copied-into-parts',
    buildStart() {
      copied.clear();
    },
    async resolveId(source, importer, options) {
      const copy = importer && COPIED_INTO_PARTS.find(({ into }) => into.test(importer));
      if (!copy) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || !copy.module.test(resolved.id)) return resolved;
      copied.add(copy);
      // A name of its own, so rollup bundles a second module; it still ends in `.ts`, so the
      // TypeScript plugin compiles it like the original.
      return resolved.id.replace(/\.ts$/, COPY_SUFFIX);
    },
    load(id) {
      return id.endsWith(COPY_SUFFIX) ? readFileSync(id.slice(0, -COPY_SUFFIX.length) + '.ts', 'utf8') : null;
    },
    buildEnd(error) {
      // A stale entry (the import gone from a part that is built) fails the build rather than
      // copying nothing; a build without that part (one element alone) has nothing to copy.
      const built = [...this.getModuleIds()];
      const unused = COPIED_INTO_PARTS.filter((copy) => !copied.has(copy) && built.some((id) => copy.into.test(id)));
      if (!error && unused.length > 0) this.error(`copied-into-parts: nothing imports ${unused.map(({ module }) => module).join(', ')} from ${unused.map(({ into }) => into).join(', ')}`);
    },
  };
}

/**
 * The per-element CDN modules (dist/cdn/gov-<name>.js) and the autoloader
 * (dist/cdn/autoloader.js), minified like motcua.js. What two or more elements use goes to
 * shared chunks in dist/cdn/chunks/ (`lit`, `runtime`, `uploads`: see CHUNK_NAMES), which
 * the element modules import relative to themselves; the language packs are chunks too,
 * fetched on first use.
 * @type {import('rollup').RollupOptions}
 */
export const cdnElementsBuild = {
  input: { ...cdnElementEntries(), autoloader: fromRoot('src/autoloader.ts') },
  preserveEntrySignatures: ENTRY_SIGNATURES,
  plugins: [
    browserResolve(),
    templateLiterals(),
    copiedIntoParts(),
    typescript(),
    autoloaderFetchesInParallel(),
    minify({ target: 'es2022', legalComments: 'none' }),
    terser(TERSER_OPTIONS),
  ],
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    // Stable names (no hash), like the element modules': a page can list them in
    // <link rel="modulepreload"> so every file is fetched at once (docs/embedding.md).
    chunkFileNames: chunkName,
    manualChunks: (id) => languagePackOf(id) ?? procedureRulesOf(id),
    experimentalMinChunkSize: MIN_CHUNK_BYTES,
    sourcemap: true,
  },
  onwarn,
  // Rollup reports the chunks it merged (MIN_CHUNK_BYTES) on every build; npm run size says what matters.
  onLog: (level, log, handler) => (log.code === 'OPTIMIZE_CHUNK_STATUS' ? undefined : handler(level, log)),
};

/** The file name of that pack in dist/cdn/, for the tools and tests that look for it. */
export const ENGLISH_PACK_FILE = /^motcua-en-[\w-]+\.js$/;

/** The English catalogues: the shared ones (`src/i18n/messages/*en.ts`) and each element's `messages.en.ts`. */
export const LANGUAGE_PACK = /\/src\/(i18n\/messages\/([a-z]+-)?en|elements\/[^/]+\/messages\.en)\.ts$/;

/** @type {import('rollup').RollupOptions} */
export const mocksCdnBuild = {
  input: fromRoot('src/mocks/browser.ts'),
  plugins: [browserResolve(), zodOwnKeysOnly(), typescript(), minify({ target: 'es2022', legalComments: 'none' })],
  output: { file: 'dist/dev/motcua-mocks.js', format: 'es', inlineDynamicImports: true, sourcemap: true },
  onwarn,
};

export default [npmBuild, cdnBuild, cdnElementsBuild, ...(existsSync(mocksBrowser) ? [mocksCdnBuild] : [])];
