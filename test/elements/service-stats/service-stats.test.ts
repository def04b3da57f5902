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
    expect(text($(el, '.group.received .total dd'))).to.equal(number(figures.received));
    expect(text($(el, '.group.resolved .total dd'))).to.equal(number(figures.resolved));
    expect(text($(el, '.group.inProgress .total dd'))).to.equal(number(figures.inProgress));
    expect(text($(el, '.others .awaitingSupplement dd'))).to.equal(number(figures.awaitingSupplement));
    expect(text($(el, '.rate .value'))).to.equal(
      new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 }).format(figures.progress!.onTimeRate!),
    );
    expect(liveRegion(el)).to.match(/^Đã tải số liệu: tỉ lệ giải quyết đúng hạn [\d,]+\s?%\.$/);
    await expect(el).to.be.accessible();
  });

  it('shows the five figures of a 1.0 answer, which has no 766 breakdown', async () => {
    worker.use(
      http.get(`${base}/stats`, () =>
        HttpResponse.json({ received: 5808, resolved: 5601, inProgress: 113, awaitingSupplement: 94, overdue: 216, onTimeRate: 0.963, from: '2026-01-01', to: '2026-06-30' }),
      ),
    );
    const el = await stats({ period: '2026-01-01/2026-06-30' });
    expect(el.state).to.equal('ready');
    expect(text($(el, 'h2'))).to.equal('Kết quả giải quyết thủ tục hành chính');
    expect(text($(el, '.period'))).to.equal('Từ ngày 01/01/2026 đến ngày 30/06/2026');
    expect([...el.shadowRoot!.querySelectorAll('.figures .figure')].map((figure) => `${text(figure.querySelector('dt'))}: ${text(figure.querySelector('dd'))}`)).to.deep.equal([
      'Tiếp nhận trong kỳ: 5.808',
      'Đã giải quyết: 5.601',
      'Đang giải quyết: 113',
      'Chờ bổ sung: 94',
      'Quá hạn: 216',
    ]);
    expect(text($(el, '.rate dt'))).to.equal('Giải quyết đúng hạn');
    expect(el.shadowRoot!.querySelector('.groups, svg.chart')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[style]')).to.equal(null);
    await expect(el).to.be.accessible();
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
    // No period asked for: the server states the one it used.
    expect(text($(el, '.period'))).to.match(/^Từ ngày \d\d\/\d\d\/\d{4} đến ngày \d\d\/\d\d\/\d{4}$/);
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

  it('shows the offline state when the browser has no network, and loads when it is back', async () => {
    mock.faults.add({ path: '/stats', offline: true });
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      const el = await stats();
      expect(el.state).to.equal('offline');
      expect(text($(el, '.failure p'))).to.equal('Không có kết nối mạng. Hãy kiểm tra kết nối rồi thử lại.');
      await expect(el).to.be.accessible();
      // The network is back: the figures load without the citizen pressing anything.
      mock.faults.clear();
      delete (navigator as unknown as Record<string, unknown>)['onLine'];
      const loaded = oneEvent(el, 'gov-stats-loaded');
      window.dispatchEvent(new Event('online'));
      await loaded;
      await settled(el);
      expect(el.state).to.equal('ready');
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
    expect(text($(el, 'h2'))).to.match(/^Public service performance: \S/);
    expect(text($(el, '.period'))).to.equal(`From ${formatDate('2025-07-01', 'en')} to ${formatDate('2025-07-31', 'en')}`);
    expect(text($(el, '.period'))).to.equal('From 1 Jul 2025 to 31 Jul 2025');
    expect(text($(el, '.group.inProgress .overdue dt'))).to.equal('Overdue');
    expect(text($(el, 'summary'))).to.equal('How these figures are counted');
  });

  /** Serves 1.0 figures for an agency with a long, hostile name (coded `__proto__` or `constructor`) and, when given, a problem. */
  function longAnswers(problem?: number): void {
    worker.use(
      http.get(`${base}/stats`, ({ request }) => {
        const agency = new URL(request.url).searchParams.get('agency') ?? undefined;
        const name = agency === 'constructor' ? 'Sở Xây dựng' : `${hostile}${long('Sởtưphápthànhphố')}`;
        return HttpResponse.json({
          agency,
          received: 1_234_567,
          resolved: 1_000_000,
          inProgress: 200_000,
          awaitingSupplement: 34_567,
          overdue: 1_234,
          onTimeRate: 0.987,
          ...(agency ? { scope: { name, agency: { code: agency, name } } } : {}),
        });
      }),
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
          HttpResponse.json({
            agency: '__proto__',
            received: 0,
            resolved: 0,
            inProgress: 0,
            awaitingSupplement: 0,
            overdue: 0,
            onTimeRate: 1,
            scope: { name: long('Sởtưphápthànhphố'), agency: { code: '__proto__', name: long('Sởtưphápthànhphố') } },
          }),
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
