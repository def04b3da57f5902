/**
 * The part of the form loaded on demand (documents, review, submission, receipt): fetched once
 * the first step shows, waited for when the applicant gets there, and a failed download said
 * and tried again when the network is back, the applicant staying where they are.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { FormDefinition } from '../../../src/api/schemas.js';
import type { GovDossierForm } from '../../../src/elements/dossier-form/dossier-form.js';
import { storedText } from '../../../src/elements/dossier-form/draft-format.js';
import { draftKey } from '../../../src/elements/dossier-form/drafts.js';
import { laterLoader } from '../../../src/elements/dossier-form/later-loader.js';
import { shapeOf } from '../../../src/elements/dossier-form/versions.js';
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
const KEY = draftKey({ procedure: FORM.procedureCode });
const offline = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));

/** A draft of FORM as `writer` saved it, for `version` of the form. */
function draftText(name: string, writer: string, version = FORM.version): string {
  return storedText({ form: { ...shapeOf(FORM), version }, answers: new Map([['name', name]]), attachments: new Map(), savedAt: new Date().toISOString(), writer });
}

async function mountWithDrafts(): Promise<GovDossierForm> {
  const el = await fixture<GovDossierForm>(html`<gov-dossier-form api-base=${base} drafts="on" .definition=${FORM}></gov-dossier-form>`);
  await settled(el);
  return el;
}

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

  describe('the rarer states it draws, when it cannot be downloaded', () => {
    // An element of an earlier test saves its draft as it is removed: each test starts from none.
    beforeEach(() => localStorage.clear());
    afterEach(() => localStorage.clear());

    it('another tab’s change: the step stays usable, and the notice comes (and is read out) with the network', async () => {
      let fail = true;
      laterLoader.load = () => (fail ? offline() : load());
      const el = await mountWithDrafts();
      await type(el, 'name', 'Nguyễn Văn An');
      const frame = document.createElement('iframe');
      frame.title = 'another tab';
      document.body.append(frame);
      try {
        frame.contentWindow!.localStorage.setItem(KEY, draftText('Trần Thị Bình', 'the-other-tab'));
        await until(() => has(el, '.later-failed'), 'the failed download was not said');
        expect(has(el, '.tab-notice'), 'the notice comes with its part').to.equal(false);
        expect(heading(el), 'the applicant stays on the step').to.equal('Người yêu cầu');
        await type(el, 'name', 'Nguyễn Văn Anh');
        expect((el.shadowRoot!.querySelector('[data-field="name"] input') as HTMLInputElement).value).to.equal('Nguyễn Văn Anh');
        await expect(el).to.be.accessible();

        fail = false;
        window.dispatchEvent(new Event('online'));
        await until(() => has(el, '.tab-notice'), 'the notice never came with the part');
        expect(text($(el, '.tab-notice'))).to.contain('Bản khai này vừa được sửa ở một thẻ khác');
        expect(liveRegion(el)).to.contain('Bản khai này vừa được sửa ở một thẻ khác');
        expect(has(el, '.later-failed')).to.equal(false);
        await expect(el).to.be.accessible();
      } finally {
        frame.remove();
      }
    });

    it('a draft of an older version: the prompt shows, “Bắt đầu lại” still works, and the draft is carried over once the part is here', async () => {
      let fail = true;
      laterLoader.load = () => (fail ? offline() : load());
      localStorage.setItem(KEY, draftText('Trần Thị Bình', 'an-earlier-visit', 'later-0'));
      const first = await mountWithDrafts();
      expect(heading(first)).to.contain('Tiếp tục bản khai lưu lúc');
      await click(first, button(first, 'Tiếp tục'));
      expect(has(first, '.restore-prompt'), 'the prompt stays while the part cannot be had').to.equal(true);
      expect(text($(first, '.later-failed'))).to.contain('Chưa tải được phần tiếp theo của biểu mẫu.');
      await click(first, button(first, 'Bắt đầu lại'));
      expect(heading(first), 'a fresh first step').to.equal('Người yêu cầu');
      expect((first.shadowRoot!.querySelector('[data-field="name"] input') as HTMLInputElement).value).to.equal('');
      first.remove();

      fail = false;
      localStorage.setItem(KEY, draftText('Trần Thị Bình', 'an-earlier-visit', 'later-0'));
      const second = await mountWithDrafts();
      const stored = JSON.parse(localStorage.getItem(KEY)!) as { form: { version: string } };
      expect(stored.form.version, 'carried over to the version shown').to.equal(FORM.version);
      await click(second, button(second, 'Tiếp tục'));
      expect(text($(second, '.version-notice')), 'restored with the notice of the new version').to.contain('Biểu mẫu vừa được cập nhật');
      expect(text($(second, '.draft-notice'))).to.contain('Đã khôi phục bản khai');
    });

    it('clearing the device needs no part: with the network gone, a shared computer is still cleared', async () => {
      laterLoader.load = offline;
      const el = await mountWithDrafts();
      await type(el, 'name', 'Trần Thị Bình');
      await until(() => localStorage.getItem(KEY) !== null, 'the draft was never saved');
      await click(el, button(el, 'Xóa dữ liệu đã lưu trên máy này'));
      expect(text($(el, '.device-confirm'))).to.contain('Xóa mọi bản khai chưa nộp đã lưu trên máy này');
      expect(focused(el)).to.equal(describeNode($(el, '.device-question')));
      await click(el, button(el, 'Xóa hết'));
      expect(localStorage.getItem(KEY), 'the draft is gone').to.equal(null);
      expect(liveRegion(el)).to.contain('Đã xóa mọi dữ liệu đã lưu trên máy này.');
      expect(($(el, '[data-field="name"] input') as HTMLInputElement).value, 'the answers on screen too').to.equal('');
    });

    it('a definition that cannot be used: the applicant’s words show without the part, the portal’s detail with it', async () => {
      laterLoader.load = offline;
      const broken = structuredClone(FORM);
      broken.steps[0]!.fields.push({ ...broken.steps[0]!.fields[0]! });
      const el = await fixture<GovDossierForm>(html`<gov-dossier-form api-base=${base} drafts="off" .definition=${broken}></gov-dossier-form>`);
      await settled(el);
      expect(el.state).to.equal('error');
      expect(text($(el, '.invalid-definition'))).to.contain('Biểu mẫu trực tuyến của thủ tục này đang bị lỗi nên chưa khai được');
      expect(text($(el, '.invalid-definition'))).not.to.contain('Chi tiết cho người quản trị');
      await expect(el).to.be.accessible();
    });
  });
});
