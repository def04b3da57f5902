// What the generators of committed files (docs/openapi.json, src/api/validators.generated.ts)
// share: loading the repository's TypeScript in memory, and one command line.
import { build } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Bundles `contents` (TypeScript importing from the repository, paths relative to its root)
 * with esbuild in memory and imports the result from a data: URL: no build step, no
 * temporary files.
 */
export async function importTypeScript(contents, sourcefile = 'entry.ts') {
  const result = await build({
    stdin: { contents, resolveDir: ROOT, sourcefile, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    write: false,
    logLevel: 'silent',
  });
  return import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`);
}

function firstDifferentLine(a, b) {
  const left = a.split('\n');
  const right = b.split('\n');
  let line = 0;
  while (line < left.length && line < right.length && left[line] === right[line]) line++;
  return line + 1;
}

/**
 * The command line of a generator whose output is committed:
 *   (no flag)          write `output`
 *   --check            exit 1 when it is missing or differs from what `generate()` makes now
 *   --output <file>    another target (the tests check a scratch copy)
 * `generate` resolves to `{ text }`; `script` is the npm script that regenerates the file.
 * Returns the exit code.
 */
export async function generatorCommand(argv, { output: defaultOutput, script, generate }) {
  const check = argv.includes('--check');
  const outputIndex = argv.indexOf('--output');
  if (outputIndex !== -1 && !argv[outputIndex + 1]) throw new Error('--output needs a file name');
  const output = outputIndex === -1 ? defaultOutput : resolve(argv[outputIndex + 1]);
  const where = relative(process.cwd(), output) || output;
  const { text } = await generate();
  if (!check) {
    writeFileSync(output, text);
    console.log(`wrote ${where}`);
    return 0;
  }
  let current = null;
  try {
    current = readFileSync(output, 'utf8');
  } catch {
    current = null;
  }
  if (current === text) {
    console.log(`${where} is up to date`);
    return 0;
  }
  // The committed file is named from the repository root, wherever the command runs.
  const name = output === defaultOutput ? relative(ROOT, output) : where;
  console.error(
    current === null
      ? `${name} is missing: run npm run ${script}`
      : `${name} is stale: run npm run ${script} (first difference at line ${firstDifferentLine(current, text)})`,
  );
  return 1;
}

/** Runs `main(argv)` when `moduleUrl` is the process's entry point; a throw exits with 2. */
export function runAsScript(moduleUrl, main) {
  if (!process.argv[1] || moduleUrl !== pathToFileURL(resolve(process.argv[1])).href) return;
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      console.error(error);
      process.exitCode = 2;
    },
  );
}
