// The size gate measures what it says: real bundles, gzip level 9, a budget for every entry.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { BUDGETS_KB, KB, bundleElement, elementNames, gzipSize, sizeTable } from './size.mjs';

describe('size gate', () => {
  it('has a budget for every element entry and the CDN bundle (45 KB, issue #6)', async () => {
    for (const name of await elementNames()) assert.ok(BUDGETS_KB[name] > 0, `no size budget for ${name}`);
    assert.equal(BUDGETS_KB.cdn, 45);
  });

  it('bundles an element with all its dependencies, minified, importing nothing', async () => {
    const code = (await bundleElement('config')).toString('utf8');
    assert.doesNotMatch(code, /\bfrom\s*["']|\bimport\s*\(/, 'the element bundle still imports modules');
    assert.match(code, /gov-config/);
    // Lit's runtime is inside (it renders), in its production build.
    assert.match(code, /lit-html|litHtmlVersions/);
    assert.doesNotMatch(code, /Lit is in dev mode/);
  });

  it('counts gzip at level 9', () => {
    const text = Buffer.from('Cổng Dịch vụ công '.repeat(200));
    assert.equal(gzipSize(text), gzipSync(text, { level: 9 }).length);
    assert.ok(gzipSize(text) < text.length / 10);
  });

  it('marks an entry over budget or without one as FAIL in the table', () => {
    const output = sizeTable([
      { entry: 'small', bytes: 30 * KB, gzip: 10 * KB, budget: 20 * KB, pass: true },
      { entry: 'large', bytes: 90 * KB, gzip: 21 * KB, budget: 20 * KB, pass: false },
      { entry: 'new-element', bytes: KB, gzip: KB, budget: undefined, pass: false },
      { entry: 'cdn', bytes: 100 * KB, gzip: 40 * KB, budget: 45 * KB, pass: true },
    ]);
    const lines = output.split('\n');
    assert.match(lines[0], /^entry\s+\| minified \| gzip\s+\| budget\s+\| result$/);
    assert.match(lines.find((line) => line.startsWith('small')), /10\.0 KB \| 20\.0 KB \| pass$/);
    assert.match(lines.find((line) => line.startsWith('large')), /21\.0 KB \| 20\.0 KB \| FAIL$/);
    assert.match(lines.find((line) => line.startsWith('new-element')), /none\s+\| FAIL \(no budget\)$/);
    assert.match(lines.find((line) => line.startsWith('cdn/motcua.js')), /pass$/);
  });
});
