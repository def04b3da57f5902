// The size gate measures what it says: real bundles, gzip level 9, a budget for every entry.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { BUDGETS_KB, CEILINGS_KB, KB, bundleElement, elementNames, gzipSize, sizeTable } from '../../scripts/size.mjs';

describe('size gate', () => {
  it('has a budget for every element entry and the CDN bundle (64 KB for every element, issue #19)', async () => {
    for (const name of await elementNames()) assert.ok(BUDGETS_KB[name] > 0, `no size budget for ${name}`);
    assert.equal(BUDGETS_KB.cdn, 64);
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

  it('sets ceilings only above budgets, for entries that have one', () => {
    for (const [entry, ceiling] of Object.entries(CEILINGS_KB)) {
      assert.ok(BUDGETS_KB[entry] !== undefined, `ceiling for ${entry}, which has no budget`);
      assert.ok(ceiling > BUDGETS_KB[entry], `the ceiling of ${entry} is not above its budget: delete it`);
    }
  });

  it('reports the issue budget and the CI gate separately in the table', () => {
    const row = (entry, gzip, budget, ceiling) => {
      const gate = budget === undefined ? undefined : (ceiling ?? budget);
      return { entry, bytes: 3 * gzip, gzip, budget, pass: budget !== undefined && gzip <= budget, ceiling, gate, withinGate: gate !== undefined && gzip <= gate };
    };
    const output = sizeTable([
      row('small', 10 * KB, 20 * KB),
      row('large', 21 * KB, 20 * KB),
      row('held', 21 * KB, 20 * KB, 22 * KB),
      row('new-element', KB, undefined),
      row('cdn', 40 * KB, 45 * KB),
    ]);
    const lines = output.split('\n');
    const line = (entry) => lines.find((candidate) => candidate.startsWith(entry));
    assert.match(lines[0], /^entry\s+\| minified \| gzip\s+\| budget\s+\| result\s+\| CI ceiling \| CI gate$/);
    assert.match(line('small'), /10\.0 KB \| 20\.0 KB \| pass\s+\| —\s+\| pass$/);
    assert.match(line('large'), /21\.0 KB \| 20\.0 KB \| FAIL\s+\| —\s+\| FAIL$/);
    assert.match(line('held'), /21\.0 KB \| 20\.0 KB \| FAIL\s+\| 22\.0 KB\s+\| pass$/);
    assert.match(line('new-element'), /none\s+\| FAIL \(no budget\) \| —\s+\| FAIL$/);
    assert.match(line('cdn/motcua.js'), /pass\s+\| —\s+\| pass$/);
  });
});
