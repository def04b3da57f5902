import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import type { GovProcedureSearch } from '../../../src/elements/procedure-search/procedure-search.js';
import { withoutPersonalNumbers } from '../../../src/elements/procedure-search/url-sync.js';
import { $$, chooseFilter, describeNode, detailSettled, focused, has, mockBackEnd, mount, $, resultCodes, setQuery, settled, text, until } from '../../support/procedure-search.js';
import { list, summary } from './server-data.js';

const BASE = '/t-search-url/api/v1';
const backEnd = mockBackEnd(BASE);

const params = () => new URLSearchParams(location.search);

async function back(el: GovProcedureSearch): Promise<void> {
  const popped = oneEvent(window, 'popstate');
  history.back();
  await popped;
  await el.updateComplete;
}

describe('<gov-procedure-search sync-url>', () => {
  const original = { href: location.href, state: history.state as unknown };

  before(() => backEnd.start());
  after(() => backEnd.stop());
  beforeEach(() => {
    backEnd.mock.reset();
    backEnd.worker.resetHandlers();
    // An unrelated parameter of the host page, which the element must leave alone.
    const url = new URL(original.href);
    url.searchParams.set('trang-chu', '1');
    history.replaceState(null, '', url.href);
  });
  afterEach(() => history.replaceState(original.state, '', original.href));

  /**
   * New history entries the element makes, counted at `pushState`: `history.length` cannot
   * tell, since Chromium caps it at 50 and the runner reuses its pages across test files.
   */
  let pushes = 0;
  const pushState = history.pushState;
  beforeEach(() => {
    pushes = 0;
    history.pushState = function (...args: Parameters<History['pushState']>) {
      pushes++;
      return pushState.apply(this, args);
    };
  });
  afterEach(() => {
    history.pushState = pushState;
  });

  it('reflects the query and the filters in the URL without adding history entries', async () => {
    const el = await mount(html`<gov-procedure-search api-base=${BASE} sync-url debounce="0"></gov-procedure-search>`);
    const entries = pushes;
    await setQuery(el, 'khai sinh');
    await settled(el);
    expect(params().get('q')).to.equal('khai sinh');
    await chooseFilter(el, 'sector', 'ho-tich');
    await settled(el);
    expect(params().get('sector')).to.equal('ho-tich');
    expect(params().get('trang-chu')).to.equal('1');
    expect(pushes).to.equal(entries);

    await chooseFilter(el, 'sector', '');
    await settled(el);
    expect(params().has('sector')).to.equal(false);
  });

  it('opens a procedure as a new history entry that the back button leaves, restoring focus', async () => {
    const el = await mount(html`<gov-procedure-search api-base=${BASE} sync-url query="khai sinh"></gov-procedure-search>`);
    const link = $$<HTMLAnchorElement>(el, '.results [data-code]')[0]!;
    // Real links: they open in a new tab and can be copied.
    expect(link.localName).to.equal('a');
    expect(new URL(link.href).searchParams.get('procedure')).to.equal(link.dataset['code']);
    expect(new URL(link.href).searchParams.get('q')).to.equal('khai sinh');
    const entries = pushes;
    link.click();
    await el.updateComplete;
    await detailSettled(el);
    expect(pushes).to.equal(entries + 1);
    expect(params().get('procedure')).to.equal(link.dataset['code']);

    await back(el);
    expect(has(el, '.detail')).to.equal(false);
    expect(params().has('procedure')).to.equal(false);
    expect(params().get('q')).to.equal('khai sinh');
    expect(focused()).to.equal(describeNode(link));
  });

  it('goes back through the browser history from its own back action', async () => {
    const el = await mount(html`<gov-procedure-search api-base=${BASE} sync-url query="khai sinh"></gov-procedure-search>`);
    const link = $$(el, '.results [data-code]')[0]!;
    link.click();
    await detailSettled(el);
    const popped = oneEvent(window, 'popstate');
    $(el, '[part="back"]').click();
    await popped;
    await el.updateComplete;
    expect(has(el, '.detail')).to.equal(false);
    expect(params().has('procedure')).to.equal(false);
    expect(focused()).to.equal(describeNode(link));
  });

  it('restores the query, filters and open procedure from a shared link, without taking focus', async () => {
    const url = new URL(location.href);
    url.searchParams.set('q', 'khai sinh');
    url.searchParams.set('sector', 'ho-tich');
    url.searchParams.set('procedure', '1.001193');
    history.replaceState(null, '', url.href);
    const el = await fixture<GovProcedureSearch>(
      html`<gov-procedure-search api-base=${BASE} sync-url query="ignored by the link"></gov-procedure-search>`,
    );
    await settled(el);
    await detailSettled(el);
    expect(el.query).to.equal('khai sinh');
    expect(el.sector).to.equal('ho-tich');
    expect(text($(el, '#detail-title'))).to.equal('Đăng ký khai sinh');
    expect(focused()).to.equal(describeNode(document.body));

    // No entry of ours to go back to: the back action closes the detail in place.
    const entries = pushes;
    $(el, '[part="back"]').click();
    await el.updateComplete;
    expect(has(el, '.detail')).to.equal(false);
    expect(pushes).to.equal(entries);
    expect(params().has('procedure')).to.equal(false);
    expect(params().get('q')).to.equal('khai sinh');
    expect(resultCodes(el)).to.include('1.001193');
  });

  it('restores several pages at once and records "load more" as a page', async () => {
    const url = new URL(location.href);
    url.searchParams.set('q', 'cap');
    url.searchParams.set('page', '2');
    history.replaceState(null, '', url.href);
    backEnd.requests.length = 0;
    const el = await mount(html`<gov-procedure-search api-base=${BASE} sync-url page-size="5"></gov-procedure-search>`);
    expect(resultCodes(el)).to.have.length(10);
    const searches = backEnd.requests.filter((request) => request.url.pathname.endsWith('/procedures'));
    expect(searches).to.have.length(1);
    expect(searches[0]!.url.searchParams.get('pageSize')).to.equal('10');
    $(el, '[part="load-more"]').click();
    await el.updateComplete;
    await until(() => resultCodes(el).length === 15, 'the third page shown');
    await el.updateComplete;
    expect(params().get('page')).to.equal('3');
    expect(new Set(resultCodes(el)).size).to.equal(15);
  });

  it('prefixes its parameters with the value of sync-url', async () => {
    const el = await mount(html`<gov-procedure-search api-base=${BASE} sync-url="tt-" debounce="0"></gov-procedure-search>`);
    await setQuery(el, 'xay dung');
    await settled(el);
    expect(params().get('tt-q')).to.equal('xay dung');
    expect(params().has('q')).to.equal(false);
  });

  it('leaves the URL alone without sync-url', async () => {
    const before = location.href;
    const el = await mount(html`<gov-procedure-search api-base=${BASE} debounce="0"></gov-procedure-search>`);
    await setQuery(el, 'khai sinh');
    await settled(el);
    $$(el, '.results [data-code]')[0]!.click();
    await detailSettled(el);
    expect(location.href).to.equal(before);
    expect($$(el, '.results [data-code]')[0]!.localName).to.equal('button');
  });

  describe('personal numbers', () => {
    /** Every URL the page writes into its history from now on. */
    function recordHistory(): { urls: string[]; stop: () => void } {
      const urls: string[] = [];
      const { pushState, replaceState } = history;
      history.pushState = function (state: unknown, unused: string, url?: string | URL | null) {
        if (url) urls.push(String(url));
        return pushState.call(this, state, unused, url);
      };
      history.replaceState = function (state: unknown, unused: string, url?: string | URL | null) {
        if (url) urls.push(String(url));
        return replaceState.call(this, state, unused, url);
      };
      return { urls, stop: () => Object.assign(history, { pushState, replaceState }) };
    }

    const digitsIn = (url: string) => (new URL(url).searchParams.get('q') ?? '').replace(/\D/g, '');

    for (const [what, typed] of [
      ['a CCCD', '001099012345'],
      ['a CCCD in groups', '001 099 012 345'],
      ['an old CMND', '012345678'],
      ['a mobile number', '0912.345.678'],
      ['a number with +84', '+84 912 345 678'],
    ]) {
      it(`never writes ${what} into the URL or the history, not even while it is typed`, async () => {
        // Whatever is typed finds one procedure, so that opening it pushes a history entry too.
        backEnd.worker.use(http.get(`${BASE}/procedures`, () => HttpResponse.json(list([summary('1.001193')]))));
        const el = await mount(html`<gov-procedure-search api-base=${BASE} sync-url debounce="0"></gov-procedure-search>`);
        const written = recordHistory();
        try {
          $<HTMLInputElement>(el, '#query').focus();
          await sendKeys({ type: `khai sinh ${typed!}` });
          await el.updateComplete;
          await settled(el);
          $(el, '.results [data-code]').click();
          await detailSettled(el);
          await back(el);
        } finally {
          written.stop();
        }
        expect(el.query, 'the search box keeps what was typed').to.equal(`khai sinh ${typed!}`);
        expect(written.urls.length).to.be.greaterThan(3);
        for (const url of written.urls) expect(digitsIn(url).length, url).to.be.at.most(5);
        expect(params().get('q')).to.equal('khai sinh');
        expect(location.href).to.not.contain(typed!.replace(/\D/g, '').slice(0, 6));
      });
    }

    it('rewrites a shared link that carries a phone number as soon as it reads it', async () => {
      const url = new URL(location.href);
      url.searchParams.set('q', 'ho tich 0912345678');
      history.replaceState(null, '', url.href);
      const el = await mount(html`<gov-procedure-search api-base=${BASE} sync-url></gov-procedure-search>`);
      expect(el.query).to.equal('ho tich 0912345678');
      expect(params().get('q')).to.equal('ho tich');
    });

    it('keeps procedure codes, short numbers and words', () => {
      expect(withoutPersonalNumbers('1.001193')).to.equal('1.001193');
      expect(withoutPersonalNumbers('2.000986.000.00.00.H22')).to.equal('2.000986.000.00.00.H22');
      expect(withoutPersonalNumbers('nghị định 118/2025')).to.equal('nghị định 118/2025');
      expect(withoutPersonalNumbers('1.001193 0912345678')).to.equal('1.001193');
      expect(withoutPersonalNumbers('khai sinh')).to.equal('khai sinh');
    });

    it('removes identity and phone numbers however they are written', () => {
      for (const typed of ['001099012345', '001 099 012 345', '012345678', '0912345678', '0912 345 678', '0912-345-678', '+84912345678', '84 912 345 678', '0084912345678', '０９１２３４５６７８', 'cccd001099012345']) {
        expect(withoutPersonalNumbers(`tra cứu ${typed}`), typed).to.match(/^tra cứu(?: cccd)?$/);
      }
    });
  });
});
