#!/usr/bin/env node
// Runs shell commands side by side and fails when any of them fails: `npm run build` uses
// it so that rollup, tsc's declarations and the manifest analyzer share the machine's cores
// instead of waiting on each other (they read src/ and write separate outputs).
//   node scripts/run-parallel.mjs "rollup -c" "tsc -p tsconfig.json --emitDeclarationOnly"
import { spawn } from 'node:child_process';

const commands = process.argv.slice(2);
if (commands.length === 0) {
  console.error('usage: run-parallel.mjs "<command>" ["<command>" …]');
  process.exit(2);
}

const started = performance.now();
const results = await Promise.all(
  commands.map(
    (command) =>
      new Promise((resolve) => {
        const child = spawn(command, { shell: true, stdio: 'inherit' });
        child.on('error', (error) => resolve({ command, code: 1, error }));
        child.on('exit', (code, signal) => resolve({ command, code: code ?? (signal ? 1 : 0) }));
      }),
  ),
);

const failed = results.filter((result) => result.code !== 0);
for (const { command, code, error } of failed) console.error(`✗ ${command} (exit ${code}${error ? `: ${error.message}` : ''})`);
if (failed.length === 0) console.log(`✓ ${commands.length} steps in ${((performance.now() - started) / 1000).toFixed(1)} s`);
process.exitCode = failed.length === 0 ? 0 : 1;
