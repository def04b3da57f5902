import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { GovProcedureSearch } from '../../../src/elements/procedure-search/procedure-search.js';
import {
  all,
  chooseFilter,
  describeNode,
  detailSettled,
  focused,
  has,
  mockBackEnd,
  mount,
  part,
  resultCodes,
  setQuery,
  settled,
  text,
} from './support.js';

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
    // An unrelated parameter of the host page, which the element must leave alone.
    const url = new URL(original.href);
    url.searchParams.set('trang-chu', '1');
    history.replaceState(null, '', url.href);
  });
  afterEach(() => history.replaceState(original.state, '', original.href));

  it('reflects the query and the filters in the URL without adding history entries', async () => {
    const el = await mount(html`<gov-procedure-search api-base=${BASE} sync-url debounce="0"></gov-procedure-search>`);
    const entries = history.length;
    await setQuery(el, 'khai sinh');
    await settled(el);
    expect(params().get('q')).to.equal('khai sinh');
    await chooseFilter(el, 'sector', 'ho-tich');
    await settled(el);
    expect(params().get('sector')).to.equal('ho-tich');
    expect(params().get('trang-chu')).to.equal('1');
    expect(history.length).to.equal(entries);

    await chooseFilter(el, 'sector', '');
    await settled(el);
    expect(params().has('sector')).to.equal(false);
  });

  it('opens a procedure as a new history entry that the back button leaves, restoring focus', async () => {
    const el = await mount(html`<gov-procedure-search api-base=${BASE} sync-url query="khai sinh"></gov-procedure-search>`);
    const link = all<HTMLAnchorElement>(el, '.results [data-code]')[0]!;
    // Real links: they open in a new tab and can be copied.
    expect(link.localName).to.equal('a');
    expect(new URL(link.href).searchParams.get('procedure')).to.equal(link.dataset['code']);
    expect(new URL(link.href).searchParams.get('q')).to.equal('khai sinh');
    const entries = history.length;
    link.click();
    await el.updateComplete;
    await detailSettled(el);
    expect(history.length).to.equal(entries + 1);
    expect(params().get('procedure')).to.equal(link.dataset['code']);

    await back(el);
    expect(has(el, '.detail')).to.equal(false);
    expect(params().has('procedure')).to.equal(false);
    expect(params().get('q')).to.equal('khai sinh');
    expect(describeNode(focused())).to.equal(describeNode(link));
  });

  it('goes back through the browser history from its own back action', async () => {
    const el = await mount(html`<gov-procedure-search api-base=${BASE} sync-url query="khai sinh"></gov-procedure-search>`);
    const link = all(el, '.results [data-code]')[0]!;
    link.click();
    await detailSettled(el);
    const popped = oneEvent(window, 'popstate');
    part(el, '[part="back"]').click();
    await popped;
    await el.updateComplete;
    expect(has(el, '.detail')).to.equal(false);
    expect(params().has('procedure')).to.equal(false);
    expect(describeNode(focused())).to.equal(describeNode(link));
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
    expect(text(part(el, '#detail-title'))).to.equal('Đăng ký khai sinh');
    expect(describeNode(focused())).to.equal(describeNode(document.body));

    // No entry of ours to go back to: the back action closes the detail in place.
    const entries = history.length;
    part(el, '[part="back"]').click();
    await el.updateComplete;
    expect(has(el, '.detail')).to.equal(false);
    expect(history.length).to.equal(entries);
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
    part(el, '[part="load-more"]').click();
    await el.updateComplete;
    while (resultCodes(el).length < 15) await new Promise((resolve) => setTimeout(resolve, 10));
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
    all(el, '.results [data-code]')[0]!.click();
    await detailSettled(el);
    expect(location.href).to.equal(before);
    expect(all(el, '.results [data-code]')[0]!.localName).to.equal('button');
  });
});
