/**
 * Back ends written independently from the contract: ids that are JavaScript's own property
 * names, prefills with parts missing, definitions with duplicates, text in another script.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { until } from '../../support/wait.js';
import { http, HttpResponse } from 'msw';
import type { DossierSubmission, FormDefinition } from '../../../src/api/schemas.js';
import type { GovDossierForm } from '../../../src/elements/dossier-form/dossier-form.js';
import {
  $,
  $$,
  APPLICANT,
  button,
  chooseFiles,
  click,
  continueOn,
  control,
  documentInput,
  errorOf,
  group,
  mockBackEnd,
  mountForm,
  pdf,
  select,
  settled,
  summaryLinks,
  text,
  tick,
  type,
  fillRequester,
  fillChild,
} from '../../support/dossier-form.js';

const base = '/t-form-hostile/api/v1';
const backEnd = mockBackEnd(base);
const { mock } = backEnd;

const OWN_NAMES = ['__proto__', 'constructor', 'toString'] as const;

/** A form whose every key is one of JavaScript's own property names. */
const PROTO_FORM: FormDefinition = {
  procedureCode: '9.000002',
  version: '1',
  title: 'Tờ khai thử',
  steps: [
    {
      id: 's1',
      title: 'Câu hỏi',
      fields: [
        ...OWN_NAMES.map((id) => ({ id, kind: 'text' as const, label: `Câu ${id}`, required: true })),
        {
          id: 'choice',
          kind: 'select',
          label: 'Chọn',
          required: true,
          options: OWN_NAMES.map((value) => ({ value, label: `Lựa chọn ${value}` })),
        },
        {
          id: 'many',
          kind: 'checkboxes',
          label: 'Chọn nhiều',
          required: true,
          options: OWN_NAMES.map((value) => ({ value, label: `Ô ${value}` })),
        },
        { id: 'shown', kind: 'text', label: 'Hiện khi chọn constructor', required: true, visibleWhen: { field: 'choice', equals: 'constructor' } },
      ],
    },
  ],
  attachments: OWN_NAMES.map((documentCode) => ({
    documentCode,
    name: `Giấy ${documentCode}`,
    required: documentCode === '__proto__',
    accept: ['application/pdf'],
    maxBytes: 1_000_000,
    maxFiles: 1,
  })),
};

async function mountDefinition(definition: FormDefinition): Promise<GovDossierForm> {
  const el = await fixture<GovDossierForm>(html`<gov-dossier-form api-base=${base} drafts="off" .applicant=${APPLICANT} .definition=${definition}></gov-dossier-form>`);
  await settled(el);
  return el;
}

describe('<gov-dossier-form> against hostile or imperfect back ends', () => {
  before(() => backEnd.start());
  after(() => backEnd.stop());
  beforeEach(() => {
    mock.reset();
    backEnd.requests.length = 0;
    sessionStorage.clear();
  });
  afterEach(() => backEnd.worker.resetHandlers());
  after(() => sessionStorage.clear());

  it('treats __proto__, constructor and toString as ordinary ids of questions, options and documents', async () => {
    let attachments = 0;
    backEnd.worker.use(
      http.post(`${base}/attachments`, () =>
        HttpResponse.json({ id: `att-${++attachments}`, name: 'giay.pdf', size: 2048, mediaType: 'application/pdf', sha256: 'a'.repeat(64) }, { status: 201 }),
      ),
      http.post(`${base}/dossiers`, () =>
        HttpResponse.json({ code: '000.00.01.H22-261122-0001', status: 1, submittedAt: new Date().toISOString(), procedure: { code: '9.000002', name: 'Thử' } }, { status: 201 }),
      ),
    );
    const el = await mountDefinition(PROTO_FORM);
    await continueOn(el);
    // Required and empty: each one says so (an inherited property must not pass for an answer).
    for (const id of OWN_NAMES) expect(errorOf(el, id), id).to.equal(`Lỗi: Vui lòng nhập câu ${id}`);
    expect(summaryLinks(el)).to.have.length(5);

    for (const id of OWN_NAMES) await type(el, id, `trả lời ${id}`);
    await select(el, 'choice', 'constructor');
    expect($$(el, '[data-field="shown"]'), 'a condition on the value constructor').to.have.length(1);
    await type(el, 'shown', 'hiện');
    await tick(el, 'many', '__proto__');
    await tick(el, 'many', 'toString');
    await continueOn(el);
    expect(el.currentPage).to.equal(1);

    await continueOn(el);
    expect(text($(el, '[data-document="__proto__"] .error-message'))).to.equal('Lỗi: Vui lòng đính kèm giấy __proto__');
    chooseFiles(documentInput(el, '__proto__'), [pdf()]);
    await el.updateComplete;
    await until(() => $$(el, '[data-document="__proto__"] .file.done').length === 1, 'the upload never finished');
    chooseFiles(documentInput(el, 'constructor'), [pdf('b.pdf')]);
    await el.updateComplete;
    await until(() => $$(el, '[data-document="constructor"] .file.done').length === 1, 'the upload never finished');
    await continueOn(el);
    expect(el.state).to.equal('review');
    for (const id of OWN_NAMES) expect(text($(el, `.summary-row[data-field="${id}"] dd`))).to.equal(`trả lời ${id}`);
    expect(text($(el, '.summary-row[data-field="choice"] dd'))).to.equal('Lựa chọn constructor');
    expect(text($(el, '.summary-row[data-field="many"] dd'))).to.equal('Ô __proto__, Ô toString');

    await click(el, button(el, 'Nộp hồ sơ'));
    await until(() => el.state === 'submitted', 'never submitted');
    const body = JSON.parse(backEnd.calls('POST', '/dossiers')[0]!.body) as DossierSubmission;
    // Entries, not an object literal: `{ __proto__: … }` would set a prototype, not a key.
    expect(Object.entries(body.answers)).to.deep.equal([
      ['__proto__', 'trả lời __proto__'],
      ['constructor', 'trả lời constructor'],
      ['toString', 'trả lời toString'],
      ['choice', 'constructor'],
      ['many', ['__proto__', 'toString']],
      ['shown', 'hiện'],
    ]);
    expect(body.attachments).to.deep.equal([
      { documentCode: '__proto__', attachmentId: 'att-1' },
      { documentCode: 'constructor', attachmentId: 'att-2' },
    ]);
  });

  it('takes a prefilled address without its street, and asks for the street', async () => {
    const { street: _street, ...address } = APPLICANT.address!;
    const el = await mountForm(base, { applicant: { ...APPLICANT, address: address as typeof APPLICANT.address } });
    await fillRequester(el);
    await continueOn(el);
    await fillChild(el);
    await continueOn(el);
    expect(el.currentPage).to.equal(2);
    expect(control(el, 'residence', 2).value).to.equal('');
    await type(el, 'motherName', 'Trần Thị Bình');
    await continueOn(el);
    expect(errorOf(el, 'residence')).to.contain('Vui lòng nhập số nhà, tên đường');
  });

  it('reports a definition with duplicate ids as invalid instead of merging it', async () => {
    const broken: FormDefinition = structuredClone(PROTO_FORM);
    broken.steps.push({ id: 's2', title: 'Lặp', fields: [{ id: 'constructor', kind: 'text', label: 'Lặp lại' }] });
    broken.attachments.push({ ...broken.attachments[0]! });
    const el = await mountDefinition(broken);
    expect(el.state).to.equal('error');
    const panel = $(el, '.invalid-definition');
    expect(text(panel)).to.contain('Biểu mẫu trực tuyến của thủ tục này đang bị lỗi nên chưa khai được');
    expect(text(panel)).to.contain('có nhiều câu hỏi cùng mã constructor');
    expect(text(panel)).to.contain('có nhiều giấy tờ cùng mã __proto__');
    expect($$(el, 'input, select, textarea')).to.have.length(0);
    await expect(el).to.be.accessible();

    backEnd.worker.use(http.get(`${base}/procedures/9.000003/form`, () => HttpResponse.json({ ...broken, procedureCode: '9.000003' })));
    const served = await mountForm(base, { procedure: '9.000003' });
    expect(served.state).to.equal('error');
    expect($$(served, '.invalid-definition')).to.have.length(1);
  });

  it('isolates server text joined with its own words (bidi)', async () => {
    const rtl: FormDefinition = {
      procedureCode: '9.000004',
      version: '1',
      title: 'نموذج',
      steps: [
        {
          id: 's',
          title: 'الخطوة',
          fields: [
            { id: 'name', kind: 'text', label: 'الاسم 2', required: true },
            { id: 'note', kind: 'text', label: 'ملاحظة!' },
          ],
        },
      ],
      attachments: [{ documentCode: 'A', name: 'وثيقة', required: false, accept: ['application/pdf'], maxBytes: 1024, maxFiles: 1 }],
    };
    const el = await mountDefinition(rtl);
    expect(text(group(el, 'note').querySelector('label bdi')), 'an optional label, apart from "(không bắt buộc)"').to.equal('ملاحظة!');
    await continueOn(el);
    expect(text(group(el, 'name').querySelector('.error-message bdi'))).to.equal('الاسم 2');
    expect(text(summaryLinks(el)[0]!.querySelector('bdi'))).to.equal('الاسم 2');
    await type(el, 'name', 'x');
    await continueOn(el);
    expect(text($(el, '[data-document="A"] .label bdi'))).to.equal('وثيقة');
    // The types in the rules are isolated too (FSI … PDI: the rules are a plural, a plain string).
    expect($(el, '#doc0-rules').textContent).to.contain('\u2068PDF\u2069');
    chooseFiles(documentInput(el, 'A'), [new File(['x'], 'ملف.docx', { type: 'application/msword' })]);
    await el.updateComplete;
    expect(text($(el, '[data-document="A"] .file .error-message bdi'))).to.equal('ملف.docx');
  });
});
