import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import type { ProcedureList, ProcedureSummary } from '../../../src/api/schemas.js';
import type { GovProcedureSearch } from '../../../src/elements/procedure-search/procedure-search.js';
import { takeOverElementClock } from '../../support/fake-clock.js';
import { $$, chooseFilter, filterOptions, describeNode, focused, has, liveRegion, mockBackEnd, mount, $, resultCodes, resultNames, setQuery, settled, text, typeQuery, activeElement, until } from '../../support/procedure-search.js';

const BASE = '/t-search/api/v1';
const backEnd = mockBackEnd(BASE);

describe('<gov-procedure-search>: searching', () => {
  before(() => backEnd.start());
  after(() => backEnd.stop());
  beforeEach(() => {
    backEnd.mock.reset();
    backEnd.worker.resetHandlers();
    backEnd.requests.length = 0;
  });

  describe('idle', () => {
    it('suggests popular procedures and sectors before anything is typed, axe-clean', async () => {
      const el = await mount(html`<gov-procedure-search api-base=${BASE}></gov-procedure-search>`);
      expect(el.state).to.equal('idle');
      expect(text($(el, '#popular-title'))).to.equal('Thủ tục được quan tâm');
      const names = resultNames(el);
      expect(names.length).to.be.within(1, 6);
      expect(names).to.include('Đăng ký khai sinh');
      const sectors = $$(el, '[part="sectors"] button');
      expect(sectors.length).to.be.within(2, 8);
      expect(text(sectors[0])).to.match(/\(\d+ thủ tục\)$/);
      // Nothing searched yet, nothing to announce.
      expect(liveRegion(el)).to.equal('');
      await expect(el).to.be.accessible();
    });

    it('filters by a suggested sector and keeps focus in the filters', async () => {
      const el = await mount(html`<gov-procedure-search api-base=${BASE}></gov-procedure-search>`);
      const first = $$(el, '[part="sectors"] button')[0]!;
      const sectorName = text(first).replace(/ \(\d+ thủ tục\)$/, '');
      first.click();
      await settled(el);
      expect(el.state).to.equal('results');
      expect(el.sector).to.not.equal('');
      expect(focused()).to.equal(describeNode($(el, '#filter-sector')));
      for (const sector of $$(el, '.results .fact:nth-child(2) dd')) expect(text(sector)).to.equal(sectorName);
    });
  });

  describe('matching', () => {
    it('finds "Đăng ký khai sinh" typed without diacritics and highlights the matched words as text', async () => {
      const el = await mount(html`<gov-procedure-search api-base=${BASE}></gov-procedure-search>`);
      await typeQuery(el, 'dang ky khai sinh');
      await settled(el);
      expect(el.state).to.equal('results');
      expect(resultNames(el)[0]).to.equal('Đăng ký khai sinh');
      const firstTitle = $(el, '.results .result-title');
      expect([...firstTitle.querySelectorAll('mark')].map((mark) => mark.textContent)).to.deep.equal(['Đăng ký khai sinh']);
    });

    it('matches upper case and Đ: "ĐĂNG KÝ"', async () => {
      const el = await mount(html`<gov-procedure-search api-base=${BASE} debounce="0"></gov-procedure-search>`);
      await setQuery(el, 'ĐĂNG KÝ');
      await settled(el);
      const names = resultNames(el);
      expect(names.length).to.be.greaterThan(1);
      for (const name of names) expect(name.toLowerCase()).to.contain('đăng ký');
      const marks = [...$(el, '.results .result-title').querySelectorAll('mark')].map((mark) => mark.textContent);
      expect(marks).to.deep.equal(['Đăng ký']);
    });

    it('matches "giay phep xay dung" to the construction permit', async () => {
      const el = await mount(html`<gov-procedure-search api-base=${BASE} debounce="0"></gov-procedure-search>`);
      await setQuery(el, 'giay phep xay dung');
      await settled(el);
      expect(resultNames(el)[0]).to.equal('Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ');
    });

    it('finds a procedure by its code and highlights the code', async () => {
      const el = await mount(html`<gov-procedure-search api-base=${BASE} debounce="0"></gov-procedure-search>`);
      await setQuery(el, '1.001193');
      await settled(el);
      expect(resultCodes(el)[0]).to.equal('1.001193');
      const code = $(el, '.results .fact dd');
      expect(text(code.querySelector('mark'))).to.equal('1.001193');
    });

    it('renders server strings as text, never as HTML', async () => {
      const hostile: ProcedureSummary = {
        code: '9.999999',
        name: '<img src=x onerror="window.__pwned=1">Đăng ký <b>khai sinh</b>',
        sector: { code: 'ho-tich', name: '<i>Hộ tịch</i>' },
        levels: ['commune'],
        agencies: [{ name: '<script>alert(1)</script>' }],
        onlineLevel: 'full',
        processingTime: { value: 1, unit: 'working-day' },
        fee: null,
        updatedAt: '2026-01-01T08:00:00+07:00',
      };
      const list: ProcedureList = {
        items: [hostile],
        total: 1,
        page: 1,
        pageSize: 20,
        facets: { sector: [], level: [], onlineLevel: [] },
      };
      backEnd.worker.use(http.get(`${BASE}/procedures`, () => HttpResponse.json(list)));
      const el = await mount(html`<gov-procedure-search api-base=${BASE} query="khai sinh"></gov-procedure-search>`);
      const card = $(el, '.results li');
      expect(card.querySelectorAll('img, b, i, script').length).to.equal(0);
      expect(text(card)).to.contain('<img src=x onerror="window.__pwned=1">Đăng ký <b>khai sinh</b>');
      expect(text(card)).to.contain('<script>alert(1)</script>');
      // The highlight split the name into text nodes around a <mark>, still without parsing it.
      expect(text(card.querySelector('mark'))).to.equal('khai sinh');
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('shows code, sector, agency, processing time, fee or "Miễn phí", and the online-level badge', async () => {
      const el = await mount(html`<gov-procedure-search api-base=${BASE} query="1.009994"></gov-procedure-search>`);
      const card = $(el, '.results li');
      const facts = Object.fromEntries(
        [...card.querySelectorAll('.fact')].map((fact) => [text(fact.querySelector('dt')), text(fact.querySelector('dd'))]),
      );
      expect(facts).to.deep.equal({
        'Mã thủ tục': '1.009994',
        'Lĩnh vực': 'Xây dựng',
        'Cơ quan thực hiện': facts['Cơ quan thực hiện'],
        'Thời hạn giải quyết': '15 ngày',
        // Contract 1.1's fee lines: the lệ phí, and a phí whose amount the province sets.
        'Phí, lệ phí': 'Lệ phí: 75.000 ₫; Phí: Theo quy định',
      });
      expect(facts['Cơ quan thực hiện']).to.match(/\S/);
      expect(text(card.querySelector('[part="badge"]'))).to.equal('Trực tuyến toàn trình');

      await setQuery(el, '1.001193');
      await settled(el);
      const birth = $(el, '.results li');
      // Free on time, set by the province when late, and a charge per copy of the extract.
      expect(text(birth)).to.contain('Lệ phí: Miễn phí, Theo quy định; Phí: 8.000 ₫/bản');
      expect(text(birth)).to.contain('1 ngày làm việc');
    });
  });

  describe('announcements', () => {
    it('has the live region from the start and announces "N kết quả"', async () => {
      const held = backEnd.hold('get', '/procedures');
      const el = await fixture<GovProcedureSearch>(
        html`<gov-procedure-search api-base=${BASE} query="khai sinh"></gov-procedure-search>`,
      );
      expect(el.state).to.equal('loading');
      expect(has(el, '[role="status"]')).to.equal(true);
      held.release();
      await settled(el);
      const count = text($(el, '.count'));
      expect(count).to.match(/^\d+ kết quả$/);
      expect(liveRegion(el)).to.equal(count);
    });
  });

  describe('filters', () => {
    it('offers the facets with counts and combines them with the query', async () => {
      const el = await mount(html`<gov-procedure-search api-base=${BASE} debounce="0" query="cap"></gov-procedure-search>`);
      const total = Number(text($(el, '.count')).split(' ')[0]!.replace(/\./g, ''));
      const sectors = filterOptions(el, 'sector');
      expect(sectors.length).to.be.greaterThan(1);
      for (const option of sectors) expect(option.text).to.match(/ \(\d+\)$/);
      expect(filterOptions(el, 'level').length).to.be.greaterThan(0);
      expect(filterOptions(el, 'onlineLevel').map((option) => option.value)).to.include.members(['full', 'partial']);
      expect(sectors.reduce((sum, option) => sum + Number(/\((\d+)\)$/.exec(option.text)![1]), 0)).to.equal(total);

      const chosen = sectors[0]!;
      const expected = Number(/\((\d+)\)$/.exec(chosen.text)![1]);
      await chooseFilter(el, 'sector', chosen.value);
      await settled(el);
      expect(text($(el, '.count'))).to.equal(`${expected.toLocaleString('vi-VN')} kết quả`);
      const lastUrl = backEnd.requests.at(-1)!.url;
      expect(lastUrl.searchParams.get('q')).to.equal('cap');
      expect(lastUrl.searchParams.get('sector')).to.equal(chosen.value);

      const online = filterOptions(el, 'onlineLevel').find((option) => option.value === 'full')!;
      const expectedOnline = Number(/\((\d+)\)$/.exec(online.text)![1]);
      await chooseFilter(el, 'onlineLevel', 'full');
      await settled(el);
      expect(text($(el, '.count'))).to.equal(`${expectedOnline} kết quả`);
      for (const badge of $$(el, '.results [part="badge"]')) expect(text(badge)).to.equal('Trực tuyến toàn trình');
      const combined = backEnd.requests.at(-1)!.url;
      expect(combined.searchParams.get('sector')).to.equal(chosen.value);
      expect(combined.searchParams.get('onlineLevel')).to.equal('full');
      await expect(el).to.be.accessible();
    });

    it('clears every filter in one action and keeps the query', async () => {
      const el = await mount(html`<gov-procedure-search api-base=${BASE} query="giay" sector="xay-dung"></gov-procedure-search>`);
      await chooseFilter(el, 'onlineLevel', 'partial');
      await settled(el);
      const filtered = text($(el, '.count'));
      $(el, '[part="clear-filters"]').click();
      await settled(el);
      expect(el.sector).to.equal('');
      expect(el.onlineLevel).to.equal('');
      expect(el.query).to.equal('giay');
      expect(has(el, '[part="clear-filters"]')).to.equal(false);
      expect(text($(el, '.count'))).to.not.equal(filtered);
      expect(backEnd.requests.at(-1)!.url.searchParams.has('sector')).to.equal(false);
      // The button is gone; focus stays in the filters rather than falling to the page.
      expect(focused()).to.equal(describeNode($(el, '#filter-sector')));
    });

    it('shows the agency filter once the deployment has several agencies, and keeps it and its place when an answer has one', async () => {
      const answer = (agency: ProcedureList['facets']['agency']): ProcedureList => ({
        items: [],
        total: 0,
        page: 1,
        pageSize: 20,
        facets: { sector: [], level: [], onlineLevel: [], agency },
      });
      const one = [{ value: 'only', label: 'UBND xã', count: 0 }];
      backEnd.worker.use(http.get(`${BASE}/procedures`, () => HttpResponse.json(answer(one))));
      const single = await mount(html`<gov-procedure-search api-base=${BASE} query="khong co"></gov-procedure-search>`);
      // A single-agency deployment: no pointless filter.
      expect(has(single, '#filter-agency')).to.equal(false);
      backEnd.worker.resetHandlers();

      const el = await mount(html`<gov-procedure-search api-base=${BASE} query="dang ky"></gov-procedure-search>`);
      expect(has(el, '#filter-agency')).to.equal(true);
      const body = () => Math.round($(el, '.body').getBoundingClientRect().top);
      const before = body();
      backEnd.worker.use(http.get(`${BASE}/procedures`, () => HttpResponse.json(answer(one))));
      await setQuery(el, 'khong co');
      await settled(el);
      // The facet shrank to one agency: the filter stays, so the results do not jump.
      expect(has(el, '#filter-agency')).to.equal(true);
      expect(body()).to.equal(before);
    });
  });

  describe('pages', () => {
    it('shows the total and loads more, moving focus to the first new result', async () => {
      const el = await mount(html`<gov-procedure-search api-base=${BASE} page-size="5" query="cap"></gov-procedure-search>`);
      expect(resultCodes(el)).to.have.length(5);
      const total = Number(text($(el, '.count')).split(' ')[0]!.replace(/\./g, ''));
      expect(total).to.be.greaterThan(10);
      expect(text($(el, '.shown'))).to.equal(`Đang hiển thị 5 trong số ${total.toLocaleString('vi-VN')} thủ tục`);
      const firstPage = resultCodes(el);
      $(el, '[part="load-more"]').click();
      await settled(el);
      await until(() => resultCodes(el).length === 10, 'the second page shown');
      await el.updateComplete;
      const codes = resultCodes(el);
      expect(codes.slice(0, 5)).to.deep.equal(firstPage);
      expect(new Set(codes).size).to.equal(10);
      expect(focused()).to.equal(describeNode($$(el, '.results [data-code]')[5]));
      expect(backEnd.requests.at(-1)!.url.searchParams.get('page')).to.equal('2');
      expect(text($(el, '.shown'))).to.contain('Đang hiển thị 10 trong số');
    });

    it('hides "load more" when everything is shown', async () => {
      const el = await mount(html`<gov-procedure-search api-base=${BASE} query="1.001193"></gov-procedure-search>`);
      expect(has(el, '[part="load-more"]')).to.equal(false);
    });

    it('keeps the results when loading more fails, and retries only the next page', async () => {
      const el = await mount(html`<gov-procedure-search api-base=${BASE} page-size="5" query="cap"></gov-procedure-search>`);
      backEnd.mock.faults.add({ path: '/procedures', status: 500, times: 1 });
      $(el, '[part="load-more"]').click();
      await until(() => el.shadowRoot!.querySelector('[part="error"]'), 'the error of the next page');
      expect(el.state).to.equal('results');
      expect(resultCodes(el)).to.have.length(5);
      $(el, '[part="retry"]').click();
      await until(() => resultCodes(el).length === 10, 'the next page after the retry');
      expect(has(el, '[part="error"]')).to.equal(false);
    });
  });

  describe('states', () => {
    it('shows a skeleton while the first search loads, axe-clean', async () => {
      const held = backEnd.hold('get', '/procedures');
      const el = await fixture<GovProcedureSearch>(
        html`<gov-procedure-search api-base=${BASE} query="khai sinh"></gov-procedure-search>`,
      );
      expect(el.state).to.equal('loading');
      expect($$(el, '[part="skeleton"] li.card').length).to.equal(3);
      expect($(el, '.body').getAttribute('aria-busy')).to.equal('true');
      await expect(el).to.be.accessible();
      held.release();
      await settled(el);
      expect(has(el, '[part="skeleton"]')).to.equal(false);
      expect($(el, '.body').getAttribute('aria-busy')).to.equal('false');
    });

    it('keeps the previous results, dimmed, while a refined query loads', async () => {
      const el = await mount(html`<gov-procedure-search api-base=${BASE} debounce="0" query="khai sinh"></gov-procedure-search>`);
      const held = backEnd.hold('get', '/procedures');
      await setQuery(el, 'khai sinh cho con');
      expect(el.state).to.equal('loading');
      expect(has(el, '[part="skeleton"]')).to.equal(false);
      expect(has(el, '.stale .results')).to.equal(true);
      held.release();
      await settled(el);
      expect(has(el, '.stale')).to.equal(false);
    });

    it('finishes a search interrupted by moving the element elsewhere in the page', async () => {
      // The first search is held, then cancelled by the move: the element must search again.
      const held = backEnd.hold('get', '/procedures');
      const el = await fixture<GovProcedureSearch>(html`<gov-procedure-search api-base=${BASE} query="khai sinh"></gov-procedure-search>`);
      expect(el.state).to.equal('loading');
      // Moved only once the first search is held: a request aborted before it reached the
      // worker would leave the hold to catch the search made after the move.
      await until(() => held.taken, 'the first search held');
      const elsewhere = document.createElement('div');
      document.body.append(elsewhere);
      try {
        elsewhere.append(el);
        // Its late answer, if any, is for a search the element has given up.
        held.release();
        await settled(el);
        expect(el.state).to.equal('results');
        expect(resultNames(el)).to.include('Đăng ký khai sinh');
      } finally {
        elsewhere.remove();
      }
    });

    it('helps when nothing matches: the query, tips, and a way back to every procedure', async () => {
      const el = await mount(html`<gov-procedure-search api-base=${BASE} query="xyzzy khong ton tai"></gov-procedure-search>`);
      expect(el.state).to.equal('empty');
      const empty = $(el, '[part="empty"]');
      expect(text(empty)).to.contain('Không tìm thấy thủ tục phù hợp');
      expect(text(empty)).to.contain('“xyzzy khong ton tai”');
      expect(liveRegion(el)).to.equal('Không có kết quả');
      await expect(el).to.be.accessible();
      const showAll = [...empty.querySelectorAll('button')].find((button) => text(button) === 'Xem tất cả thủ tục')!;
      showAll.click();
      await settled(el);
      expect(el.state).to.equal('idle');
      expect(focused()).to.equal(describeNode($(el, '#query')));
      expect($<HTMLInputElement>(el, '#query').value).to.equal('');
    });

    it('suggests searching without the filters when they exclude everything', async () => {
      const el = await mount(html`<gov-procedure-search api-base=${BASE} query="khai sinh" sector="xay-dung"></gov-procedure-search>`);
      expect(el.state).to.equal('empty');
      const retry = [...$(el, '[part="empty"]').querySelectorAll('button')].find(
        (button) => text(button) === 'Tìm lại khi bỏ bộ lọc',
      )!;
      retry.click();
      await settled(el);
      expect(el.state).to.equal('results');
      expect(el.sector).to.equal('');
      expect(resultNames(el)).to.include('Đăng ký khai sinh');
    });

    it('reports a server error with a retry that works, axe-clean', async () => {
      backEnd.mock.faults.add({ path: '/procedures', status: 500, times: 1 });
      const el = await mount(html`<gov-procedure-search api-base=${BASE} query="khai sinh"></gov-procedure-search>`);
      expect(el.state).to.equal('error');
      const error = $(el, '[part="error"]');
      expect(error.getAttribute('role')).to.equal('alert');
      expect(text(error)).to.contain('Chưa tải được danh sách thủ tục');
      expect(text(error)).to.contain('Hệ thống đang gặp sự cố');
      await expect(el).to.be.accessible();
      $(el, '[part="retry"]').click();
      await settled(el);
      expect(el.state).to.equal('results');
      expect(resultNames(el)).to.include('Đăng ký khai sinh');
    });

    it('reports a body that breaks the contract as invalid data, with a retry', async () => {
      backEnd.mock.faults.add({ path: '/procedures', malformed: true, times: 1 });
      const el = await mount(html`<gov-procedure-search api-base=${BASE} query="khai sinh"></gov-procedure-search>`);
      expect(el.state).to.equal('error');
      expect(text($(el, '[part="error"]'))).to.contain('dữ liệu không hợp lệ');
      await expect(el).to.be.accessible();
      $(el, '[part="retry"]').click();
      await settled(el);
      expect(el.state).to.equal('results');
    });

    it('says when the network is gone and searches again when it comes back', async () => {
      const onLine = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')!;
      Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
      try {
        backEnd.mock.faults.add({ path: '/procedures', offline: true });
        const el = await mount(html`<gov-procedure-search api-base=${BASE} query="khai sinh"></gov-procedure-search>`, ['offline', 'error']);
        expect(el.state).to.equal('offline');
        const panel = $(el, '[part="error"]');
        expect(panel.classList.contains('warning')).to.equal(true);
        expect(text(panel)).to.contain('Bạn đang ngoại tuyến');
        expect(text(panel)).to.contain('Không có kết nối mạng');
        await expect(el).to.be.accessible();

        backEnd.mock.faults.clear();
        delete (navigator as unknown as Record<string, unknown>)['onLine'];
        window.dispatchEvent(new Event('online'));
        await settled(el, ['results']);
        expect(resultNames(el)).to.include('Đăng ký khai sinh');
      } finally {
        if (Object.getOwnPropertyDescriptor(navigator, 'onLine')) delete (navigator as unknown as Record<string, unknown>)['onLine'];
        expect(Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')).to.deep.equal(onLine);
      }
    });
  });

  describe('typing', () => {
    it('waits for a pause in typing and sends one request for the whole word', async () => {
      const el = await mount(html`<gov-procedure-search api-base=${BASE} debounce="200"></gov-procedure-search>`);
      backEnd.requests.length = 0;
      // The pause is the element clock's, moved by hand: a busy machine's slow keystrokes are
      // not a pause in typing.
      const { clock, restore } = takeOverElementClock();
      try {
        await typeQuery(el, 'khai sinh');
        await backEnd.barrier();
        expect(backEnd.requests.filter((request) => request.url.pathname.endsWith('/procedures'))).to.deep.equal([]);
        clock.advance(199);
        await backEnd.barrier();
        expect(backEnd.requests.filter((request) => request.url.pathname.endsWith('/procedures'))).to.deep.equal([]);
        clock.advance(1);
        await settled(el);
      } finally {
        restore();
      }
      const searches = backEnd.requests.filter((request) => request.url.pathname.endsWith('/procedures'));
      expect(searches.map((request) => request.url.searchParams.get('q'))).to.deep.equal(['khai sinh']);
    });

    it('searches at once on Enter', async () => {
      const el = await mount(html`<gov-procedure-search api-base=${BASE} debounce="60000"></gov-procedure-search>`);
      await typeQuery(el, 'khai sinh');
      expect(el.state).to.equal('loading');
      await sendKeys({ press: 'Enter' });
      await settled(el);
      expect(el.state).to.equal('results');
      expect(resultNames(el)[0]).to.equal('Đăng ký khai sinh');
    });

    it('aborts the stale request and never shows its late answer', async () => {
      const el = await mount(html`<gov-procedure-search api-base=${BASE} debounce="0"></gov-procedure-search>`);
      const signals: AbortSignal[] = [];
      const original = window.fetch;
      window.fetch = (input, init) => {
        if (init?.signal) signals.push(init.signal);
        return original(input, init);
      };
      try {
        // The stale search is answered only when the test says so, after the newer one.
        const stale = backEnd.hold('get', '/procedures');
        await setQuery(el, 'khai sinh');
        // The newer query only once the stale one is held, or the hold could catch the newer.
        await until(() => stale.taken, 'the stale search held');
        await setQuery(el, 'xay dung');
        await settled(el);
        expect(signals).to.have.length(2);
        expect(signals[0]!.aborted).to.equal(true);
        expect(signals[1]!.aborted).to.equal(false);
        const afterNewer = resultNames(el);
        expect(afterNewer.some((name) => name.includes('xây dựng'))).to.equal(true);
        stale.release();
        await until(() => stale.answered, 'the stale search answered');
        // Whatever the stale answer was going to do, it has done once a later exchange is through.
        await backEnd.barrier();
        await el.updateComplete;
        expect(resultNames(el)).to.deep.equal(afterNewer);
      } finally {
        window.fetch = original;
      }
    });

    it('applies answers in request order even when the older one arrives last', async () => {
      const el = await mount(html`<gov-procedure-search api-base=${BASE} debounce="0"></gov-procedure-search>`);
      // The first answer is held back until after the second, and is sent even if aborted.
      let releaseFirst!: () => void;
      const firstHeld = new Promise<void>((resolve) => (releaseFirst = resolve));
      const original = window.fetch;
      let calls = 0;
      window.fetch = async (input, init) => {
        calls++;
        if (calls === 1) {
          // Answer the stale query regardless of the abort, as a server or proxy that ignores it would.
          const response = await original(input, { ...init, signal: null });
          await firstHeld;
          return response;
        }
        return original(input, init);
      };
      try {
        await setQuery(el, 'khai sinh');
        await setQuery(el, 'xay dung');
        await settled(el);
        const newer = resultNames(el);
        releaseFirst();
        // Whatever the older answer was going to do, it has done once a later exchange is through.
        await backEnd.barrier();
        await backEnd.barrier();
        await el.updateComplete;
        expect(resultNames(el)).to.deep.equal(newer);
        expect(el.state).to.equal('results');
      } finally {
        window.fetch = original;
      }
    });
  });

  describe('attributes', () => {
    it('query: searches at start and fills the box', async () => {
      const el = await mount(html`<gov-procedure-search api-base=${BASE} query="ly lich tu phap"></gov-procedure-search>`);
      expect($<HTMLInputElement>(el, '#query').value).to.equal('ly lich tu phap');
      expect(resultCodes(el)[0]).to.equal('2.001417');
    });

    it('sector: presets the filter', async () => {
      const el = await mount(html`<gov-procedure-search api-base=${BASE} sector="ho-tich"></gov-procedure-search>`);
      expect(el.state).to.equal('results');
      expect($<HTMLSelectElement>(el, '#filter-sector').value).to.equal('ho-tich');
      for (const sector of $$(el, '.results .fact:nth-child(2) dd')) expect(text(sector)).to.equal('Hộ tịch');
    });

    it('page-size: sets the results per page (bounded to 1–100)', async () => {
      const el = await mount(html`<gov-procedure-search api-base=${BASE} query="cap" page-size="7"></gov-procedure-search>`);
      expect(resultCodes(el)).to.have.length(7);
      el.pageSize = 1000;
      await settled(el);
      expect(backEnd.requests.at(-1)!.url.searchParams.get('pageSize')).to.equal('100');
    });

    it('locale: speaks English and asks the server for English', async () => {
      const el = await mount(html`<gov-procedure-search api-base=${BASE} locale="en" query="khai sinh"></gov-procedure-search>`);
      expect(text($(el, 'label[for="query"]'))).to.equal('Find an administrative procedure');
      expect(text($(el, '.count'))).to.match(/^\d+ results?$/);
      expect($(el, '.root').getAttribute('lang')).to.equal('en');
      expect(text($(el, '[part="badge"]'))).to.equal('Fully online');
    });

    it('api-base: talks to the given back end', async () => {
      await mount(html`<gov-procedure-search api-base=${BASE} query="khai sinh"></gov-procedure-search>`);
      expect(backEnd.requests.at(-1)!.url.pathname).to.equal(`${BASE}/procedures`);
    });
  });

  describe('keyboard', () => {
    it('reaches the box, the button, the filters and the results with Tab, and opens a result with Enter', async () => {
      const el = await mount(html`<gov-procedure-search api-base=${BASE} query="khai sinh"></gov-procedure-search>`);
      $(el, '#query').focus();
      const order: string[] = [];
      for (let i = 0; i < 6; i++) {
        await sendKeys({ press: 'Tab' });
        const now = activeElement() as HTMLElement;
        order.push(now.id || now.getAttribute('part') || now.tagName);
      }
      expect(order.slice(0, 5)).to.deep.equal(['submit', 'filter-sector', 'filter-level', 'filter-onlineLevel', 'filter-agency']);
      expect(order[5]).to.equal('result-link');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(focused()).to.equal(describeNode($(el, '#detail-title')));
    });
  });
});
