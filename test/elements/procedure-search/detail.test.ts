import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import type { ProcedureDetail } from '../../../src/api/schemas.js';
import type { ProcedureSelectDetail } from '../../../src/elements/procedure-search/procedure-search.js';
import { $$, detailSettled, describeNode, focused, has, mockBackEnd, mount, until, $, resultCodes, settled, text,  } from '../../support/procedure-search.js';
import type { GovProcedureSearch } from '../../../src/elements/procedure-search/procedure-search.js';

const BASE = '/t-search-detail/api/v1';
const backEnd = mockBackEnd(BASE);

async function openResult(el: GovProcedureSearch, code: string): Promise<void> {
  const link = $$(el, '.results [data-code]').find((candidate) => candidate.dataset['code'] === code);
  if (!link) throw new Error(`${code} is not among the results`);
  link.click();
  await el.updateComplete;
  await detailSettled(el);
}

/** Headings of the detail sections, by level. */
function headings(el: GovProcedureSearch, level: string): string[] {
  return $$(el, `.detail ${level}`).map((heading) => text(heading));
}

function section(el: GovProcedureSearch, title: string): HTMLElement {
  const heading = $$(el, '.detail h3').find((candidate) => text(candidate) === title);
  if (!heading) throw new Error(`no section ${title}`);
  return heading.parentElement!;
}

describe('<gov-procedure-search>: procedure detail', () => {
  before(() => backEnd.start());
  after(() => backEnd.stop());
  beforeEach(() => {
    backEnd.mock.reset();
    backEnd.worker.resetHandlers();
  });
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('shows every section of the procedure and moves focus to its title, axe-clean', async () => {
    const el = await mount(html`<gov-procedure-search api-base=${BASE} query="1.001193"></gov-procedure-search>`);
    await openResult(el, '1.001193');
    expect(focused()).to.equal(describeNode($(el, '#detail-title')));
    expect(text($(el, '#detail-title'))).to.equal('Đăng ký khai sinh');
    expect($(el, '.search-view').hidden).to.equal(true);
    expect(headings(el, 'h3')).to.deep.equal([
      'Mô tả',
      'Đối tượng thực hiện',
      'Cách thức thực hiện',
      'Trình tự thực hiện và thành phần hồ sơ',
      ...(headings(el, 'h3').includes('Yêu cầu, điều kiện') ? ['Yêu cầu, điều kiện'] : []),
      'Kết quả thực hiện',
      'Căn cứ pháp lý',
      'Địa chỉ tiếp nhận hồ sơ',
    ]);
    expect(text(section(el, 'Mô tả'))).to.contain('Ủy ban nhân dân cấp xã');
    expect(text(section(el, 'Đối tượng thực hiện'))).to.contain('Công dân Việt Nam');

    const channelTexts = [...section(el, 'Cách thức thực hiện').querySelectorAll(':scope > ul > li')].map(text);
    expect(channelTexts[0]).to.contain('Nộp trực tiếp');
    expect(channelTexts[0]).to.contain('Thời hạn: 1 ngày làm việc');
    expect(channelTexts.some((channel) => channel.includes('Nộp trực tuyến'))).to.equal(true);
    // Birth registration on time is free.
    expect(channelTexts[0]).to.contain('Miễn phí');

    // Each case with its steps and documents: originals, copies, required, templates.
    expect(headings(el, 'h4')).to.deep.equal(['Trường hợp thông thường', 'Trường hợp nộp hồ sơ thông qua người được ủy quyền']);
    const firstCase = $(el, '.case');
    expect(firstCase.querySelectorAll('ol li').length).to.be.greaterThan(1);
    const documents = [...firstCase.querySelectorAll('.documents li')].map(text);
    expect(documents[0]).to.contain('Tờ khai đăng ký khai sinh');
    expect(documents[0]).to.contain('(bắt buộc)');
    expect(documents[0]).to.contain('Bản chính: 1 · Bản sao: 0');
    expect(documents.find((doc) => doc.includes('Giấy chứng nhận kết hôn'))).to.contain('(không bắt buộc)');
    const template = firstCase.querySelector<HTMLAnchorElement>('.documents a')!;
    expect(template.href).to.equal('https://motcua.dev/templates/1.001193/TK-KS.docx');
    // The document's name is the server's: isolated (FSI … PDI) inside our words.
    expect(template.getAttribute('aria-label')).to.equal('Tải mẫu: \u2068Tờ khai đăng ký khai sinh\u2069');

    expect(text(section(el, 'Kết quả thực hiện'))).to.contain('Giấy khai sinh');
    expect(section(el, 'Căn cứ pháp lý').querySelectorAll('li').length).to.be.greaterThan(0);
    expect(text(section(el, 'Địa chỉ tiếp nhận hồ sơ'))).to.contain('Bộ phận Một cửa');
    await expect(el).to.be.accessible();
  });

  it('dispatches gov-procedure-select from "Nộp hồ sơ trực tuyến", bubbling out of the shadow root', async () => {
    const el = await mount(html`<gov-procedure-search api-base=${BASE} query="1.001193"></gov-procedure-search>`);
    await openResult(el, '1.001193');
    const apply = $$(el, '[part="apply"]');
    // One for the procedure, one per case when there are several.
    expect(apply.map(text)).to.deep.equal([
      'Nộp hồ sơ trực tuyến',
      'Nộp hồ sơ trực tuyến: Trường hợp thông thường',
      'Nộp hồ sơ trực tuyến: Trường hợp nộp hồ sơ thông qua người được ủy quyền',
    ]);

    const selected = oneEvent(document, 'gov-procedure-select');
    apply[0]!.click();
    const event = (await selected) as CustomEvent<ProcedureSelectDetail>;
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    expect(event.detail).to.deep.equal({ code: '1.001193', name: 'Đăng ký khai sinh' });
    // Retargeted at the document: the host is the target, nothing inside its shadow root leaks.
    expect(event.target === el).to.equal(true);

    const selectedCase = oneEvent(document, 'gov-procedure-select');
    apply[2]!.click();
    const byCase = (await selectedCase) as CustomEvent<ProcedureSelectDetail>;
    expect(byCase.detail).to.deep.equal({ code: '1.001193', name: 'Đăng ký khai sinh', caseId: 'nop-thay' });
  });

  it('says where to apply for a procedure that cannot be filed online, and offers no online action', async () => {
    const el = await mount(html`<gov-procedure-search api-base=${BASE} query="cap"></gov-procedure-search>`);
    const select = $<HTMLSelectElement>(el, '#filter-onlineLevel');
    select.value = 'none';
    select.dispatchEvent(new Event('change'));
    await settled(el);
    const code = resultCodes(el)[0]!;
    await openResult(el, code);
    expect(has(el, '[part="apply"]')).to.equal(false);
    const notice = $(el, '[part="in-person"]');
    expect(text(notice)).to.contain('Thủ tục này chưa nộp được trực tuyến');
    const address = text(section(el, 'Địa chỉ tiếp nhận hồ sơ').querySelector('p'));
    expect(text(notice)).to.contain(`Vui lòng nộp hồ sơ trực tiếp hoặc qua bưu chính tại: ${address}`);
    expect(text($(el, '.detail [part="badge"]'))).to.equal('Chỉ cung cấp thông tin');
    await expect(el).to.be.accessible();
  });

  it('returns to the same results, scroll position and focus', async () => {
    const spacer = document.createElement('div');
    spacer.className = 'spacer';
    spacer.style.height = '1500px';
    document.body.prepend(spacer);
    try {
      const el = await mount(html`<gov-procedure-search api-base=${BASE} query="dang ky" page-size="10"></gov-procedure-search>`);
      const requestsBefore = backEnd.requests.length;
      const links = $$(el, '.results [data-code]');
      const target = links[6]!;
      target.scrollIntoView();
      // The position to return to is the one the citizen sees once the scroll has happened.
      await until(() => document.scrollingElement!.scrollTop > 1000, 'scrolled to the result');
      const scrollTop = document.scrollingElement!.scrollTop;
      const codesBefore = resultCodes(el);
      await openResult(el, target.dataset['code']!);
      expect(focused()).to.equal(describeNode($(el, '#detail-title')));

      $(el, '[part="back"]').click();
      await el.updateComplete;
      expect($(el, '.search-view').hidden).to.equal(false);
      expect(has(el, '.detail')).to.equal(false);
      expect(resultCodes(el)).to.deep.equal(codesBefore);
      expect(focused()).to.equal(describeNode(target));
      expect(Math.abs(document.scrollingElement!.scrollTop - scrollTop)).to.be.lessThan(2);
      // The results came back from memory, not from a new search.
      expect(backEnd.requests.slice(requestsBefore).every((request) => !request.url.pathname.endsWith('/procedures'))).to.equal(true);
    } finally {
      spacer.remove();
    }
  });

  it('operates by keyboard: Enter opens, the back action returns focus', async () => {
    const el = await mount(html`<gov-procedure-search api-base=${BASE} query="khai sinh"></gov-procedure-search>`);
    const first = $$(el, '.results [data-code]')[0]!;
    first.focus();
    await sendKeys({ press: 'Enter' });
    await detailSettled(el);
    expect(focused()).to.equal(describeNode($(el, '#detail-title')));
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(focused()).to.equal(describeNode($(el, '[part="back"]')));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(focused()).to.equal(describeNode(first));
  });

  it('shows the title at once and a skeleton while the detail loads, axe-clean', async () => {
    const el = await mount(html`<gov-procedure-search api-base=${BASE} query="1.001193"></gov-procedure-search>`);
    const held = backEnd.hold('get', '/procedures/1.001193');
    $$(el, '.results [data-code]')[0]!.click();
    await el.updateComplete;
    expect(text($(el, '#detail-title'))).to.equal('Đăng ký khai sinh');
    expect(has(el, '.detail [part="skeleton"]')).to.equal(true);
    await expect(el).to.be.accessible();
    held.release();
    await detailSettled(el);
    expect(has(el, '.detail [part="skeleton"]')).to.equal(false);
  });

  it('reports a failed detail with a retry that works', async () => {
    const el = await mount(html`<gov-procedure-search api-base=${BASE} query="1.001193"></gov-procedure-search>`);
    backEnd.mock.faults.add({ path: '/procedures/1.001193', status: 503, times: 1 });
    await openResult(el, '1.001193');
    const error = $(el, '.detail [part="error"]');
    expect(text(error)).to.contain('Chưa tải được thông tin thủ tục');
    await expect(el).to.be.accessible();
    $(el, '.detail [part="retry"]').click();
    await el.updateComplete;
    await detailSettled(el);
    expect(has(el, '.detail [part="error"]')).to.equal(false);
    expect($$(el, '[part="apply"]').length).to.be.greaterThan(0);
  });

  it('reports an invalid detail body', async () => {
    const el = await mount(html`<gov-procedure-search api-base=${BASE} query="1.001193"></gov-procedure-search>`);
    backEnd.mock.faults.add({ path: '/procedures/1.001193', malformed: true, times: 1 });
    await openResult(el, '1.001193');
    expect(text($(el, '.detail [part="error"]'))).to.contain('dữ liệu không hợp lệ');
  });

  it('never turns a javascript: or data: URL from the server into a link', async () => {
    const detail: ProcedureDetail = {
      code: '1.001193',
      name: 'Thủ tục thử nghiệm',
      sector: { code: 'ho-tich', name: 'Hộ tịch' },
      levels: ['commune'],
      agencies: [{ name: 'UBND xã' }],
      onlineLevel: 'full',
      processingTime: { value: 3, unit: 'working-day' },
      fee: { amount: 50000, currency: 'VND' },
      updatedAt: '2026-01-01T08:00:00+07:00',
      audiences: ['citizen'],
      channels: [{ kind: 'online', processingTime: { value: 3, unit: 'working-day' }, fees: [] }],
      cases: [
        {
          id: 'mot',
          name: 'Trường hợp duy nhất',
          steps: ['Nộp hồ sơ'],
          documents: [
            { code: 'A', name: 'Tờ khai', originals: 1, copies: 0, required: true, templateUrl: 'javascript:alert(1)' },
            { code: 'B', name: 'Đơn', originals: 1, copies: 0, required: true, templateUrl: 'https://example.gov.vn/don.docx' },
          ],
        },
      ],
      results: [{ name: 'Giấy xác nhận' }],
      legalBasis: [{ number: '01/2026/NĐ-CP', title: 'Nghị định', url: 'data:text/html,<script>alert(1)</script>' }],
      formVersion: '1',
    };
    // Served in place of the real procedure, as a compromised or careless back end would.
    backEnd.worker.use(http.get(`${BASE}/procedures/1.001193`, () => HttpResponse.json(detail)));
    const fresh = await mount(html`<gov-procedure-search api-base=${BASE} query="1.001193"></gov-procedure-search>`);
    await openResult(fresh, '1.001193');
    const hrefs = $$<HTMLAnchorElement>(fresh, '.detail a').map((anchor) => anchor.getAttribute('href'));
    expect(hrefs).to.deep.equal(['https://example.gov.vn/don.docx']);
    expect(text($(fresh, '.detail'))).to.contain('01/2026/NĐ-CP');
    // A single case: the one apply button carries its id.
    const selected = oneEvent(document, 'gov-procedure-select');
    $(fresh, '[part="apply"]').click();
    const event = (await selected) as CustomEvent<ProcedureSelectDetail>;
    expect(event.detail).to.deep.equal({ code: '1.001193', name: 'Thủ tục thử nghiệm', caseId: 'mot' });
  });
});
