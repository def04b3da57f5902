// Builds the package (see docs/contributing.md):
//  1. dist/*.js: the npm build, ES modules with lit, @lit/context, zod (and msw for the
//     mocks entry) left to the consumer's bundler. One entry per element folder, found at
//     build time, so adding `src/elements/<name>/index.ts` adds `dist/<name>.js`; modules
//     shared by several entries go to dist/chunks/.
//     In both builds css`` templates are minified and html`` ones lose their indentation
//     (scripts/template-literals.mjs).
//  2. dist/cdn/motcua.js: one self-contained file, minified by esbuild then terser, that a
//     portal loads with a single <script type="module">; every element registered, nothing
//     external (from src/cdn.ts).
//     Beside it dist/cdn/motcua-en-<hash>.js, the English pack it fetches on first use.
//  3. dist/cdn/motcua-mocks.js: the msw mock back end for the demo and the e2e tests,
//     self-contained. Skipped while src/mocks/browser.ts does not exist.
// Type declarations come from `tsc --emitDeclarationOnly` (npm run build), not from here:
// esbuild only strips types, which is what keeps this build at a few seconds.
import { existsSync, readdirSync } from 'node:fs';
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
const EXTERNAL = /^(lit|@lit\/context|zod|msw)(\/.*)?$/;

/**
 * The CDN bundle is minified twice: esbuild first (fast, and it shortens what it can see),
 * then terser, whose compressor finds what esbuild leaves (about 0.9 KB gzip of 50 on the CDN
 * bundle, 0.3 KB on the tracker). scripts/size.mjs applies the same two passes to each
 * element entry, so every figure is of the same output.
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

/** @type {import('rollup').RollupOptions} */
export const npmBuild = {
  input: {
    index: fromRoot('src/index.ts'),
    ...elementEntries(),
    ...(existsSync(mocksIndex) ? { mocks: fromRoot('src/mocks/index.ts') } : {}),
  },
  external: (id) => EXTERNAL.test(id),
  plugins: [nodeResolve({ extensions: ['.ts', '.js', '.mjs'] }), templateLiterals(), typescript()],
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
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
  plugins: [browserResolve(), templateLiterals(), typescript(), minify({ target: 'es2022', legalComments: 'none' }), terser(TERSER_OPTIONS)],
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

/** The file name of that pack in dist/cdn/, for the tools and tests that look for it. */
export const ENGLISH_PACK_FILE = /^motcua-en-[\w-]+\.js$/;

/** The English catalogues: the shared ones (`src/i18n/messages/*en.ts`) and each element's `messages.en.ts`. */
export const LANGUAGE_PACK = /\/src\/(i18n\/messages\/([a-z]+-)?en|elements\/[^/]+\/messages\.en)\.ts$/;

/** @type {import('rollup').RollupOptions} */
export const mocksCdnBuild = {
  input: fromRoot('src/mocks/browser.ts'),
  plugins: [browserResolve(), zodOwnKeysOnly(), typescript(), minify({ target: 'es2022', legalComments: 'none' })],
  output: { file: 'dist/cdn/motcua-mocks.js', format: 'es', inlineDynamicImports: true, sourcemap: true },
  onwarn,
};

export default [npmBuild, cdnBuild, ...(existsSync(mocksBrowser) ? [mocksCdnBuild] : [])];
