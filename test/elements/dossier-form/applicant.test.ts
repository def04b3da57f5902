/**
 * Who applies (contract 1.1): the applicant type decides which identity questions show, a tax
 * code is checked with its check digit, a representative gives their own identity and the
 * authorisation; and prefilled answers say where they came from, stay read-only when the
 * definition says so, and the submission records them.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { FormDefinition, PrefillEntry } from '../../../src/api/schemas.js';
import { own } from '../../../src/elements/dossier-form/applicant-ids.js';
import type { GovDossierForm } from '../../../src/elements/dossier-form/dossier-form.js';
import { buildSubmission } from '../../../src/elements/dossier-form/submission.js';
import { validateField } from '../../../src/elements/dossier-form/validation.js';
import { visibleFieldIds } from '../../../src/elements/dossier-form/visibility.js';
import { BIRTH } from '../../support/dossier-form.js';
import { CONSTRUCTION_PERMIT } from '../../../src/mocks/index.js';
import { expectFitsWidth, phoneViewport, resetViewport } from '../../support/layout.js';
import { $, $$, button, click, continueOn, errorOf, group, mockBackEnd, mountForm, settled, text, tick, type } from '../../support/dossier-form.js';
import { extrasLoader } from '../../../src/elements/dossier-form/extras-loader.js';

const base = '/t-form-applicant/api/v1';
const backEnd = mockBackEnd(base);
before(() => backEnd.start());
after(() => backEnd.stop());

const shown = (el: GovDossierForm) => $$(el, '[data-field]').map((node) => node.getAttribute('data-field')!).filter((id) => id.startsWith(own('')));

describe('<gov-dossier-form> who applies', () => {
  afterEach(resetViewport);

  it('asks the applicant type first and shows the identity questions of that type only', async () => {
    const el = await mountForm(base, { procedure: CONSTRUCTION_PERMIT });
    expect($$(group(el, own('type')), 'label').map(text)).to.deep.equal([
      'Công dân Việt Nam',
      'Doanh nghiệp, chi nhánh doanh nghiệp',
      'Cơ quan, tổ chức',
      'Người nước ngoài, người Việt Nam ở nước ngoài không có căn cước',
    ]);
    expect(shown(el)).to.deep.equal([own('applicant'), own('type'), own('onBehalf')]);
    await tick(el, own('type'), 'business');
    expect(shown(el)).to.deep.equal([own('applicant'), own('type'), own('businessName'), own('taxCode'), own('phone'), own('email'), own('onBehalf')]);
    await tick(el, own('type'), 'foreigner');
    expect(shown(el)).to.include.members([own('foreignerName'), own('passport'), own('nationality')]);
    expect(shown(el)).not.to.include(own('taxCode'));
    // Countries named by the browser in the page's language, the code sent.
    expect($$(group(el, own('nationality')), 'option').some((option) => (option as HTMLOptionElement).value === 'GB')).to.equal(true);
    await tick(el, own('type'), 'citizen');
    expect(shown(el), 'a citizen answers the form’s own questions').to.deep.equal([own('applicant'), own('type'), own('onBehalf')]);
    await expect(el).to.be.accessible();
  });

  it('checks a tax code’s shape and check digit (src/api/identifiers.ts)', async () => {
    const el = await mountForm(base, { procedure: CONSTRUCTION_PERMIT });
    await tick(el, own('type'), 'business');
    await type(el, own('taxCode'), '0100233487');
    await continueOn(el);
    expect(errorOf(el, own('taxCode'))).to.equal('Lỗi: Mã số thuế (mã số doanh nghiệp) không đúng: các chữ số không khớp với chữ số kiểm tra, hãy xem lại');
    await type(el, own('taxCode'), '0100233488-000');
    expect(errorOf(el, own('taxCode'))).to.equal('Lỗi: Mã số thuế (mã số doanh nghiệp) gồm 10 chữ số, hoặc 10 chữ số, dấu gạch ngang và 3 chữ số');
    await type(el, own('taxCode'), '0314409058-002');
    expect(errorOf(el, own('taxCode'))).to.equal('');
    await tick(el, own('type'), 'foreigner');
    await type(el, own('passport'), 'c12');
    await continueOn(el);
    expect(errorOf(el, own('passport'))).to.equal('Lỗi: Số hộ chiếu chỉ gồm chữ cái và chữ số, từ 6 đến 20 ký tự');
    await expect(el).to.be.accessible();
  });

  it('asks a representative for their identity, and an authorised one for the authorisation', async () => {
    const el = await mountForm(base, { procedure: CONSTRUCTION_PERMIT });
    await tick(el, own('onBehalf'));
    expect(shown(el)).to.include(own('basis'));
    expect(shown(el)).not.to.include(own('repName'));
    await tick(el, own('basis'), 'legal');
    expect(shown(el)).to.include.members([own('representative'), own('repName'), own('repNationalId'), own('repPhone')]);
    expect(shown(el)).not.to.include(own('authNumber'));
    await tick(el, own('basis'), 'authorised');
    expect(shown(el)).to.include.members([own('authNumber'), own('authIssuedOn'), own('authValidUntil')]);
    await tick(el, own('onBehalf'));
    expect(shown(el), 'unticked: nothing of the representative').to.deep.equal([own('applicant'), own('type'), own('onBehalf')]);
    await expect(el).to.be.accessible();
  });

  it('waits for its on-demand questions, says when they cannot be downloaded, and tries again', async () => {
    const real = extrasLoader.load;
    // The element may have them from an earlier test: a fresh element asks again only if it has none.
    let fail = true;
    extrasLoader.load = () => (fail ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : real());
    try {
      const el = await fixture<GovDossierForm>(html`<gov-dossier-form api-base=${base} drafts="off" procedure=${CONSTRUCTION_PERMIT}></gov-dossier-form>`);
      await settled(el);
      expect(el.state).to.equal('error');
      expect(text($(el, '.state-title'))).to.equal('Không tải được biểu mẫu');
      await expect(el).to.be.accessible();
      fail = false;
      await click(el, button(el, 'Thử lại'));
      await settled(el);
      expect(el.state).to.equal('filling');
      expect(shown(el)).to.include(own('type'));
    } finally {
      extrasLoader.load = real;
    }
  });

  it('in English, 320 px wide', async () => {
    await phoneViewport();
    const el = await mountForm(base, { procedure: CONSTRUCTION_PERMIT, locale: 'en' });
    await tick(el, own('type'), 'business');
    await tick(el, own('onBehalf'));
    await tick(el, own('basis'), 'authorised');
    expect(text($(group(el, own('taxCode')), 'label'))).to.equal('Tax code (enterprise code)');
    await click(el, button(el, 'Continue'));
    expect(errorOf(el, own('taxCode'))).to.equal('Error: Enter tax code (enterprise code)');
    expectFitsWidth(el);
    await expect(el).to.be.accessible();
  });
});

describe('<gov-dossier-form> prefilled answers', () => {
  const ENTRIES: PrefillEntry[] = [
    { key: 'fullName', value: 'Nguyễn Văn An', source: 'vneid' },
    { key: 'nationalId', value: '001090012345', source: 'vneid' },
    { key: 'phone', value: '0912345678', source: 'host' },
    { key: 'address', value: { provinceCode: '01', communeCode: '00004', street: '12 Phố Đội Cấn' }, source: 'population-db' },
  ];

  it('says where each came from while it is unchanged', async () => {
    const el = await mountForm(base, { applicant: ENTRIES });
    expect(text($(group(el, 'requesterName'), '.provenance'))).to.equal('Từ tài khoản VNeID');
    expect(text($(group(el, 'requesterPhone'), '.provenance'))).to.equal('Từ tài khoản của bạn trên cổng dịch vụ công');
    // Read with the question: the hint is in its description.
    const input = $(group(el, 'requesterName'), 'input');
    expect(input.getAttribute('aria-describedby')).to.contain(`${input.id}-hint`);
    await type(el, 'requesterName', 'Nguyễn Văn Ân');
    expect($$(group(el, 'requesterName'), '.provenance')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('keeps a read-only one as it came, as text, and records in the submission what was prefilled and changed', async () => {
    const definition: FormDefinition = {
      procedureCode: BIRTH,
      version: 'prefill-1',
      title: 'Tờ khai',
      steps: [
        {
          id: 'a',
          title: 'Người yêu cầu',
          fields: [
            { id: 'name', kind: 'text', label: 'Họ và tên', required: true, prefill: 'fullName', prefillReadOnly: true },
            { id: 'id', kind: 'national-id', label: 'Số định danh cá nhân', required: true, prefill: 'nationalId' },
            { id: 'phone', kind: 'phone', label: 'Số điện thoại', required: true, prefill: 'phone' },
            { id: 'ethnicity', kind: 'select', label: 'Dân tộc', prefill: 'ethnicity', prefillReadOnly: true, options: [{ value: '01', label: 'Kinh' }, { value: '02', label: 'Tày' }] },
          ],
        },
      ],
      attachments: [],
    };
    const entries: PrefillEntry[] = [...ENTRIES, { key: 'ethnicity', value: '02', source: 'population-db' }];
    const el = await fixture<GovDossierForm>(html`<gov-dossier-form api-base=${base} drafts="off" .definition=${definition} .applicant=${entries}></gov-dossier-form>`);
    await settled(el);
    expect($$(group(el, 'name'), 'input')).to.have.length(0);
    expect(text($(group(el, 'name'), '.read-only-value'))).to.equal('Nguyễn Văn An');
    expect(text($(group(el, 'ethnicity'), '.read-only-value'))).to.equal('Tày');
    expect(text($(group(el, 'ethnicity'), '.hint'))).to.equal('Từ Cơ sở dữ liệu quốc gia về dân cư Thông tin này lấy từ nguồn chính thức nên không sửa được ở đây.');
    await type(el, 'phone', '0987 654 321');
    await expect(el).to.be.accessible();
    const answers = (el as unknown as { answers: Map<string, never> }).answers;
    const body = buildSubmission(definition, answers, visibleFieldIds(definition, answers), new Map(), entries, undefined);
    expect(body.prefill).to.deep.equal([
      { field: 'name', source: 'vneid', changed: false },
      { field: 'id', source: 'vneid', changed: false },
      { field: 'phone', source: 'host', changed: true },
      { field: 'ethnicity', source: 'population-db', changed: false },
    ]);
  });
});

describe('dossier-form realistic mock forms (issue #20)', () => {
  it('refuses a birth date in the future, and offers the 54 ethnic groups by their official codes', async () => {
    const form = (await (await fetch(`${base}/procedures/${BIRTH}/form`)).json()) as FormDefinition;
    const fields = form.steps.flatMap((step) => step.fields);
    const born = fields.find((candidate) => candidate.id === 'childDateOfBirth')!;
    const today = String(born.max);
    const [year, month, day] = today.split('-').map(Number) as [number, number, number];
    const tomorrow = new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
    expect(validateField(born, tomorrow)?.key).to.equal('form.error.date-max');
    expect(validateField(born, today)).to.equal(null);
    const ethnicity = fields.find((candidate) => candidate.id === 'childEthnicity')!;
    expect(ethnicity.options).to.have.length(54);
    expect(ethnicity.options!.slice(0, 3)).to.deep.equal([{ value: '01', label: 'Kinh' }, { value: '02', label: 'Tày' }, { value: '03', label: 'Thái' }]);
    expect(ethnicity.options!.at(-1)).to.deep.equal({ value: '54', label: 'Rơ-măm' });
  });
});

describe('dossier-form applicant in the submission (pure)', () => {
  it('sends a business through an authorised representative, the authorisation named there and not among the documents', async () => {
    const form = (await (await fetch(`${base}/procedures/${CONSTRUCTION_PERMIT}/form`)).json()) as FormDefinition;
    const { withApplicant } = await import('../../../src/elements/dossier-form/applicant.js');
    const el = await mountForm(base, { procedure: CONSTRUCTION_PERMIT });
    const effective = withApplicant(form, (el as unknown as { l10n: never }).l10n, '2026-12-07');
    const answers = new Map<string, never>(
      Object.entries({
        [own('type')]: 'business',
        [own('businessName')]: 'Công ty TNHH An Bình',
        [own('taxCode')]: '0100 233 488',
        [own('phone')]: '0912 345 678',
        [own('onBehalf')]: true,
        [own('basis')]: 'authorised',
        [own('repName')]: 'Trần Thị Bình',
        [own('repNationalId')]: '001192034567',
        [own('repPhone')]: '0987654321',
        [own('authNumber')]: '12/2026/UQ',
        [own('authIssuedOn')]: '2026-11-20',
      }) as Array<[string, never]>,
    );
    const uploaded = new Map([[own('authorisation'), [{ id: 'att_uq', name: 'uq.pdf', size: 10, mediaType: 'application/pdf' }]]]);
    const body = buildSubmission(effective, answers, visibleFieldIds(effective, answers), uploaded, undefined, undefined);
    expect(body.applicant).to.deep.equal({
      type: 'business',
      fullName: 'Công ty TNHH An Bình',
      taxCode: '0100233488',
      phone: '0912345678',
      representative: {
        basis: 'authorised',
        fullName: 'Trần Thị Bình',
        nationalId: '001192034567',
        phone: '0987654321',
        authorisation: { attachmentId: 'att_uq', number: '12/2026/UQ', issuedOn: '2026-11-20' },
      },
    });
    expect(Object.keys(body.answers).some((id) => id.startsWith(own('')))).to.equal(false);
    expect(body.attachments.map((attachment) => attachment.documentCode)).not.to.include(own('authorisation'));
  });
});
