// The guard behind `npm start` and `npm test` on a fresh clone (scripts/ensure-install.mjs)
// and the browser lookup every browser tool shares (scripts/chrome-path.mjs).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installProblem } from '../../scripts/ensure-install.mjs';
import { findChrome, missingChromeMessage } from '../../scripts/chrome-path.mjs';

function project(lockPackages, installedPackages) {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-install-'));
  writeFileSync(join(dir, 'package-lock.json'), JSON.stringify({ lockfileVersion: 3, packages: { '': { name: 'x' }, ...lockPackages } }));
  if (installedPackages) {
    mkdirSync(join(dir, 'node_modules'));
    writeFileSync(join(dir, 'node_modules/.package-lock.json'), JSON.stringify({ lockfileVersion: 3, packages: installedPackages }));
  }
  return dir;
}

describe('ensure-install: is node_modules usable as it is?', () => {
  const lit = { 'node_modules/lit': { version: '3.3.1' } };

  it('asks for an install on a fresh clone', () => {
    assert.equal(installProblem(project(lit, undefined)), 'node_modules is missing');
  });

  it('accepts what npm ci installed', () => {
    assert.equal(installProblem(project(lit, lit)), undefined);
  });

  it('asks again when the lock file moved on', () => {
    assert.equal(installProblem(project(lit, { 'node_modules/lit': { version: '3.2.0' } })), 'lit is 3.2.0, package-lock.json wants 3.3.1');
    assert.equal(installProblem(project({ ...lit, 'node_modules/zod': { version: '4.6.0' } }, lit)), 'zod is not installed');
  });

  it('does not want optional packages of other platforms', () => {
    const lock = { ...lit, 'node_modules/@rollup/rollup-android-arm-eabi': { version: '4.67.4', optional: true } };
    assert.equal(installProblem(project(lock, lit)), undefined);
  });

  it('knows the project itself is installed as it stands', () => {
    // The checkout running this test was installed by npm ci.
    assert.equal(installProblem(), undefined);
  });
});

describe('chrome-path: which browser the tools launch', () => {
  it('takes CHROME_PATH when it is an executable, and nothing else then', () => {
    assert.equal(findChrome({ CHROME_PATH: process.execPath }), process.execPath);
    assert.equal(findChrome({ CHROME_PATH: '/nowhere/chrome' }), undefined);
  });

  it('tells a newcomer how to get one', () => {
    const message = missingChromeMessage({ CHROME_PATH: '/nowhere/chrome' });
    assert.match(message, /CHROME_PATH is set to \/nowhere\/chrome/);
    assert.match(message, /apt-get install -y chromium/);
  });
});
