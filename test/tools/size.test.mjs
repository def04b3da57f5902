// The size gate measures what it says: the real CDN files a page downloads, each compressed
// alone at gzip level 9 and added up, a budget for every figure.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { BUDGETS_KB, CEILINGS_KB, KB, cdnOutput, elementTags, foreignCode, gzipSize, measureSizes, sizeRow, sizeTable, staticClosure } from '../../scripts/size.mjs';

describe('size gate', () => {
  it('has the delivery issue budgets: one per element, 2 KB for the autoloader, 64 KB for every element together', async () => {
    for (const tag of await elementTags()) assert.ok(BUDGETS_KB[tag] > 0, `no size budget for ${tag}`);
    assert.equal(BUDGETS_KB['autoloader.js'], 2);
    assert.equal(BUDGETS_KB['all elements'], 64);
    assert.equal(BUDGETS_KB['motcua.js'], 64);
    assert.equal(BUDGETS_KB['gov-status-tracker'], 26);
  });

  it('counts for one element the autoloader, the element module and every chunk it imports, and no language pack', async () => {
    const rows = await measureSizes();
    const tracker = rows.find((row) => row.entry === 'gov-status-tracker');
    for (const file of ['autoloader.js', 'gov-status-tracker.js', 'chunks/lit.js', 'chunks/runtime.js']) assert.ok(tracker.files.includes(file), file);
    const { elements: files } = await cdnOutput();
    assert.deepEqual(new Set(tracker.files), staticClosure(files, 'autoloader.js', staticClosure(files, 'gov-status-tracker.js')));
    const { elements } = await cdnOutput();
    const expected = tracker.files.reduce((sum, file) => sum + gzipSize(Buffer.from(elements.get(file).code)), 0);
    assert.equal(tracker.gzip, expected);
    // Every file a page needs to run the element is counted: nothing it imports is left out.
    for (const file of tracker.files) for (const imported of elements.get(file).imports) assert.ok(tracker.files.includes(imported));
    const all = rows.find((row) => row.entry === 'all elements');
    const union = new Set(['autoloader.js']);
    for (const tag of await elementTags()) staticClosure(elements, `${tag}.js`, union);
    assert.deepEqual(new Set(all.files), union);
    assert.ok(!all.files.some((file) => file.includes('/en-')), 'a language pack counted as part of a Vietnamese page');
  });

  it('gives no page another element\'s API rules or endpoint functions, and little else of theirs', async () => {
    // Shared chunks hold whole modules: the rules and endpoint functions are one module each
    // (scripts/validators.mjs, src/api/endpoints/), so a page carries none it does not call.
    // What is left is the unused part of modules its element uses too (routes, formatters).
    const foreign = await foreignCode();
    assert.deepEqual([...foreign.keys()].sort(), (await elementTags()).sort());
    for (const [tag, { total, modules }] of foreign) {
      const api = modules.filter(({ id, own }) => /^src\/api\/(validators|endpoints)\//.test(id) && own === 0);
      assert.deepEqual(api, [], `${tag} downloads other elements' rules or endpoint functions`);
      assert.ok(total <= 4 * KB, `${tag} downloads ${total} bytes (before minification) for other elements: ${JSON.stringify(modules)}`);
    }
  });

  it('keeps the search\'s folding in its own file and copies it into the address combobox\'s part (rollup.config.mjs, COPIED_INTO_PARTS)', async () => {
    const { elements } = await cdnOutput();
    const holding = (pattern) => [...elements.values()].filter((chunk) => Object.keys(chunk.modules ?? {}).some((id) => pattern.test(id))).map((chunk) => chunk.fileName);
    assert.deepEqual(holding(/\/src\/i18n\/fold\.ts$/), ['gov-procedure-search.js']);
    assert.deepEqual(holding(/\/src\/i18n\/fold\.part-copy\.ts$/), ['chunks/combobox.js']);
    assert.ok(!staticClosure(elements, 'gov-dossier-form.js').has('chunks/combobox.js'), 'the combobox part is in the form\'s first download');
  });

  it('counts gzip at level 9 and reports brotli beside it, file by file', () => {
    const a = 'Cổng Dịch vụ công '.repeat(200);
    const b = 'Tra cứu hồ sơ '.repeat(100);
    const row = sizeRow('gov-config', [a, b], ['a.js', 'b.js']);
    const gzip = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;
    assert.equal(row.gzip, gzip(a) + gzip(b));
    assert.equal(row.brotli, brotliCompressSync(Buffer.from(a)).length + brotliCompressSync(Buffer.from(b)).length);
    assert.equal(row.bytes, Buffer.byteLength(a) + Buffer.byteLength(b));
  });

  it('says FAIL for a figure over its budget or without one, and gates on a ceiling where there is one', () => {
    const row = (entry, gzip, budget, ceiling) => {
      const gate = budget === undefined ? undefined : (ceiling ?? budget);
      return { entry, files: ['x.js'], bytes: 3 * gzip, gzip, brotli: gzip, budget, pass: budget !== undefined && gzip <= budget, ceiling, withinGate: gate !== undefined && gzip <= gate };
    };
    const output = sizeTable([row('small', 10 * KB, 20 * KB), row('large', 21 * KB, 20 * KB), row('held', 21 * KB, 20 * KB, 22 * KB), row('gov-new', KB, undefined)]);
    const lines = output.split('\n');
    const line = (entry) => lines.find((candidate) => candidate.startsWith(entry));
    assert.match(lines[0], /^page shows\s+\| files \| minified \| gzip\s+\| brotli\s+\| budget \(gzip\) \| result\s+\| CI ceiling \| CI gate$/);
    assert.match(line('small'), /20\.0 KB\s+\| pass\s+\| —\s+\| pass$/);
    assert.match(line('large'), /20\.0 KB\s+\| FAIL\s+\| —\s+\| FAIL$/);
    assert.match(line('held'), /20\.0 KB\s+\| FAIL\s+\| 22\.0 KB\s+\| pass$/);
    assert.match(line('gov-new'), /none\s+\| FAIL \(no budget\) \| —\s+\| FAIL$/);
  });

  it('sets ceilings only above budgets, for figures that have one', () => {
    for (const [entry, ceiling] of Object.entries(CEILINGS_KB)) {
      assert.ok(BUDGETS_KB[entry] !== undefined, `ceiling for ${entry}, which has no budget`);
      assert.ok(ceiling > BUDGETS_KB[entry], `the ceiling of ${entry} is not above its budget: delete it`);
    }
  });
});
