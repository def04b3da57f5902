/**
 * The detail on contract 1.1: fee lines (phí / lệ phí, per channel, per unit, notes,
 * exemptions, "theo quy định" never free), "Cấp Bộ", each agency's online level; the error
 * state without "Đang tải…"; headings at the host's level; the part that draws the detail,
 * loaded on demand, failing and tried again.
 */
import { expect, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { FeeItem, ProcedureDetail } from '../../../src/api/schemas.js';
import { detailLoader } from '../../../src/elements/procedure-search/detail-loader.js';
import type { GovProcedureSearch } from '../../../src/elements/procedure-search/procedure-search.js';
import { expectFitsWidth, phoneViewport, resetViewport } from '../../support/layout.js';
import { $, $$, detailSettled, has, mockBackEnd, mount, text, until } from '../../support/procedure-search.js';
import { list, longDetail, summary } from './server-data.js';

const BASE = '/t-search-detail-11/api/v1';
const backEnd = mockBackEnd(BASE);

const fee = (item: Partial<FeeItem>): FeeItem => ({ kind: 'le-phi', name: 'Lệ phí', amount: 0, currency: 'VND', ...item });

function detail(overrides: Partial<ProcedureDetail> = {}): ProcedureDetail {
  return {
    ...longDetail('1.000001'),
    name: 'Cấp bản sao trích lục',
    description: 'Mô tả',
    levels: ['central'],
    agencies: [
      { code: 'bo', name: 'Bộ Tư pháp', onlineLevel: 'full' },
      { code: 'so', name: 'Sở Tư pháp', onlineLevel: 'partial' },
    ],
    channels: [
      {
        kind: 'online',
        processingTime: { value: 1, unit: 'working-day' },
        fees: [],
        onlineLevel: 'full',
        feeItems: [
          fee({ name: 'Lệ phí cấp bản sao', amount: 2000, unit: 'trang', exemptions: ['Người có công với cách mạng'] }),
          fee({ kind: 'phi', name: 'Phí thẩm định', amount: null, note: 'Theo nghị quyết của Hội đồng nhân dân tỉnh' }),
        ],
      },
      { kind: 'in-person', processingTime: { value: 2, unit: 'working-day' }, fees: [], feeItems: [fee({ name: 'Lệ phí', amount: 0 })] },
    ],
    feeItems: [fee({ name: 'Lệ phí cấp bản sao', amount: 2000, unit: 'trang' }), fee({ kind: 'phi', name: 'Phí thẩm định', amount: null })],
    ...overrides,
  };
}

async function openFirst(el: GovProcedureSearch): Promise<void> {
  $(el, '.results [data-code]').click();
  await el.updateComplete;
  await detailSettled(el);
}

function serve(answer: ProcedureDetail | (() => Response)) {
  backEnd.worker.use(
    http.get(`${BASE}/procedures`, () => HttpResponse.json(list([summary('1.000001', { name: 'Cấp bản sao trích lục', feeItems: answer instanceof Function ? [] : answer.feeItems! })]))),
    http.get(`${BASE}/procedures/1.000001`, () => (answer instanceof Function ? answer() : HttpResponse.json(answer))),
  );
}

const facts = (el: GovProcedureSearch, scope: string) =>
  Object.fromEntries($$(el, `${scope} .fact`).map((node) => [text(node.querySelector('dt')), text(node.querySelector('dd'))]));

describe('<gov-procedure-search>: the detail on contract 1.1', () => {
  before(() => backEnd.start());
  after(() => backEnd.stop());
  beforeEach(() => {
    backEnd.mock.reset();
    backEnd.worker.resetHandlers();
  });
  afterEach(() => resetViewport());

  it('shows each fee line: kind, amount per unit, "Theo quy định" (never free), its note and exemptions; the card follows the same rule', async () => {
    serve(detail());
    const el = await mount(html`<gov-procedure-search api-base=${BASE} query="ban sao"></gov-procedure-search>`);
    expect(facts(el, '.results')['Phí, lệ phí']).to.equal('Lệ phí: 2.000 ₫/trang; Phí: Theo quy định');
    await openFirst(el);
    expect(facts(el, '.detail')['Phí, lệ phí']).to.equal('Lệ phí: 2.000 ₫/trang; Phí: Theo quy định');
    const [online, inPerson] = $$(el, '.detail .section .card');
    const lines = [...online!.querySelectorAll('.fees > li')].map(text);
    expect(lines[0]).to.contain('Lệ phí Lệ phí cấp bản sao: 2.000 ₫/trang');
    expect(lines[0]).to.contain('Được miễn:');
    expect(lines[0]).to.contain('Người có công với cách mạng');
    expect(lines[1]).to.contain('Phí Phí thẩm định: Theo quy định');
    expect(lines[1]).to.contain('Ghi chú: Theo nghị quyết của Hội đồng nhân dân tỉnh');
    expect(text(online)).to.not.match(/Miễn phí|\b0 ₫/);
    expect(text(online)).to.contain('Trực tuyến toàn trình');
    // A fee of 0 is free.
    expect(text(inPerson)).to.contain('Lệ phí: Miễn phí');
    await expect(el).to.be.accessible();
  });

  it('never shows "theo quy định" as free on the card, even alone', async () => {
    const only = detail({ feeItems: [fee({ kind: 'phi', name: 'Phí', amount: null })] });
    serve(only);
    const el = await mount(html`<gov-procedure-search api-base=${BASE} query="ban sao" locale="en"></gov-procedure-search>`);
    expect(facts(el, '.results')['Fees and charges']).to.equal('Fee: As regulated');
  });

  it('reads "Cấp Bộ" / "Ministry level" and each agency\'s online level', async () => {
    serve(detail());
    const el = await mount(html`<gov-procedure-search api-base=${BASE} query="ban sao"></gov-procedure-search>`);
    await openFirst(el);
    const vi = facts(el, '.detail');
    expect(vi['Cấp thực hiện']).to.equal('Cấp Bộ');
    expect([...$(el, '.detail .agencies').querySelectorAll('li')].map(text)).to.deep.equal(['Bộ Tư pháp: Trực tuyến toàn trình', 'Sở Tư pháp: Trực tuyến một phần']);
    el.setAttribute('locale', 'en');
    await until(() => facts(el, '.detail')['Level'], 'the detail in English');
    expect(facts(el, '.detail')['Level']).to.equal('Ministry level');
  });

  it('names the procedure by its code in the error state, never "Đang tải thông tin thủ tục…"', async () => {
    serve(() => HttpResponse.json({ type: 'about:blank', title: 'Lỗi', status: 500 }, { status: 500, headers: { 'content-type': 'application/problem+json' } }));
    const el = await mount(html`<gov-procedure-search api-base=${BASE} sync-url="e-"></gov-procedure-search>`, ['idle', 'results', 'empty']);
    // Opened from a shared link: no result to take the name from.
    history.replaceState(null, '', `?e-procedure=1.000001`);
    const linked = await mount(html`<gov-procedure-search api-base=${BASE} sync-url="e-"></gov-procedure-search>`);
    await detailSettled(linked);
    expect(has(linked, '[part="error"]')).to.equal(true);
    expect(text($(linked, '#detail-title'))).to.equal('Thủ tục 1.000001');
    expect(text($(linked, '.detail'))).to.not.contain('Đang tải');
    await expect(linked).to.be.accessible();
    history.replaceState(null, '', location.pathname);
    el.remove();
  });

  it('puts its headings at heading-level, the outline in order', async () => {
    serve(detail());
    const el = await mount(html`<gov-procedure-search api-base=${BASE} query="ban sao" heading-level="3"></gov-procedure-search>`);
    expect($(el, '#results-title').localName).to.equal('h3');
    expect($(el, '.result-title').localName).to.equal('h4');
    await openFirst(el);
    expect($(el, '#detail-title').localName).to.equal('h3');
    expect(new Set($$(el, '.detail .section > .heading').map((node) => node.localName))).to.deep.equal(new Set(['h4']));
    expect($(el, '.case-title').localName).to.equal('h5');
    expect($(el, '.subheading').localName).to.equal('h6');
    await expect(el).to.be.accessible();
  });

  it('fits 320 px with the fee lines, in English too', async () => {
    await phoneViewport();
    serve(detail());
    for (const locale of ['vi', 'en']) {
      const el = await mount(html`<gov-procedure-search api-base=${BASE} query="ban sao" locale=${locale}></gov-procedure-search>`);
      await openFirst(el);
      expectFitsWidth(el);
      await expect(el).to.be.accessible();
    }
  });

  it('says so when the part that draws the detail cannot be downloaded, and tries again', async () => {
    serve(detail());
    const load = detailLoader.load;
    let fail = true;
    detailLoader.load = () => (fail ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : load());
    try {
      const el = await mount(html`<gov-procedure-search api-base=${BASE} query="ban sao"></gov-procedure-search>`);
      await openFirst(el);
      expect(text($(el, '[part="error"]'))).to.contain('Chưa tải được thông tin thủ tục');
      expect(text($(el, '#detail-title'))).to.equal('Cấp bản sao trích lục');
      fail = false;
      $(el, '[part="retry"]').click();
      await el.updateComplete;
      await detailSettled(el);
      expect(has(el, '[part="error"]')).to.equal(false);
      expect(has(el, '.detail .fees')).to.equal(true);
    } finally {
      detailLoader.load = load;
    }
  });
});
