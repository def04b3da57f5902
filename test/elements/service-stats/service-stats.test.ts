import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import type { Stats } from '../../../src/api/schemas.js';
import { formatDate } from '../../../src/i18n/format.js';
import '../../../src/elements/service-stats/index.js';
import type { GovServiceStats } from '../../../src/elements/service-stats/service-stats.js';
import { createMockApi } from '../../../src/mocks/index.js';
import { $, liveRegion, text } from '../../support/dom.js';
import { expectFitsWidth, phoneViewport, resetViewport } from '../../support/layout.js';
import { until } from '../../support/wait.js';

const base = '/t-stats/api/v1';
const mock = createMockApi({ baseUrl: base });
const worker = setupWorker(...mock.handlers);
const statsUrls: URL[] = [];
worker.events.on('request:start', ({ request }) => {
  const url = new URL(request.url);
  if (url.pathname.endsWith('/stats')) statsUrls.push(url);
});


/** One unbroken word of about 120 characters, and right-to-left text with an override. */
const long = (word: string) => word.repeat(Math.ceil(120 / word.length));
const hostile = '\u202eعربي\u202b';

async function settled(el: GovServiceStats): Promise<void> {
  await until(() => el.state !== 'loading', 'stats settle');
  await el.updateComplete;
}

async function stats(attributes: { agency?: string; period?: string; locale?: string } = {}): Promise<GovServiceStats> {
  const el = await fixture<GovServiceStats>(html`
    <gov-service-stats
      api-base=${base}
      agency=${attributes.agency ?? ''}
      period=${attributes.period ?? ''}
      locale=${attributes.locale ?? 'vi'}
    ></gov-service-stats>
  `);
  await settled(el);
  return el;
}

describe('<gov-service-stats>', () => {
  before(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass' }));
  after(() => worker.stop());
  beforeEach(() => {
    mock.reset();
    worker.resetHandlers();
    statsUrls.length = 0;
  });
  afterEach(() => resetViewport());

  it('asks GET /stats for the agency and the period, and shows every figure as a number', async () => {
    const loaded = new Promise<Stats>((resolve) =>
      document.addEventListener('gov-stats-loaded', (event) => resolve((event as CustomEvent<Stats>).detail), { once: true }),
    );
    const el = await stats({ agency: 'so-tu-phap', period: '2025-Q3' });
    const figures = await loaded;
    expect(el.state).to.equal('ready');
    expect(statsUrls).to.have.length(1);
    expect(Object.fromEntries(statsUrls[0]!.searchParams)).to.deep.equal({ from: '2025-07-01', to: '2025-09-30', agency: 'so-tu-phap' });
    expect(text($(el, 'h2'))).to.equal('Kết quả giải quyết thủ tục hành chính của Sở Tư pháp');
    expect(text($(el, '.period'))).to.equal('Từ ngày 01/07/2025 đến ngày 30/09/2025');
    const number = (value: number) => new Intl.NumberFormat('vi-VN').format(value);
    expect(text($(el, '.figure.received .value'))).to.equal(number(figures.received));
    expect(text($(el, '.figure.resolved .value'))).to.equal(number(figures.resolved));
    expect(text($(el, '.figure.awaitingSupplement .value'))).to.equal(number(figures.awaitingSupplement));
    expect(text($(el, '.figure.overdue .value'))).to.equal(number(figures.overdue));
    expect(text($(el, '.figure.rate .value'))).to.equal(
      new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 }).format(figures.onTimeRate),
    );
    expect(liveRegion(el)).to.match(/^Đã tải số liệu: tỉ lệ giải quyết đúng hạn [\d,]+\s?%\.$/);
    await expect(el).to.be.accessible();
  });

  it('draws the chart as a table with row headers, so the bars have a text alternative', async () => {
    const el = await stats({ period: '2025' });
    const table = el.shadowRoot!.querySelector('table')!;
    expect(text($(el, 'caption'))).to.equal('Tình hình giải quyết hồ sơ');
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows.map((row) => row.querySelector('th[scope="row"]')!.textContent)).to.deep.equal([
      'Hồ sơ tiếp nhận',
      'Đã giải quyết',
      'Đang giải quyết',
      'Chờ bổ sung',
      'Quá hạn',
    ]);
    expect(rows[0]!.querySelector('.share span')!.textContent).to.match(/^100\s?%$/);
    for (const bar of table.querySelectorAll('svg')) {
      expect(bar.getAttribute('aria-hidden')).to.equal('true');
      expect(bar.querySelector('.fill')!.getAttribute('width')).to.match(/^\d+(\.\d+)?$/);
    }
    // Geometry, not inline styles: a strict style-src policy leaves the bars drawn.
    expect(el.shadowRoot!.querySelector('[style]')).to.equal(null);
    const received = Number(rows[0]!.querySelector('.fill')!.getAttribute('width'));
    const resolved = Number(rows[1]!.querySelector('.fill')!.getAttribute('width'));
    expect(received).to.equal(100);
    expect(resolved).to.be.greaterThan(0).and.lessThan(100);
  });

  it('shows a loading state without figures while it waits', async () => {
    // The figures come when the test says so.
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    worker.use(
      http.get(
        `${base}/stats`,
        async ({ request, requestId }) => {
          await gate;
          for (const handler of mock.handlers) {
            const result = await handler.run({ request: request.clone(), requestId });
            if (result?.response) return result.response;
          }
          return undefined;
        },
        { once: true },
      ),
    );
    const el = await fixture<GovServiceStats>(html`<gov-service-stats api-base=${base}></gov-service-stats>`);
    expect(el.state).to.equal('loading');
    expect(el.shadowRoot!.querySelector('section')!.getAttribute('aria-busy')).to.equal('true');
    expect(text($(el, '.loading'))).to.equal('Đang tải số liệu…');
    expect(el.shadowRoot!.querySelector('.placeholder')!.getAttribute('aria-hidden')).to.equal('true');
    await expect(el).to.be.accessible();
    release();
    await settled(el);
    expect(el.state).to.equal('ready');
    expect(text($(el, '.period'))).to.equal('Số liệu gần đây');
  });

  it('shows an error with a retry that loads the figures', async () => {
    mock.faults.add({ path: '/stats', status: 500, times: 1 });
    const el = await stats({ period: '2025-07' });
    expect(el.state).to.equal('error');
    expect(text($(el, '.failure h3'))).to.equal('Chưa tải được số liệu');
    expect(text($(el, '.failure p'))).to.equal('Hệ thống đang gặp sự cố. Vui lòng thử lại sau ít phút.');
    await expect(el).to.be.accessible();
    el.shadowRoot!.querySelector<HTMLButtonElement>('.retry')!.click();
    await el.updateComplete;
    await settled(el);
    expect(el.state).to.equal('ready');
    expect(statsUrls).to.have.length(2);
  });

  it('treats figures that break the contract as an error', async () => {
    mock.faults.add({ path: '/stats', malformed: true, times: 1 });
    const el = await stats();
    expect(el.state).to.equal('error');
    expect(text($(el, '.failure p'))).to.contain('dữ liệu không hợp lệ');
  });

  it('shows the offline state when the browser has no network', async () => {
    mock.faults.add({ path: '/stats', offline: true });
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      const el = await stats();
      expect(el.state).to.equal('offline');
      expect(text($(el, '.failure p'))).to.equal('Không có kết nối mạng. Hãy kiểm tra kết nối rồi thử lại.');
      await expect(el).to.be.accessible();
    } finally {
      delete (navigator as unknown as Record<string, unknown>)['onLine'];
    }
  });

  it('says so when no dossier was received in the period', async () => {
    worker.use(
      http.get(`${base}/stats`, () =>
        HttpResponse.json({ received: 0, resolved: 0, inProgress: 0, awaitingSupplement: 0, overdue: 0, onTimeRate: 1, from: '2030-01-01', to: '2030-12-31' }),
      ),
    );
    const el = await stats({ period: '2030' });
    expect(el.state).to.equal('empty');
    expect(text($(el, '.empty'))).to.equal('Chưa có hồ sơ nào trong kỳ này.');
    expect(el.shadowRoot!.querySelector('table')).to.equal(null);
    expect(liveRegion(el)).to.equal('Chưa có hồ sơ nào trong kỳ này.');
    await expect(el).to.be.accessible();
  });

  it('refuses a period it cannot read instead of showing figures for another one', async () => {
    const el = await fixture<GovServiceStats>(html`<gov-service-stats api-base=${base} period="quý 3"></gov-service-stats>`);
    await el.updateComplete;
    expect(el.state).to.equal('invalid-period');
    expect(text($(el, '.panel'))).to.equal('Kỳ báo cáo không hợp lệ.');
    expect(statsUrls).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('reloads when the period or the agency changes', async () => {
    const el = await stats({ period: '2025' });
    el.setAttribute('period', '2024-Q4');
    const loaded = oneEvent(el, 'gov-stats-loaded');
    await loaded;
    await el.updateComplete;
    expect(statsUrls.at(-1)!.searchParams.get('from')).to.equal('2024-10-01');
    expect(text($(el, '.period'))).to.equal('Từ ngày 01/10/2024 đến ngày 31/12/2024');
    el.setAttribute('agency', 'so-xay-dung');
    await oneEvent(el, 'gov-stats-loaded');
    await el.updateComplete;
    expect(statsUrls.at(-1)!.searchParams.get('agency')).to.equal('so-xay-dung');
    expect(text($(el, 'h2'))).to.contain('Sở Xây dựng');
  });

  it('shows the server problem for an unknown agency', async () => {
    const el = await stats({ agency: 'khong-ton-tai' });
    expect(el.state).to.equal('error');
    expect(text($(el, '.failure p'))).to.equal('Tham số không hợp lệ');
  });

  it('speaks English', async () => {
    const el = await stats({ locale: 'en', period: '2025-07-01/2025-07-31' });
    expect(text($(el, 'h2'))).to.equal('Public service performance');
    expect(text($(el, '.period'))).to.equal(`From ${formatDate('2025-07-01', 'en')} to ${formatDate('2025-07-31', 'en')}`);
    expect(text($(el, '.figure.overdue dt'))).to.equal('Overdue');
  });

  /** Serves agencies with long, hostile names (one coded `__proto__`) and, when given, a problem for the figures. */
  function longAnswers(problem?: number): void {
    worker.use(
      http.get(`${base}/agencies`, () =>
        HttpResponse.json({
          items: [
            { code: '__proto__', name: `${hostile}${long('Sởtưphápthànhphố')}`, level: 'province' },
            { code: 'constructor', name: 'Sở Xây dựng', level: 'province' },
          ],
        }),
      ),
    );
    worker.use(
      http.get(`${base}/stats`, ({ request }) =>
        HttpResponse.json({
          agency: new URL(request.url).searchParams.get('agency') ?? undefined,
          received: 1_234_567,
          resolved: 1_000_000,
          inProgress: 200_000,
          awaitingSupplement: 34_567,
          overdue: 1_234,
          onTimeRate: 0.987,
        }),
      ),
    );
    if (problem) {
      worker.use(
        http.get(`${base}/stats`, () =>
          HttpResponse.json(
            { type: 'https://motcua.dev/problems/invalid-query', title: 'Bad', status: problem, detail: `${hostile}${long('Thamsốkhônghợplệ')}` },
            { status: problem, headers: { 'content-type': 'application/problem+json' } },
          ),
        ),
      );
    }
  }

  it('names an agency coded __proto__ or constructor like any other', async () => {
    longAnswers();
    const el = await stats({ agency: '__proto__', period: '2025' });
    expect(statsUrls.at(-1)!.searchParams.get('agency')).to.equal('__proto__');
    expect(text($(el, 'h2'))).to.equal(`Kết quả giải quyết thủ tục hành chính của ${hostile}${long('Sởtưphápthànhphố')}`);
    el.setAttribute('agency', 'constructor');
    await oneEvent(el, 'gov-stats-loaded');
    await el.updateComplete;
    expect(text($(el, 'h2'))).to.equal('Kết quả giải quyết thủ tục hành chính của Sở Xây dựng');
  });

  it('isolates the agency’s name in its title', async () => {
    longAnswers();
    const el = await stats({ agency: '__proto__' });
    const name = el.shadowRoot!.querySelector('h2 bdi');
    expect(name?.textContent).to.equal(`${hostile}${long('Sởtưphápthànhphố')}`);
    expect(getComputedStyle(name!).unicodeBidi).to.equal('isolate');
  });

  for (const locale of ['vi', 'en']) {
    it(`fits 320 px with a long agency name, in figures, with no dossier and in an error (${locale})`, async () => {
      await phoneViewport();
      longAnswers();
      const ready = await stats({ agency: '__proto__', period: '2025', locale });
      expect(ready.state).to.equal('ready');
      expectFitsWidth(ready);
      await expect(ready).to.be.accessible();
      worker.use(
        http.get(`${base}/stats`, () =>
          HttpResponse.json({ agency: '__proto__', received: 0, resolved: 0, inProgress: 0, awaitingSupplement: 0, overdue: 0, onTimeRate: 1 }),
        ),
      );
      const empty = await stats({ agency: '__proto__', period: '2023', locale });
      expect(empty.state).to.equal('empty');
      expect(text($(empty, 'h2'))).to.contain(long('Sởtưphápthànhphố'));
      expectFitsWidth(empty);
      longAnswers(400);
      const failed = await stats({ agency: '__proto__', period: '2024', locale });
      expect(failed.state).to.equal('error');
      expect(text($(failed, '.failure p'))).to.contain(long('Thamsốkhônghợplệ'));
      expectFitsWidth(failed);
    });
  }
});
