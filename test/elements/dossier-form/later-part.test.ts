/**
 * The part of the form loaded on demand (documents, review, submission, receipt): fetched once
 * the first step shows, waited for when the applicant gets there, and a failed download said
 * and tried again when the network is back, the applicant staying where they are.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { FormDefinition } from '../../../src/api/schemas.js';
import type { GovDossierForm } from '../../../src/elements/dossier-form/dossier-form.js';
import { laterLoader } from '../../../src/elements/dossier-form/later-loader.js';
import { $, $$, button, click, continueOn, describeNode, focused, has, heading, liveRegion, mockBackEnd, settled, text, type } from '../../support/dossier-form.js';
import { expectFitsWidth, phoneViewport, resetViewport } from '../../support/layout.js';
import { until } from '../../support/wait.js';

const base = '/t-form-later/api/v1';
const backEnd = mockBackEnd(base);

const FORM: FormDefinition = {
  procedureCode: '1.001193',
  version: 'later-1',
  title: 'Tờ khai có giấy tờ đính kèm',
  steps: [{ id: 'one', title: 'Người yêu cầu', fields: [{ id: 'name', kind: 'text', label: 'Họ và tên', required: true }] }],
  attachments: [{ documentCode: 'GCS', name: 'Giấy chứng sinh', required: false, accept: ['application/pdf'], maxBytes: 5_000_000, maxFiles: 1 }],
};

const load = laterLoader.load;

async function mount(locale = 'vi'): Promise<GovDossierForm> {
  const el = await fixture<GovDossierForm>(html`<gov-dossier-form api-base=${base} drafts="off" locale=${locale} .definition=${FORM}></gov-dossier-form>`);
  await settled(el);
  return el;
}

describe('<gov-dossier-form> part loaded on demand', () => {
  before(() => backEnd.start());
  after(() => backEnd.stop());
  afterEach(async () => {
    laterLoader.load = load;
    await resetViewport();
  });

  it('is fetched once, after the first step shows, and is there when the applicant gets to the documents', async () => {
    let asked = 0;
    laterLoader.load = () => (asked++, load());
    const el = await mount();
    await until(() => asked === 1, 'the part was never fetched');
    await type(el, 'name', 'Nguyễn Văn An');
    await continueOn(el);
    expect(heading(el)).to.equal('Giấy tờ đính kèm');
    expect(focused(el)).to.equal(describeNode($(el, '.page-heading')));
    await continueOn(el);
    expect(heading(el)).to.equal('Kiểm tra và nộp hồ sơ');
    expect(asked, 'fetched once for every page after the steps').to.equal(1);
  });

  it('says so when it cannot be downloaded, keeps the applicant on the step, and goes on once the network is back', async () => {
    let fail = true;
    laterLoader.load = () => (fail ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : load());
    const el = await mount();
    await type(el, 'name', 'Nguyễn Văn An');
    await continueOn(el);
    expect(heading(el), 'the applicant stays where they are').to.equal('Người yêu cầu');
    expect(text($(el, '.later-failed'))).to.equal(
      'Chưa tải được phần tiếp theo của biểu mẫu. Hãy kiểm tra kết nối mạng rồi thử lại: những gì bạn đã khai vẫn còn.',
    );
    expect($(el, '.later-failed').getAttribute('role')).to.equal('alert');
    expect(liveRegion(el)).to.contain('Chưa tải được phần tiếp theo của biểu mẫu.');
    expect((el.shadowRoot!.querySelector('[data-field="name"] input') as HTMLInputElement).value).to.equal('Nguyễn Văn An');
    await expect(el).to.be.accessible();
    await phoneViewport();
    expectFitsWidth(el);

    fail = false;
    window.dispatchEvent(new Event('online'));
    await until(() => !has(el, '.later-failed'), 'the notice stayed once the part arrived');
    await continueOn(el);
    expect(heading(el)).to.equal('Giấy tờ đính kèm');
    expect($$(el, '[data-document="GCS"]')).to.have.length(1);
  });

  it('says so in English', async () => {
    laterLoader.load = () => Promise.reject(new TypeError('offline'));
    const el = await mount('en');
    await type(el, 'name', 'An');
    await click(el, button(el, 'Continue'));
    expect(text($(el, '.later-failed'))).to.equal(
      'The next part of the form could not be downloaded. Check your connection and try again: what you have entered is kept.',
    );
    await expect(el).to.be.accessible();
  });
});
