// motcua lint-form: each rule on the smallest definition that breaks it, and the mock's own forms
// (the five hand-written ones with their English, and generated ones) pass without an error.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kit, motcua } from './support.mjs';

const form = (fields, more = {}) => ({
  procedureCode: '1.000001',
  version: '1',
  title: 'Tờ khai',
  steps: [{ id: 'buoc-1', title: 'Thông tin', fields }],
  attachments: [],
  ...more,
});
const text = (id, more = {}) => ({ id, kind: 'text', label: `Câu hỏi ${id}`, ...more });
const choice = (id, values, more = {}) => ({ id, kind: 'select', label: `Chọn ${id}`, options: values.map((value) => ({ value, label: `Phương án ${value}` })), ...more });
const rules = (definition, options) => kit.lintForm(definition, options).map((finding) => `${finding.severity} ${finding.rule} ${finding.path}`);

describe('lintForm', () => {
  it('passes a sound form', () => {
    assert.deepEqual(rules(form([choice('a', ['x', 'y']), text('b', { visibleWhen: { field: 'a', equals: 'x' }, pattern: '^\\d{12}$' })])), []);
  });

  it('reports the shape first, with the path and the rule', () => {
    const [finding] = kit.lintForm({ ...form([]), steps: [] });
    assert.deepEqual(finding, { rule: 'shape', severity: 'error', path: 'steps', message: 'at least 1 items (found [])' });
  });

  it('duplicate ids: fields, steps, rows of a group, attachments', () => {
    const definition = form([text('a'), text('a'), { id: 'g', kind: 'group', label: 'Nhóm', fields: [text('r'), text('r')] }], {
      attachments: [1, 2].map(() => ({ documentCode: 'GCS', name: 'Giấy chứng sinh', required: true, accept: ['application/pdf'], maxBytes: 1000, maxFiles: 1 })),
    });
    definition.steps.push({ id: 'buoc-1', title: 'Lặp', fields: [text('c')] });
    assert.deepEqual(rules(definition).filter((line) => line.includes('duplicate-id')), [
      'error duplicate-id steps.0.fields.1.id',
      'error duplicate-id steps.0.fields.2.fields.1.id',
      'error duplicate-id steps.1.id',
      'error duplicate-id attachments.1.documentCode',
    ]);
  });

  it('conditions on unknown or later fields, on themselves, and in circles', () => {
    assert.deepEqual(rules(form([text('a', { visibleWhen: { field: 'nope', equals: 'x' } })])), [
      'warning step-empty steps.0',
      'error unreachable steps.0.fields.0',
      'error condition-unknown-field steps.0.fields.0.visibleWhen',
    ]);
    assert.deepEqual(rules(form([text('a', { visibleWhen: { field: 'b', filled: true } }), text('b')])), ['error condition-later-field steps.0.fields.0.visibleWhen']);
    assert.deepEqual(rules(form([text('a', { visibleWhen: { field: 'a', filled: true } })])), [
      'warning step-empty steps.0',
      'error unreachable steps.0.fields.0',
      'error condition-later-field steps.0.fields.0.visibleWhen',
    ]);
    const circle = rules(form([text('a', { visibleWhen: { field: 'c', filled: true } }), text('b', { visibleWhen: { field: 'a', filled: true } }), text('c', { visibleWhen: { field: 'b', filled: true } })]));
    assert.deepEqual(circle.filter((line) => line.includes('cycle')), ['error condition-cycle steps.0.fields.0.visibleWhen']);
    assert.ok(!circle.some((line) => line.includes('unreachable')), 'a circle is reported once, as a circle');
    // Inside a group, a leaf names the row's field first.
    assert.deepEqual(rules(form([{ id: 'g', kind: 'group', label: 'Nhóm', fields: [choice('k', ['x']), text('d', { visibleWhen: { field: 'k', equals: 'x' } })] }])), []);
  });

  it('questions that can never be shown', () => {
    const unreachable = (fields) => rules(form(fields)).filter((line) => line.includes('unreachable'));
    assert.deepEqual(unreachable([choice('a', ['x', 'y']), text('b', { visibleWhen: { field: 'a', equals: 'z' } })]), ['error unreachable steps.0.fields.1']);
    assert.deepEqual(unreachable([{ id: 'c', kind: 'checkbox', label: 'Đồng ý' }, text('b', { visibleWhen: { field: 'c', equals: 'true' } })]), ['error unreachable steps.0.fields.1']);
    assert.deepEqual(unreachable([{ id: 's', kind: 'section', label: 'Phần' }, text('b', { visibleWhen: { field: 's', filled: true } })]), ['error unreachable steps.0.fields.1']);
    assert.deepEqual(unreachable([choice('a', ['x', 'y']), text('b', { visibleWhen: { all: [{ field: 'a', equals: 'x' }, { field: 'a', equals: 'y' }] } })]), ['error unreachable steps.0.fields.1']);
    // Hidden because its controller is never shown.
    assert.deepEqual(unreachable([choice('a', ['x']), text('b', { visibleWhen: { field: 'a', equals: 'q' } }), text('c', { visibleWhen: { field: 'b', filled: true } })]), [
      'error unreachable steps.0.fields.1',
      'error unreachable steps.0.fields.2',
    ]);
    // `any` with one possible branch, and `not`, stay reachable.
    assert.deepEqual(unreachable([choice('a', ['x']), text('b', { visibleWhen: { any: [{ field: 'a', equals: 'q' }, { field: 'a', equals: 'x' }] } }), text('c', { visibleWhen: { not: { field: 'a', equals: 'x' } } })]), []);
  });

  it('options: missing, duplicate values, duplicate labels', () => {
    assert.deepEqual(rules(form([{ id: 'a', kind: 'radio', label: 'Chọn' }])), ['error options-missing steps.0.fields.0.options']);
    const twice = { id: 'a', kind: 'select', label: 'Chọn', options: [{ value: 'x', label: 'Một' }, { value: 'x', label: 'Hai' }, { value: 'y', label: 'một' }] };
    assert.deepEqual(rules(form([twice])), ['error option-duplicate-value steps.0.fields.0.options.1.value', 'warning option-duplicate-label steps.0.fields.0.options.2.label']);
  });

  it('patterns: invalid, catastrophic, polynomial, unanchored', () => {
    const findings = (pattern) => kit.lintForm(form([text('a', { pattern })])).map((finding) => `${finding.severity} ${finding.rule}`);
    assert.deepEqual(findings('^(\\d{12}$'), ['error pattern-invalid']);
    assert.deepEqual(findings('^(a+)+$'), ['error pattern-unsafe']);
    assert.deepEqual(findings('^(?:\\w+\\s?)+$'), ['error pattern-unsafe']);
    assert.deepEqual(findings('^\\d+\\d+$'), ['warning pattern-unsafe']);
    assert.deepEqual(findings('\\d{12}'), ['warning pattern-unanchored']);
    assert.deepEqual(findings('^Hộ kinh doanh .+'), [], '.+ at the end accepts anything anyway');
    assert.deepEqual(findings('^\\p{L}+$'), ['warning pattern-unicode']);
    const [unsafe] = kit.lintForm(form([text('a', { pattern: '^(a+)+$' })]));
    assert.match(unsafe.message, /backtracks exponentially on answers like "aaa…"/);
  });

  it('bounds, empty labels, empty groups and steps, attachments that accept nothing', () => {
    assert.deepEqual(
      rules(
        form(
          [
            { id: 'n', kind: 'number', label: 'Số', min: 10, max: 1 },
            text('t', { minLength: 5, maxLength: 2, label: ' ' }),
            { id: 'd', kind: 'date', label: 'Ngày', max: '31/12/2025' },
            { id: 'g', kind: 'group', label: 'Nhóm', minItems: 3, maxItems: 1, fields: [] },
          ],
          { attachments: [{ documentCode: 'X', name: 'Tệp', required: true, accept: [], maxBytes: 10, maxFiles: 1 }] },
        ),
      ),
      [
        'error bounds steps.0.fields.0.min',
        'error label-missing steps.0.fields.1.label',
        'error bounds steps.0.fields.1.minLength',
        'error bounds steps.0.fields.2.max',
        'error group-empty steps.0.fields.3',
        'error bounds steps.0.fields.3.minItems',
        'error attachment-accept attachments.0.accept',
      ],
    );
    assert.deepEqual(rules(form([{ id: 'n', kind: 'note', label: 'Chỉ là ghi chú' }])), ['warning step-empty steps.0']);
  });

  it('translations: same structure, every text there, sentences translated', () => {
    const vi = form([choice('a', ['x']), text('b', { hint: 'Ghi rõ họ và tên đầy đủ' })]);
    const en = structuredClone(vi);
    en.title = 'Form';
    en.steps[0].title = 'Details';
    en.steps[0].fields[0].label = 'Choose';
    en.steps[0].fields[0].options[0].label = 'Option x';
    en.steps[0].fields[1].label = 'Question b';
    assert.deepEqual(rules(vi, { translations: { en } }), ['warning label-untranslated [en] steps.0.fields.1.hint']);
    delete en.steps[0].fields[1].hint;
    en.steps[0].fields[0].options[0].value = 'z';
    assert.deepEqual(rules(vi, { translations: { en } }), ['error translation-structure [en] steps.0.fields.0.options.0.value', 'error label-missing [en] steps.0.fields.1.hint']);
  });
});

describe("the mock's own forms", () => {
  const api = kit.createMockApi();

  it('the hand-written forms, with their English, have no finding', () => {
    for (const code of kit.HAND_WRITTEN_FORM_CODES) {
      const vi = api.store.forms.get(code, undefined, 'vi');
      const en = api.store.forms.get(code, undefined, 'en');
      assert.deepEqual(kit.lintForm(vi, { translations: { en } }), [], code);
    }
  });

  it('the generated forms of every online procedure have no error', async () => {
    const server = await kit.startMockServer();
    try {
      let checked = 0;
      for (const level of ['full', 'partial']) {
        const list = await (await fetch(`${server.url}/procedures?onlineLevel=${level}&pageSize=100`)).json();
        for (const item of list.items) {
          const answer = await fetch(`${server.url}/procedures/${encodeURIComponent(item.code)}/form`);
          if (answer.status !== 200) continue;
          const errors = kit.lintForm(await answer.json()).filter((finding) => finding.severity === 'error');
          assert.deepEqual(errors, [], item.code);
          checked++;
        }
      }
      assert.ok(checked > 100, `only ${checked} forms checked`);
    } finally {
      await server.close();
    }
  });
});

describe('motcua lint-form', () => {
  it('prints the findings and exits 1 on an error, 0 on warnings only', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'motcua-lint-'));
    try {
      const bad = join(dir, 'bad.json');
      writeFileSync(bad, JSON.stringify(form([text('a', { pattern: '^(a+)+$' })])));
      const failing = await motcua('lint-form', bad);
      assert.equal(failing.code, 1);
      assert.match(failing.stdout, /^✗ pattern-unsafe +steps\.0\.fields\.0\.pattern$/m);
      assert.match(failing.stdout, /1 error, 0 warnings$/);
      const warned = join(dir, 'warned.json');
      writeFileSync(warned, JSON.stringify(form([text('a', { pattern: '\\d+' })])));
      const passing = await motcua('lint-form', warned, '--json');
      assert.equal(passing.code, 0);
      assert.equal(JSON.parse(passing.stdout).findings[0].rule, 'pattern-unanchored');
      const broken = await motcua('lint-form', join(dir, 'missing.json'));
      assert.equal(broken.code, 2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
