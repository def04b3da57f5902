#!/usr/bin/env node
// Builds the adoption kit (issue 17), beside the rollup build of `npm run build`:
//
//   dist/cli/motcua.js        the `motcua` command (package.json `bin`): conform, mock-server,
//                             import-formio, lint-form. One self-contained Node 20 file: msw, zod
//                             and the other libraries it uses are bundled in, so `npx motcua`
//                             works from an installed package that has none of them.
//   dist/adapters/dvcqg.js    `motcua/adapters/dvcqg`: the pure DVCQG mapping functions, an ES
//                             module with no dependency at all (they import types only).
//
// Its own step with esbuild (not rollup.config.mjs) because neither file is a browser bundle:
// no element, no template minifying, no size budget. Type declarations come from the same
// `tsc --emitDeclarationOnly` as the rest (dist/types/adapters/dvcqg/index.d.ts).
//
//   node scripts/build-cli.mjs                 write into dist/
//   node scripts/build-cli.mjs --outdir <dir>  write elsewhere (the tests build into a scratch folder)
import { build } from 'esbuild';
import { chmodSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { ROOT, runAsScript } from './generated-file.mjs';

/** What the build writes, relative to its output folder; package.json points at these. */
export const KIT_OUTPUTS = { cli: 'cli/motcua.js', adapters: 'adapters/dvcqg.js' };

/**
 * Some bundled CommonJS modules `require` Node's built-ins; an ES module has no `require`,
 * so the CLI makes one (esbuild's own shim would throw "Dynamic require … is not supported").
 */
const NODE_BANNER = [
  '#!/usr/bin/env node',
  "import { createRequire as __motcuaCreateRequire } from 'node:module';",
  'const require = __motcuaCreateRequire(import.meta.url);',
].join('\n');

/** Builds both files into `outdir` (dist/ by default); returns their absolute paths. */
export async function buildKit({ outdir = join(ROOT, 'dist') } = {}) {
  const cli = join(outdir, KIT_OUTPUTS.cli);
  const adapters = join(outdir, KIT_OUTPUTS.adapters);
  await Promise.all([
    build({
      entryPoints: [join(ROOT, 'src/cli/motcua.ts')],
      outfile: cli,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'esm',
      banner: { js: NODE_BANNER },
      define: { MOTCUA_VERSION: JSON.stringify(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version) },
      tsconfig: join(ROOT, 'tsconfig.json'),
      sourcemap: true,
      legalComments: 'eof',
      logLevel: 'warning',
    }),
    build({
      entryPoints: [join(ROOT, 'src/adapters/dvcqg/index.ts')],
      outfile: adapters,
      bundle: true,
      platform: 'neutral',
      target: 'es2022',
      format: 'esm',
      tsconfig: join(ROOT, 'tsconfig.json'),
      sourcemap: true,
      logLevel: 'warning',
    }),
  ]);
  chmodSync(cli, 0o755);
  return { cli, adapters };
}

runAsScript(import.meta.url, async (argv) => {
  const index = argv.indexOf('--outdir');
  const outdir = index === -1 ? undefined : resolve(argv[index + 1] ?? '');
  const started = performance.now();
  const { cli, adapters } = await buildKit(outdir ? { outdir } : {});
  console.log(`built ${[cli, adapters].map((file) => relative(process.cwd(), file)).join(', ')} in ${Math.round(performance.now() - started)} ms`);
  return 0;
});
