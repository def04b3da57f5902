/**
 * The Form.io wizard of test/cli/fixtures/formio-wizard.json, as `motcua import-formio` converts it
 * (the committed definition; test/cli/formio.test.mjs proves it is the converter's output), in
 * `<gov-dossier-form>`: its pages, conditions and note render, a person fills it with the
 * keyboard, and the mock back end, serving the same definition, accepts the dossier.
 *
 * The element does not render repeating groups yet (another change brings them): here the group
 * only shows and hides with its condition, and it stays hidden when the form is sent; its
 * conversion is checked at the data level in formio.test.mjs.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { DossierReceipt, DossierSubmission, FormDefinition } from '../../src/api/schemas.js';
import type { GovDossierForm } from '../../src/elements/dossier-form/dossier-form.js';
import '../../src/elements/dossier-form/index.js';
import { expectFitsWidth, phoneViewport, resetViewport } from '../support/layout.js';
import { until } from '../support/wait.js';
import {
  $,
  $$,
  APPLICANT,
  button,
  chooseFiles,
  click,
  continueOn,
  documentInput,
  heading,
  mockBackEnd,
  pdf,
  select,
  settled,
  text,
  tick,
  type,
  typeDate,
} from '../support/dossier-form.js';
import converted from './fixtures/formio-wizard.definition.json';

const base = '/t-formio/api/v1';
const backEnd = mockBackEnd(base);
const { mock } = backEnd;

describe('a Form.io wizard converted by motcua import-formio, in <gov-dossier-form>', () => {
  let definition: FormDefinition;

  before(() => backEnd.start());
  after(() => backEnd.stop());
  beforeEach(() => {
    mock.reset();
    backEnd.requests.length = 0;
    // The mock serves the converted form for its procedure, as a back end that imported it would.
    definition = mock.store.forms.bump((converted as unknown as FormDefinition).procedureCode, () => structuredClone(converted as unknown as FormDefinition));
  });
  afterEach(() => resetViewport());

  async function mount(): Promise<GovDossierForm> {
    const el = await fixture<GovDossierForm>(html`<gov-dossier-form api-base=${base} drafts="off" .applicant=${APPLICANT} .definition=${definition}></gov-dossier-form>`);
    await settled(el);
    return el;
  }

  const shown = (el: GovDossierForm, id: string) => $$(el, `[data-field="${id}"]`).length === 1;

  it('renders the pages, prefills the applicant and fits a phone', async () => {
    await phoneViewport();
    const el = await mount();
    expect(heading(el)).to.equal('Người đăng ký');
    expect(text($(el, '.section h3'))).to.equal('Nơi cư trú');
    expect(($(el, '[data-field="hoTen"] input') as HTMLInputElement).value).to.equal(APPLICANT.fullName);
    expect(($(el, '[data-field="soDinhDanh"] input') as HTMLInputElement).value).to.equal(APPLICANT.nationalId);
    expectFitsWidth(el);
    await expect(el).to.be.accessible();
  });

  it('shows and hides questions by the converted conditions', async () => {
    const el = await mount();
    await tick(el, 'gioiTinh', 'nam');
    await type(el, 'diaChiThuongTru', 'Số 12 phố Đội Cấn, phường Ba Đình, Hà Nội');
    await continueOn(el);
    expect(heading(el)).to.equal('Hộ kinh doanh');
    expect(shown(el, 'thoiHanThue')).to.equal(false);
    await tick(el, 'hinhThucDiaDiem', 'thue');
    expect(shown(el, 'thoiHanThue')).to.equal(true);
    expect(shown(el, 'nganhNgheKhac')).to.equal(false);
    await select(el, 'nganhNghe', 'khac');
    expect(shown(el, 'nganhNgheKhac')).to.equal(true);
    // The repeating group follows its checkbox.
    expect(shown(el, 'thanhVien')).to.equal(false);
    await tick(el, 'coThanhVien');
    expect(shown(el, 'thanhVien')).to.equal(true);
    await tick(el, 'coThanhVien');
    expect(shown(el, 'thanhVien')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('is filled with the keyboard and submitted to the mock, which accepts it', async () => {
    const el = await mount();
    await tick(el, 'gioiTinh', 'nu');
    await type(el, 'diaChiThuongTru', 'Số 12 phố Đội Cấn, phường Ba Đình, Hà Nội');
    await continueOn(el);
    await type(el, 'tenHoKinhDoanh', 'Hộ kinh doanh Phở Bà Lan');
    await select(el, 'nganhNghe', '5610');
    await type(el, 'vonKinhDoanh', '50.000.000');
    await tick(el, 'hinhThucDiaDiem', 'thue');
    await typeDate(el, 'thoiHanThue', '31', '12', '2027');
    await continueOn(el);
    expect(heading(el)).to.equal('Giấy tờ và cam kết');
    // The content component is a note in plain text: no markup, no script.
    const note = text($(el, '[data-field="huongDan"]'));
    expect(note).to.contain('Tải lên bản sao các giấy tờ sau:');
    expect(note).to.contain('Hợp đồng thuê địa điểm (nếu đi thuê);');
    expect(note).not.to.contain('alert');
    await tick(el, 'nhanKetQua', 'truc-tuyen');
    expect(shown(el, 'diaChiNhanKetQua')).to.equal(false);
    await tick(el, 'camDoan');
    await expect(el).to.be.accessible();
    await continueOn(el);
    chooseFiles(documentInput(el, 'hopDongThue'), [pdf('hop-dong-thue.pdf')]);
    await el.updateComplete;
    await until(() => $$(el, '[data-document="hopDongThue"] .file.done').length === 1, 'the upload never finished');
    await continueOn(el);
    expect(el.state).to.equal('review');

    const submitted = oneEvent(el, 'gov-dossier-submitted');
    await click(el, button(el, 'Nộp hồ sơ'));
    const receipt = ((await submitted) as CustomEvent<DossierReceipt>).detail;
    expect(receipt.procedure.code).to.equal('2.000720');
    const [post] = backEnd.calls('POST', '/dossiers');
    const body = JSON.parse(post!.body) as DossierSubmission;
    expect(body.formVersion).to.equal(definition.version);
    expect(body.applicant).to.deep.include({ fullName: APPLICANT.fullName, nationalId: APPLICANT.nationalId });
    expect(body.answers).to.deep.include({
      gioiTinh: 'nu',
      tenHoKinhDoanh: 'Hộ kinh doanh Phở Bà Lan',
      nganhNghe: '5610',
      vonKinhDoanh: 50000000,
      hinhThucDiaDiem: 'thue',
      thoiHanThue: '2027-12-31',
      nhanKetQua: ['truc-tuyen'],
      camDoan: true,
    });
    // Hidden questions are not sent: the group, the other trade, the postal address.
    for (const hidden of ['thanhVien', 'nganhNgheKhac', 'diaChiNhanKetQua']) expect(body.answers).not.to.have.property(hidden);
    expect(body.attachments.map((attachment) => attachment.documentCode)).to.deep.equal(['hopDongThue']);
    // The mock validated it against the same definition and keeps it.
    expect(mock.store.dossiers.get(receipt.code)?.answers).to.deep.include({ tenHoKinhDoanh: 'Hộ kinh doanh Phở Bà Lan' });
  });
});
