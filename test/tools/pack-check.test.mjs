// The package-content check finds what must not ship and what is missing.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packProblems, targets } from '../../scripts/pack-check.mjs';

const pkg = JSON.parse(readFileSync(join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '../../package.json'), 'utf8'));

/** A package as the build makes it: every target, and the required files. */
function goodFiles() {
  const files = new Set(['package.json', 'README.md', 'custom-elements.json']);
  for (const path of targets(pkg)) files.add(path.includes('*') ? path.replace('*', 'x.js') : path);
  for (const path of ['dist/cdn/autoloader.js', 'dist/cdn/motcua.js', 'dist/dev/motcua-mocks.js', 'dist/editor/vscode.html-custom-data.json', 'dist/editor/vscode.css-custom-data.json', 'dist/editor/web-types.json', 'dist/schemas/openapi.json', 'dist/schemas/form-definition.schema.json', 'dist/themes/tokens.json']) files.add(path);
  return [...files];
}

describe('npm pack check', () => {
  it('accepts a package with every target and nothing extra', () => {
    assert.deepEqual(packProblems(goodFiles(), pkg), []);
  });

  it('refuses mock code in the production CDN folder, tests and demo files', () => {
    const problems = packProblems([...goodFiles(), 'dist/cdn/motcua-mocks.js', 'test/e2e/journey.test.mjs', 'demo/site/demo.js', 'dist/cdn/notes.txt'], pkg);
    assert.equal(problems.length, 4, problems.join('\n'));
    assert.match(problems.join('\n'), /dist\/cdn\/motcua-mocks\.js: mock code/);
  });

  it('names what is missing: an export target, an element module', () => {
    const files = goodFiles().filter((file) => file !== 'dist/contract.js');
    assert.deepEqual(packProblems(files, pkg), ['missing dist/contract.js']);
    assert.deepEqual(packProblems(goodFiles(), { ...pkg, customElementsTags: { 'gov-status-tracker': true } }), ['missing dist/cdn/gov-status-tracker.js']);
  });
});
