// motcua import-formio on a realistic Form.io wizard (a business household registration with
// conditions, a data grid, files, custom logic and a signature): the definition matches the
// contract, passes lint-form, keeps every question (converted, or named in the report), and is
// the committed one that test/cli/formio-form.test.ts renders and submits in the browser.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES, kit, motcua } from './support.mjs';

const wizard = JSON.parse(readFileSync(join(FIXTURES, 'formio-wizard.json'), 'utf8'));
const golden = JSON.parse(readFileSync(join(FIXTURES, 'formio-wizard.definition.json'), 'utf8'));
const OPTIONS = {
  procedureCode: '2.000720',
  version: '2025.07.1',
  prefill: { hoTen: 'fullName', ngaySinh: 'dateOfBirth', soDinhDanh: 'nationalId', soDienThoai: 'phone', thuDienTu: 'email' },
};
const { definition, notes } = kit.convertFormio(wizard, OPTIONS);
const fields = definition.steps.flatMap((step) => step.fields);
const field = (id) => fields.find((candidate) => candidate.id === id);

describe('convertFormio on a wizard', () => {
  it('is the committed definition (regenerate it with the command in docs/conformance.md)', () => {
    assert.deepEqual(definition, golden);
  });

  it('matches the contract and passes lint-form', () => {
    assert.equal(kit.firstMismatch('FormDefinition', definition), undefined);
    assert.deepEqual(kit.lintForm(definition), []);
  });

  it('makes each page a step, and flattens columns and fieldsets', () => {
    assert.deepEqual(definition.steps.map((step) => [step.id, step.title]), [
      ['nguoiDangKy', 'Người đăng ký'],
      ['hoKinhDoanh', 'Hộ kinh doanh'],
      ['giayTo', 'Giấy tờ và cam kết'],
    ]);
    assert.deepEqual(definition.steps[0].fields.map((candidate) => `${candidate.id}:${candidate.kind}`), [
      'hoTen:text', 'ngaySinh:date', 'gioiTinh:radio', 'soDinhDanh:text', 'soDienThoai:phone', 'thuDienTu:email', 'noiCuTru:section', 'diaChiThuongTru:textarea', 'nopThay:checkbox',
    ]);
    assert.equal(field('noiCuTru').label, 'Nơi cư trú');
  });

  it('carries rules, hints and prefill', () => {
    assert.deepEqual(field('soDinhDanh'), {
      id: 'soDinhDanh', kind: 'text', label: 'Số định danh cá nhân', hint: '12 chữ số trên thẻ căn cước', prefill: 'nationalId', required: true,
      pattern: '^(?:[0-9]{12})$', patternMessage: 'Số định danh cá nhân gồm 12 chữ số',
    });
    assert.equal(field('thuDienTu').hint, 'Ví dụ: ten@example.vn');
    assert.equal(field('tenHoKinhDoanh').hint, 'Viết bằng tiếng Việt, có thể kèm chữ số và ký hiệu');
    assert.deepEqual([field('vonKinhDoanh').min, field('vonKinhDoanh').required], [0, true]);
    assert.deepEqual([field('thoiHanThue').kind, field('thoiHanThue').min], ['date', '2025-07-01']);
    assert.deepEqual(field('nhanKetQua').options.map((option) => option.value), ['truc-tiep', 'buu-chinh', 'truc-tuyen']);
  });

  it('converts both kinds of simple condition with the value typed as the answer is', () => {
    assert.deepEqual(field('thoiHanThue').visibleWhen, { field: 'hinhThucDiaDiem', equals: 'thue' });
    assert.deepEqual(field('nganhNgheKhac').visibleWhen, { field: 'nganhNghe', equals: 'khac' });
    assert.deepEqual(field('thanhVien').visibleWhen, { field: 'coThanhVien', equals: true });
    assert.deepEqual(field('diaChiNhanKetQua').visibleWhen, { field: 'nhanKetQua', equals: 'buu-chinh' });
  });

  it('turns the data grid into a repeating group, its keys scoped to the row', () => {
    assert.deepEqual(field('thanhVien'), {
      id: 'thanhVien',
      kind: 'group',
      label: 'Thành viên hộ gia đình',
      visibleWhen: { field: 'coThanhVien', equals: true },
      fields: [
        { id: 'hoTen', kind: 'text', label: 'Họ và tên', required: true },
        { id: 'soDinhDanh', kind: 'text', label: 'Số định danh cá nhân', required: true, pattern: '^(?:[0-9]{12})$' },
        { id: 'quanHe', kind: 'select', label: 'Quan hệ với chủ hộ', options: [{ value: 'vo-chong', label: 'Vợ, chồng' }, { value: 'con', label: 'Con' }, { value: 'cha-me', label: 'Cha, mẹ' }] },
        { id: 'ngaySinhThanhVien', kind: 'date', label: 'Ngày sinh' },
      ],
      minItems: 1,
      maxItems: 10,
      itemLabel: 'Thành viên',
    });
  });

  it('makes files attachments, and content a note in plain text', () => {
    assert.deepEqual(definition.attachments, [
      { documentCode: 'hopDongThue', name: 'Hợp đồng thuê địa điểm kinh doanh', required: true, accept: ['application/pdf'], maxBytes: 5242880, maxFiles: 1 },
      { documentCode: 'vanBanUyQuyen', name: 'Văn bản ủy quyền', required: false, accept: ['application/pdf', 'image/jpeg'], maxBytes: 5242880, maxFiles: 5 },
    ]);
    const note = field('huongDan');
    assert.equal(note.kind, 'note');
    assert.match(note.label, /^Tải lên bản sao các giấy tờ sau:\n\n \* Hợp đồng thuê địa điểm \(nếu đi thuê\);/);
    assert.doesNotMatch(note.label, /<|alert/, 'no markup, no script');
  });

  it('reports what it could not convert, and drops no question silently', () => {
    const byLevel = (level) => notes.filter((note) => note.level === level).map((note) => note.path).sort();
    assert.deepEqual(byLevel('not-converted'), ['giayTo.chuKy', 'giayTo.ghiChu', 'giayTo.maUuDai', 'hoKinhDoanh.tongVonDangKy']);
    assert.deepEqual(byLevel('ignored'), ['giayTo.maDonVi', 'giayTo.submit']);
    assert.ok(byLevel('approximated').includes('hoKinhDoanh.coQuanThue'), 'options from a URL');
    // Every input component of the form is a field, a row field, an attachment, or in the report.
    const kept = new Set([...fields.map((candidate) => candidate.id), ...fields.flatMap((candidate) => (candidate.fields ?? []).map((item) => item.id)), ...definition.attachments.map((attachment) => attachment.documentCode)]);
    const reported = new Set(notes.map((note) => note.path.split('.').pop()));
    const inputs = [];
    const walk = (components) => {
      for (const component of components ?? []) {
        if (component.input) inputs.push(component.key);
        walk(component.components);
        for (const column of component.columns ?? []) walk(column.components);
      }
    };
    walk(wizard.components);
    assert.ok(inputs.length >= 30, `${inputs.length} inputs`);
    for (const key of inputs) assert.ok(kept.has(key) || reported.has(key), `${key} was dropped without a word`);
  });
});

describe('convertFormio on other shapes', () => {
  it('a one-page form: one step, panels become sections, 4.x conditions that hide', () => {
    const { definition: single, notes: singleNotes } = kit.convertFormio({
      title: 'Đơn đề nghị',
      components: [
        { type: 'panel', key: 'p', title: 'Thông tin', input: false, components: [{ type: 'checkbox', key: 'coCon', label: 'Có con dưới 6 tuổi', input: true }] },
        { type: 'number', key: 'soCon', label: 'Số con', input: true, conditional: { show: false, when: 'coCon', eq: 'false' } },
        { type: 'textfield', key: 'x', label: 'X', input: true, conditional: { show: true, conjunction: 'any', conditions: [{ component: 'soCon', operator: 'greaterThan', value: 2 }] } },
        { type: 'survey', key: 'danhGia', label: 'Đánh giá', input: true, questions: [{ label: 'Thái độ', value: 'thaiDo' }], values: [{ label: 'Tốt', value: 'tot' }] },
        { type: 'container', key: 'c', input: true, components: [{ type: 'textfield', key: 'y', label: 'Y', input: true }] },
        { type: 'textfield', key: 'x', label: 'X lặp', input: true },
      ],
    });
    assert.deepEqual(single.steps.map((step) => step.title), ['Đơn đề nghị']);
    const ids = single.steps[0].fields.map((candidate) => `${candidate.id}:${candidate.kind}`);
    assert.deepEqual(ids, ['p:section', 'coCon:checkbox', 'soCon:number', 'x:text', 'danhGia_thaiDo:radio', 'y:text', 'x_2:text']);
    assert.deepEqual(single.steps[0].fields[2].visibleWhen, { not: { field: 'coCon', equals: false } });
    assert.equal(single.steps[0].fields[3].visibleWhen, undefined);
    assert.deepEqual(singleNotes.filter((note) => note.level !== 'info').map((note) => `${note.level} ${note.path}`), [
      'not-converted x',
      'approximated danhGia',
      'approximated c',
      'approximated x',
    ]);
  });
});

describe('motcua import-formio', () => {
  it('writes the definition and prints the report, exit 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'motcua-import-'));
    try {
      const out = join(dir, 'form.json');
      const result = await motcua('import-formio', join(FIXTURES, 'formio-wizard.json'), '--procedure', '2.000720', '--form-version', '2025.07.1', '--prefill', 'hoTen=fullName', '--prefill', 'ngaySinh=dateOfBirth', '--prefill', 'soDinhDanh=nationalId', '--prefill', 'soDienThoai=phone', '--prefill', 'thuDienTu=email', '--out', out);
      assert.equal(result.code, 0, result.stdout + result.stderr);
      assert.deepEqual(JSON.parse(readFileSync(out, 'utf8')), golden);
      assert.match(result.stdout, /^NOT CONVERTED giayTo\.chuKy \(signature\): /m);
      assert.match(result.stdout, /^import: 4 not converted, 5 approximated, 2 ignored$/m);
      assert.match(result.stdout, /^lint: 0 errors, 0 warnings$/m);
      const strict = await motcua('import-formio', join(FIXTURES, 'formio-wizard.json'), '--strict', '--json');
      assert.equal(strict.code, 1, 'with --strict, anything not converted fails');
      assert.equal(JSON.parse(strict.stdout).notes.length, notes.length + 2, 'two more notes: no --procedure, no --form-version');
      const wrong = await motcua('import-formio', join(FIXTURES, 'formio-wizard.json'), '--prefill', 'hoTen=tenDayDu');
      assert.equal(wrong.code, 2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
