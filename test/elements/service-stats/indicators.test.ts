import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import type { Stats } from '../../../src/api/schemas.js';
import '../../../src/elements/service-stats/index.js';
import { readyLoader } from '../../../src/elements/service-stats/ready-loader.js';
import type { GovServiceStats } from '../../../src/elements/service-stats/service-stats.js';
import { formatDate } from '../../../src/i18n/format.js';
import { figuresFrom, onTimeRate766 } from '../../../src/mocks/stats.js';
import { $, $$, focused, liveRegion, text } from '../../support/dom.js';
import { takeOverElementClock } from '../../support/fake-clock.js';
import { expectFitsWidth, phoneViewport, resetViewport } from '../../support/layout.js';
import { recordedBackEnd } from '../../support/recorded-back-end.js';
import { until } from '../../support/wait.js';

const base = '/t-stats-766/api/v1';
const backEnd = recordedBackEnd(base);
const statsCalls = () => backEnd.calls('GET', '/stats');

/** What a figure reads as a number again (`5.808` in vi, `5,808` in en). */
const count = (value: string) => Number(value.replace(/[.,\s]/g, ''));

async function settled(el: GovServiceStats): Promise<void> {
  await until(() => el.state !== 'loading', 'stats settle');
  await el.updateComplete;
}

async function stats(attributes: { agency?: string; period?: string; locale?: string; level?: number } = {}): Promise<[GovServiceStats, Stats]> {
  const loaded = new Promise<Stats>((resolve) =>
    document.addEventListener('gov-stats-loaded', (event) => resolve((event as CustomEvent<Stats>).detail), { once: true }),
  );
  const el = await fixture<GovServiceStats>(html`
    <gov-service-stats
      api-base=${base}
      agency=${attributes.agency ?? ''}
      period=${attributes.period ?? ''}
      locale=${attributes.locale ?? 'vi'}
      heading-level=${attributes.level ?? 2}
    ></gov-service-stats>
  `);
  const figures = await loaded;
  await settled(el);
  return [el, figures];
}

/** A group's parts and its total as shown. */
function shownGroup(el: GovServiceStats, name: string): { parts: Record<string, number>; total: number } {
  const parts: Record<string, number> = {};
  for (const part of $$(el, `.group.${name} .part:not(.total)`)) parts[part.classList[1]!] = count(text(part.querySelector('dd')));
  return { parts, total: count(text($(el, `.group.${name} .part.total dd`))) };
}

/** A 1.1 answer with the given progress; the 1.0 figures derived from it. */
function answer(progress: NonNullable<Stats['progress']>, extra: Partial<Stats> = {}): Stats {
  return {
    ...figuresFrom(progress),
    period: { from: '2026-01-01', to: '2026-03-31' },
    scope: { name: 'Toàn tỉnh' },
    progress,
    ...extra,
  };
}

const serve = (body: Stats) => backEnd.worker.use(http.get(`${base}/stats`, () => HttpResponse.json(body)));

describe('<gov-service-stats>: the Decision 766 indicators', () => {
  before(() => backEnd.start());
  after(() => backEnd.stop());
  beforeEach(() => {
    backEnd.mock.reset();
    backEnd.worker.resetHandlers();
    backEnd.requests.length = 0;
  });
  afterEach(() => resetViewport());

  for (const [agency, period] of [
    ['', '2025'],
    ['so-tu-phap', '2025-Q3'],
    ['ubnd-xa', '2026-11'],
    ['', ''],
  ] as const) {
    it(`shows figures that add up, as the server gave them (${agency || 'all agencies'}, ${period || 'default period'})`, async () => {
      const [el, figures] = await stats({ agency, period });
      const progress = figures.progress!;
      const received = shownGroup(el, 'received');
      const resolved = shownGroup(el, 'resolved');
      const inProgress = shownGroup(el, 'inProgress');
      expect(received.parts).to.deep.equal(progress.received);
      expect(resolved.parts).to.deep.equal(progress.resolved);
      expect(inProgress.parts).to.deep.equal(progress.inProgress);
      // Each total is the sum of the parts shown above it.
      for (const group of [received, resolved, inProgress]) expect(group.total).to.equal(Object.values(group.parts).reduce((a, b) => a + b, 0));
      const carriedOver = count(text($(el, '.others .carriedOver dd')));
      const awaiting = count(text($(el, '.others .awaitingSupplement dd')));
      const withdrawn = count(text($(el, '.others .withdrawn dd')));
      expect([carriedOver, awaiting, withdrawn]).to.deep.equal([progress.carriedOver, progress.awaitingSupplement, progress.withdrawn]);
      // What was to be handled is what became of it.
      expect(carriedOver + received.total).to.equal(resolved.total + inProgress.total + awaiting + withdrawn);
      const sentence = text($(el, '.balance'));
      expect(sentence).to.equal(
        `Trong kỳ phải giải quyết ${(carriedOver + received.total).toLocaleString('vi-VN')} hồ sơ (${carriedOver.toLocaleString('vi-VN')} kỳ trước chuyển sang và ${received.total.toLocaleString('vi-VN')} tiếp nhận trong kỳ): ${resolved.total.toLocaleString('vi-VN')} đã giải quyết, ${inProgress.total.toLocaleString('vi-VN')} đang giải quyết, ${awaiting.toLocaleString('vi-VN')} chờ bổ sung và ${withdrawn.toLocaleString('vi-VN')} đã rút hoặc dừng xử lý.`,
      );
      // The 1.0 figures of the same answer are the same numbers.
      expect(figures.received).to.equal(received.total);
      expect(figures.resolved).to.equal(resolved.total);
      // The mock's 766 rate: (early + on time + in progress within the deadline) / (resolved + in progress).
      expect(progress.onTimeRate).to.equal(onTimeRate766(progress));
      expect(text($(el, '.rate .value'))).to.equal(new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 }).format(progress.onTimeRate!));
      // The period is the server's, always stated.
      expect(text($(el, '.period'))).to.equal(`Từ ngày ${formatDate(figures.period!.from, 'vi')} đến ngày ${formatDate(figures.period!.to, 'vi')}`);
      // Month by month, the volumes add up to the period's.
      expect(figures.monthly!.reduce((sum, month) => sum + month.received, 0)).to.equal(received.total);
      expect(text(el.shadowRoot!)).not.to.match(/NaN|Infinity|undefined|Sớm hạn/);
      await expect(el).to.be.accessible();
    });
  }

  it('names the states as the terminology says, and explains each figure in plain words', async () => {
    const [el] = await stats({ period: '2025-Q3' });
    expect($$(el, '.group.resolved .part dt').map(text)).to.deep.equal(['Trước hạn', 'Đúng hạn', 'Quá hạn', 'Tổng cộng']);
    expect($$(el, '.group.received .part dt').map(text)).to.deep.equal(['Trực tuyến', 'Trực tiếp', 'Qua bưu chính', 'Tổng cộng']);
    expect($$(el, '.group.inProgress .part dt').map(text)).to.deep.equal(['Trong hạn', 'Quá hạn', 'Tổng cộng']);
    const details = $<HTMLDetailsElement>(el, 'details.definitions');
    expect(text(details.querySelector('summary'))).to.equal('Các số liệu được tính thế nào');
    expect($$(el, '.definition dt').map(text)).to.deep.equal([
      'Tiếp nhận trong kỳ',
      'Kỳ trước chuyển sang',
      'Trước hạn',
      'Đúng hạn',
      'Quá hạn',
      'Trong hạn',
      'Quá hạn',
      'Chờ bổ sung',
      'Đã rút hoặc dừng xử lý',
      'Tỉ lệ giải quyết đúng hạn',
    ]);
    expect(text($(el, '.definition.onTime dd'))).to.equal('Hồ sơ trả kết quả đúng ngày hẹn trả kết quả.');
    expect(text($(el, '.definition.late dd'))).to.contain('bổ sung hồ sơ quá một lần');
    expect(text($(el, '.definition.rate dd'))).to.contain('Quyết định 766/QĐ-TTg');
    details.open = true;
    await expect(el).to.be.accessible();
  });

  it('says plainly when there is no rate to compute, and never NaN', async () => {
    serve(
      answer({
        carriedOver: 0,
        received: { online: 3, inPerson: 0, post: 0 },
        resolved: { early: 0, onTime: 0, late: 0 },
        inProgress: { withinDeadline: 0, overdue: 0 },
        awaitingSupplement: 2,
        withdrawn: 1,
        onTimeRate: null,
      }, { monthly: [{ month: '2026-01', received: 3, resolved: 0, onTimeRate: null }] }),
    );
    const [el] = await stats({ period: '2026-Q1' });
    expect(el.state).to.equal('ready');
    expect(text($(el, '.rate dd'))).to.equal('Chưa có hồ sơ đã hoặc đang giải quyết để tính tỉ lệ.');
    expect(liveRegion(el)).to.equal('Chưa có hồ sơ đã hoặc đang giải quyết để tính tỉ lệ.');
    expect($(el, '.point').getAttribute('aria-label')).to.equal('Tháng 1/2026: 3 hồ sơ tiếp nhận, 0 đã giải quyết, tỉ lệ đúng hạn chưa tính được');
    expect(el.shadowRoot!.querySelector('.dot')).to.equal(null);
    expect(text(el.shadowRoot!)).not.to.match(/NaN|Infinity/);
    await expect(el).to.be.accessible();
  });

  it('shows an empty period as such: nothing received, nothing carried over', async () => {
    const zero = { online: 0, inPerson: 0, post: 0 };
    serve(
      answer(
        { carriedOver: 0, received: zero, resolved: { early: 0, onTime: 0, late: 0 }, inProgress: { withinDeadline: 0, overdue: 0 }, awaitingSupplement: 0, withdrawn: 0, onTimeRate: null },
        { monthly: [{ month: '2026-01', received: 0, resolved: 0, onTimeRate: null }] },
      ),
    );
    const [el] = await stats({ period: '2026-Q1' });
    expect(el.state).to.equal('empty');
    expect(text($(el, '.empty'))).to.equal('Chưa có hồ sơ nào trong kỳ này.');
    expect(text($(el, '.period'))).to.equal('Từ ngày 01/01/2026 đến ngày 31/03/2026');
    expect(text(el.shadowRoot!)).not.to.match(/NaN|%/);
    await expect(el).to.be.accessible();
  });

  it('refuses figures that do not add up as an invalid answer', async () => {
    serve(
      answer({
        carriedOver: 10,
        received: { online: 5, inPerson: 5, post: 0 },
        resolved: { early: 5, onTime: 5, late: 0 },
        inProgress: { withinDeadline: 1, overdue: 0 },
        awaitingSupplement: 0,
        withdrawn: 0,
        onTimeRate: 1,
      }),
    );
    const loaded = oneEvent(document, 'gov-stats-loaded');
    const el = await fixture<GovServiceStats>(html`<gov-service-stats api-base=${base} period="2026-Q1"></gov-service-stats>`);
    await settled(el);
    expect(el.state).to.equal('error');
    expect(text($(el, '.failure p'))).to.contain('dữ liệu không hợp lệ');
    expect(el.shadowRoot!.querySelector('.groups')).to.equal(null);
    // Nothing was announced as loaded.
    let heard = false;
    void loaded.then(() => (heard = true));
    await backEnd.barrier();
    expect(heard).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('says "1 application" in English, with dates and months named', async () => {
    serve(
      answer(
        {
          carriedOver: 0,
          received: { online: 1, inPerson: 0, post: 0 },
          resolved: { early: 0, onTime: 1, late: 0 },
          inProgress: { withinDeadline: 0, overdue: 0 },
          awaitingSupplement: 0,
          withdrawn: 0,
          onTimeRate: 1,
        },
        { scope: { name: 'Sở Tư pháp', agency: { code: 'so-tu-phap', name: 'Sở Tư pháp' } }, monthly: [{ month: '2026-01', received: 1, resolved: 1, onTimeRate: 1 }] },
      ),
    );
    const [el] = await stats({ period: '2026-Q1', locale: 'en' });
    expect(text($(el, '.title'))).to.equal('Public service performance of Sở Tư pháp');
    expect(text($(el, '.period'))).to.equal('From 1 Jan 2026 to 31 Mar 2026');
    expect(text($(el, '.balance'))).to.equal(
      '1 application to handle in this period (0 carried over from before, 1 received in the period): 1 resolved, 0 in progress, 0 awaiting documents, 0 withdrawn or stopped.',
    );
    expect($$(el, '.group.resolved .part dt').map(text)).to.deep.equal(['Early', 'On time', 'Late', 'Total']);
    expect(text($(el, 'legend'))).to.equal('Show the figures for');
    expect($(el, '.point').getAttribute('aria-label')).to.equal('Jan 2026: 1 received, 1 resolved, on-time rate 100%');
    expect(text($(el, '.trend-table tbody th'))).to.equal('Jan 2026');
    await expect(el).to.be.accessible();
  });

  it('moves its headings with heading-level', async () => {
    const [two] = await stats({ period: '2025-Q3' });
    expect($$(two, 'h2, h3, h4').map((h) => `${h.localName}.${h.className}`)).to.deep.equal([
      'h2.title',
      'h3.group-title',
      'h3.group-title',
      'h3.group-title',
      'h3.group-title',
    ]);
    const [three] = await stats({ period: '2025-Q3', level: 3 });
    expect(three.shadowRoot!.querySelector('h2')).to.equal(null);
    expect($$(three, 'h3, h4').map((h) => h.localName)).to.deep.equal(['h3', 'h4', 'h4', 'h4', 'h4']);
    expect(text($(three, 'h3'))).to.equal('Kết quả giải quyết thủ tục hành chính: Toàn tỉnh');
  });

  it('says so when the part that shows the figures cannot be downloaded, and tries again when the network is back', async () => {
    const saved = readyLoader.load;
    readyLoader.loading = undefined;
    readyLoader.load = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    try {
      const el = await fixture<GovServiceStats>(html`<gov-service-stats api-base=${base} period="2025"></gov-service-stats>`);
      await settled(el);
      expect(el.state).to.equal('error');
      expect(text($(el, '.failure p'))).to.equal('Chưa tải được phần hiển thị số liệu. Hãy kiểm tra kết nối mạng rồi thử lại.');
      expect(liveRegion(el)).to.equal('Chưa tải được phần hiển thị số liệu. Hãy kiểm tra kết nối mạng rồi thử lại.');
      await expect(el).to.be.accessible();
      readyLoader.load = saved;
      const loaded = oneEvent(el, 'gov-stats-loaded');
      window.dispatchEvent(new Event('online'));
      await loaded;
      await settled(el);
      expect(el.state).to.equal('ready');
      expect(el.shadowRoot!.querySelector('.groups')).not.to.equal(null);
    } finally {
      readyLoader.load = saved;
    }
  });

  describe('the periods a citizen picks', () => {
    let restore: () => void = () => undefined;
    afterEach(() => restore());

    it('offers this month, this quarter and this year, each from its first day to today, and reloads on a choice', async () => {
      const taken = takeOverElementClock();
      restore = taken.restore;
      // 20 May 2026, 06:00 in Vietnam: still 19 May in UTC.
      taken.clock.time = Date.UTC(2026, 4, 19, 23);
      const [el] = await stats({ period: '2025' });
      expect(text($(el, 'fieldset legend'))).to.equal('Xem số liệu của');
      const radios = $$<HTMLInputElement>(el, 'input[type="radio"]');
      expect(radios.map((radio) => text(radio.closest('label')))).to.deep.equal(['Tháng này', 'Quý này', 'Năm nay']);
      expect(radios.map((radio) => radio.checked)).to.deep.equal([false, false, false]);
      const expected = { month: ['2026-05-01', '2026-05-20'], quarter: ['2026-04-01', '2026-05-20'], year: ['2026-01-01', '2026-05-20'] };
      for (const [index, [from, to]] of Object.values(expected).entries()) {
        const loaded = oneEvent(el, 'gov-stats-loaded');
        radios[index]!.click();
        await loaded;
        await settled(el);
        const query = statsCalls().at(-1)!.url.searchParams;
        expect([query.get('from'), query.get('to')]).to.deep.equal([from, to]);
        expect($$<HTMLInputElement>(el, 'input[type="radio"]').map((radio) => radio.checked)).to.deep.equal([0, 1, 2].map((i) => i === index));
        expect(text($(el, '.period'))).to.equal(`Từ ngày ${formatDate(from!, 'vi')} đến ngày ${formatDate(to!, 'vi')}`);
      }
      await expect(el).to.be.accessible();
    });

    it('lets a citizen out of a period the host wrote wrong', async () => {
      const el = await fixture<GovServiceStats>(html`<gov-service-stats api-base=${base} period="quý 3"></gov-service-stats>`);
      await el.updateComplete;
      expect(el.state).to.equal('invalid-period');
      expect(statsCalls()).to.have.length(0);
      const loaded = oneEvent(el, 'gov-stats-loaded');
      $$<HTMLInputElement>(el, 'input[type="radio"]')[2]!.click();
      await loaded;
      await settled(el);
      expect(el.state).to.equal('ready');
      expect(statsCalls()).to.have.length(1);
      expect(statsCalls()[0]!.url.searchParams.get('from')).to.match(/^\d{4}-01-01$/);
    });

    it('never lets a slow answer for an earlier choice overwrite the latest one', async () => {
      const [el] = await stats({ period: '2025' });
      const held = backEnd.hold('get', '/stats');
      const radios = $$<HTMLInputElement>(el, 'input[type="radio"]');
      radios[0]!.click(); // this month: held
      await until(() => statsCalls().length === 2, 'the month asked for');
      const loaded = oneEvent(el, 'gov-stats-loaded');
      radios[2]!.click(); // this year: answered at once
      await loaded;
      await settled(el);
      const year = text($(el, '.period'));
      const events: unknown[] = [];
      el.addEventListener('gov-stats-loaded', (event) => events.push(event));
      held.release();
      await backEnd.barrier();
      await el.updateComplete;
      expect(text($(el, '.period'))).to.equal(year);
      expect(events).to.have.length(0);
      expect($$<HTMLInputElement>(el, 'input[type="radio"]').map((radio) => radio.checked)).to.deep.equal([false, false, true]);
    });
  });

  describe('the monthly trend', () => {
    it('draws SVG, not canvas, with a point per month and a table saying the same', async () => {
      const [el, figures] = await stats({ period: '2025' });
      const months = figures.monthly!;
      expect(months).to.have.length(12);
      expect(el.shadowRoot!.querySelector('canvas')).to.equal(null);
      const points = $$(el, 'svg.chart .point');
      expect(points).to.have.length(12);
      expect(points[6]!.getAttribute('aria-label')).to.equal(
        `Tháng 7/2025: ${months[6]!.received.toLocaleString('vi-VN')} hồ sơ tiếp nhận, ${months[6]!.resolved.toLocaleString('vi-VN')} đã giải quyết, tỉ lệ đúng hạn ${new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 }).format(months[6]!.onTimeRate!)}`,
      );
      const rows = $$(el, '.trend-table tbody tr');
      expect(rows.map((row) => text(row.querySelector('th')))).to.deep.equal(months.map((m) => `Tháng ${Number(m.month.slice(5))}/2025`));
      expect(rows.map((row) => count(text(row.querySelector('td'))))).to.deep.equal(months.map((m) => m.received));
      expect(text($(el, '.legend'))).to.contain(`cao nhất ${Math.max(...months.map((m) => m.received)).toLocaleString('vi-VN')}`);
      // Geometry, not inline styles: a strict style-src policy leaves the chart drawn.
      expect(el.shadowRoot!.querySelector('[style]')).to.equal(null);
      $<HTMLDetailsElement>(el, '.trend-table').open = true;
      await expect(el).to.be.accessible();
    });

    it('takes one tab stop and moves from month to month with the arrow keys', async () => {
      const [el, figures] = await stats({ period: '2025' });
      const months = figures.monthly!;
      const stops = () => $$(el, '.point').filter((point) => point.getAttribute('tabindex') === '0');
      expect(stops().map((point) => point.dataset['index'])).to.deep.equal(['11']);
      // From the last preset radio, Tab reaches the chart's one stop (the disclosures sit between).
      $(el, '.point[data-index="11"]').focus();
      expect(focused(el)).to.match(/^g\.point/);
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(activeIndex(el)).to.equal('10');
      expect(stops().map((point) => point.dataset['index'])).to.deep.equal(['10']);
      expect(text($(el, '.readout'))).to.contain('Tháng 11/2025');
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(activeIndex(el)).to.equal('0');
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(activeIndex(el)).to.equal('0');
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(activeIndex(el)).to.equal(String(months.length - 1));
      expect(text($(el, '.readout'))).to.contain('Tháng 12/2025');
    });

    it('takes its colours from the tokens, the states apart', async () => {
      const [el] = await stats({ period: '2025-Q3' });
      const fill = (selector: string) => getComputedStyle($(el, selector)).fill;
      const mark = (selector: string) => getComputedStyle($(el, selector), '::before').backgroundColor;
      expect(fill('.dot')).to.equal('rgb(11, 79, 156)');
      expect(getComputedStyle($(el, '.rate .value')).color).to.equal('rgb(11, 79, 156)');
      expect(fill('.volume')).to.equal('rgb(115, 125, 140)');
      const states = [mark('.group.resolved .early dt'), mark('.group.resolved .onTime dt'), mark('.group.resolved .late dt')];
      expect(new Set(states).size).to.equal(3);
      el.style.setProperty('--gov-color-primary', 'rgb(1, 2, 3)');
      expect(fill('.dot')).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle($(el, '.rate .value')).color).to.equal('rgb(1, 2, 3)');
    });
  });

  for (const locale of ['vi', 'en']) {
    it(`fits 320 px with a year of months, the disclosures open (${locale})`, async () => {
      await phoneViewport();
      const [el] = await stats({ period: '2025', agency: 'so-tu-phap', locale });
      for (const details of $$<HTMLDetailsElement>(el, 'details')) details.open = true;
      await el.updateComplete;
      expectFitsWidth(el);
      const chart = $(el, 'svg.chart').getBoundingClientRect();
      expect(chart.width).to.be.greaterThan(250);
      await expect(el).to.be.accessible();
    });
  }
});

function activeIndex(el: GovServiceStats): string | undefined {
  return (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset['index'];
}
