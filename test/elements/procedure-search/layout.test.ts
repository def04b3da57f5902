/**
 * The search on a 320 px phone, in Vietnamese and English, in every state that shows text from
 * the server, with the longest unbroken strings a careless or hostile back end can send.
 */
import { expect, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { expectFitsWidth, phoneViewport, resetViewport } from '../../support/layout.js';
import { detailSettled, mockBackEnd, mount, $ } from '../../support/procedure-search.js';
import { facet, hostile, list, long, longDetail, longSummary } from './server-data.js';

const BASE = '/t-search-layout/api/v1';
const backEnd = mockBackEnd(BASE);

const longFacets = {
  sector: [facet('xay-dung', long('Hoạtđộngxâydựng'), 12), facet('ho-tich', `${hostile}${long('Hộtịch')}`, 3)],
  level: [facet('province', long('Cấptỉnh'), 2)],
  onlineLevel: [facet('full', long('Toàntrình'), 2)],
  agency: [facet('a', long('Sởxâydựng'), 1), facet('b', long('Ủybannhândân'), 1)],
};

const problem = (status: number) =>
  HttpResponse.json(
    { type: 'https://motcua.dev/problems/invalid-query', title: 'Bad', status, detail: `${hostile}${long('Câutruyvấnkhônghợplệ')}` },
    { status, headers: { 'content-type': 'application/problem+json' } },
  );

describe('<gov-procedure-search> at 320 px with long server text', () => {
  before(() => backEnd.start());
  after(() => backEnd.stop());
  beforeEach(async () => {
    backEnd.mock.reset();
    backEnd.worker.resetHandlers();
    await phoneViewport();
  });
  afterEach(() => resetViewport());

  for (const locale of ['vi', 'en']) {
    it(`fits the suggestions before a search (${locale})`, async () => {
      backEnd.worker.use(http.get(`${BASE}/procedures`, () => HttpResponse.json(list([longSummary('1.000001'), longSummary('1.000002')], longFacets))));
      const el = await mount(html`<gov-procedure-search api-base=${BASE} locale=${locale}></gov-procedure-search>`, ['idle']);
      expectFitsWidth(el);
      await expect(el).to.be.accessible();
    });

    it(`fits the results, filters included (${locale})`, async () => {
      backEnd.worker.use(http.get(`${BASE}/procedures`, () => HttpResponse.json(list([longSummary('1.000001'), longSummary('1.000002')], longFacets, 40))));
      const el = await mount(html`<gov-procedure-search api-base=${BASE} locale=${locale} query="xay dung" page-size="2"></gov-procedure-search>`, ['results']);
      expectFitsWidth(el);
    });

    it(`fits the empty state with a long query (${locale})`, async () => {
      backEnd.worker.use(http.get(`${BASE}/procedures`, () => HttpResponse.json(list([], longFacets))));
      const el = await mount(html`<gov-procedure-search api-base=${BASE} locale=${locale} query=${long('khongcogi')}></gov-procedure-search>`, ['empty']);
      expectFitsWidth(el);
    });

    it(`fits an error whose reason is the server's long text (${locale})`, async () => {
      backEnd.worker.use(http.get(`${BASE}/procedures`, () => problem(400)));
      const el = await mount(html`<gov-procedure-search api-base=${BASE} locale=${locale} query="xay dung"></gov-procedure-search>`, ['error']);
      expect($(el, '[part="error"]').textContent).to.contain(long('Câutruyvấnkhônghợplệ'));
      expectFitsWidth(el);
    });

    it(`fits the procedure detail and its error (${locale})`, async () => {
      backEnd.worker.use(
        http.get(`${BASE}/procedures`, () => HttpResponse.json(list([longSummary('1.000001'), longSummary('1.000002')], longFacets))),
        http.get(`${BASE}/procedures/1.000001`, () => HttpResponse.json(longDetail('1.000001'))),
        http.get(`${BASE}/procedures/1.000002`, () => problem(422)),
      );
      const el = await mount(html`<gov-procedure-search api-base=${BASE} locale=${locale} query="xay dung"></gov-procedure-search>`, ['results']);
      $(el, '.results [data-code="1.000001"]').click();
      await el.updateComplete;
      await detailSettled(el);
      expectFitsWidth(el);
      await expect(el).to.be.accessible();
      $(el, '[part="back"]').click();
      await el.updateComplete;
      $(el, '.results [data-code="1.000002"]').click();
      await el.updateComplete;
      await detailSettled(el);
      expect($(el, '.detail [part="error"]').textContent).to.contain(long('Câutruyvấnkhônghợplệ'));
      expectFitsWidth(el);
    });
  }
});
