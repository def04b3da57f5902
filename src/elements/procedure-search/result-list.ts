/**
 * Templates of the search area: the skeleton while the first search loads, an error with its
 * retry, the suggestions before any query (popular procedures, sectors), no result, and the
 * results with their matched words highlighted; also the parts the procedure detail shares
 * (online-level badge, names, fee and processing time).
 *
 * Typing re-renders the element on every key: a result card is made once per shown answer
 * and kept (`ResultCards`), and fees, times and counts are formatted once per locale
 * (`Formats`), each of which would otherwise build an Intl formatter.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { isApiError } from '../../api/errors.js';
import type { Duration, Facet, OnlineLevel, ProcedureFacets, ProcedureSummary } from '../../api/schemas.js';
import { heading } from '../shared/heading.js';
import { fact, isolate } from '../shared/server-text.js';
import { feeSummary } from './fees.js';
import type { SearchKey, SearchL10n } from './messages.js';
import { highlightPieces } from './text.js';

/** One search as sent, kept so that its answer is applied the way it was asked and can be retried. */
export interface SearchRun {
  params: { q?: string; sector?: string; level?: string; onlineLevel?: string; agency?: string; page: number; pageSize: number };
  /** Load more: the answer is appended to the shown results. */
  append: boolean;
  /** No query and no filter: the suggestions before searching. */
  idle: boolean;
  query: string;
  words: string[];
}

/** What the results area shows: the answer to one search run, with its appended pages. */
export interface ShownResults {
  run: SearchRun;
  items: ProcedureSummary[];
  total: number;
  facets: ProcedureFacets;
}

/** Fees, processing times and counts in the locale's words, made once per locale. */
export class Formats {
  #made = new Map<string, string>();
  #translator: unknown;
  readonly #l10n: SearchL10n;

  constructor(l10n: SearchL10n) {
    this.#l10n = l10n;
  }

  /** `1.500.000 ₫`, or "Miễn phí". */
  money(amount: number | undefined): string {
    return amount ? this.#memo(`fee ${amount}`, () => this.#l10n.money(amount)) : this.#l10n.t('common.free');
  }

  duration({ value, unit, note }: Duration): string {
    // The note is the server's, after our words: isolated.
    return this.#memo(`time ${value} ${unit} ${note ?? ''}`, () => {
      const text = this.#l10n.duration({ value, unit });
      return note ? `${text} (${isolate(note)})` : text;
    });
  }

  /** "12 thủ tục": announced, then shown on every render while the results stay. */
  count(total: number): string {
    return this.#memo(`count ${total}`, () => this.#l10n.plural('search.count', total));
  }

  #memo(key: string, make: () => string): string {
    if (this.#l10n.translator !== this.#translator) {
      this.#translator = this.#l10n.translator;
      this.#made.clear();
    }
    let value = this.#made.get(key);
    if (value === undefined) this.#made.set(key, (value = make()));
    return value;
  }
}

/** Server names joined by our commas, each isolated so none can reorder the others. */
export function names(list: readonly { name: string }[]): string {
  return list.length === 1 ? list[0]!.name : list.map((entry) => isolate(entry.name)).join(', ');
}

export function badge(l10n: SearchL10n, level: OnlineLevel): TemplateResult {
  return html`<p class="badge ${level}" part="badge" .textContent=${l10n.t(`onlineLevel.${level}`)}></p>`;
}

/** `withHeading`: also hold the place of the results' heading and count, so they do not push the list down. */
export function skeleton(label: string, withHeading = false): TemplateResult {
  return html`<p class="visually-hidden">${label}</p>
    <ul class="skeleton" part="skeleton" aria-hidden="true">
      ${withHeading ? html`<li class="skeleton-heading"><span class="bone heading"></span><span class="bone short"></span></li>` : nothing}
      ${[0, 1, 2].map(() => html`<li class="card"><span class="bone title"></span><span class="bone"></span><span class="bone short"></span></li>`)}
    </ul>`;
}

export function errorPanel(l10n: SearchL10n, describe: (error: unknown) => string, error: unknown, retry: () => void, title: SearchKey): TemplateResult {
  const offline = isApiError(error) && error.kind === 'offline';
  return html`<div class="panel ${offline ? 'warning' : 'error'}" role="alert" part="error">
    <p class="panel-title">${l10n.t(offline ? 'search.offline.title' : title)}</p>
    <p>${describe(error)}</p>
    <button type="button" class="button secondary" part="retry" @click=${retry}>${l10n.t('common.retry')}</button>
  </div>`;
}

/** How a result's name opens its detail: a real link when the search is in the URL, else a button. */
export interface ResultLinks {
  /** The URL of the procedure's detail, or undefined when the search is not in the page URL. */
  href: (code: string) => string | undefined;
  open: (item: ProcedureSummary) => void;
}

/** The cards of the shown results, made once per answer, locale and way of linking. */
export class ResultCards {
  #made: { results: ShownResults; key: unknown[]; cards: TemplateResult[] } | undefined;
  readonly #l10n: SearchL10n;
  readonly #formats: Formats;

  constructor(l10n: SearchL10n, formats: Formats) {
    this.#l10n = l10n;
    this.#formats = formats;
  }

  /** `level`: the element's `heading-level`; result names are one level below. */
  cards(results: ShownResults, links: ResultLinks, linked: boolean, level: number): TemplateResult[] {
    const key = [this.#l10n.translator, linked, level];
    const made = this.#made;
    if (made?.results === results && made.key.every((value, index) => value === key[index])) return made.cards;
    const words = results.run.idle ? [] : results.run.words;
    const cards = results.items.map((item) => this.#card(item, words, links, level));
    this.#made = { results, key, cards };
    return cards;
  }

  #card(item: ProcedureSummary, words: readonly string[], links: ResultLinks, level: number): TemplateResult {
    const l10n = this.#l10n;
    const formats = this.#formats;
    const name = highlight(item.name, words);
    const onClick = (event: MouseEvent) => {
      // Let the browser open a link in a new tab or window as asked.
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey || event.button !== 0) return;
      event.preventDefault();
      links.open(item);
    };
    const href = links.href(item.code);
    const link =
      href !== undefined
        ? html`<a class="link" part="result-link" data-code=${item.code} href=${href} @click=${onClick}>${name}</a>`
        : html`<button type="button" class="link" part="result-link" data-code=${item.code} @click=${onClick}>${name}</button>`;
    const facts = [
      fact(l10n.t('search.field.code'), highlight(item.code, words)),
      fact(l10n.t('search.field.sector'), item.sector.name),
      item.agencies.length ? fact(l10n.t('search.field.agency'), names(item.agencies)) : nothing,
      fact(l10n.t('search.field.time'), formats.duration(item.processingTime)),
      fact(l10n.t('search.field.fee'), feeSummary(l10n, formats, item)),
    ];
    // A keystroke can bring twenty new results: no white space between their tags (nodes that
    // show nothing but are cloned and walked all the same).
    return html`<li class="card" part="result"
      >${heading(level, 1, link, { class: 'result-title' })}${badge(l10n, item.onlineLevel)}<dl class="facts">${facts}</dl></li
    >`;
  }
}

function highlight(text: string, words: readonly string[]): (string | TemplateResult)[] {
  return highlightPieces(text, words).map((piece) => (piece.match ? html`<mark part="highlight">${piece.text}</mark>` : piece.text));
}

function cardList(cards: TemplateResult[]): TemplateResult {
  return html`<ul class="results" part="results">${cards}</ul>`;
}

export interface ResultArea {
  l10n: SearchL10n;
  /** The element's `heading-level`. */
  level: number;
  formats: Formats;
  results: ShownResults;
  cards: TemplateResult[];
  /** A search is loading: the shown results are dimmed until its answer replaces them. */
  stale: boolean;
  /** More results are loading (`load more`). */
  loadingMore: boolean;
  /** Why loading more failed, when it did. */
  appendError: unknown;
  hasFilters: boolean;
  describe: (error: unknown) => string;
  retry: () => void;
  loadMore: () => void;
  clearFilters: () => void;
  showAll: () => void;
  chooseSector: (code: string) => void;
}

/** Suggestions before any query or filter: popular procedures and sectors. */
export function idle(area: ResultArea, sectorLimit: number): TemplateResult {
  const { l10n, results } = area;
  const sectors = results.facets.sector.filter((facet: Facet) => facet.count > 0).slice(0, sectorLimit);
  return html`${results.items.length
      ? html`<section class="section" aria-labelledby="popular-title">
          ${heading(area.level, 0, l10n.t('search.idle.popular'), { id: 'popular-title', class: 'heading' })}
          ${cardList(area.cards)}
        </section>`
      : nothing}
    ${sectors.length
      ? html`<section class="section" aria-labelledby="sectors-title">
          ${heading(area.level, 0, l10n.t('search.idle.sectors'), { id: 'sectors-title', class: 'heading' })}
          <ul class="sectors" part="sectors">
            ${sectors.map(
              (facet) => html`<li>
                <button type="button" class="chip" @click=${() => area.chooseSector(facet.value)}>
                  ${l10n.isolated('search.idle.sectorCount', { name: facet.label, count: facet.count })}
                </button>
              </li>`,
            )}
          </ul>
        </section>`
      : nothing}`;
}

export function empty(area: ResultArea): TemplateResult {
  const { l10n } = area;
  return html`<div class="panel info empty" part="empty">
    ${heading(area.level, 0, l10n.t('search.empty.title'), { class: 'heading' })}
    ${area.results.run.query ? html`<p>${l10n.isolated('search.empty.query', { query: area.results.run.query })}</p>` : nothing}
    <p>${l10n.t('search.empty.tips')}</p>
    <div class="actions">
      ${area.hasFilters
        ? html`<button type="button" class="button secondary" @click=${area.clearFilters}>${l10n.t('search.empty.withoutFilters')}</button>`
        : nothing}
      <button type="button" class="button secondary" @click=${area.showAll}>${l10n.t('search.empty.all')}</button>
    </div>
  </div>`;
}

export function resultList(area: ResultArea): TemplateResult {
  const { l10n, results, appendError } = area;
  const more = results.items.length < results.total;
  return html`<section class="section ${area.stale ? 'stale' : ''}" aria-labelledby="results-title">
    ${heading(area.level, 0, l10n.t('search.results'), { id: 'results-title', class: 'heading' })}
    <p class="count">${area.formats.count(results.total)}</p>
    ${cardList(area.cards)}
    <p class="shown">${l10n.t('search.shown', { shown: results.items.length, total: results.total })}</p>
    ${appendError !== undefined ? errorPanel(l10n, area.describe, appendError, area.retry, 'search.error.title') : nothing}
    ${more && appendError === undefined
      ? html`<button type="button" class="button secondary" part="load-more" aria-disabled=${area.loadingMore ? 'true' : 'false'} @click=${area.loadMore}>
          ${l10n.t('search.loadMore')}
        </button>`
      : nothing}
  </section>`;
}
