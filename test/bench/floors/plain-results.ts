/**
 * The floor of the search benchmark (issue #18): a search box and its result list written
 * the plain way a competent Lit developer would, with no motcua code. Each keystroke asks
 * the API for the first 20 procedures matching the box (the same `GET /procedures` the
 * element sends, answered by the same mock) and renders them as cards with the element's
 * content and markup semantics: the name as the card's heading and button, the words typed
 * marked in the name and the code, the online level, and a description list of code,
 * sector, agencies, processing time and fee; the count above, "showing N of M" below.
 * With `filters` (the bench's default), also the four filters with the answer's counts in
 * their options ("Xây dựng (12)"), the agency's shown once an answer offers more than one
 * agency, as the element does: every keystroke's answer changes those counts, so they are
 * work each keystroke must do (docs/decisions.md, "The floor does the filters' work too").
 *
 * What it leaves out, because the bench does not exercise it: choosing a filter, paging, the
 * detail, loading and error states, translations, checking the answer against the contract.
 * An answer that arrives after a newer keystroke is dropped, as any search box must.
 */
import { css, html, LitElement, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';

/** The fields of a `ProcedureSummary` a card shows. */
interface Procedure {
  code: string;
  name: string;
  sector: { name: string };
  agencies: Array<{ name: string }>;
  onlineLevel: string;
  processingTime: { value: number; unit: string; note?: string };
  fee: { amount: number } | null;
}

interface Facet {
  value: string;
  label: string;
  count: number;
}

type FacetName = 'sector' | 'level' | 'onlineLevel' | 'agency';

interface Answer {
  query: string;
  words: string[];
  items: Procedure[];
  total: number;
  facets: Record<FacetName, Facet[]>;
}

const FILTER_LABELS: Record<FacetName, string> = {
  sector: 'Lĩnh vực',
  level: 'Cấp thực hiện',
  onlineLevel: 'Mức độ trực tuyến',
  agency: 'Cơ quan thực hiện',
};

const LEVELS: Record<string, string> = {
  full: 'Trực tuyến toàn trình',
  partial: 'Trực tuyến một phần',
  none: 'Chỉ cung cấp thông tin',
};

const UNITS: Record<string, string> = {
  hour: 'giờ',
  day: 'ngày',
  'working-day': 'ngày làm việc',
  month: 'tháng',
  'working-hour': 'giờ làm việc',
};

const money = new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND' });

/** Lower case without tones and marks, `đ` as `d`: what a Vietnamese search box matches on. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

/** `text` with the words of the query marked, matched without tones. */
function highlight(text: string, words: readonly string[]): TemplateResult[] | string {
  const folded = fold(text);
  // Folding keeps one letter per letter of NFC text; any other text is shown unmarked.
  if (words.length === 0 || folded.length !== text.length) return text;
  const pattern = new RegExp(words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  const pieces: TemplateResult[] = [];
  let at = 0;
  for (const match of folded.matchAll(pattern)) {
    if (match[0].length === 0) continue;
    pieces.push(html`${text.slice(at, match.index)}<mark>${text.slice(match.index, match.index + match[0].length)}</mark>`);
    at = match.index + match[0].length;
  }
  pieces.push(html`${text.slice(at)}`);
  return pieces;
}

@customElement('plain-results')
export class PlainResults extends LitElement {
  static override styles = css`
    :host {
      display: block;
      font: inherit;
    }
    label {
      display: block;
      font-weight: bold;
    }
    input {
      box-sizing: border-box;
      width: 100%;
      padding: 0.5rem;
      border: 2px solid #333;
      font: inherit;
    }
    .filters {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(13em, 1fr));
      gap: 0.75rem;
      margin: 1rem 0 0;
      padding: 0;
      border: 0;
    }
    select {
      width: 100%;
      padding: 0.5rem;
      font: inherit;
    }
    .results {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .card {
      margin-top: 1rem;
      padding: 1rem;
      border: 1px solid #ccc;
      border-radius: 4px;
    }
    h3 {
      margin: 0;
    }
    h3 button {
      padding: 0;
      border: 0;
      background: none;
      color: #1d4ed8;
      font: inherit;
      text-align: start;
      text-decoration: underline;
      cursor: pointer;
    }
    mark {
      background: #fef08a;
    }
    .badge {
      display: inline-block;
      margin: 0.5rem 0;
      padding: 0 0.5rem;
      background: #eef2ff;
    }
    dl {
      display: grid;
      grid-template-columns: 12em 1fr;
      gap: 0.25rem 1rem;
      margin: 0;
    }
    dl div {
      display: contents;
    }
    dt {
      color: #555;
    }
    dd {
      margin: 0;
    }
  `;

  /** Where the API is, e.g. `/api/v1`. */
  @property({ attribute: 'api-base' }) apiBase = '/api/v1';

  /** Show the filters with the answer's counts (false: the result list alone). */
  @property({ type: Boolean }) filters = false;

  @state() private query = '';
  @state() private answer: Answer | undefined;

  /** An answer offered more than one agency: the agency filter shows from then on. */
  #agencies = false;
  #latest: Promise<void> = Promise.resolve();
  #abort: AbortController | undefined;

  /** Settles once the answer to the latest keystroke is rendered (or dropped on failure). */
  get settled(): Promise<void> {
    return this.#latest.then(() => this.updateComplete).then(() => undefined);
  }

  #onInput(event: Event): void {
    const query = (event.target as HTMLInputElement).value;
    this.query = query;
    this.#abort?.abort();
    if (!query.trim()) {
      this.answer = undefined;
      this.#latest = Promise.resolve();
      return;
    }
    const abort = (this.#abort = new AbortController());
    this.#latest = this.#search(query, abort.signal).catch(() => {
      // A superseded keystroke's request: its answer is of no use.
    });
  }

  async #search(query: string, signal: AbortSignal): Promise<void> {
    const url = `${this.apiBase}/procedures?q=${encodeURIComponent(query)}&page=1&pageSize=20`;
    const response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const list = (await response.json()) as { items: Procedure[]; total: number; facets: Record<FacetName, Facet[]> };
    if (signal.aborted) return;
    if (this.filters && list.facets.agency.length > 1) this.#agencies = true;
    this.answer = { query, words: fold(query).split(/\s+/).filter(Boolean), items: list.items, total: list.total, facets: list.facets };
  }

  override render(): TemplateResult {
    const answer = this.answer;
    return html`<form role="search" @submit=${(event: Event) => event.preventDefault()}>
        <label for="query">Tìm thủ tục hành chính</label>
        <input id="query" type="search" autocomplete="off" .value=${this.query} @input=${this.#onInput} />
      </form>
      ${answer && this.filters ? this.#filters(answer.facets) : nothing}
      ${answer
        ? html`<section aria-labelledby="results-title">
            <h2 id="results-title">Kết quả tìm kiếm</h2>
            <p>${answer.total} kết quả</p>
            <ul class="results">
              ${answer.items.map((item) => this.#card(item, answer.words))}
            </ul>
            <p>Đang hiển thị ${answer.items.length} trên ${answer.total} thủ tục</p>
          </section>`
        : nothing}`;
  }

  #filters(facets: Record<FacetName, Facet[]>): TemplateResult {
    const names: FacetName[] = this.#agencies ? ['sector', 'level', 'onlineLevel', 'agency'] : ['sector', 'level', 'onlineLevel'];
    return html`<fieldset class="filters">
      <legend>Lọc kết quả</legend>
      ${names.map(
        (name) => html`<div>
          <label for="filter-${name}">${FILTER_LABELS[name]}</label>
          <select id="filter-${name}">
            <option value="">Tất cả</option>
            ${facets[name].map((facet) => html`<option value=${facet.value}>${facet.label} (${facet.count})</option>`)}
          </select>
        </div>`,
      )}
    </fieldset>`;
  }

  #card(item: Procedure, words: readonly string[]): TemplateResult {
    const time = item.processingTime;
    return html`<li class="card">
      <h3><button type="button" data-code=${item.code}>${highlight(item.name, words)}</button></h3>
      <p class="badge">${LEVELS[item.onlineLevel] ?? item.onlineLevel}</p>
      <dl>
        <div><dt>Mã thủ tục</dt><dd>${highlight(item.code, words)}</dd></div>
        <div><dt>Lĩnh vực</dt><dd>${item.sector.name}</dd></div>
        ${item.agencies.length ? html`<div><dt>Cơ quan thực hiện</dt><dd>${item.agencies.map((agency) => agency.name).join(', ')}</dd></div>` : nothing}
        <div><dt>Thời hạn giải quyết</dt><dd>${time.value} ${UNITS[time.unit] ?? time.unit}${time.note ? ` (${time.note})` : ''}</dd></div>
        <div><dt>Phí, lệ phí</dt><dd>${item.fee?.amount ? money.format(item.fee.amount) : 'Miễn phí'}</dd></div>
      </dl>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plain-results': PlainResults;
  }
}
