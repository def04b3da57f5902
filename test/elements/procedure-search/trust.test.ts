/**
 * What a careless or hostile back end sends, and what the search does with it: more items
 * than asked, ids named like Object.prototype's keys, right-to-left overrides.
 */
import { expect, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { ProcedureList } from '../../../src/api/schemas.js';
import { $$, chooseFilter, detailSettled, filterOptions, mockBackEnd, mount, $, resultCodes, settled, text, until } from '../../support/procedure-search.js';
import { facet, hostile, list, long, longDetail, longSummary, summary } from './server-data.js';

const BASE = '/t-search-trust/api/v1';
const backEnd = mockBackEnd(BASE);

function serve(answer: ProcedureList): void {
  backEnd.worker.use(http.get(`${BASE}/procedures`, () => HttpResponse.json(answer)));
}

describe('<gov-procedure-search> against what a back end may send', () => {
  before(() => backEnd.start());
  after(() => backEnd.stop());
  beforeEach(() => {
    backEnd.mock.reset();
    backEnd.worker.resetHandlers();
    backEnd.requests.length = 0;
  });

  describe('more items than asked for', () => {
    const many = Array.from({ length: 500 }, (_, index) => summary(`9.${String(index).padStart(6, '0')}`));

    it('renders one page of a 500-item answer to a page of 20', async () => {
      serve({ ...list(many, {}, 2000), pageSize: 100 });
      const el = await mount(html`<gov-procedure-search api-base=${BASE} query="giay"></gov-procedure-search>`);
      expect(resultCodes(el)).to.have.length(20);
      expect(resultCodes(el)).to.deep.equal(many.slice(0, 20).map((item) => item.code));
      expect(text($(el, '.shown'))).to.equal('Đang hiển thị 20 trong số 2000 thủ tục');
    });

    it('keeps to the page size on "load more" too', async () => {
      serve(list(many, {}, 2000));
      const el = await mount(html`<gov-procedure-search api-base=${BASE} query="giay" page-size="5"></gov-procedure-search>`);
      expect(resultCodes(el)).to.have.length(5);
      $(el, '[part="load-more"]').click();
      await until(() => resultCodes(el).length > 5, 'the next page');
      await settled(el);
      expect(resultCodes(el)).to.have.length(10);
    });

    it('shows at most six suggestions before the citizen types anything', async () => {
      serve(list(many));
      const el = await mount(html`<gov-procedure-search api-base=${BASE}></gov-procedure-search>`, ['idle']);
      expect(resultCodes(el)).to.have.length(6);
    });
  });

  describe('ids named like Object.prototype’s keys', () => {
    const odd = ['__proto__', 'constructor', 'toString'];

    it('lists, chooses and sends facet values __proto__, constructor and toString like any other', async () => {
      serve(list([summary('1.001193')], { sector: odd.map((value) => facet(value, `Lĩnh vực ${value}`, 3)), agency: odd.map((value) => facet(value)) }));
      const el = await mount(html`<gov-procedure-search api-base=${BASE} query="giay"></gov-procedure-search>`);
      expect(filterOptions(el, 'sector')).to.deep.equal(odd.map((value) => ({ value, text: `Lĩnh vực ${value} (3)` })));
      for (const value of odd) {
        await chooseFilter(el, 'sector', value);
        await settled(el);
        expect(el.sector).to.equal(value);
        expect($<HTMLSelectElement>(el, '#filter-sector').value).to.equal(value);
        expect(backEnd.requests.at(-1)!.url.searchParams.get('sector')).to.equal(value);
      }
      await chooseFilter(el, 'agency', '__proto__');
      await settled(el);
      expect(backEnd.requests.at(-1)!.url.searchParams.get('agency')).to.equal('__proto__');
    });

    it('offers sector suggestions and opens procedures whose codes are such names', async () => {
      serve(list(odd.map((code) => summary(code)), { sector: odd.map((value) => facet(value, `Lĩnh vực ${value}`)) }));
      backEnd.worker.use(
        http.get(`${BASE}/procedures/:code`, ({ params }) => HttpResponse.json({ ...longDetail(String(params['code'])), code: String(params['code']), name: `Chi tiết ${String(params['code'])}` })),
      );
      const el = await mount(html`<gov-procedure-search api-base=${BASE}></gov-procedure-search>`, ['idle']);
      expect($$(el, '[part="sectors"] button').map((button) => text(button))).to.deep.equal(odd.map((value) => `Lĩnh vực ${value} (1 thủ tục)`));
      expect(resultCodes(el)).to.deep.equal(odd);
      for (const code of odd) {
        $(el, `.results [data-code="${code}"]`).click();
        await el.updateComplete;
        await detailSettled(el);
        expect(text($(el, '#detail-title'))).to.equal(`Chi tiết ${code}`);
        expect(backEnd.requests.at(-1)!.url.pathname).to.equal(`${BASE}/procedures/${encodeURIComponent(code)}`);
        $(el, '[part="back"]').click();
        await el.updateComplete;
      }
      $$(el, '[part="sectors"] button')[0]!.click();
      await settled(el);
      expect(el.sector).to.equal('__proto__');
    });
  });

  describe('text from the server is isolated where it meets ours', () => {
    it('in results: agencies joined by our commas, a processing-time note after our words', async () => {
      serve(list([longSummary('1.000001')]));
      const el = await mount(html`<gov-procedure-search api-base=${BASE} query="giay"></gov-procedure-search>`);
      const facts = $$(el, '.results .fact dd').map((dd) => dd.textContent ?? '');
      expect(facts).to.include(`\u2068${long('Sởxâydựngtỉnh')}\u2069, \u2068${hostile}${long('Ủybannhândân')}\u2069`);
      expect(facts.some((fact) => fact.endsWith(`(\u2068${long('Kểtừngàynhậnđủhồsơ')}\u2069)`))).to.equal(true);
    });

    it('in filters and suggestions: each label in its own isolate', async () => {
      serve(list([summary('1.001193')], { sector: [facet('x', `${hostile}Hộ tịch`, 12)] }));
      const el = await mount(html`<gov-procedure-search api-base=${BASE}></gov-procedure-search>`, ['idle']);
      const option = $$<HTMLOptionElement>(el, '#filter-sector option').find((candidate) => candidate.value === 'x')!;
      expect(option.textContent!.trim()).to.equal(`\u2068${hostile}Hộ tịch\u2069 (12)`);
      expect($(el, '[part="sectors"] button bdi').textContent).to.equal(`${hostile}Hộ tịch`);
    });

    it('in the empty state: the citizen’s query in a <bdi>', async () => {
      serve(list([]));
      const el = await mount(html`<gov-procedure-search api-base=${BASE} query="${hostile}abc"></gov-procedure-search>`);
      expect(el.state).to.equal('empty');
      expect($(el, '[part="empty"] bdi').textContent).to.equal(`${hostile}abc`);
    });

    it('in the detail: documents, cases, fees, the place to apply and the legal basis', async () => {
      const detail = { ...longDetail('1.000001'), onlineLevel: 'none' as const, intakeAddress: undefined };
      serve(list([summary('1.000001')]));
      backEnd.worker.use(http.get(`${BASE}/procedures/1.000001`, () => HttpResponse.json(detail)));
      const el = await mount(html`<gov-procedure-search api-base=${BASE} query="giay"></gov-procedure-search>`);
      $(el, '.results [data-code="1.000001"]').click();
      await el.updateComplete;
      await detailSettled(el);
      const isolated = $$(el, '.detail bdi').map((bdi) => bdi.textContent);
      expect(isolated).to.include(`${hostile}${long('Đơnđềnghịcấpgiấyphép')}`);
      expect(isolated).to.include(long('Lệphíthẩmđịnh'));
      expect(isolated).to.include(long('15/2021/NĐ-CP'));
      expect(isolated).to.include(long('Nghịđịnhquyđịnhchitiết'));
      // "Nộp tại: <agency>, <agency>"
      expect($(el, '[part="in-person"] bdi').textContent).to.equal(`\u2068${long('Sởxâydựngtỉnh')}\u2069, \u2068${hostile}${long('Ủybannhândân')}\u2069`);
    });
  });
});
