import { expect } from '@open-wc/testing';
import type { Field, FormDefinition } from '../../../src/api/schemas.js';
import { isoDate, parseNumber, submittedValue, type AnswerValue, type Answers } from '../../../src/elements/dossier-form/answers.js';
import { nationalIdProblem, PATTERN_MAX_INPUT, validateField, validateFields } from '../../../src/elements/dossier-form/validation.js';
import { conditionHolds, visibleFieldIds } from '../../../src/elements/dossier-form/visibility.js';
import { applicantOf, buildSubmission, mapServerErrors } from '../../../src/elements/dossier-form/submission.js';
import { withPrefill } from '../../../src/elements/dossier-form/prefill.js';
import { carryOver, compareVersions, shapeOf } from '../../../src/elements/dossier-form/versions.js';

/** Answers as the element keeps them: a Map by field id. */
const A = (answers: Record<string, AnswerValue>): Answers => new Map(Object.entries(answers));
const field = (extra: Partial<Field> & Pick<Field, 'kind'>): Field => ({ id: 'x', label: 'Nhãn', ...extra });
const key = (f: Field, value: Parameters<typeof validateField>[1]) => validateField(f, value, { today: '2026-11-23' })?.key ?? null;

describe('dossier-form validation rules', () => {
  it('requires what is required, per kind, and nothing else', () => {
    expect(key(field({ kind: 'text', required: true }), '')).to.equal('form.error.required');
    expect(key(field({ kind: 'text', required: true }), '   ')).to.equal('form.error.required');
    expect(key(field({ kind: 'text' }), '')).to.equal(null);
    expect(key(field({ kind: 'select', required: true, options: [{ value: 'a', label: 'A' }] }), '')).to.equal('form.error.required-choice');
    expect(key(field({ kind: 'radio', required: true, options: [{ value: 'a', label: 'A' }] }), undefined)).to.equal('form.error.required-choice');
    expect(key(field({ kind: 'checkboxes', required: true, options: [{ value: 'a', label: 'A' }] }), [])).to.equal('form.error.required-choice');
    expect(key(field({ kind: 'checkbox', required: true }), false)).to.equal('form.error.required-checkbox');
    expect(key(field({ kind: 'checkbox', required: true }), true)).to.equal(null);
    expect(key(field({ kind: 'section', required: true }), undefined), 'display kinds never fail').to.equal(null);
    expect(key(field({ kind: 'note', required: true }), undefined)).to.equal(null);
  });

  it('puts the label in the parameters so the message names the question', () => {
    const problem = validateField(field({ kind: 'text', required: true, label: 'Họ và tên' }), '');
    expect(problem).to.deep.equal({ key: 'form.error.required', params: { label: 'Họ và tên' } });
  });

  it('checks lengths in characters as the applicant sees them', () => {
    const f = field({ kind: 'text', minLength: 2, maxLength: 5 });
    expect(key(f, 'A')).to.equal('form.error.min-length');
    expect(key(f, 'Ấn')).to.equal(null);
    expect(key(f, '𠀀𠀀𠀀𠀀𠀀'), 'astral characters count once').to.equal(null);
    expect(key(f, 'abcdef')).to.equal('form.error.max-length');
    expect(validateField(f, 'abcdef')?.params['max']).to.equal(5);
  });

  it('applies the definition pattern with its own message, or a generic one', () => {
    const f = field({ kind: 'text', pattern: '^[A-Z]{3}-[0-9]{8}$', patternMessage: 'Ví dụ: HAN-00012345' });
    expect(validateField(f, 'HAN-123')).to.deep.equal({
      key: 'form.error.custom',
      params: { label: 'Nhãn', message: 'Ví dụ: HAN-00012345' },
    });
    expect(key(f, 'HAN-00012345')).to.equal(null);
    expect(key(field({ kind: 'text', pattern: '^\\d+$' }), 'abc')).to.equal('form.error.pattern');
    expect(key(field({ kind: 'text', pattern: '^Hộ kinh doanh .+' }), 'Hộ kinh doanh Minh Anh')).to.equal(null);
    expect(key(field({ kind: 'text', pattern: '([' }), 'anything'), 'a broken pattern is left to the server').to.equal(null);
  });

  it('checks email addresses', () => {
    const f = field({ kind: 'email' });
    expect(key(f, 'an@example.vn')).to.equal(null);
    expect(key(f, 'an@example')).to.equal('form.error.email');
    expect(key(f, 'an example@x.vn')).to.equal('form.error.email');
  });

  it('checks Vietnamese phone numbers after normalising them, then the pattern', () => {
    const f = field({ kind: 'phone' });
    expect(key(f, '0912 345 678')).to.equal(null);
    expect(key(f, '+84 912.345.678')).to.equal(null);
    expect(key(f, '024 3826 1234')).to.equal(null);
    expect(key(f, '0112345678')).to.equal('form.error.phone');
    expect(key(f, '091234567')).to.equal('form.error.phone');
    const mobile = field({ kind: 'phone', pattern: '^(0|\\+84)(3|5|7|8|9)[0-9]{8}$', patternMessage: 'Di động' });
    expect(key(mobile, '+84 912 345 678'), 'the pattern sees the normalised number').to.equal(null);
    expect(key(mobile, '024 3826 1234'), 'a landline fails a mobile-only pattern').to.equal('form.error.custom');
    expect(submittedValue(f, '+84 912.345.678')).to.equal('0912345678');
  });

  it('checks the 12-digit CCCD: length, province of registration, century and year', () => {
    expect(nationalIdProblem('001090012345', 2026)).to.equal(null);
    expect(nationalIdProblem('079303001234', 2026), 'HCMC, female born 2003').to.equal(null);
    expect(nationalIdProblem('00109001234', 2026)).to.equal('length');
    expect(nationalIdProblem('00109001234a', 2026)).to.equal('length');
    expect(nationalIdProblem('003090012345', 2026), '003 is no province').to.equal('province');
    expect(nationalIdProblem('097090012345', 2026)).to.equal('province');
    expect(nationalIdProblem('001490012345', 2026), 'century code 4 is 2100–2199').to.equal('century');
    expect(nationalIdProblem('001230012345', 2026), 'born 2030').to.equal('century');
    const f = field({ kind: 'national-id' });
    expect(key(f, '001 090 012345'), 'typed in groups').to.equal(null);
    expect(key(f, '123')).to.equal('form.error.national-id-length');
    expect(key(f, '003090012345')).to.equal('form.error.national-id-province');
    expect(key(f, '001590012345')).to.equal('form.error.national-id-century');
    expect(submittedValue(f, '001 090 012345')).to.equal('001090012345');
  });

  it('knows exactly the 63 province codes of the CCCD, every other prefix of the 1000 refused', () => {
    const provinces = new Set(
      (
        '001 002 004 006 008 010 011 012 014 015 017 019 020 022 024 025 026 027 030 031 033 034 035 036 037 038 040 042 ' +
        '044 045 046 048 049 051 052 054 056 058 060 062 064 066 067 068 070 072 074 075 077 079 080 082 083 084 086 087 ' +
        '089 091 092 093 094 095 096'
      ).split(' '),
    );
    for (let code = 0; code < 1000; code++) {
      const prefix = String(code).padStart(3, '0');
      const expected = provinces.has(prefix) ? null : 'province';
      expect(nationalIdProblem(`${prefix}090012345`, 2026), prefix).to.equal(expected);
    }
  });

  it('reads a CCCD and a phone number typed full-width, pasted with invisible characters, or with 0084', () => {
    const id = field({ kind: 'national-id', required: true });
    expect(key(id, '００１０９００１２３４５'), 'full-width digits').to.equal(null);
    expect(key(id, '001090\u200b012345'), 'a zero-width space from a copy').to.equal(null);
    expect(submittedValue(id, '００１ ０９０ ０１２３４５')).to.equal('001090012345');
    const phone = field({ kind: 'phone', required: true, pattern: '^0[35789][0-9]{8}$' });
    expect(key(phone, '0084 912 345 678')).to.equal(null);
    expect(key(phone, '＋８４ ９１２ ３４５ ６７８')).to.equal(null);
    expect(key(phone, '0912\u200b345\u200b678')).to.equal(null);
    expect(submittedValue(phone, '0084 912 345 678')).to.equal('0912345678');
    expect(key(phone, '\u200b\u200b'), 'invisible characters alone are no answer').to.equal('form.error.required');
    expect(key(field({ kind: 'text', required: true }), '\u200b \ufeff')).to.equal('form.error.required');
    expect(key(field({ kind: 'date', required: true }), '２０２６-１１-３'), 'full-width date parts').to.equal(null);
    expect(submittedValue(field({ kind: 'date' }), '２０２６-１１-３')).to.equal('2026-11-03');
    expect(submittedValue(field({ kind: 'number' }), '１.５００')).to.equal(1500);
  });

  it('counts NFC characters against length limits and sends NFC', () => {
    const name = 'Nguyễn Thị Ánh';
    const decomposed = name.normalize('NFD');
    expect(decomposed.length).to.be.greaterThan(name.length);
    const f = field({ kind: 'text', maxLength: name.length });
    expect(key(f, decomposed), 'a decomposed name fits the limit its letters fit').to.equal(null);
    expect(key(field({ kind: 'text', maxLength: name.length - 1 }), decomposed)).to.equal('form.error.max-length');
    expect(submittedValue(f, ` ${decomposed} `)).to.equal(name);
    expect(key(field({ kind: 'text', pattern: '^Nguyễn' }), decomposed), 'the pattern sees NFC').to.equal(null);
    const street = field({ kind: 'address', maxLength: 10 });
    expect(key(street, { provinceCode: '01', communeCode: '00004', street: 'Phố Huế'.normalize('NFD') })).to.equal(null);
    expect(submittedValue(street, { provinceCode: '01', communeCode: '00004', street: 'Phố Huế'.normalize('NFD') })).to.deep.equal({
      provinceCode: '01',
      communeCode: '00004',
      street: 'Phố Huế',
    });
  });

  it('runs a server pattern only on answers up to PATTERN_MAX_INPUT characters', () => {
    const digits = field({ kind: 'text', pattern: '^\\d+$' });
    expect(key(digits, '1'.repeat(PATTERN_MAX_INPUT))).to.equal(null);
    expect(key(digits, `${'1'.repeat(PATTERN_MAX_INPUT - 1)}x`), 'at the cap the pattern runs').to.equal('form.error.pattern');
    expect(key(digits, `${'1'.repeat(PATTERN_MAX_INPUT)}x`), 'past it the server decides').to.equal(null);
    expect(PATTERN_MAX_INPUT).to.equal(256);
  });

  it('accepts an address without its street (a host prefill) and asks for the street', () => {
    const partial = { provinceCode: '01', communeCode: '00004' } as unknown as AnswerValue;
    const f = field({ kind: 'address', required: true });
    expect(validateField(f, partial)).to.include({ key: 'form.error.address-street', part: 'street' });
    expect(submittedValue(f, partial)).to.deep.equal({ provinceCode: '01', communeCode: '00004', street: '' });
  });

  it('reads numbers as typed in Vietnam and checks their bounds', () => {
    expect(parseNumber('1.500.000')).to.equal(1500000);
    expect(parseNumber('2,5')).to.equal(2.5);
    expect(parseNumber('2.5')).to.equal(2.5);
    expect(parseNumber('1 000')).to.equal(1000);
    expect(Number.isNaN(parseNumber('12a'))).to.equal(true);
    const f = field({ kind: 'number', min: 1, max: 10 });
    expect(key(f, 'mười')).to.equal('form.error.number');
    expect(key(f, '0')).to.equal('form.error.min');
    expect(key(f, '11')).to.equal('form.error.max');
    expect(key(f, '10')).to.equal(null);
    expect(validateField(f, '0')?.params['min']).to.equal(1);
    expect(submittedValue(f, '1.500.000')).to.equal(1500000);
  });

  it('checks dates part by part, then their bounds', () => {
    const f = field({ kind: 'date', required: true, min: '1900-01-01', max: '2011-12-31' });
    expect(validateField(f, '--')).to.include({ key: 'form.error.required', part: 'day' });
    expect(validateField(f, '1990--12')).to.include({ key: 'form.error.date-incomplete', part: 'month' });
    expect(validateField(f, '1990-2-30')).to.include({ key: 'form.error.date-invalid', part: 'day' });
    expect(validateField(f, '1990-13-1')).to.include({ key: 'form.error.date-invalid', part: 'month' });
    expect(validateField(f, '90-2-1')).to.include({ key: 'form.error.date-invalid', part: 'year' });
    expect(key(f, '1899-12-31')).to.equal('form.error.date-min');
    expect(key(f, '2012-01-01')).to.equal('form.error.date-max');
    expect(key(f, '1990-5-7')).to.equal(null);
    expect(isoDate('1990-5-7')).to.equal('1990-05-07');
    expect(submittedValue(f, '1990-5-7')).to.equal('1990-05-07');
    expect(key(field({ kind: 'date' }), '--'), 'an empty optional date is fine').to.equal(null);
  });

  it('refuses a choice that is not offered (an old draft, an older form)', () => {
    const options = [{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }];
    expect(key(field({ kind: 'select', options }), 'z')).to.equal('form.error.choice');
    expect(key(field({ kind: 'radio', options }), 'a')).to.equal(null);
    expect(key(field({ kind: 'checkboxes', options }), ['a', 'z'])).to.equal('form.error.choice');
    expect(key(field({ kind: 'checkboxes', options }), ['a', 'b'])).to.equal(null);
  });

  it('asks for an address part by part once one is started', () => {
    const required = field({ kind: 'address', required: true });
    expect(validateField(required, undefined)).to.include({ key: 'form.error.address-province', part: 'province' });
    expect(validateField(required, { provinceCode: '01', communeCode: '', street: '' })).to.include({
      key: 'form.error.address-commune',
      part: 'commune',
    });
    expect(validateField(required, { provinceCode: '01', communeCode: '00004', street: ' ' })).to.include({
      key: 'form.error.address-street',
      part: 'street',
    });
    expect(key(required, { provinceCode: '01', communeCode: '00004', street: '12 Đội Cấn' })).to.equal(null);
    const optional = field({ kind: 'address' });
    expect(key(optional, { provinceCode: '', communeCode: '', street: '' })).to.equal(null);
    expect(key(optional, { provinceCode: '', communeCode: '', street: 'Thôn 3' })).to.equal('form.error.address-province');
  });

  it('validates only the visible fields, in order', () => {
    const fields: Field[] = [
      { id: 'a', kind: 'text', label: 'A', required: true },
      { id: 'b', kind: 'text', label: 'B', required: true },
      { id: 'c', kind: 'text', label: 'C', required: true },
    ];
    const problems = validateFields(fields, A({}), new Set(['c', 'a']));
    expect([...problems.keys()]).to.deep.equal(['a', 'c']);
  });
});

describe('dossier-form visibility', () => {
  const form = (fields: Field[]): FormDefinition => ({
    procedureCode: 'p',
    version: '1',
    title: 'T',
    steps: [{ id: 's', title: 'S', fields }],
    attachments: [],
  });

  it('supports equals, in, filled and "filled" by default', () => {
    expect(conditionHolds({ field: 'a', equals: 'x' }, 'x')).to.equal(true);
    expect(conditionHolds({ field: 'a', equals: 'x' }, 'y')).to.equal(false);
    expect(conditionHolds({ field: 'a', equals: true }, true)).to.equal(true);
    expect(conditionHolds({ field: 'a', equals: false }, undefined), 'an untouched checkbox is false').to.equal(true);
    expect(conditionHolds({ field: 'a', in: ['1', '2'] }, '2')).to.equal(true);
    expect(conditionHolds({ field: 'a', in: ['1', '2'] }, '3')).to.equal(false);
    expect(conditionHolds({ field: 'a', in: ['x'] }, ['w', 'x']), 'any chosen box matches').to.equal(true);
    expect(conditionHolds({ field: 'a', filled: true }, 'x')).to.equal(true);
    expect(conditionHolds({ field: 'a', filled: true }, '')).to.equal(false);
    expect(conditionHolds({ field: 'a', filled: false }, '')).to.equal(true);
    expect(conditionHolds({ field: 'a' }, 'x')).to.equal(true);
    expect(conditionHolds({ field: 'a' }, undefined)).to.equal(false);
    expect(conditionHolds({ field: 'a', equals: 3 }, 3), 'numbers compare as numbers').to.equal(true);
  });

  it('hides a field whose controlling field is itself hidden, and survives cycles', () => {
    const definition = form([
      { id: 'known', kind: 'checkbox', label: 'K' },
      { id: 'kind', kind: 'radio', label: 'R', options: [{ value: 'x', label: 'X' }], visibleWhen: { field: 'known', equals: true } },
      { id: 'detail', kind: 'text', label: 'D', visibleWhen: { field: 'kind', equals: 'x' } },
      { id: 'loopA', kind: 'text', label: 'A', visibleWhen: { field: 'loopB' } },
      { id: 'loopB', kind: 'text', label: 'B', visibleWhen: { field: 'loopA' } },
      { id: 'orphan', kind: 'text', label: 'O', visibleWhen: { field: 'missing' } },
    ]);
    expect([...visibleFieldIds(definition, A({ known: true, kind: 'x' }))].sort()).to.deep.equal(['detail', 'kind', 'known']);
    // The old answer "x" is still there, but its question is hidden: so is "detail".
    expect([...visibleFieldIds(definition, A({ known: false, kind: 'x' }))]).to.deep.equal(['known']);
  });

  it('evaluates a chain of 50 000 conditions without running out of stack', () => {
    // Each question is revealed by the next one in the form: a recursive walk would go 50 000 deep.
    const count = 50_000;
    const fields: Field[] = Array.from({ length: count }, (_, index) =>
      index === count - 1
        ? { id: `q${index}`, kind: 'text', label: `Q${index}` }
        : { id: `q${index}`, kind: 'text', label: `Q${index}`, visibleWhen: { field: `q${index + 1}` } },
    );
    const all = new Map(fields.map((f): [string, AnswerValue] => [f.id, 'x']));
    expect(visibleFieldIds(form(fields), all).size).to.equal(count);
    all.delete(`q${count - 3}`);
    const visible = visibleFieldIds(form(fields), all);
    expect(visible.size, 'an empty answer hides the rest of the chain').to.equal(3);
    expect(visible.has(`q${count - 3}`) && !visible.has(`q${count - 4}`)).to.equal(true);
  });

  it('compares the submitted value: a number typed "1.000" equals 1000', () => {
    const definition = form([
      { id: 'n', kind: 'number', label: 'N' },
      { id: 'big', kind: 'text', label: 'B', visibleWhen: { field: 'n', equals: 1000 } },
    ]);
    expect(visibleFieldIds(definition, A({ n: '1.000' })).has('big')).to.equal(true);
  });
});

describe('dossier-form submission building', () => {
  const definition: FormDefinition = {
    procedureCode: 'p',
    version: '2025.07.1',
    title: 'T',
    steps: [
      {
        id: 's1',
        title: 'S1',
        fields: [
          { id: 'name', kind: 'text', label: 'Họ tên', prefill: 'fullName' },
          { id: 'id', kind: 'national-id', label: 'CCCD', prefill: 'nationalId' },
          { id: 'phone', kind: 'phone', label: 'Điện thoại', prefill: 'phone' },
          { id: 'gender', kind: 'radio', label: 'Giới tính', prefill: 'gender', options: [{ value: 'nu', label: 'Nữ' }, { value: 'nam', label: 'Nam' }] },
          { id: 'hidden', kind: 'text', label: 'Ẩn', visibleWhen: { field: 'name', equals: 'nobody' } },
          { id: 'heading', kind: 'section', label: 'Phần' },
        ],
      },
    ],
    attachments: [{ documentCode: 'A', name: 'Giấy A', required: true, accept: [], maxBytes: 10, maxFiles: 1 }],
  };

  it('prefills empty answers only, matching choices by value or label', () => {
    const answers = withPrefill(definition, A({ name: 'Tên đã sửa' }), { fullName: 'Tên gốc', gender: 'Nữ', phone: '0912 345 678' });
    expect(Object.fromEntries(answers)).to.deep.equal({ name: 'Tên đã sửa', gender: 'nu', phone: '0912 345 678' });
  });

  it('sends visible answers only, normalised, with the applicant taken from them', () => {
    const answers = A({ name: 'Lê Hoa', id: '001 190 012345', phone: '+84912345678', hidden: 'secret', gender: 'nu' });
    const visible = visibleFieldIds(definition, answers);
    const uploaded = new Map([['A', [{ id: 'att-1', name: 'a.pdf', size: 1, mediaType: 'application/pdf' }]]]);
    const submission = buildSubmission(definition, answers, visible, uploaded, { email: 'hoa@example.vn' }, 'case-2');
    // Plain objects to compare (the answers are a null-prototype object).
    expect(JSON.parse(JSON.stringify(submission))).to.deep.equal({
      procedureCode: 'p',
      formVersion: '2025.07.1',
      caseId: 'case-2',
      answers: { name: 'Lê Hoa', id: '001190012345', phone: '0912345678', gender: 'nu' },
      attachments: [{ documentCode: 'A', attachmentId: 'att-1' }],
      delivery: 'online',
      applicant: { fullName: 'Lê Hoa', nationalId: '001190012345', phone: '0912345678', email: 'hoa@example.vn' },
    });
  });

  it('falls back on the host applicant when the form asks nothing about them', () => {
    expect(applicantOf(definition, {}, { fullName: 'An', nationalId: '001 190 012345', phone: '0912.345.678' })).to.deep.equal({
      fullName: 'An',
      nationalId: '001190012345',
      phone: '0912345678',
    });
  });

  it('maps server errors to questions, documents and the applicant', () => {
    const visible = new Set(['name', 'id', 'phone']);
    const mapped = mapServerErrors(
      definition,
      [
        { field: 'answers.name', code: 'required', message: 'Chưa nhập họ tên' },
        { field: 'answers.name', code: 'again', message: 'second' },
        { field: 'applicant.phone', code: 'pattern', message: 'Sai số' },
        { field: 'attachments.A', code: 'required', message: 'Chưa đính kèm' },
        { field: 'answers.hidden', code: 'x', message: 'Ẩn' },
        { field: 'delivery', code: 'enum', message: 'Không hợp lệ' },
      ],
      visible,
    );
    expect([...mapped.fields]).to.deep.equal([
      ['name', 'Chưa nhập họ tên'],
      ['phone', 'Sai số'],
    ]);
    expect([...mapped.documents]).to.deep.equal([['A', 'Chưa đính kèm']]);
    expect(mapped.other.map((error) => error.field)).to.deep.equal(['answers.hidden', 'delivery']);
  });

  it('keeps answers of a new version whose field still exists with the same kind, and says what changed', () => {
    const next: FormDefinition = structuredClone(definition);
    next.version = '2025.07.2';
    next.steps[0]!.fields = next.steps[0]!.fields.filter((f) => f.id !== 'phone');
    next.steps[0]!.fields.push({ id: 'email', kind: 'email', label: 'Thư điện tử', required: true });
    next.steps[0]!.fields = next.steps[0]!.fields.map((f) => (f.id === 'id' ? { ...f, kind: 'text' } : f));
    next.attachments.push({ documentCode: 'B', name: 'Giấy B', required: true, accept: [], maxBytes: 1, maxFiles: 1 });
    expect(Object.fromEntries(carryOver(shapeOf(definition), next, A({ name: 'An', id: '001190012345', phone: '0912345678' })))).to.deep.equal({ name: 'An' });
    expect(compareVersions(shapeOf(definition), shapeOf(next))).to.deep.equal({
      removed: ['CCCD', 'Điện thoại'],
      added: ['CCCD', 'Thư điện tử', 'Giấy B'],
    });
  });
});
