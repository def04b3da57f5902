import { expect, fixture, html } from '@open-wc/testing';
import { until } from '../../support/wait.js';
import type { GovDossierForm } from '../../../src/elements/dossier-form/dossier-form.js';
import type { FormDefinition } from '../../../src/api/schemas.js';
import { HAND_WRITTEN_FORM_CODES } from '../../../src/mocks/index.js';
import { $, $$, BIRTH, button, click, describeNode, heading, liveRegion, mockBackEnd, mountForm, settled, text } from '../../support/dossier-form.js';

const base = '/t-form-states/api/v1';
const backEnd = mockBackEnd(base);
const { mock } = backEnd;

async function mountRaw(procedure = BIRTH): Promise<GovDossierForm> {
  return fixture<GovDossierForm>(html`<gov-dossier-form api-base=${base} procedure=${procedure} drafts="off"></gov-dossier-form>`);
}

describe('<gov-dossier-form> states', () => {
  before(() => backEnd.start());
  after(() => backEnd.stop());
  beforeEach(() => {
    mock.reset();
    backEnd.requests.length = 0;
  });
  afterEach(() => backEnd.worker.resetHandlers());

  it('shows a loading state, announced, while the form definition comes', async () => {
    const held = backEnd.hold('get', `/procedures/${BIRTH}/form`);
    const el = await mountRaw();
    expect(el.state).to.equal('loading');
    expect($(el, '.loading').getAttribute('aria-busy')).to.equal('true');
    expect(text($(el, '.loading'))).to.equal('Đang tải biểu mẫu…');
    expect(liveRegion(el)).to.equal('Đang tải biểu mẫu…');
    await expect(el).to.be.accessible();
    held.release();
    await settled(el);
    expect(el.state).to.equal('filling');
    expect(heading(el)).to.equal('Người yêu cầu');
    expect(text($(el, '.form-title'))).to.equal('Tờ khai đăng ký khai sinh');
    await expect(el).to.be.accessible();
  });

  it('loads again when moved in the page while loading', async () => {
    const held = backEnd.hold('get', `/procedures/${BIRTH}/form`);
    const el = await mountRaw();
    const elsewhere = document.createElement('div');
    document.body.append(elsewhere);
    try {
      expect(el.state).to.equal('loading');
      elsewhere.append(el);
      held.release();
      await settled(el);
      expect(el.state).to.equal('filling');
    } finally {
      elsewhere.remove();
    }
  });

  it('shows a load error with a retry that works', async () => {
    mock.faults.add({ method: 'GET', path: `/procedures/${BIRTH}/form`, status: 500, times: 1 });
    const el = await mountForm(base);
    expect(el.state).to.equal('error');
    expect(text($(el, '.state h2'))).to.equal('Không tải được biểu mẫu');
    expect(text($(el, '.state'))).to.contain('Hệ thống đang gặp sự cố');
    await expect(el).to.be.accessible();
    await click(el, button(el, 'Thử lại'));
    await settled(el);
    expect(el.state).to.equal('filling');
  });

  it('treats a definition that breaks the contract as an error, not a crash', async () => {
    mock.faults.add({ method: 'GET', path: `/procedures/${BIRTH}/form`, malformed: true, times: 1 });
    const el = await mountForm(base);
    expect(el.state).to.equal('error');
    expect(text($(el, '.state'))).to.contain('Hệ thống trả về dữ liệu không hợp lệ');
  });

  it('says when a procedure cannot be applied for online (404)', async () => {
    const el = await mountForm(base, { procedure: '9.999999' });
    expect(el.state).to.equal('not-online');
    expect(text($(el, '.state h2'))).to.equal('Thủ tục này chưa nộp trực tuyến được');
    expect($$(el, 'button'), 'nothing to retry').to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('says so when offline, and loads by itself when the network is back', async () => {
    const descriptor = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')!;
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    mock.faults.add({ method: 'GET', path: `/procedures/${BIRTH}/form`, offline: true, times: 3 });
    let el: GovDossierForm;
    try {
      el = await mountForm(base);
      expect(el.state).to.equal('offline');
      expect(text($(el, '.state h2'))).to.equal('Không có kết nối mạng');
      await expect(el).to.be.accessible();
    } finally {
      delete (navigator as { onLine?: boolean }).onLine;
      Object.defineProperty(Navigator.prototype, 'onLine', descriptor);
    }
    window.dispatchEvent(new Event('online'));
    await until(() => el.state === 'filling', 'did not reload when back online');
  });

  it('says when no procedure was given', async () => {
    const el = await fixture<GovDossierForm>(html`<gov-dossier-form api-base=${base}></gov-dossier-form>`);
    await settled(el);
    expect(el.state).to.equal('error');
    expect(text($(el, '.state'))).to.contain('Chưa chọn thủ tục để nộp hồ sơ.');
    expect(backEnd.requests).to.have.length(0);
  });

  it('loads again when the procedure or the case changes, asking for the case given', async () => {
    const el = await mountForm(base);
    el.procedure = '2.001417';
    // While the new form loads there is no title: wait for the new one, not for any change.
    await until(() => el.state === 'filling' && text(el.shadowRoot!.querySelector('.form-title')) !== 'Tờ khai đăng ký khai sinh', 'did not reload');
    expect(backEnd.calls('GET', '/procedures/2.001417/form')).to.have.length(1);
    expect(el.state).to.equal('filling');

    const detail = (await (await fetch(`${base}/procedures/2.001417`)).json()) as { cases: Array<{ id: string }> };
    const caseId = detail.cases[detail.cases.length - 1]!.id;
    el.setAttribute('case', caseId);
    await until(() => backEnd.calls('GET', '/procedures/2.001417/form').length === 2, 'did not reload for the case');
    await settled(el);
    const request = backEnd.requests.filter((r) => r.path === '/procedures/2.001417/form')[1]!;
    expect(request.url.search).to.equal(`?case=${encodeURIComponent(caseId)}`);
    expect(el.caseId).to.equal(caseId);
    expect(el.state).to.equal('filling');
  });

  it('is usable at 320 px: one column, nothing wider than the screen', async () => {
    const { setViewport } = await import('@web/test-runner-commands');
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await mountForm(base);
      expect(el.scrollWidth).to.be.at.most(320);
      // Questions are paint-contained (content-visibility), so what overflows one is clipped
      // rather than widening the page: measure every box of the step itself.
      const wide = $$(el, '.page *').filter((node) => node.getBoundingClientRect().right > 320.5);
      expect(wide.map(describeNode), 'boxes wider than the screen').to.deep.equal([]);
      expect($(el, '.steps ol').offsetParent, 'the step list folds into the count').to.equal(null);
      expect(text($(el, '.step-count'))).to.equal('Bước 1 trong 6');
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
  for (const code of HAND_WRITTEN_FORM_CODES) {
    it(`renders every step of the hand-written form ${code} accessibly`, async function () {
      this.timeout(30_000);
      const el = await mountForm(base, { procedure: code });
      expect(el.state).to.equal('filling');
      await expect(el).to.be.accessible();
      // Each step alone, as a one-step preview of the same definition.
      const form = (await (await fetch(`${base}/procedures/${code}/form`)).json()) as FormDefinition;
      for (const step of form.steps) {
        const preview = await fixture<GovDossierForm>(html`<gov-dossier-form
          api-base=${base}
          drafts="off"
          .definition=${{ ...form, steps: [step] }}
        ></gov-dossier-form>`);
        await settled(preview);
        expect(text($(preview, '.page-heading'))).to.equal(step.title);
        const shown = $$(preview, '[data-field]').map((node) => node.dataset['field']);
        for (const field of step.fields.filter((candidate) => !candidate.visibleWhen)) expect(shown).to.include(field.id);
        await expect(preview).to.be.accessible();
        preview.remove();
      }
    });
  }
});
