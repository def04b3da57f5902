// What the kit's node tests share: the TypeScript of src/cli and src/adapters bundled in memory
// (no build step, as the generators do), the built CLI in a scratch folder for the tests that
// run it as a back-end team would, and a way to run a command and read its output.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildKit } from '../../scripts/build-cli.mjs';
import { importTypeScript, ROOT } from '../../scripts/generated-file.mjs';

export { ROOT };
export const FIXTURES = join(ROOT, 'test/cli/fixtures');

/** The kit's modules and the contract's schemas (zod, the oracle), from one bundle. */
export const kit = await importTypeScript(`
export { convertFormio } from './src/cli/formio/convert.ts';
export { lintForm, LINT_RULES } from './src/cli/lint/lint.ts';
export { runConformance } from './src/cli/conform/run.ts';
export { formatReport } from './src/cli/conform/report.ts';
export { firstMismatch } from './src/cli/conform/contract.ts';
export { startMockServer, durationMs } from './src/cli/mock-server.ts';
export { main } from './src/cli/motcua.ts';
export * as dvcqg from './src/adapters/dvcqg/index.ts';
export { createMockApi, HAND_WRITTEN_FORM_CODES } from './src/mocks/index.ts';
`, 'kit-test-entry.ts');

/** Runs `motcua …` in this process; resolves to its exit code and what it wrote. */
export async function motcua(...argv) {
  const out = [];
  const err = [];
  const code = await kit.main(argv, { out: (text) => out.push(text), err: (text) => err.push(text), tty: false });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

let built;
/** dist/cli/motcua.js as `npm run build` makes it, in a scratch folder; built once per test file. */
export async function builtCli() {
  if (!built) {
    const outdir = mkdtempSync(join(tmpdir(), 'motcua-kit-'));
    process.once('exit', () => rmSync(outdir, { recursive: true, force: true }));
    built = (await buildKit({ outdir })).cli;
  }
  return built;
}

/** Runs the built CLI to its end. */
export function run(cli, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: options.cwd ?? ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * Starts the built CLI's mock server on a free port and resolves once it printed its address;
 * `stop()` ends that process (by its id).
 */
export function startCliMockServer(cli, args = []) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, 'mock-server', '--port', '0', '--quiet', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`mock-server exited with ${code}: ${stderr}`)));
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      const match = /mock back end on (http:\/\/\S+)/.exec(stdout);
      if (match && /check it:/.test(stdout)) {
        child.removeAllListeners('exit');
        resolve({
          url: match[1],
          banner: stdout,
          stop: () =>
            new Promise((done) => {
              child.once('exit', done);
              child.kill('SIGTERM');
            }),
        });
      }
    });
  });
}

/** The ids of a report's checks with this status, sorted. */
export function idsWith(report, status) {
  return report.endpoints.flatMap((endpoint) => endpoint.checks).filter((check) => check.status === status).map((check) => check.id).sort();
}
