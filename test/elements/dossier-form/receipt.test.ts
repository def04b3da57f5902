/**
 * After the questions: the fees on the review, the receipt (code, appointment with its time,
 * QR code to the tracker, printed copy) and paying with the submission through the mock's
 * checkout round trip (the mock's platform sends the applicant straight back).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import type { DossierReceipt, FormDefinition, ProcedureDetail } from '../../../src/api/schemas.js';
import type { GovDossierForm } from '../../../src/elements/dossier-form/dossier-form.js';
import { paymentNavigator, returnUrlOf, verifierOf } from '../../../src/elements/dossier-form/payment.js';
import { feeTotal } from '../../../src/elements/dossier-form/fees.js';
import { qrPath } from '../../../src/elements/dossier-form/qr.js';
import { trackingAddress } from '../../../src/elements/dossier-form/receipt-view.js';
import '../../../src/elements/dossier-form/index.js';
import { phoneViewport, resetViewport, expectFitsWidth } from '../../support/layout.js';
import { until } from '../../support/wait.js';
import { $, $$, APPLICANT, BIRTH, button, click, continueOn, focused, describeNode, liveRegion, mockBackEnd, settled, text } from '../../support/dossier-form.js';

const base = '/t-form-receipt/api/v1';
const backEnd = mockBackEnd(base);
const { mock } = backEnd;
const TRACKER = 'https://dichvucong.example.gov.vn/tra-cuu';

/** One short step whose answers carry the applicant's identity: the review in one press. */
const TINY: FormDefinition = {
  procedureCode: BIRTH,
  version: 'receipt-1',
  title: 'Tờ khai thử',
  steps: [
    {
      id: 'nguoi-yeu-cau',
      title: 'Người yêu cầu',
      fields: [
        { id: 'name', kind: 'text', label: 'Họ, chữ đệm và tên', required: true, prefill: 'fullName' },
        { id: 'nationalId', kind: 'national-id', label: 'Số định danh cá nhân', required: true, prefill: 'nationalId' },
        { id: 'phone', kind: 'phone', label: 'Số điện thoại', required: true, prefill: 'phone' },
      ],
    },
  ],
  attachments: [],
  declaration: 'Tôi cam đoan những nội dung khai trên đây là đúng sự thật.',
};

async function mount(options: { locale?: string; level?: number } = {}): Promise<GovDossierForm> {
  const el = await fixture<GovDossierForm>(html`<gov-dossier-form
    api-base=${base}
    drafts="off"
    locale=${options.locale ?? 'vi'}
    heading-level=${options.level ?? 2}
    tracker-url=${TRACKER}
    .applicant=${APPLICANT}
    .definition=${TINY}
  ></gov-dossier-form>`);
  await settled(el);
  return el;
}

async function toReview(el: GovDossierForm): Promise<void> {
  if (el.locale === 'en') await click(el, button(el, 'Continue'));
  else await continueOn(el);
  await until(() => el.state === 'review', 'the review never showed');
  await until(() => $$(el, '.fee-total, .fees-none').length > 0, 'the fees never showed');
}

/** The demo dossier whose submission payment is due (the applicant is APPLICANT: same phone). */
function unpaidReceipt(): DossierReceipt {
  const demo = mock.demo.find((dossier) => dossier.label === 'Chờ thanh toán khi nộp')!;
  const record = mock.store.dossiers.get(demo.code)!;
  return mock.store.dossiers.receipt(record, 'vi', record.procedure.name);
}

/** Submits, with the back end answering `receipt`. */
async function submit(el: GovDossierForm, receipt: DossierReceipt): Promise<void> {
  backEnd.worker.use(http.post(`${base}/dossiers`, () => HttpResponse.json(receipt, { status: 201 }), { once: true }));
  $(el, '#declaration').click();
  await el.updateComplete;
  await click(el, button(el, 'Nộp hồ sơ'));
  await until(() => el.state === 'submitted', 'no receipt');
  await el.updateComplete;
}

/** Where the applicant was sent: the mock's platform sends them straight back. */
let sentTo: string[] = [];
const realGo = paymentNavigator.go;

describe('<gov-dossier-form> fees, receipt and payment', () => {
  before(() => backEnd.start());
  after(() => backEnd.stop());
  beforeEach(() => {
    mock.reset();
    (mock.store.options as { paymentOutcome: string }).paymentOutcome = 'paid';
    sessionStorage.clear();
    sentTo = [];
    paymentNavigator.go = (url) => void sentTo.push(url);
  });
  afterEach(async () => {
    backEnd.worker.resetHandlers();
    paymentNavigator.go = realGo;
    await resetViewport();
  });
  after(() => sessionStorage.clear());

  describe('fees on the review', () => {
    it('lists phí and lệ phí of the online channel; "theo quy định" is never free, and the total says so', async () => {
      const el = await mount();
      await toReview(el);
      const lines = $$(el, '.fee-line').map((line) => text(line));
      expect(lines).to.deep.equal([
        'Lệ phí Lệ phí đăng ký khai sinh Miễn phí Miễn lệ phí khi đăng ký đúng hạn',
        'Lệ phí Lệ phí đăng ký khai sinh quá hạn Theo quy định Theo nghị quyết của Hội đồng nhân dân tỉnh Được miễn: Trẻ em thuộc hộ nghèoNgười khuyết tật',
        'Phí Phí cấp bản sao trích lục khai sinh 8.000 đồng/bản',
      ]);
      expect(text($(el, '.fee-total'))).to.equal(
        'Tổng cộng: Theo quy định Số tiền do cơ quan giải quyết thông báo. Các khoản tính theo đơn vị được tính theo số lượng thực tế.',
      );
      expect(text($(el, '.fee-total'))).not.to.match(/\b0 đồng|Miễn phí/);
      await expect(el).to.be.accessible();
    });

    it('sums the fixed fees and says what the sum leaves out', async () => {
      expect(feeTotal([
        { kind: 'le-phi', name: 'A', amount: 50000, currency: 'VND' },
        { kind: 'phi', name: 'B', amount: null, currency: 'VND' },
      ])).to.deep.equal({ amount: 50000, regulated: true, perUnit: false });
      const detail = (await (await fetch(`${base}/procedures/${BIRTH}`)).json()) as ProcedureDetail;
      for (const channel of detail.channels) {
        channel.feeItems = [
          { kind: 'le-phi', name: 'Lệ phí đăng ký', amount: 50000, currency: 'VND' },
          { kind: 'phi', name: 'Phí thẩm định', amount: 100000, currency: 'VND' },
          { kind: 'phi', name: 'Phí khai thác', amount: null, currency: 'VND' },
        ];
      }
      backEnd.worker.use(http.get(`${base}/procedures/${BIRTH}`, () => HttpResponse.json(detail)));
      const el = await mount();
      await toReview(el);
      expect(text($(el, '.fee-total'))).to.equal('Tổng cộng: 150.000 đồng Chưa gồm các khoản thu theo quy định: cơ quan giải quyết sẽ thông báo số tiền.');
    });

    it('says when a procedure takes no fee, and offers to load the fees again after a failure', async () => {
      backEnd.worker.use(http.get(`${base}/procedures/${BIRTH}`, () => HttpResponse.json({ type: 'about:blank', title: 'Lỗi', status: 503 }, { status: 503 })));
      const el = await mount();
      await continueOn(el);
      await until(() => $$(el, '.fees button').length === 1, 'no retry of the fees');
      expect(text($(el, '.fees p'))).to.contain('Chưa tải được thông tin phí, lệ phí');
      await expect(el).to.be.accessible();
      backEnd.worker.resetHandlers();
      const detail = (await (await fetch(`${base}/procedures/${BIRTH}`)).json()) as ProcedureDetail;
      for (const channel of detail.channels) channel.feeItems = [];
      backEnd.worker.use(http.get(`${base}/procedures/${BIRTH}`, () => HttpResponse.json(detail)));
      await click(el, $(el, '.fees button'));
      await until(() => $$(el, '.fees-none').length === 1, 'the fees never loaded again');
      expect(text($(el, '.fees-none'))).to.equal('Thủ tục này không thu phí, lệ phí khi nộp trực tuyến.');
    });
  });

  describe('the review, wide and narrow', () => {
    const visible = (el: GovDossierForm, selector: string) => $$(el, selector).filter((node) => node.checkVisibility());

    it('puts "Thay đổi" beside each answer when the element is wide', async () => {
      const el = await mount();
      el.style.width = '720px';
      await toReview(el);
      expect(visible(el, 'button.summary-action').map((node) => text(node))).to.deep.equal([
        'Thay đổi Họ, chữ đệm và tên',
        'Thay đổi Số định danh cá nhân',
        'Thay đổi Số điện thoại',
      ]);
      expect(visible(el, 'button.group-change')).to.have.length(0);
    });

    it('groups the answers by step with one "Thay đổi" per group when the element is narrow, whatever the viewport', async () => {
      const el = await mount();
      // A wide page that gives the element a narrow column: its own width decides, not the viewport's.
      el.style.width = '340px';
      await toReview(el);
      expect(window.innerWidth).to.be.greaterThan(600);
      expect(visible(el, 'button.summary-action')).to.have.length(0);
      const groups = visible(el, 'button.group-change');
      expect(groups.map((node) => text(node))).to.deep.equal(['Thay đổi Người yêu cầu']);
      await expect(el).to.be.accessible();
      await click(el, groups[0]!);
      expect(el.currentPage).to.equal(0);
      expect(focused(el)).to.equal(describeNode($(el, '#f0')));
      await continueOn(el);
      expect(el.state, 'straight back to the review').to.equal('review');
    });

    it('fits 320 px on a phone', async () => {
      await phoneViewport();
      const el = await mount();
      await toReview(el);
      expect(visible(el, 'button.group-change')).to.have.length(1);
      expectFitsWidth(el);
      await expect(el).to.be.accessible();
    });
  });

  describe('the receipt', () => {
    it('shows the code, the appointment date and time in Vietnam, and a QR code of the tracker with ?code= only', async () => {
      const el = await mount();
      await toReview(el);
      const receipt: DossierReceipt = {
        code: '000.20.01.H22-261207-0042',
        status: 1,
        submittedAt: '2026-12-07T01:30:00Z',
        expectedReturnDate: '2026-12-08',
        appointmentAt: '2026-12-08T14:30:00+07:00',
        procedure: { code: BIRTH, name: 'Đăng ký khai sinh' },
      };
      await submit(el, receipt);
      expect(focused(el)).to.equal(describeNode($(el, '.page-heading')));
      expect(text($(el, '.code'))).to.equal('000.20.01.H22-261207-0042');
      const facts = $$(el, '.receipt-details .fact').map((fact) => text(fact));
      expect(facts).to.include('Thời gian nộp08:30 07/12/2026');
      expect(facts).to.include('Ngày hẹn trả kết quả14:30 08/12/2026');
      const qr = $(el, '.receipt-qr svg');
      expect(qr.getAttribute('role')).to.equal('img');
      expect(qr.getAttribute('aria-label')).to.equal('Mã QR mở trang theo dõi hồ sơ 000.20.01.H22-261207-0042');
      const url = `${TRACKER}?code=000.20.01.H22-261207-0042`;
      expect(trackingAddress(TRACKER, receipt)).to.equal(url);
      expect(qr.querySelector('path')!.getAttribute('d')).to.equal(qrPath(url).path);
      expect(qrPath(url).size).to.be.greaterThan(20);
      await expect(el).to.be.accessible();

      // The kit's copy button: exactly the code on the clipboard, said in the live region.
      const copied: string[] = [];
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (value: string) => void copied.push(value) } });
      try {
        await click(el, button(el, 'Sao chép mã'));
        await until(() => liveRegion(el) === 'Đã sao chép mã hồ sơ.', 'the copy was never said');
      } finally {
        delete (navigator as { clipboard?: unknown }).clipboard;
      }
      expect(copied).to.deep.equal(['000.20.01.H22-261207-0042']);
    });

    it('never puts anything but the code in the QR code, and takes only web addresses', () => {
      const receipt = { code: 'A-1', status: 1, submittedAt: '2026-12-07T01:30:00Z', procedure: { code: BIRTH, name: 'x' } } as DossierReceipt;
      expect(trackingAddress('https://p.example/tra-cuu?tab=1#x', receipt)).to.equal('https://p.example/tra-cuu?tab=1&code=A-1#x');
      expect(trackingAddress('javascript:alert(1)', receipt)).to.equal(undefined);
      expect(trackingAddress(undefined, { ...receipt, trackingUrl: 'https://server.example/t?code=A-1' })).to.equal('https://server.example/t?code=A-1');
      expect(trackingAddress(undefined, { ...receipt, trackingUrl: 'data:text/html,x' })).to.equal(undefined);
    });

    it('prints as one clean column: the answers, the code and the QR code, no buttons', async () => {
      const el = await mount();
      await toReview(el);
      await submit(el, { ...unpaidReceipt(), code: '000.20.01.H22-261207-0043' });
      const shown = (selector: string) => $$(el, selector).some((node) => getComputedStyle(node).display !== 'none');
      expect(shown('.receipt-submission'), 'the answers are print-only').to.equal(false);
      await emulateMedia({ media: 'print' });
      try {
        expect(shown('.receipt-submission')).to.equal(true);
        expect(text($(el, '.receipt-title'))).to.equal('Giấy tiếp nhận hồ sơ và hẹn trả kết quả');
        expect(text($(el, '.receipt-submission .summary-row[data-field="name"]'))).to.equal('Họ, chữ đệm và tên Nguyễn Văn An');
        expect($$(el, '.receipt-submission button')).to.have.length(0);
        expect($$(el, '.receipt button').filter((node) => getComputedStyle(node).display !== 'none')).to.have.length(0);
        expect(shown('.receipt-qr svg')).to.equal(true);
        expect(shown('.code')).to.equal(true);
        // 180 mm at 96 dpi: the column fits an A4 page inside its margins.
        expect($(el, '.receipt').getBoundingClientRect().width).to.be.at.most(681);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    it('"In giấy tiếp nhận…" opens the browser’s print dialog', async () => {
      const el = await mount();
      await toReview(el);
      await submit(el, { ...unpaidReceipt(), paymentRequests: [] });
      const realPrint = window.print;
      let printed = 0;
      window.print = () => void printed++;
      try {
        await click(el, button(el, 'In giấy tiếp nhận hồ sơ và hẹn trả kết quả'));
      } finally {
        window.print = realPrint;
      }
      expect(printed).to.equal(1);
    });

    it('heading-level moves every heading of the review and the receipt', async () => {
      const el = await mount({ level: 3 });
      expect($(el, '.page-heading').tagName, 'the step').to.equal('H3');
      await toReview(el);
      expect($(el, '.page-heading').tagName, 'the review').to.equal('H3');
      expect($$(el, '.review-heading').map((node) => node.tagName)).to.deep.equal(['H4', 'H4', 'H4']);
      await submit(el, unpaidReceipt());
      expect($(el, '.page-heading').tagName).to.equal('H3');
      expect($$(el, '.receipt > .review-heading, .payment .review-heading').map((node) => node.tagName)).to.deep.equal(['H4', 'H4']);
    });
  });

  describe('paying with the submission', () => {
    it('hands the applicant to the platform and, back from it, shows the payment paid', async () => {
      const el = await mount();
      await toReview(el);
      const receipt = unpaidReceipt();
      await submit(el, receipt);
      expect(text($(el, '.payment-state'))).to.equal('Cần thanh toán 50.000 đồng để hồ sơ được xử lý.');
      await expect(el).to.be.accessible();
      await click(el, button(el, 'Thanh toán 50.000 đồng'));
      await until(() => sentTo.length === 1, 'never sent to the payment platform');
      const checkout = backEnd.calls('POST', `/dossiers/${receipt.code}/payments/${receipt.paymentRequests![0]!.id}/checkout`);
      expect(checkout).to.have.length(1);
      const body = JSON.parse(checkout[0]!.body) as { verifier: string; returnUrl: string };
      expect(body.verifier).to.equal('5678');
      expect(body.returnUrl).to.equal(returnUrlOf(location.href));
      expect(body.returnUrl, 'no personal data in the return address').not.to.match(/5678|0912/);
      expect(new URL(sentTo[0]!).searchParams.get('motcua-payment-result')).to.equal('paid');

      // The page loads again at the return address: a new element finds the receipt.
      el.remove();
      const back = await mount();
      expect(back.state).to.equal('submitted');
      await until(() => $$(back, '.payment-paid').length === 1, 'the payment never showed paid');
      expect(text($(back, '.code'))).to.equal(receipt.code);
      expect(text($(back, '.payment-state'))).to.match(/^Đã thanh toán 50\.000 đồng lúc \d\d:\d\d \d\d\/\d\d\/\d{4}\.$/);
      expect($(back, '.payment a').getAttribute('href')).to.match(/^https:\/\/motcua\.dev\/bien-lai\//);
      expect(liveRegion(back)).to.equal('Đã thanh toán phí, lệ phí');
      expect($$(back, '.receipt-qr svg')).to.have.length(1);
      await expect(back).to.be.accessible();
      // Settled: a reload opens the form afresh.
      expect(Object.keys(sessionStorage).filter((key) => key.startsWith('motcua:dossier-payment'))).to.deep.equal([]);
    });

    it('an applicant who gave up at the platform sees it unpaid and can pay again', async () => {
      (mock.store.options as { paymentOutcome: string }).paymentOutcome = 'cancelled';
      const el = await mount();
      await toReview(el);
      await submit(el, unpaidReceipt());
      await click(el, button(el, 'Thanh toán 50.000 đồng'));
      await until(() => sentTo.length === 1, 'never sent to the payment platform');
      el.remove();
      const back = await mount();
      await until(() => $$(back, '.payment-failed').length === 1, 'the failure never showed');
      expect(text($(back, '.payment-state'))).to.equal('Chưa thanh toán được 50.000 đồng. Bạn có thể thanh toán lại.');
      expect(liveRegion(back)).to.equal('Chưa thanh toán được phí, lệ phí');
      await expect(back).to.be.accessible();
      (mock.store.options as { paymentOutcome: string }).paymentOutcome = 'paid';
      await click(back, button(back, 'Thanh toán lại'));
      await until(() => sentTo.length === 2, 'never sent again');
      back.remove();
      const again = await mount();
      await until(() => $$(again, '.payment-paid').length === 1, 'the second attempt never showed paid');
    });

    it('a payment the platform has not confirmed yet is waiting, and "Kiểm tra lại" reads it again', async () => {
      (mock.store.options as { paymentOutcome: string }).paymentOutcome = 'processing';
      const el = await mount();
      await toReview(el);
      const receipt = unpaidReceipt();
      await submit(el, receipt);
      await click(el, button(el, 'Thanh toán 50.000 đồng'));
      await until(() => sentTo.length === 1, 'never sent to the payment platform');
      el.remove();
      const back = await mount();
      await until(() => $$(back, '.payment-processing').length === 1, 'the wait never showed');
      await expect(back).to.be.accessible();
      mock.store.dossiers.settlePayment(receipt.code, receipt.paymentRequests![0]!.id, 'paid');
      await click(back, button(back, 'Kiểm tra lại kết quả thanh toán'));
      await until(() => $$(back, '.payment-paid').length === 1, 'never paid');
    });

    it('"Xóa dữ liệu đã lưu trên máy này" also deletes a trip to the payment platform (it holds the verifier)', async () => {
      (mock.store.options as { paymentOutcome: string }).paymentOutcome = 'processing';
      const el = await mount();
      el.drafts = 'on';
      await toReview(el);
      await submit(el, unpaidReceipt());
      await click(el, button(el, 'Thanh toán 50.000 đồng'));
      await until(() => sentTo.length === 1, 'never sent to the payment platform');
      const trips = () => Object.keys(sessionStorage).filter((key) => key.startsWith('motcua:dossier-payment'));
      expect(trips()).to.have.length(1);
      await click(el, button(el, 'Xóa dữ liệu đã lưu trên máy này'));
      await click(el, $(el, '[data-action="clear-device"]'));
      expect(trips()).to.deep.equal([]);
    });

    it('a hand-off the back end refuses is said, and the applicant stays on the receipt', async () => {
      const el = await mount();
      await toReview(el);
      const receipt = unpaidReceipt();
      await submit(el, receipt);
      backEnd.worker.use(
        http.post(`${base}/dossiers/:code/payments/:id/checkout`, () => HttpResponse.json({ paymentId: 'x', redirectUrl: 'javascript:alert(1)' }, { status: 201 }), { once: true }),
      );
      await click(el, button(el, 'Thanh toán 50.000 đồng'));
      await until(() => $$(el, '.payment .error-message').length === 1, 'no error');
      expect(sentTo).to.deep.equal([]);
      expect(Object.keys(sessionStorage).filter((key) => key.startsWith('motcua:dossier-payment'))).to.deep.equal([]);
    });

    it('reads the verifier from the phone, else the identity number, and keeps the portal’s own query', () => {
      expect(verifierOf({ phone: '0912345678', nationalId: '001090012345' })).to.equal('5678');
      expect(verifierOf({ phone: '', nationalId: '001090012345' })).to.equal('2345');
      expect(verifierOf(undefined)).to.equal(undefined);
      expect(returnUrlOf('https://p.example/nop?tt=1.001193&motcua-payment=pay_1&motcua-payment-result=paid&vnp_TxnRef=9#top')).to.equal('https://p.example/nop?tt=1.001193');
    });

    it('fits 320 px and speaks English', async () => {
      await phoneViewport();
      const el = await mount({ locale: 'en' });
      await toReview(el);
      expect(text($(el, '.fee-total'))).to.equal(
        'Total: As regulated The agency will tell you the amount. Amounts per unit are charged for the actual quantity.',
      );
      expect($$(el, '.fee-amount').map((node) => text(node))).to.deep.equal(['Free', 'As regulated', 'VND 8,000 per bản']);
      expectFitsWidth(el);
      $(el, '#declaration').click();
      await el.updateComplete;
      backEnd.worker.use(http.post(`${base}/dossiers`, () => HttpResponse.json(unpaidReceipt(), { status: 201 }), { once: true }));
      await click(el, $(el, '.button.submit'));
      await until(() => el.state === 'submitted', 'no receipt');
      await el.updateComplete;
      expect(text($(el, '.payment-state'))).to.equal('VND 50,000 must be paid before your application is processed.');
      expect(text($(el, '[data-action="pay"]'))).to.equal('Pay VND 50,000');
      expectFitsWidth(el);
      await expect(el).to.be.accessible();
    });
  });
});
