/**
 * The floors of `npm run bench` (issue #18) are what the elements are compared with, so they
 * must do the work they claim: the markup an accessible page needs, the checks, the hidden
 * questions, the answer to the latest keystroke. Not how fast: that is the bench's job.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { plainQuestions, syntheticForm } from './dossier-form.bench.js';
import { PlainForm, checkAnswer } from './floors/plain-form.js';
import { PlainResults } from './floors/plain-results.js';
import { PlainTimeline } from './floors/plain-timeline.js';
import { longDossier } from './status-tracker.bench.js';

function type(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

describe('the plain Lit floors of the benchmarks', () => {
  describe('plain-form', () => {
    async function form(count = 26): Promise<PlainForm> {
      const el = new PlainForm();
      el.heading = 'Tất cả câu hỏi';
      el.questions = plainQuestions(syntheticForm(count));
      return fixture<PlainForm>(html`<div>${el}</div>`).then(() => el.updateComplete.then(() => el));
    }

    it('shows every question with its label and hint, and the step is accessible', async () => {
      const el = await form();
      const root = el.shadowRoot!;
      expect(root.querySelectorAll('.field, .section, .note')).to.have.length(26);
      const input = root.querySelector<HTMLInputElement>('#q-q0')!;
      expect(root.querySelector(`label[for="q-q0"]`)!.textContent).to.equal('Câu hỏi số 1 về thông tin của người nộp hồ sơ');
      expect(input.getAttribute('aria-describedby')).to.equal('q-q0-hint');
      expect(root.getElementById('q-q0-hint')!.textContent).to.equal('Ghi đúng như trên giấy tờ tùy thân');
      await expect(el).to.be.accessible();
    });

    it('after "Tiếp tục", shows each error under its question, described, and linked from a summary', async () => {
      const el = await form();
      const root = el.shadowRoot!;
      root.querySelector<HTMLButtonElement>('button')!.click();
      await el.updateComplete;
      const errors = root.querySelectorAll('.error-message');
      // Every question but the sections and notes (q9 and q19 show while q0 is empty).
      const shown = plainQuestions(syntheticForm(26)).filter((question) => question.kind !== 'section' && question.kind !== 'note');
      expect(errors).to.have.length(shown.length);
      const links = [...root.querySelectorAll<HTMLAnchorElement>('.error-summary a')];
      expect(links).to.have.length(shown.length);
      for (const link of links) expect(root.getElementById(link.getAttribute('href')!.slice(1)), link.href).to.exist;
      const input = root.querySelector<HTMLInputElement>('#q-q0')!;
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')).to.equal('q-q0-hint q-q0-error');
      expect(root.getElementById('q-q0-error')!.textContent).to.equal('Lỗi: Vui lòng nhập Câu hỏi số 1 về thông tin của người nộp hồ sơ');
      links[0]!.click();
      expect(root.activeElement).to.equal(input);
      await expect(el).to.be.accessible();
    });

    it('checks an answer again as it is typed, and hides the questions that ask for q0 empty', async () => {
      const el = await form();
      const root = el.shadowRoot!;
      root.querySelector<HTMLButtonElement>('button')!.click();
      await el.updateComplete;
      const input = root.querySelector<HTMLInputElement>('#q-q0')!;
      expect(root.querySelector('#q-q9-0')).to.exist;
      type(input, 'N');
      await el.updateComplete;
      expect(root.getElementById('q-q0-error')!.textContent).to.contain('phải có ít nhất 2 ký tự');
      // q9 and q19 ask for q0 empty: gone, with their errors.
      expect(root.querySelector('#q-q9-0')).to.equal(null);
      expect(root.querySelectorAll('.field, .section, .note')).to.have.length(24);
      expect(root.querySelectorAll('.error-summary a')).to.have.length(20);
      type(input, 'Nguyễn');
      await el.updateComplete;
      expect(root.getElementById('q-q0-error')).to.equal(null);
      expect(input.getAttribute('aria-invalid')).to.equal('false');
      expect(root.querySelectorAll('.error-summary a')).to.have.length(19);
    });

    it('checks each kind of answer the way the form does', () => {
      const questions = new Map(plainQuestions(syntheticForm(13)).map((question) => [question.kind, question]));
      const check = (kind: string, value: string | string[] | boolean) => checkAnswer(questions.get(kind)!, value);
      expect(check('text', 'An 2')).to.equal('Không nhập chữ số');
      expect(check('number', '0')).to.contain('phải từ 1 trở lên');
      expect(check('number', '12')).to.equal('');
      expect(check('email', 'an@')).to.contain('thư điện tử');
      expect(check('phone', '0912 345 678')).to.equal('');
      expect(check('national-id', '0010')).to.contain('12 chữ số');
      expect(check('date', '31/2/2020')).to.contain('ngày có thật');
      expect(check('date', '1/1/1800')).to.contain('trở về sau');
      expect(check('date', '27/3/2007')).to.equal('');
      expect(check('select', '')).to.contain('Vui lòng chọn');
      expect(check('checkboxes', [])).to.contain('Vui lòng chọn');
      expect(check('checkbox', false)).to.contain('Vui lòng đánh dấu');
      expect(check('section', '')).to.equal('');
    });
  });

  describe('plain-results', () => {
    const procedure = (code: string, name: string) => ({
      code,
      name,
      sector: { code: 'hotich', name: 'Hộ tịch' },
      levels: ['commune'],
      agencies: [{ code: 'ubnd', name: 'Ủy ban nhân dân cấp xã' }],
      onlineLevel: 'full',
      processingTime: { value: 3, unit: 'working-day' },
      fee: { amount: 8000, currency: 'VND' },
      updatedAt: '2026-01-01T00:00:00+07:00',
    });
    let pageFetch: typeof fetch;
    const asked: string[] = [];
    beforeEach(() => {
      pageFetch = globalThis.fetch;
      asked.length = 0;
      globalThis.fetch = async (input) => {
        const url = new URL(String(input), location.href);
        asked.push(`${url.pathname}${url.search}`);
        const items = url.searchParams.get('q') === 'khai sinh' ? [procedure('1.001193', 'Đăng ký khai sinh'), procedure('2.000986', 'Cấp bản sao trích lục khai sinh')] : [];
        const facets = {
          sector: [{ value: 'hotich', label: 'Hộ tịch', count: items.length }],
          level: [{ value: 'commune', label: 'Cấp xã', count: items.length }],
          onlineLevel: [{ value: 'full', label: 'Toàn trình', count: items.length }],
          agency: url.searchParams.get('q') === 'khai' ? [{ value: 'ubnd', label: 'UBND cấp xã', count: 5 }, { value: 'so-tp', label: 'Sở Tư pháp', count: 1 }] : [],
        };
        return new Response(JSON.stringify({ items, total: items.length, page: 1, pageSize: 20, facets }), { headers: { 'Content-Type': 'application/json' } });
      };
    });
    afterEach(() => {
      globalThis.fetch = pageFetch;
    });

    it('asks for the first 20 results of the latest query and shows them as cards, words marked', async () => {
      const el = new PlainResults();
      el.apiBase = '/floor/api/v1';
      await fixture(html`<div>${el}</div>`);
      const input = el.shadowRoot!.querySelector<HTMLInputElement>('#query')!;
      type(input, 'khai');
      type(input, 'khai sinh');
      await el.settled;
      expect(asked.at(-1)).to.equal('/floor/api/v1/procedures?q=khai%20sinh&page=1&pageSize=20');
      const cards = el.shadowRoot!.querySelectorAll('.card');
      expect(cards).to.have.length(2);
      expect([...cards[0]!.querySelectorAll('mark')].map((mark) => mark.textContent)).to.deep.equal(['khai', 'sinh']);
      expect(cards[0]!.querySelector('h3 button')!.textContent).to.equal('Đăng ký khai sinh');
      expect(cards[0]!.querySelector('.badge')!.textContent).to.equal('Trực tuyến toàn trình');
      expect([...cards[0]!.querySelectorAll('dd')].map((dd) => dd.textContent)).to.deep.equal([
        '1.001193',
        'Hộ tịch',
        'Ủy ban nhân dân cấp xã',
        '3 ngày làm việc',
        new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND' }).format(8000),
      ]);
      await expect(el).to.be.accessible();
      type(input, '');
      await el.settled;
      expect(el.shadowRoot!.querySelectorAll('.card')).to.have.length(0);
      // Without `filters`, the list alone: no select.
      expect(el.shadowRoot!.querySelectorAll('select')).to.have.length(0);
    });

    it('with filters, shows the counts of each answer in the options, and the agency once an answer offered two', async () => {
      const el = new PlainResults();
      el.apiBase = '/floor/api/v1';
      el.filters = true;
      await fixture(html`<div>${el}</div>`);
      const input = el.shadowRoot!.querySelector<HTMLInputElement>('#query')!;
      const options = () =>
        [...el.shadowRoot!.querySelectorAll('select')].map((select) => [select.id, [...select.options].map((option) => option.textContent)]);
      type(input, 'khai');
      await el.settled;
      expect(options()).to.deep.equal([
        ['filter-sector', ['Tất cả', 'Hộ tịch (0)']],
        ['filter-level', ['Tất cả', 'Cấp xã (0)']],
        ['filter-onlineLevel', ['Tất cả', 'Toàn trình (0)']],
        ['filter-agency', ['Tất cả', 'UBND cấp xã (5)', 'Sở Tư pháp (1)']],
      ]);
      type(input, 'khai sinh');
      await el.settled;
      expect(options()).to.deep.equal([
        ['filter-sector', ['Tất cả', 'Hộ tịch (2)']],
        ['filter-level', ['Tất cả', 'Cấp xã (2)']],
        ['filter-onlineLevel', ['Tất cả', 'Toàn trình (2)']],
        ['filter-agency', ['Tất cả']],
      ]);
      await expect(el).to.be.accessible();
    });
  });

  describe('plain-timeline', () => {
    it('lists every step of the history with its time, status, place and note; the last is current', async () => {
      const el = new PlainTimeline();
      el.dossier = longDossier(7);
      await fixture(html`<div>${el}</div>`);
      const steps = el.shadowRoot!.querySelectorAll('ol > li');
      expect(steps).to.have.length(7);
      expect(steps[0]!.querySelector('time')!.getAttribute('datetime')).to.equal(longDossier(7).history[0]!.at);
      expect(steps[0]!.querySelector('.name')!.textContent).to.equal('Mới đăng ký');
      expect(steps[0]!.querySelector('p')!.textContent).to.contain('Bước 1');
      expect(steps[6]!.getAttribute('aria-current')).to.equal('step');
      expect(steps[5]!.hasAttribute('aria-current')).to.equal(false);
      await expect(el).to.be.accessible();
    });
  });
});
