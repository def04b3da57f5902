/**
 * The tracker on the national model (contract 1.1, #16 and #20): opened by a QR code or a link,
 * appointments with their time and extensions with the apology slip, payment requests and the
 * checkout round trip, the withdrawal request, result documents, the satisfaction evaluation,
 * the code's copy button and the element's heading level.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/status-tracker/index.js';
import type { DossierStatus } from '../../../src/api/schemas.js';
import { actionsLoader } from '../../../src/elements/status-tracker/actions-loader.js';
import { paymentHandoff } from '../../../src/elements/status-tracker/payment.js';
import type { GovStatusTracker } from '../../../src/elements/status-tracker/status-tracker.js';
import { $, $$, focused, has } from '../../support/dom.js';
import { expectFitsWidth, phoneViewport, resetViewport } from '../../support/layout.js';
import { demoWith, liveRegion, lookUp, mockBackEnd, settled, text, typeInto, until } from '../../support/status-tracker.js';

const base = '/t-tracker-national/api/v1';
const backEnd = mockBackEnd(base);
const { mock, requests } = backEnd;
const page = window.location.href;

async function tracker(attributes: { locale?: string; code?: string; headingLevel?: string } = {}): Promise<GovStatusTracker> {
  const el = await fixture<GovStatusTracker>(html`<gov-status-tracker api-base=${base}></gov-status-tracker>`);
  if (attributes.locale) el.setAttribute('locale', attributes.locale);
  if (attributes.code) el.setAttribute('code', attributes.code);
  if (attributes.headingLevel) el.setAttribute('heading-level', attributes.headingLevel);
  await el.updateComplete;
  return el;
}

/** A tracker created while the page's address is `search` (a QR code's link, the platform's return). */
async function trackerAt(search: string, locale?: string): Promise<GovStatusTracker> {
  window.history.replaceState(null, '', `${window.location.pathname}${search}`);
  return tracker(locale ? { locale } : {});
}

function demoLabelled(label: string) {
  const found = mock.demo.find((dossier) => dossier.label === label);
  if (!found) throw new Error(`no demo dossier "${label}"`);
  return found;
}

async function found(el: GovStatusTracker, code: string, verifier: string): Promise<DossierStatus> {
  await lookUp(el, code, verifier);
  await settled(el);
  expect(el.state).to.equal('found');
  return el.dossier!;
}

function body(request: { body: string }): Record<string, unknown> {
  return JSON.parse(request.body) as Record<string, unknown>;
}

describe('<gov-status-tracker> on the national model', () => {
  before(() => backEnd.start());
  after(() => backEnd.stop());
  beforeEach(() => {
    mock.reset();
    requests.length = 0;
  });
  afterEach(async () => {
    window.history.replaceState(null, '', page);
    await resetViewport();
  });

  describe('opened from a QR code or a link', () => {
    it('prefills ?code= from the page, says so, asks for the verifier with the focus on it, and sends nothing', async () => {
      const dossier = demoWith(mock, 4);
      const el = await trackerAt(`?code=${encodeURIComponent(` ${dossier.code.toLowerCase()} `)}`);
      await el.updateComplete;
      await backEnd.barrier();
      expect($<HTMLInputElement>(el, '#code').value).to.equal(dossier.code);
      expect($<HTMLInputElement>(el, '#verifier').value).to.equal('');
      expect(text($(el, '.intro'))).to.contain('điền sẵn từ đường dẫn');
      expect(focused(el)).to.match(/^input#verifier\b/);
      // Only the lookup reaches the API, and only once the applicant sends it (the page may fetch the actions part meanwhile).
      expect(requests.filter((request) => request.url.pathname.startsWith(base))).to.have.length(0);
      await expect(el).to.be.accessible();
      await typeInto($<HTMLInputElement>(el, '#verifier'), dossier.verifier);
      await sendKeys({ press: 'Enter' });
      await settled(el);
      expect(el.state).to.equal('found');
    });

    it('lets the code attribute win over the page address, and ignores an address without a valid code', async () => {
      const dossier = demoWith(mock, 4);
      window.history.replaceState(null, '', `${window.location.pathname}?code=${dossier.code}`);
      const el = await fixture<GovStatusTracker>(html`<gov-status-tracker api-base=${base} code="000.00.01.H22-261122-0009"></gov-status-tracker>`);
      expect($<HTMLInputElement>(el, '#code').value).to.equal('000.00.01.H22-261122-0009');
      expect(text($(el, '.intro'))).to.not.contain('đường dẫn');
      const other = await trackerAt('?code=not-a-code');
      expect($<HTMLInputElement>(other, '#code').value).to.equal('');
      expect(focused(other)).to.not.match(/^input#verifier/);
    });

    it('accepts a pasted code with spaces, lower case and full-width characters, and a pasted tracking link', async () => {
      const dossier = demoWith(mock, 2);
      const el = await tracker();
      const fullWidth = [...dossier.code.toLowerCase()].map((c) => (/[0-9a-z]/.test(c) ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c)).join('');
      await found(el, ` ${fullWidth.slice(0, 8)} ${fullWidth.slice(8)} `, dossier.verifier);
      expect(el.dossier!.code).to.equal(dossier.code);
      await found(el, `https://dichvucong.example.gov.vn/tra-cuu?code=${dossier.code}`, dossier.verifier);
      expect($<HTMLInputElement>(el, '#code').value).to.equal(dossier.code);
    });
  });

  describe('the dossier code', () => {
    it('has a copy button and never breaks at the hyphen, even at 320 px', async () => {
      await phoneViewport();
      const dossier = demoWith(mock, 4);
      const el = await tracker();
      await found(el, dossier.code, dossier.verifier);
      const code = $(el, '.result .code');
      expect(text(code)).to.equal(dossier.code);
      expect(getComputedStyle(code).whiteSpace).to.equal('nowrap');
      expect(code.getClientRects()).to.have.length(1);
      $<HTMLButtonElement>(el, '.copy-button').click();
      // Headless Chromium may refuse the clipboard: either way the applicant is told.
      await until(() => /sao chép/i.test(liveRegion(el)), 'the copy announced');
      expectFitsWidth(el);
    });

    it('moves every heading with heading-level', async () => {
      const dossier = demoLabelled('Gia hạn, có phiếu xin lỗi');
      const el = await tracker({ headingLevel: '3' });
      await found(el, dossier.code, dossier.verifier);
      expect($(el, '#title').tagName).to.equal('H3');
      expect($(el, '#result-title').tagName).to.equal('H4');
      expect($(el, '#appointments-title').tagName).to.equal('H5');
      expect($(el, '#timeline-title').tagName).to.equal('H5');
      const levels = $$(el, 'h1, h2, h3, h4, h5, h6').map((heading) => Number(heading.tagName[1]));
      expect(Math.min(...levels)).to.equal(3);
      await expect(el).to.be.accessible();
    });
  });

  describe('appointments', () => {
    it('shows the appointment with its time, and each extension with old and new appointment, reason and apology slip', async () => {
      const dossier = demoLabelled('Gia hạn, có phiếu xin lỗi');
      const el = await tracker();
      const shown = await found(el, dossier.code, dossier.verifier);
      expect(text($(el, '.result > .facts'))).to.match(/Hẹn trả kết quả\s?\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/);
      const change = $(el, '.change.extension');
      expect(text(change)).to.contain('Cơ quan gia hạn giải quyết');
      expect(text(change)).to.match(/Hẹn cũ\s?\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/);
      expect(text(change)).to.match(/Hẹn mới\s?\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/);
      expect(text(change)).to.contain('Cần xác minh thông tin chỗ ở hợp pháp');
      const slip = $<HTMLAnchorElement>(change, 'a.slip');
      expect(slip.href).to.equal(shown.appointmentHistory![0]!.apologySlip!.url);
      expect(text(slip)).to.equal('Tải xuống Phiếu xin lỗi và hẹn lại ngày trả kết quả');
      await expect(el).to.be.accessible();
    });

    it('never links an apology slip that is not a web address', async () => {
      const dossier = demoLabelled('Gia hạn, có phiếu xin lỗi');
      const el = await tracker();
      const shown = await found(el, dossier.code, dossier.verifier);
      const change = shown.appointmentHistory![0]!;
      el.dossier = { ...shown, appointmentHistory: [{ ...change, apologySlip: { name: 'Phiếu', url: 'javascript:alert(1)' } }] };
      await el.updateComplete;
      expect(has(el, 'a.slip')).to.equal(false);
    });
  });

  describe('payment', () => {
    let handedOff: string[];
    const go = paymentHandoff.go;
    beforeEach(() => {
      handedOff = [];
      paymentHandoff.go = (url) => void handedOff.push(url);
    });
    afterEach(() => {
      paymentHandoff.go = go;
    });

    it('shows the items and total, and hands the applicant to the platform once, with the verifier only in the body', async () => {
      const dossier = demoWith(mock, 6);
      const el = await tracker();
      const shown = await found(el, dossier.code, dossier.verifier);
      const pending = shown.paymentRequests!.find((request) => request.state === 'pending')!;
      expect(text($(el, '.action'))).to.contain('Lệ phí: ');
      expect(text($(el, '.action'))).to.contain('Chờ thanh toán');
      expect(text($(el, '.action'))).to.match(/Hạn thanh toán\s?\d{2}\/\d{2}\/\d{4}/);
      await expect(el).to.be.accessible();
      const pay = $<HTMLButtonElement>(el, 'button.pay');
      pay.click();
      pay.click();
      await until(() => handedOff.length === 1, 'the hand-off');
      const checkouts = backEnd.calls('POST', new RegExp(`/payments/${pending.id}/checkout$`));
      expect(checkouts).to.have.length(1);
      expect(checkouts[0]!.headers['idempotency-key']).to.be.a('string');
      expect(checkouts[0]!.url.href).to.not.contain(dossier.verifier);
      const sent = body(checkouts[0]!);
      expect(sent['verifier']).to.equal(dossier.verifier);
      const back = new URL(sent['returnUrl'] as string);
      expect(back.searchParams.get('code')).to.equal(dossier.code);
      expect(back.searchParams.get('motcua-payment')).to.equal(pending.id);
      expect(back.href).to.not.contain(dossier.verifier);
      expect(handedOff[0]).to.contain('motcua-payment=');
    });

    it('is ready again when the browser brings the page back from its cache (Back from the platform)', async () => {
      const dossier = demoWith(mock, 6);
      const el = await tracker();
      await found(el, dossier.code, dossier.verifier);
      $<HTMLButtonElement>(el, 'button.pay').click();
      await until(() => handedOff.length === 1, 'the hand-off');
      await el.updateComplete;
      expect(text($(el, 'button.pay'))).to.equal('Đang chuyển sang cổng thanh toán…');
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      await el.updateComplete;
      expect(text($(el, 'button.pay'))).to.equal('Thanh toán trực tuyến');
      expect($(el, 'button.pay').getAttribute('aria-disabled')).to.equal('false');
    });

    for (const [outcome, said, receipt] of [
      ['paid', 'Thanh toán thành công', true],
      ['processing', 'chưa xác nhận', false],
      ['pending', 'Thanh toán chưa hoàn tất', false],
    ] as const) {
      it(`after the return, says what the lookup says of the payment (${outcome}), never the address`, async () => {
        const dossier = demoWith(mock, 6);
        const record = mock.store.dossiers.get(dossier.code)!;
        const payment = record.payments.find((p) => p.stage === 'processing' && p.state === 'pending')!;
        if (outcome === 'paid') mock.store.dossiers.settlePayment(dossier.code, payment.id, 'paid');
        if (outcome === 'processing') payment.state = 'processing';
        // The address claims success whatever happened: the tracker does not believe it.
        const el = await trackerAt(`?code=${dossier.code}&motcua-payment=${payment.id}&motcua-payment-result=paid`);
        expect(focused(el)).to.match(/^input#verifier\b/);
        await typeInto($<HTMLInputElement>(el, '#verifier'), dossier.verifier);
        await sendKeys({ press: 'Enter' });
        await settled(el);
        expect(text($(el, '#payment-returned'))).to.contain(said);
        expect(liveRegion(el)).to.contain(said);
        // This dossier also paid a fee with its submission: only the request paid just now is spoken of.
        const request = $(el, '#payment-returned').closest('.payment-request') as HTMLElement;
        expect(has(request, 'a.receipt')).to.equal(receipt);
        if (receipt) expect($<HTMLAnchorElement>(request, 'a.receipt').href).to.match(/^https:\/\/motcua\.dev\/bien-lai\//);
        expect(has(request, 'button.pay')).to.equal(outcome === 'pending');
        await expect(el).to.be.accessible();
      });
    }

    it('says why the hand-off failed and lets the applicant try again', async () => {
      const dossier = demoWith(mock, 6);
      const el = await tracker();
      await found(el, dossier.code, dossier.verifier);
      mock.faults.add({ method: 'POST', path: /\/checkout$/, status: 503, times: 1 });
      $<HTMLButtonElement>(el, 'button.pay').click();
      await until(() => has(el, '#payment-failed'), 'the failure');
      await el.updateComplete;
      expect(text($(el, '#payment-failed'))).to.contain('Chưa chuyển được sang cổng thanh toán');
      expect(focused(el)).to.match(/^p#payment-failed\b/);
      expect(handedOff).to.have.length(0);
      $<HTMLButtonElement>(el, 'button.pay').click();
      await until(() => handedOff.length === 1, 'the hand-off on retry');
    });
  });

  describe('withdrawal', () => {
    it('asks a reason, then a confirmation, sends one request and shows it as a request until the agency decides', async () => {
      const dossier = demoWith(mock, 4);
      const el = await tracker();
      await found(el, dossier.code, dossier.verifier);
      $<HTMLButtonElement>(el, '#withdrawal-open').click();
      await el.updateComplete;
      expect(focused(el)).to.match(/^h4#withdrawal-title\b/);
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, '.withdrawal .button-row .button').click();
      await el.updateComplete;
      expect(focused(el)).to.match(/^div#withdrawal-summary\b/);
      expect(text($(el, '#withdrawal-summary'))).to.contain('Nhập lý do rút hồ sơ');
      expect(backEnd.calls('POST', /\/withdrawal$/)).to.have.length(0);
      await typeInto($<HTMLTextAreaElement>(el, '#withdrawal-reason'), 'Tôi đã nộp nhầm thủ tục.');
      $<HTMLButtonElement>(el, '.withdrawal .button-row .button').click();
      await el.updateComplete;
      expect(focused(el)).to.match(/^h5#withdrawal-confirm-title\b/);
      expect(text($(el, '.withdrawal'))).to.contain(dossier.code);
      expect(text($(el, '.withdrawal'))).to.contain('Tôi đã nộp nhầm thủ tục.');
      await expect(el).to.be.accessible();
      const confirm = $<HTMLButtonElement>(el, '#withdrawal-confirm');
      confirm.click();
      confirm.click();
      await until(() => el.dossier?.status === 7, 'the dossier at status 7');
      await el.updateComplete;
      const sent = backEnd.calls('POST', /\/withdrawal$/);
      expect(sent).to.have.length(1);
      expect(body(sent[0]!)).to.deep.equal({ verifier: dossier.verifier, reason: 'Tôi đã nộp nhầm thủ tục.' });
      expect(text($(el, '#withdrawal-sent'))).to.contain('Đã gửi yêu cầu rút hồ sơ');
      expect(text($(el, '.step[aria-current] .step-status'))).to.equal('Đã gửi yêu cầu rút hồ sơ');
      expect(text($(el, '.status'))).to.contain('Tôi đã nộp nhầm thủ tục.');
      expect(has(el, '#withdrawal-open')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('goes back to the reason, or closes without sending', async () => {
      const dossier = demoWith(mock, 2);
      const el = await tracker();
      await found(el, dossier.code, dossier.verifier);
      $<HTMLButtonElement>(el, '#withdrawal-open').click();
      await el.updateComplete;
      await typeInto($<HTMLTextAreaElement>(el, '#withdrawal-reason'), 'Lý do');
      $<HTMLButtonElement>(el, '.withdrawal .button-row .button').click();
      await el.updateComplete;
      $<HTMLButtonElement>(el, '.withdrawal .button-row .button.secondary').click();
      await el.updateComplete;
      expect($<HTMLTextAreaElement>(el, '#withdrawal-reason').value).to.equal('Lý do');
      $<HTMLButtonElement>(el, '.withdrawal .button-row .button.secondary').click();
      await el.updateComplete;
      expect(focused(el)).to.match(/^button#withdrawal-open\b/);
      await backEnd.barrier();
      expect(backEnd.calls('POST', /\/withdrawal$/)).to.have.length(0);
    });

    it('shows a withdrawal already asked for as a request, without another withdraw button', async () => {
      const dossier = demoWith(mock, 7);
      const el = await tracker();
      await found(el, dossier.code, dossier.verifier);
      expect(text($(el, '.step[aria-current] .step-status'))).to.equal('Đã gửi yêu cầu rút hồ sơ');
      expect(text($(el, '.status'))).to.contain('Lý do rút hồ sơ');
      expect(has(el, '#withdrawal-open')).to.equal(false);
    });
  });

  describe('result documents', () => {
    it('links the electronic copy of each result document, and says when a document is paper only', async () => {
      const dossier = demoWith(mock, 10);
      const el = await tracker();
      const shown = await found(el, dossier.code, dossier.verifier);
      const link = $<HTMLAnchorElement>(el, '.action .documents a.link');
      expect(link.href).to.equal(shown.result!.documents![0]!.electronicCopy!.url);
      expect(link.hasAttribute('download')).to.equal(true);
      expect(text($(el, '.action .documents'))).to.contain('có chữ ký số');
      el.dossier = { ...shown, result: { ...shown.result!, documents: [{ name: 'Giấy phép xây dựng' }] } };
      await el.updateComplete;
      expect(has(el, '.action .documents a')).to.equal(false);
      expect(text($(el, '.action .documents'))).to.contain('Bản giấy');
    });
  });

  describe('satisfaction evaluation', () => {
    it('asks two questions with the three official levels as labelled radio buttons, and sends the rating once', async () => {
      const dossier = demoWith(mock, 10);
      const el = await tracker();
      await found(el, dossier.code, dossier.verifier);
      const legends = $$(el, '.rating-question legend').map(text);
      expect(legends).to.deep.equal(['Mức độ thuận tiện khi thực hiện thủ tục', 'Đánh giá chung về việc giải quyết hồ sơ']);
      for (const fieldset of $$(el, '.rating-question')) {
        expect($$(fieldset, 'input[type="radio"]').map((radio) => text($(el, `label[for="${radio.id}"]`)))).to.deep.equal([
          'Rất hài lòng',
          'Hài lòng',
          'Không hài lòng',
        ]);
      }
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, '.rating-form button[type="submit"]').click();
      await el.updateComplete;
      expect(focused(el)).to.match(/^div#rating-summary\b/);
      expect($$(el, '#rating-summary li')).to.have.length(2);
      await expect(el).to.be.accessible();
      $<HTMLInputElement>(el, '#rating-convenience-very-satisfied').click();
      $<HTMLInputElement>(el, '#rating-overall-satisfied').click();
      await typeInto($<HTMLTextAreaElement>(el, '#rating-comment'), 'Cán bộ hướng dẫn tận tình.');
      const send = $<HTMLButtonElement>(el, '.rating-form button[type="submit"]');
      send.click();
      send.click();
      await until(() => has(el, '#rating-done'), 'the rating sent');
      const sent = backEnd.calls('POST', /\/rating$/);
      expect(sent).to.have.length(1);
      expect(body(sent[0]!)).to.deep.equal({
        verifier: dossier.verifier,
        convenience: 'very-satisfied',
        overall: 'satisfied',
        comment: 'Cán bộ hướng dẫn tận tình.',
      });
      expect(text($(el, '#rating-done'))).to.contain('Cảm ơn bạn');
      await until(() => el.dossier?.evaluation?.rating !== undefined, 'the rating looked up again');
      await el.updateComplete;
      expect(has(el, '.rating-form')).to.equal(false);
      expect(text($(el, '.rating'))).to.contain('Rất hài lòng');
      await expect(el).to.be.accessible();
    });

    it('shows a rating sent from another tab as already sent', async () => {
      const dossier = demoWith(mock, 10);
      const el = await tracker();
      await found(el, dossier.code, dossier.verifier);
      mock.store.dossiers.rate(dossier.code, { convenience: 'dissatisfied', overall: 'satisfied' });
      $<HTMLInputElement>(el, '#rating-convenience-satisfied').click();
      $<HTMLInputElement>(el, '#rating-overall-satisfied').click();
      await el.updateComplete;
      $<HTMLButtonElement>(el, '.rating-form button[type="submit"]').click();
      await until(() => el.dossier?.evaluation?.rating !== undefined, 'the rating looked up again');
      await el.updateComplete;
      expect(text($(el, '#rating-done'))).to.contain('Bạn đã đánh giá hồ sơ này');
      expect(text($(el, '.rating'))).to.contain('Không hài lòng');
      expect(has(el, '.rating-form')).to.equal(false);
    });

    it('after a reload shows the rating as sent, and the computed indices read-only', async () => {
      const dossier = demoLabelled('Đã trả kết quả, đã đánh giá');
      const el = await tracker();
      await found(el, dossier.code, dossier.verifier);
      expect(has(el, '.rating-form')).to.equal(false);
      expect(text($(el, '#rating-done'))).to.contain('Bạn đã đánh giá hồ sơ này');
      const indices = $(el, '.indices');
      expect(text($(indices, 'summary'))).to.equal('Kết quả đánh giá việc giải quyết hồ sơ');
      expect($$(indices, '.fact')).to.have.length(11);
      expect(text(indices)).to.match(/\/2 điểm/);
      expect($$(indices, 'input, select, textarea')).to.have.length(0);
      await expect(el).to.be.accessible();
    });
  });

  describe('the actions part', () => {
    it('shows the dossier without its actions when the part cannot be downloaded, and tries again on request', async () => {
      const load = actionsLoader.load;
      // A fresh page would fetch the part; this one may hold it already: count on the loader alone.
      let fail = true;
      actionsLoader.load = () => (fail ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : load());
      try {
        const dossier = demoWith(mock, 4);
        const el = await fixture<GovStatusTracker>(html`<gov-status-tracker api-base=${base}></gov-status-tracker>`);
        await found(el, dossier.code, dossier.verifier);
        expect(text($(el, '.actions-failed'))).to.contain('Chưa tải được');
        expect(has(el, '#withdrawal-open')).to.equal(false);
        await expect(el).to.be.accessible();
        fail = false;
        $<HTMLButtonElement>(el, '.actions-failed button').click();
        await until(() => has(el, '#withdrawal-open'), 'the actions after the retry');
        expect(has(el, '.actions-failed')).to.equal(false);
      } finally {
        actionsLoader.load = load;
      }
    });
  });

  describe('at 320 px, in Vietnamese and in English', () => {
    const own = {
      // The mock's content is Vietnamese (procedure names, notes); in English the tracker's own words are not.
      en: { absent: ['Tình trạng', 'Tổng số tiền', 'Thanh toán trực tuyến', 'Rút hồ sơ', 'hài lòng', 'Hẹn cũ', 'Tải xuống', 'Sao chép'], confirm: 'Confirm the withdrawal' },
      vi: { absent: [], confirm: 'Xác nhận rút hồ sơ' },
    };
    for (const locale of ['vi', 'en'] as const) {
      for (const [label, status, open] of [
        ['payment', 6, false],
        ['withdrawal confirmation', 4, true],
        ['rating', 10, false],
        ['extension', 0, false],
      ] as const) {
        it(`fits: ${label} (${locale})`, async () => {
          await phoneViewport();
          const dossier = status === 0 ? demoLabelled('Gia hạn, có phiếu xin lỗi') : demoWith(mock, status);
          const el = await tracker({ locale });
          await found(el, dossier.code, dossier.verifier);
          if (open) {
            $<HTMLButtonElement>(el, '#withdrawal-open').click();
            await el.updateComplete;
            await typeInto($<HTMLTextAreaElement>(el, '#withdrawal-reason'), 'Applied by mistake');
            $<HTMLButtonElement>(el, '.withdrawal .button-row .button').click();
            await el.updateComplete;
            expect(text($(el, '.withdrawal'))).to.contain(own[locale].confirm);
          }
          const shown = text($(el, '.result'));
          for (const word of own[locale].absent) expect(shown).to.not.contain(word);
          expectFitsWidth(el);
          await expect(el).to.be.accessible();
        });
      }
    }
  });
});
