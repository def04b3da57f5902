#!/usr/bin/env node
// Runs before `npm start` and `npm test` (their `pre` scripts), so a fresh clone needs no
// other command: when node_modules is missing or does not match package-lock.json, it runs
// `npm ci`. With `--browser` it also checks that a Chromium for the tests is installed and
// says how to get one if not. Node built-ins only: nothing is installed when it runs.
//
//   node scripts/ensure-install.mjs [--browser]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChrome, missingChromeMessage } from './chrome-path.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * Why node_modules cannot be used as it is, or undefined when it matches the lock file. npm
 * writes what it installed to node_modules/.package-lock.json; every package the lock file
 * requires (optional ones, such as another platform's binaries, may be absent) must be there
 * at the locked version.
 */
export function installProblem(dir = root) {
  const lock = readJson(join(dir, 'package-lock.json'));
  if (!lock?.packages) return 'package-lock.json is missing or unreadable';
  const installed = readJson(join(dir, 'node_modules/.package-lock.json'));
  if (!installed?.packages) return 'node_modules is missing';
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (path === '' || entry.optional || entry.link) continue;
    const got = installed.packages[path];
    if (!got) return `${path.replace(/^node_modules\//, '')} is not installed`;
    if (got.version !== entry.version) {
      return `${path.replace(/^node_modules\//, '')} is ${got.version}, package-lock.json wants ${entry.version}`;
    }
  }
  return undefined;
}

function main() {
  const problem = installProblem();
  if (problem) {
    console.log(`motcua: installing the dependencies first (${problem}): npm ci`);
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
    if (result.status !== 0) {
      console.error('motcua: `npm ci` failed; see its output above.');
      process.exit(result.status ?? 1);
    }
  }
  if (process.argv.includes('--browser') && !findChrome()) {
    console.error(`motcua: ${missingChromeMessage()}`);
    process.exit(1);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
