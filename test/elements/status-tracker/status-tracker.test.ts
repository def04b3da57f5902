import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../src/elements/status-tracker/index.js';
import type { GovStatusTracker } from '../../../src/elements/status-tracker/status-tracker.js';
import type { StatusCode } from '../../../src/api/schemas.js';
import { takeOverElementClock } from '../../support/fake-clock.js';
import { $, demoWith, liveRegion, lookUp, mockBackEnd, settled, text, typeInto, until } from '../../support/status-tracker.js';

const base = '/t-tracker/api/v1';
const backEnd = mockBackEnd(base);
const { mock, requests, worker } = backEnd;

async function tracker(attributes = ''): Promise<GovStatusTracker> {
  const el = await fixture<GovStatusTracker>(
    html`<gov-status-tracker api-base=${base}></gov-status-tracker>`,
  );
  for (const pair of attributes.split(' ').filter(Boolean)) {
    const [name, value] = pair.split('=') as [string, string];
    el.setAttribute(name, value);
  }
  await el.updateComplete;
  return el;
}

describe('<gov-status-tracker>', () => {
  before(() => backEnd.start());
  after(() => backEnd.stop());
  beforeEach(() => {
    mock.reset();
    worker.resetHandlers();
    requests.length = 0;
  });
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  describe('idle and validating', () => {
    it('starts with a labelled form and an empty live region, and is accessible', async () => {
      const el = await tracker();
      expect(el.state).to.equal('idle');
      expect(text($(el, 'label[for="code"]'))).to.equal('Mã hồ sơ');
      expect(text($(el, 'label[for="verifier"]'))).to.equal('4 số xác minh');
      expect($(el, '[role="status"]').textContent).to.equal('');
      await expect(el).to.be.accessible();
    });

    it('prefills the code from the attribute, normalised, and never submits by itself', async () => {
      const el = await tracker();
      el.setAttribute('code', ' 000.00.01.h22 - 261122-0001 ');
      await el.updateComplete;
      await backEnd.barrier();
      expect($<HTMLInputElement>(el, '#code').value).to.equal('000.00.01.H22-261122-0001');
      expect(el.state).to.equal('idle');
      expect(requests).to.have.length(0);
    });

    it('shows inline errors and a focused error summary, and sends nothing', async () => {
      const el = await tracker();
      await lookUp(el, '12345', '12');
      await el.updateComplete;
      expect(el.state).to.equal('validating');
      const summary = $(el, '#summary');
      expect(el.shadowRoot!.activeElement).to.equal(summary);
      expect(summary.textContent).to.contain('Mã hồ sơ chưa đúng định dạng');
      expect(summary.textContent).to.contain('4 số xác minh gồm đúng 4 chữ số');
      expect($(el, '#code').getAttribute('aria-invalid')).to.equal('true');
      expect($(el, '#code').getAttribute('aria-describedby')).to.equal('code-hint code-error');
      expect(text($(el, '#verifier-error'))).to.equal('4 số xác minh gồm đúng 4 chữ số');
      expect(requests).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('asks for both fields when they are empty, and the summary links move focus to the field', async () => {
      const el = await tracker();
      $<HTMLButtonElement>(el, 'button[type="submit"]').click();
      await el.updateComplete;
      expect(text($(el, '#summary'))).to.contain('Nhập mã hồ sơ');
      expect(text($(el, '#summary'))).to.contain('Nhập 4 số xác minh');
      $<HTMLAnchorElement>(el, '#summary a[href="#verifier"]').click();
      expect(el.shadowRoot!.activeElement).to.equal($(el, '#verifier'));
    });

    it('rejects a code whose date is not a real day', async () => {
      const el = await tracker();
      await lookUp(el, '000.00.01.H22-261332-0001', '5678');
      await el.updateComplete;
      expect(text($(el, '#code-error'))).to.contain('chưa đúng định dạng');
      expect(requests).to.have.length(0);
    });
  });

  describe('found', () => {
    it('normalises the typed code, looks it up and shows the result with focus on its heading', async () => {
      const dossier = demoWith(mock, 4);
      const el = await tracker();
      await lookUp(el, `  ${dossier.code.toLowerCase().replace('-', ' - ')} `, dossier.verifier);
      await settled(el);
      expect(el.state).to.equal('found');
      expect($<HTMLInputElement>(el, '#code').value).to.equal(dossier.code);
      expect(text($(el, '#result-title'))).to.equal(`Hồ sơ ${dossier.code}`);
      expect(el.shadowRoot!.activeElement).to.equal($(el, '#result-title'));
      expect(text($(el, '.status-name'))).to.equal('Đang xử lý');
      expect(text($(el, '.status-explain'))).to.contain('đang giải quyết hồ sơ');
      // The code is the server's: isolated (FSI … PDI), as in every message that joins it with our words.
      expect(liveRegion(el)).to.equal(`Đã tìm thấy hồ sơ \u2068${dossier.code}\u2069. Trạng thái: Đang xử lý.`);
      const facts = text($(el, '.facts'));
      expect(facts).to.contain('Nguyễn V. A.');
      expect(facts).to.not.contain('Nguyễn Văn An');
      expect(facts).to.match(/Ngày nộp\s?\d{2}\/\d{2}\/\d{4}/);
      expect(facts).to.match(/Ngày tiếp nhận\s?\d{2}\/\d{2}\/\d{4}/);
      // 1.1: the appointment with its time.
      expect(facts).to.match(/Hẹn trả kết quả\s?\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/);
      expect(text($(el, '.badges'))).to.equal('Đang trong hạn');
      await expect(el).to.be.accessible();
    });

    it('sends the verifier only in the POST body and empties its input afterwards', async () => {
      const dossier = demoWith(mock, 2);
      const el = await tracker();
      await lookUp(el, dossier.code, dossier.verifier);
      await settled(el);
      const lookups = requests.filter((request) => request.url.pathname.endsWith('/dossiers/lookup'));
      expect(lookups).to.have.length(1);
      expect(lookups[0]!.method).to.equal('POST');
      await until(() => lookups[0]!.body !== '', 'request body');
      expect(JSON.parse(lookups[0]!.body)).to.deep.equal({ code: dossier.code, verifier: dossier.verifier });
      for (const request of requests) expect(request.url.href).to.not.contain(dossier.verifier);
      expect($<HTMLInputElement>(el, '#verifier').value).to.equal('');
      expect(el.outerHTML).to.not.contain(dossier.verifier);
      expect(el.shadowRoot!.innerHTML).to.not.contain(dossier.verifier);
      expect(JSON.stringify({ ...localStorage })).to.not.contain(dossier.verifier);
      expect(JSON.stringify({ ...sessionStorage })).to.not.contain(dossier.verifier);
      expect(location.href).to.not.contain(dossier.verifier);
    });

    it('shows the timeline as an ordered list, oldest first by default, with the current step marked', async () => {
      const dossier = demoWith(mock, 4);
      const el = await tracker();
      await lookUp(el, dossier.code, dossier.verifier);
      await settled(el);
      const list = $<HTMLOListElement>(el, 'ol[part="timeline"]');
      expect(list.getAttribute('aria-labelledby')).to.equal('timeline-title');
      expect(text($(el, '#timeline-title'))).to.equal('Quá trình xử lý');
      const steps = [...list.querySelectorAll('li')];
      expect(steps.map((step) => step.querySelector('.step-status')!.textContent)).to.deep.equal([
        'Mới đăng ký',
        'Được tiếp nhận',
        'Đang xử lý',
      ]);
      expect(steps[2]!.getAttribute('aria-current')).to.equal('step');
      expect(steps[0]!.hasAttribute('aria-current')).to.equal(false);
      expect(steps[0]!.querySelector('time')!.getAttribute('datetime')).to.match(/^\d{4}-\d{2}-\d{2}T/);
      expect(steps[2]!.querySelector('.step-note')!.textContent).to.equal('Chuyên viên đang thẩm định hồ sơ');
      expect(list.hasAttribute('reversed')).to.equal(false);
    });

    it('puts the newest step first in a reversed list when order="newest-first"', async () => {
      const dossier = demoWith(mock, 4);
      const el = await tracker('order=newest-first');
      await lookUp(el, dossier.code, dossier.verifier);
      await settled(el);
      const list = $<HTMLOListElement>(el, 'ol[part="timeline"]');
      expect(list.reversed).to.equal(true);
      const names = [...list.querySelectorAll('.step-status')].map((step) => step.textContent);
      expect(names).to.deep.equal(['Đang xử lý', 'Được tiếp nhận', 'Mới đăng ký']);
      expect(list.querySelector('li')!.getAttribute('aria-current')).to.equal('step');
    });

    it('leaves out the parts of a step the server did not send', async () => {
      const dossier = demoWith(mock, 2);
      const el = await tracker();
      await lookUp(el, dossier.code, dossier.verifier);
      await settled(el);
      const shown = el.dossier!;
      el.dossier = { ...shown, history: [{ at: shown.history[0]!.at, status: 1 }] };
      await el.updateComplete;
      const step = $(el, 'ol[part="timeline"] li');
      for (const optional of step.querySelectorAll<HTMLElement>('.step-where, .step-note')) {
        expect(optional.hidden).to.equal(true);
        expect(getComputedStyle(optional).display).to.equal('none');
      }
      expect(step.textContent!.replace(/\s+/g, ' ').trim()).to.match(/^\d{2}:\d{2} \d{2}\/\d{2}\/\d{4} Mới đăng ký$/);
    });

    it('flags an overdue dossier', async () => {
      const dossier = demoWith(mock, 4, true);
      const el = await tracker();
      await lookUp(el, dossier.code, dossier.verifier);
      await settled(el);
      expect(text($(el, '.badges'))).to.equal('Quá hạn');
      expect($(el, '.badge').classList.contains('bad')).to.equal(true);
    });

    for (const status of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as StatusCode[]) {
      it(`explains status ${status} in plain words and is accessible`, async () => {
        const dossier = demoWith(mock, status);
        const el = await tracker();
        await lookUp(el, dossier.code, dossier.verifier);
        await settled(el);
        expect(el.state).to.equal('found');
        expect($(el, '.status').classList.contains(`status-${status}`)).to.equal(true);
        expect(text($(el, '.status-explain')).length).to.be.greaterThan(40);
        await expect(el).to.be.accessible();
      });
    }

    it('shows the amount and the pay button for status 6', async () => {
      const dossier = demoWith(mock, 6);
      const el = await tracker();
      await lookUp(el, dossier.code, dossier.verifier);
      await settled(el);
      expect(text($(el, '#action-title'))).to.equal('Bạn cần nộp phí, lệ phí');
      expect(text($(el, '.action .facts'))).to.match(/Tổng số tiền\s?[\d.]+\s?₫/);
      expect(text($(el, 'button.pay'))).to.equal('Thanh toán trực tuyến');
    });

    it('shows a 1.0 back end\'s payment with its own pay link', async () => {
      const el = await tracker();
      const dossier = demoWith(mock, 6);
      await lookUp(el, dossier.code, dossier.verifier);
      await settled(el);
      el.dossier = { ...el.dossier!, paymentRequests: [], payment: { amount: 1000, currency: 'VND', description: 'Lệ phí', payUrl: 'https://dichvucong.gov.vn/p/1' } };
      await el.updateComplete;
      const pay = $<HTMLAnchorElement>(el, 'a.pay');
      expect(pay.href).to.equal('https://dichvucong.gov.vn/p/1');
      expect(pay.textContent!.trim()).to.equal('Thanh toán trực tuyến');
    });

    it('shows how to collect the result for status 9 and the download for status 10', async () => {
      const ready = demoWith(mock, 9);
      const el = await tracker();
      await lookUp(el, ready.code, ready.verifier);
      await settled(el);
      expect(text($(el, '#action-title'))).to.equal('Cách nhận kết quả');
      expect(text($(el, '.action'))).to.contain('Nhận kết quả tại Bộ phận Một cửa');
      expect(text($(el, '.badges'))).to.match(/Trước hạn|Đúng hạn/);

      const delivered = demoWith(mock, 10);
      await lookUp(el, delivered.code, delivered.verifier);
      await settled(el, ['found']);
      await until(() => el.dossier?.code === delivered.code, 'the second dossier');
      await el.updateComplete;
      expect(text($(el, '#action-title'))).to.equal('Kết quả giải quyết');
      const download = $<HTMLAnchorElement>(el, '.action a.link');
      expect(download.href).to.match(/^https:\/\/motcua\.dev\/ket-qua\/.+\.pdf$/);
      expect(download.textContent!.trim()).to.match(/^Tải xuống /);
    });

    it('never links a javascript: URL from the server', async () => {
      const el = await tracker();
      const dossier = demoWith(mock, 6);
      await lookUp(el, dossier.code, dossier.verifier);
      await settled(el);
      el.dossier = { ...el.dossier!, paymentRequests: [], payment: { amount: 1000, currency: 'VND', description: 'Lệ phí', payUrl: 'javascript:alert(1)' } };
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('a.pay')).to.equal(null);
      expect(text($(el, '.action'))).to.contain('Bộ phận Một cửa');
    });

    it('renders server text as text, never as markup', async () => {
      const el = await tracker();
      const dossier = demoWith(mock, 4);
      await lookUp(el, dossier.code, dossier.verifier);
      await settled(el);
      const shown = el.dossier!;
      el.dossier = {
        ...shown,
        procedure: { ...shown.procedure, name: '<img src=x onerror=alert(1)>Thủ tục' },
        history: [{ ...shown.history[0]!, note: '<b>ghi chú</b>' }],
      };
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
      expect(text($(el, '.procedure'))).to.equal('<img src=x onerror=alert(1)>Thủ tục');
      expect(text($(el, '.step-note'))).to.equal('<b>ghi chú</b>');
    });

    it('speaks English when locale="en"', async () => {
      const dossier = demoWith(mock, 4);
      const el = await tracker('locale=en');
      expect(text($(el, 'label[for="code"]'))).to.equal('Application code');
      await lookUp(el, dossier.code, dossier.verifier);
      await settled(el);
      expect(text($(el, '.status-name'))).to.equal('Being processed');
      expect(text($(el, '#timeline-title'))).to.equal('History');
      await until(() => requests.some((request) => request.url.pathname.endsWith('/dossiers/lookup')), 'the lookup');
      expect(requests.find((request) => request.url.pathname.endsWith('/dossiers/lookup'))!.headers['accept-language']).to.equal('en');
    });
  });

  describe('loading', () => {
    it('shows that it is looking, busy and announced, and is accessible', async () => {
      const dossier = demoWith(mock, 2);
      const held = backEnd.hold('post', '/dossiers/lookup');
      const el = await tracker();
      await lookUp(el, dossier.code, dossier.verifier);
      await el.updateComplete;
      expect(el.state).to.equal('loading');
      expect($(el, '.outcome').getAttribute('aria-busy')).to.equal('true');
      expect(text($(el, '.loading'))).to.equal('Đang tra cứu hồ sơ…');
      expect(liveRegion(el)).to.equal('Đang tra cứu hồ sơ…');
      await expect(el).to.be.accessible();
      held.release();
      await settled(el);
      expect(el.state).to.equal('found');
      expect($(el, '.outcome').getAttribute('aria-busy')).to.equal('false');
    });

    it('lets a newer lookup replace one still in flight', async () => {
      const slow = demoWith(mock, 2);
      const fast = demoWith(mock, 7);
      // The first lookup is answered only when the test says so: after the second one.
      const first = backEnd.hold('post', '/dossiers/lookup');
      const el = await tracker();
      await lookUp(el, slow.code, slow.verifier);
      await until(() => first.taken, 'the first lookup held');
      await lookUp(el, fast.code, fast.verifier);
      await settled(el);
      expect(el.dossier!.code).to.equal(fast.code);
      first.release();
      await until(() => first.answered, 'the first lookup answered');
      // Whatever the first answer was going to do, it has done once a later exchange is through.
      await backEnd.barrier();
      await el.updateComplete;
      expect(el.dossier!.code).to.equal(fast.code);
      expect(el.state).to.equal('found');
    });
  });

  describe('not found', () => {
    it('gives one and the same answer for an unknown code and for a wrong verifier', async () => {
      const dossier = demoWith(mock, 4);
      const el = await tracker();
      await lookUp(el, '000.00.01.H22-200101-9999', '1234');
      await settled(el);
      expect(el.state).to.equal('not-found');
      const unknownCode = text($(el, '.outcome'));
      expect(el.shadowRoot!.activeElement).to.equal($(el, '#outcome-title'));
      expect(liveRegion(el)).to.equal('Không tìm thấy hồ sơ');
      await expect(el).to.be.accessible();

      await lookUp(el, dossier.code, dossier.verifier === '0000' ? '1111' : '0000');
      await settled(el, ['not-found']);
      await until(() => requests.filter((request) => request.url.pathname.endsWith('/lookup')).length === 2, 'the second lookup');
      await settled(el);
      expect(el.state).to.equal('not-found');
      expect(text($(el, '.outcome'))).to.equal(unknownCode);
      expect($<HTMLInputElement>(el, '#verifier').value).to.equal('');
      expect(el.shadowRoot!.querySelector('.retry')).to.equal(null);
    });
  });

  describe('errors', () => {
    it('shows a server error with a retry that needs no retyping', async () => {
      const dossier = demoWith(mock, 2);
      mock.faults.add({ path: /^\/dossiers\/lookup/, status: 500, times: 1 });
      const el = await tracker();
      await lookUp(el, dossier.code, dossier.verifier);
      await settled(el);
      expect(el.state).to.equal('error');
      expect(text($(el, '#outcome-title'))).to.equal('Chưa tra cứu được hồ sơ');
      expect(text($(el, '.outcome-body'))).to.equal('Hệ thống đang gặp sự cố. Vui lòng thử lại sau ít phút.');
      expect($<HTMLInputElement>(el, '#verifier').value).to.equal('');
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, '.retry').click();
      await settled(el, ['found']);
      expect(el.dossier!.code).to.equal(dossier.code);
    });

    it('treats an answer that breaks the contract as an error', async () => {
      const dossier = demoWith(mock, 2);
      mock.faults.add({ path: /^\/dossiers\/lookup/, malformed: true, times: 1 });
      const el = await tracker();
      await lookUp(el, dossier.code, dossier.verifier);
      await settled(el);
      expect(el.state).to.equal('error');
      expect(text($(el, '.outcome-body'))).to.contain('dữ liệu không hợp lệ');
    });

    it('shows the offline state when the browser has no network, and retries', async () => {
      const dossier = demoWith(mock, 2);
      mock.faults.add({ path: /^\/dossiers\/lookup/, offline: true, times: 1 });
      Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
      try {
        const el = await tracker();
        await lookUp(el, dossier.code, dossier.verifier);
        await settled(el);
        expect(el.state).to.equal('offline');
        expect(text($(el, '#outcome-title'))).to.equal('Chưa tra cứu được hồ sơ');
        expect(text($(el, '.outcome-body'))).to.equal('Không có kết nối mạng. Hãy kiểm tra kết nối rồi thử lại.');
        await expect(el).to.be.accessible();
        delete (navigator as unknown as Record<string, unknown>)['onLine'];
        $<HTMLButtonElement>(el, '.retry').click();
        await settled(el, ['found']);
      } finally {
        delete (navigator as unknown as Record<string, unknown>)['onLine'];
      }
    });

    it('counts down a 429 politely and enables the retry only at zero', async () => {
      const dossier = demoWith(mock, 2);
      mock.faults.add({ path: /^\/dossiers\/lookup/, status: 429, retryAfter: 3, times: 1 });
      const { clock, restore } = takeOverElementClock();
      try {
        await countDown(clock);
      } finally {
        restore();
      }
    });

    async function countDown(clock: { advance(ms: number): void }): Promise<void> {
      const dossier = demoWith(mock, 2);
      const el = await tracker();
      await lookUp(el, dossier.code, dossier.verifier);
      await settled(el);
      expect(el.state).to.equal('rate-limited');
      const retry = $<HTMLButtonElement>(el, '.retry');
      expect(retry.disabled).to.equal(true);
      expect(text($(el, '.outcome-body'))).to.equal('Bạn đã thử quá nhiều lần. Vui lòng chờ 3 giây rồi thử lại.');
      expect(liveRegion(el)).to.equal('Bạn đã thử quá nhiều lần. Vui lòng chờ 3 giây rồi thử lại.');
      expect($(el, '[role="status"]').getAttribute('aria-live')).to.not.equal('assertive');
      await expect(el).to.be.accessible();
      clock.advance(1000);
      await el.updateComplete;
      expect(text($(el, '.outcome-body'))).to.equal('Bạn đã thử quá nhiều lần. Vui lòng chờ 2 giây rồi thử lại.');
      expect(liveRegion(el), 'not read out every second').to.equal('Bạn đã thử quá nhiều lần. Vui lòng chờ 3 giây rồi thử lại.');
      expect($<HTMLButtonElement>(el, '.retry').disabled).to.equal(true);
      clock.advance(1999);
      await el.updateComplete;
      expect($<HTMLButtonElement>(el, '.retry').disabled, 'at 1 ms before zero').to.equal(true);
      clock.advance(1);
      await el.updateComplete;
      expect($<HTMLButtonElement>(el, '.retry').disabled).to.equal(false);
      expect(liveRegion(el)).to.equal('Bạn có thể tra cứu lại.');
      $<HTMLButtonElement>(el, '.retry').click();
      await settled(el, ['found']);
    }
  });

  it('forgets the verifier when it leaves the page: no refresh after reattaching', async () => {
    const dossier = demoWith(mock, 4);
    const { clock, restore } = takeOverElementClock();
    try {
      const el = await tracker('refresh=1');
      await lookUp(el, dossier.code, dossier.verifier);
      await settled(el);
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      requests.length = 0;
      clock.advance(5000);
      await backEnd.barrier();
      expect(requests.filter((request) => request.url.pathname.endsWith('/lookup'))).to.have.length(0);
      expect(el.state).to.equal('found');
    } finally {
      restore();
    }
  });

  it('finds a dossier whose code and verifier were pasted in full-width digits with zero-width spaces', async () => {
    const dossier = demoWith(mock, 2);
    const fullWidth = (value: string) => [...value].map((char) => (/\d/.test(char) ? String.fromCharCode(0xff10 + Number(char)) : char)).join('\u200b');
    const el = await tracker();
    $<HTMLInputElement>(el, '#code').value = fullWidth(dossier.code);
    $<HTMLInputElement>(el, '#verifier').value = `\ufeff${fullWidth(dossier.verifier)}`;
    $<HTMLButtonElement>(el, 'button[type="submit"]').click();
    await settled(el);
    expect(el.state).to.equal('found');
    expect($<HTMLInputElement>(el, '#code').value).to.equal(dossier.code);
    await until(() => requests[0]?.body, 'the lookup body');
    expect(JSON.parse(requests[0]!.body)).to.deep.equal({ code: dossier.code, verifier: dossier.verifier });
  });

  it('can be driven with the keyboard alone', async () => {
    const dossier = demoWith(mock, 2);
    const el = await tracker();
    $<HTMLInputElement>(el, '#code').focus();
    await sendKeys({ type: dossier.code });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#verifier'));
    await sendKeys({ type: dossier.verifier });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal($(el, 'button[type="submit"]'));
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(el.state).to.equal('found');
  });

  it('types nothing it does not need: typing into the code field does not send a request', async () => {
    const el = await tracker();
    await typeInto($<HTMLInputElement>(el, '#code'), '000.00.01.H22-261122-0001');
    await backEnd.barrier();
    expect(requests).to.have.length(0);
  });
});
