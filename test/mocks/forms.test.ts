/**
 * The mock's forms under contract 1.1: repeating groups and compound conditions checked the way
 * the form element will read them, field ids that are Object.prototype's names, birth dates,
 * the official list of ethnic groups, and the forms in English.
 */
import { expect } from '@open-wc/testing';
import type { Condition, Field, FormDefinition, VisibleWhen } from '../../src/api/schemas.js';
import { BIRTH_REGISTRATION, BUSINESS_HOUSEHOLD, ETHNIC_GROUPS, HAND_WRITTEN_FORM_CODES, JUDICIAL_RECORD } from '../../src/mocks/index.js';
import { mockBackEnd, sampleAnswer, type Asking } from './support.js';

type Row = Record<string, unknown>;

/** A compound condition where `Field` still declares the 1.0 leaf (the compatibility cast in schemas.ts, until issue 16). */
const when = (condition: Condition) => condition as VisibleWhen;

/** Answers to every required, unconditioned field of the form. */
function answersFor(form: FormDefinition): Row {
  const answers: Row = {};
  for (const field of form.steps.flatMap((step) => step.fields)) {
    if (field.required && !field.visibleWhen) answers[field.id] = sampleAnswer(field);
  }
  return answers;
}

function submission(form: FormDefinition, answers: Row, extra: Record<string, unknown> = {}) {
  return {
    procedureCode: form.procedureCode,
    formVersion: form.version,
    answers,
    attachments: [],
    delivery: 'online',
    applicant: { fullName: 'Trần Thị Bình', nationalId: '079195001234', phone: '0987654321' },
    ...extra,
  };
}

const fieldsOf = (answer: { body: { errors?: Array<{ field: string; code: string }> } }) => (answer.body.errors ?? []).map((e) => `${e.field} ${e.code}`);

/** The business household form with its members as a repeating group, shown by compound conditions. */
function withMembersGroup(backEnd: Asking): FormDefinition {
  return backEnd.api.store.forms.bump(BUSINESS_HOUSEHOLD, (form) => {
    const fields = form.steps[0]!.fields;
    const index = fields.findIndex((field) => field.id === 'members');
    fields[index] = {
      id: 'members',
      kind: 'group',
      label: 'Thành viên hộ gia đình',
      itemLabel: 'Thành viên',
      required: true,
      minItems: 2,
      maxItems: 3,
      visibleWhen: when({ any: [{ field: 'ownerKind', equals: 'ho-gia-dinh' }, { all: [{ field: 'employees', filled: true }, { not: { field: 'employees', equals: 0 } }] }] }),
      fields: [
        { id: 'name', kind: 'text', label: 'Họ và tên', required: true, maxLength: 100 },
        { id: 'nationalId', kind: 'national-id', label: 'Số định danh cá nhân', required: true },
        { id: 'relation', kind: 'select', label: 'Quan hệ', required: true, options: [{ value: 'vo-chong', label: 'Vợ, chồng' }, { value: 'khac', label: 'Khác' }] },
        { id: 'relationDetail', kind: 'text', label: 'Ghi rõ quan hệ', required: true, visibleWhen: { field: 'relation', equals: 'khac' } },
        // Same id as a top-level field: a leaf inside the row names the row's field first.
        { id: 'ownerKind', kind: 'radio', label: 'Vai trò', options: [{ value: 'chu', label: 'Chủ' }, { value: 'thanh-vien', label: 'Thành viên' }] },
        { id: 'share', kind: 'number', label: 'Phần vốn góp', required: true, min: 1, visibleWhen: { field: 'ownerKind', equals: 'chu' } },
        // Not in the row: the top-level field.
        { id: 'startDate', kind: 'date', label: 'Ngày tham gia', required: true, visibleWhen: { field: 'businessName', filled: true } },
      ],
    } as Field;
  });
}

describe('mock back end: forms of contract 1.1', () => {
  describe('repeating groups and compound conditions', () => {
    const backEnd = mockBackEnd();
    const { post } = backEnd;
    let form: FormDefinition;
    const member = (extra: Row = {}): Row => ({ name: 'Lê Văn Cường', nationalId: '001090012345', relation: 'vo-chong', startDate: '2026-01-01', ...extra });
    before(() => {
      form = withMembersGroup(backEnd);
    });

    it('takes a group as rows of answers keyed by its fields', async () => {
      const answers = { ...answersFor(form), ownerKind: 'ho-gia-dinh', members: [member(), member({ ownerKind: 'thanh-vien' })] };
      const created = await post('/dossiers', submission(form, answers));
      expect(created.status, JSON.stringify(created.body)).to.equal(201);
      const stored = backEnd.api.store.dossiers.get(created.body.code)!.answers['members'] as Row[];
      expect(stored).to.have.length(2);
      expect(stored[1]!['ownerKind']).to.equal('thanh-vien');
    });

    it('counts rows against required, minItems and maxItems', async () => {
      const base = { ...answersFor(form), ownerKind: 'ho-gia-dinh' };
      expect(fieldsOf(await post('/dossiers', submission(form, base)))).to.include('answers.members required');
      expect(fieldsOf(await post('/dossiers', submission(form, { ...base, members: [member()] })))).to.include('answers.members minItems');
      const four = [member(), member(), member(), member()];
      expect(fieldsOf(await post('/dossiers', submission(form, { ...base, members: four })))).to.include('answers.members maxItems');
      expect(fieldsOf(await post('/dossiers', submission(form, { ...base, members: 'two people' })))).to.include('answers.members type');
      expect(fieldsOf(await post('/dossiers', submission(form, { ...base, members: [member(), 'Lê Văn Cường'] })))).to.include('answers.members.1 type');
    });

    it('checks each row with its own fields, and names the row and the field', async () => {
      const answers = { ...answersFor(form), ownerKind: 'ho-gia-dinh', members: [member(), member({ name: '', nationalId: '003090012345' })] };
      const errors = fieldsOf(await post('/dossiers', submission(form, answers)));
      expect(errors).to.include('answers.members.1.name required');
      expect(errors).to.include('answers.members.1.nationalId national-id');
      expect(errors.filter((error) => error.startsWith('answers.members.0'))).to.deep.equal([]);
    });

    it('reads a leaf inside a row from the same row first, then from the top level', async () => {
      const base = { ...answersFor(form), ownerKind: 'ho-gia-dinh' };
      // Row 0 says "khac" and "chu": its detail and its share are asked; row 1 says neither.
      const rows = [member({ relation: 'khac', ownerKind: 'chu' }), member()];
      const errors = fieldsOf(await post('/dossiers', submission(form, { ...base, members: rows })));
      expect(errors).to.include('answers.members.0.relationDetail required');
      expect(errors).to.include('answers.members.0.share required');
      expect(errors.filter((error) => error.startsWith('answers.members.1'))).to.deep.equal([]);
      // `businessName` is not a field of the row: the top-level answer shows `startDate`.
      const undated = [member({ startDate: undefined }), member()];
      expect(fieldsOf(await post('/dossiers', submission(form, { ...base, members: undated })))).to.include('answers.members.0.startDate required');
      const nameless = { ...base, businessName: undefined, members: undated };
      expect(fieldsOf(await post('/dossiers', submission(form, nameless))).filter((error) => error.includes('startDate'))).to.deep.equal([]);
    });

    it('evaluates all, any and not, and leaves a hidden group alone', async () => {
      const alone = { ...answersFor(form), ownerKind: 'ca-nhan' };
      expect((await post('/dossiers', submission(form, { ...alone, members: 'ignored while hidden' }))).status).to.equal(201);
      expect(fieldsOf(await post('/dossiers', submission(form, { ...alone, employees: 3 })))).to.include('answers.members required');
      expect((await post('/dossiers', submission(form, { ...alone, employees: 0 }))).status, 'not: 0 employees').to.equal(201);
    });

    it('hides a field whose controller is hidden, or whose conditions go round in a circle', async () => {
      const circular = backEnd.api.store.forms.bump(BUSINESS_HOUSEHOLD, (draft) => {
        draft.steps[0]!.fields.push(
          { id: 'a', kind: 'text', label: 'A', required: true, visibleWhen: { field: 'b', filled: true } },
          { id: 'b', kind: 'text', label: 'B', required: true, visibleWhen: when({ any: [{ field: 'a', filled: true }] }) },
          { id: 'c', kind: 'text', label: 'C', required: true, visibleWhen: when({ all: [{ field: 'members', filled: true }, { field: 'unknown' }] }) },
        );
      });
      const answers = { ...answersFor(circular), ownerKind: 'ca-nhan' };
      const created = await post('/dossiers', submission(circular, answers));
      expect(created.status, JSON.stringify(created.body)).to.equal(201);
    });
  });

  describe('field ids that are names of Object.prototype', () => {
    const backEnd = mockBackEnd();
    const { post, ask } = backEnd;
    const ids = ['__proto__', 'constructor', 'toString'];
    let form: FormDefinition;
    before(() => {
      form = backEnd.api.store.forms.bump(JUDICIAL_RECORD, (draft) => {
        const step = draft.steps[0]!;
        for (const id of ids) step.fields.push({ id, kind: 'text', label: `Trường ${id}`, required: true, maxLength: 50 });
        step.fields.push({ id: 'hasOwnProperty', kind: 'text', label: 'Khi có', required: true, visibleWhen: { field: 'constructor', equals: 'hiện' } });
        step.fields.push({
          id: 'valueOf',
          kind: 'group',
          label: 'Nhóm',
          fields: [
            { id: '__proto__', kind: 'text', label: 'Hàng', required: true },
            { id: 'toString', kind: 'text', label: 'Khi có hàng', required: true, visibleWhen: { field: '__proto__', equals: 'x' } },
          ],
        } as Field);
      });
    });

    /** Own keys, even `__proto__` (an object literal or an assignment would set the prototype instead). */
    const withKeys = (answers: Row, extra: Array<[string, unknown]>) => {
      const all = { ...answers };
      for (const [key, value] of extra) Object.defineProperty(all, key, { value, enumerable: true, writable: true, configurable: true });
      return all;
    };
    /** The judicial record's answers without the fields under test. */
    const base = () => {
      const answers = answersFor(form);
      for (const id of ids) Reflect.deleteProperty(answers, id);
      return answers;
    };

    it('asks for them like any field: nothing inherited counts as an answer', async () => {
      const errors = fieldsOf(await post('/dossiers', submission(form, base())));
      for (const id of ids) expect(errors).to.include(`answers.${id} required`);
      expect(errors.some((error) => error.startsWith('answers.hasOwnProperty'))).to.equal(false);
    });

    it('stores them as own answers, in rows too, and evaluates conditions on them', async () => {
      const row = withKeys({}, [['__proto__', 'x']]);
      const answers = withKeys(base(), [['__proto__', 'một'], ['constructor', 'hiện'], ['toString', 'ba'], ['valueOf', [row]]]);
      const missing = fieldsOf(await post('/dossiers', submission(form, answers)));
      expect(missing).to.include('answers.hasOwnProperty required');
      expect(missing).to.include('answers.valueOf.0.toString required');
      const complete = withKeys(answers, [['hasOwnProperty', 'có'], ['valueOf', [withKeys(row, [['toString', 'có']])]]]);
      const attachments = [{ documentCode: 'CCCD', attachmentId: await backEnd.upload(JUDICIAL_RECORD, 'CCCD') }];
      const created = await post('/dossiers', submission(form, complete, { attachments, prefill: [{ field: '__proto__', source: 'host', changed: true }] }));
      expect(created.status, JSON.stringify(created.body)).to.equal(201);
      const stored = backEnd.api.store.dossiers.get(created.body.code)!;
      expect(Object.getPrototypeOf(stored.answers)).to.equal(null);
      for (const id of [...ids, 'hasOwnProperty']) expect(Object.hasOwn(stored.answers, id), id).to.equal(true);
      expect(stored.answers['__proto__']).to.equal('một');
      expect(Object.hasOwn((stored.answers['valueOf'] as Row[])[0]!, '__proto__')).to.equal(true);
      expect(stored.prefill).to.deep.equal([{ field: '__proto__', source: 'host', changed: true }]);
    });

    it('answers 404 for procedures named after Object.prototype', async () => {
      for (const code of ids) {
        expect((await ask(`/procedures/${code}/form`)).status).to.equal(404);
        expect((await ask(`/procedures/${code}`)).status).to.equal(404);
      }
    });
  });

  describe('realistic answers', () => {
    const backEnd = mockBackEnd();
    const { ask, post } = backEnd;

    it('refuses a birth date in the future, and says so', async () => {
      const { body: form } = await ask(`/procedures/${BIRTH_REGISTRATION}/form`);
      const child = form.steps.flatMap((step: FormDefinition['steps'][number]) => step.fields).find((field: Field) => field.id === 'childDateOfBirth');
      expect(child.max).to.equal('2026-11-23');
      const answers = { ...answersFor(form), childDateOfBirth: '2026-11-24', birthPlaceKind: 'co-so-y-te', birthFacility: 'Bệnh viện' };
      const attachments = [{ documentCode: 'GCS', attachmentId: await backEnd.upload(BIRTH_REGISTRATION, 'GCS') }];
      const rejected = await post('/dossiers', submission(form, answers, { attachments }));
      expect(rejected.status).to.equal(422);
      const error = rejected.body.errors.find((e: { field: string }) => e.field === 'answers.childDateOfBirth');
      expect(error).to.deep.include({ code: 'max', message: 'Ngày này chưa đến' });
      backEnd.setNow(Date.parse('2026-11-24T03:00:00Z'));
      const { body: tomorrow } = await ask(`/procedures/${BIRTH_REGISTRATION}/form`);
      const accepted = await post('/dossiers', submission(tomorrow, answers, { attachments }));
      expect(accepted.status, JSON.stringify(accepted.body)).to.equal(201);
    });

    it('offers the 54 ethnic groups of the official list, by their codes', async () => {
      const { body: form } = await ask(`/procedures/${BIRTH_REGISTRATION}/form`);
      const options = form.steps.flatMap((step: FormDefinition['steps'][number]) => step.fields).find((field: Field) => field.id === 'childEthnicity').options;
      expect(options).to.have.length(54);
      expect(options[0]).to.deep.equal({ value: '01', label: 'Kinh' });
      expect(options.map((option: { value: string }) => option.value)).to.deep.equal(Array.from({ length: 54 }, (_, i) => String(i + 1).padStart(2, '0')));
      expect(ETHNIC_GROUPS.find(([code]) => code === '53')).to.deep.equal(['53', 'Ơ Đu']);
    });
  });

  describe('languages (Accept-Language, Content-Language)', () => {
    it('answers Vietnamese to every language by default, and says so', async () => {
      const { ask } = mockBackEnd();
      const answer = await ask(`/procedures/${BIRTH_REGISTRATION}/form`, { headers: { 'accept-language': 'en' } });
      expect(answer.headers.get('content-language')).to.equal('vi');
      expect(answer.headers.get('vary')).to.equal('Accept-Language');
      expect(answer.body.title).to.equal('Tờ khai đăng ký khai sinh');
    });

    it('answers the five hand-written forms in English: same fields, values and version, other words', async () => {
      const { ask } = mockBackEnd({ contentLanguages: ['vi', 'en'] });
      for (const code of HAND_WRITTEN_FORM_CODES) {
        const vi = await ask(`/procedures/${code}/form`);
        const en = await ask(`/procedures/${code}/form`, { headers: { 'accept-language': 'en-GB,en;q=0.9' } });
        expect(en.headers.get('content-language'), code).to.equal('en');
        expect(vi.headers.get('content-language'), code).to.equal('vi');
        expect(en.body.version).to.equal(vi.body.version);
        expect(en.body.title).to.not.equal(vi.body.title);
        const shape = (form: FormDefinition) =>
          form.steps.flatMap((step) => step.fields.map((field) => [field.id, field.kind, field.required, field.options?.map((option) => option.value)]));
        expect(shape(en.body), code).to.deep.equal(shape(vi.body));
        expect(en.body.attachments.map((a: { documentCode: string }) => a.documentCode)).to.deep.equal(vi.body.attachments.map((a: { documentCode: string }) => a.documentCode));
        const labels = (form: FormDefinition) => form.steps.flatMap((step) => step.fields.map((field) => field.label));
        const same = labels(en.body).filter((label, index) => label === labels(vi.body)[index]);
        expect(same, `${code}: labels left in Vietnamese`).to.deep.equal([]);
      }
    });

    it('answers the well-known procedures in English, and says when some texts stay Vietnamese', async () => {
      const { ask } = mockBackEnd({ contentLanguages: ['vi', 'en'] });
      for (const code of HAND_WRITTEN_FORM_CODES) {
        const detail = await ask(`/procedures/${code}`, { headers: { 'accept-language': 'en' } });
        expect(detail.headers.get('content-language'), code).to.equal('en');
      }
      const birth = (await ask(`/procedures/${BIRTH_REGISTRATION}`, { headers: { 'accept-language': 'en' } })).body;
      expect(birth.name).to.equal('Birth registration');
      expect(birth.sector.name).to.equal('Civil status');
      const search = await ask('/procedures?q=birth', { headers: { 'accept-language': 'en' } });
      expect(search.body.items[0].name).to.equal('Birth registration');
      const generated = await ask('/procedures?pageSize=50&page=3', { headers: { 'accept-language': 'en' } });
      expect(generated.headers.get('content-language'), 'generated names have no English').to.equal('en, vi');
      const genericCode = generated.body.items.find((item: { code: string; onlineLevel: string }) => item.onlineLevel !== 'none').code;
      const genericForm = await ask(`/procedures/${genericCode}/form`, { headers: { 'accept-language': 'en' } });
      expect(genericForm.headers.get('content-language')).to.equal('en, vi');
      expect(genericForm.body.steps[0].title).to.equal('Applicant');
    });
  });
});
