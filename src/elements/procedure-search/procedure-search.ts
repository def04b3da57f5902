import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { getProcedure, searchProcedures, type ProcedureQuery } from '../../api/endpoints.js';
import { isApiError } from '../../api/errors.js';
import type {
  Duration,
  Facet,
  Level,
  OnlineLevel,
  ProcedureDetail,
  ProcedureFacets,
  ProcedureList,
  ProcedureSummary,
} from '../../api/schemas.js';
import { foldedWords } from '../../i18n/fold.js';
import { formatDuration, formatMoney } from '../../i18n/format.js';
import { commonCatalog, procedureCatalog } from '../../i18n/translator.js';
import { baseStyles } from '../../theme/styles.js';
import { isolate } from '../shared/bidi.js';
import { GovElement } from '../shared/gov-element.js';
import { LatestRequestController, type Outcome } from './latest-request.js';
import { catalog } from './messages.js';
import { styles } from './procedure-search.styles.js';
import { highlightPieces, safeHref } from './text.js';
import { UrlSyncController, withoutPersonalNumbers, type SearchLocation } from './url-sync.js';

/** `detail` of the `gov-procedure-select` event. */
export interface ProcedureSelectDetail {
  code: string;
  name: string;
  /** The case (trường hợp) the applicant chose, when the procedure has several. */
  caseId?: string;
}

/** What the search area shows; see the `state` property. */
export type SearchState = 'loading' | 'idle' | 'results' | 'empty' | 'error' | 'offline';

type FilterName = 'sector' | 'level' | 'onlineLevel' | 'agency';
const FILTERS: readonly FilterName[] = ['sector', 'level', 'onlineLevel', 'agency'];

/** One search as sent, kept so that its answer is applied the way it was asked and can be retried. */
interface SearchRun {
  params: ProcedureQuery & { page: number; pageSize: number };
  /** Load more: the answer is appended to the shown results. */
  append: boolean;
  /** No query and no filter: the idle view with suggestions. */
  idle: boolean;
  query: string;
  words: string[];
}

/** What the results area shows: the answer to one search run (plus its appended pages). */
interface ResultView {
  run: SearchRun;
  items: ProcedureSummary[];
  total: number;
  facets: ProcedureFacets;
}

const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 100;
/** Suggestions shown before the citizen types anything. */
const IDLE_PROCEDURES = 6;
const IDLE_SECTORS = 8;

/**
 * Find a procedure, understand it, start applying: search as you type (with or
 * without Vietnamese diacritics, by name, keyword or code), filters with counts,
 * results with matched words highlighted, and the full procedure detail.
 *
 * @summary Search of administrative procedures with filters and procedure details.
 *
 * @fires {CustomEvent} gov-procedure-select - "Nộp hồ sơ trực tuyến" was chosen on a procedure that can be
 *   filed online. `detail: { code, name, caseId? }`; bubbles and crosses shadow roots.
 *
 * @attr api-base - Base URL of the API; overrides `<gov-config>`.
 * @attr locale - `vi` (default) or `en`; overrides `<gov-config>`.
 * @attr query - Initial query; reflects what the citizen types as a property.
 * @attr sector - Preset sector filter (sector code).
 * @attr page-size - Results per page, 1–100 (20).
 * @attr sync-url - When present, query, filters, pages and the open procedure are kept in the
 *   page URL; its value, if any, prefixes the parameter names (`sync-url="tt-"` → `tt-q`).
 * @attr debounce - Milliseconds of typing pause before searching (300).
 *
 * @csspart search - The search form.
 * @csspart input - The search box.
 * @csspart submit - The search button.
 * @csspart filters - The group of filters.
 * @csspart filter - Each filter's select.
 * @csspart clear-filters - The button that clears every filter.
 * @csspart results - The list of results (also the list of popular procedures).
 * @csspart result - One result.
 * @csspart result-link - The name of a result, which opens its detail.
 * @csspart highlight - A matched word in a result.
 * @csspart badge - The online-level badge.
 * @csspart sectors - The list of sectors suggested before searching.
 * @csspart load-more - The "show more" button.
 * @csspart skeleton - The placeholder shown while loading.
 * @csspart empty - The no-result message.
 * @csspart error - An error or offline message.
 * @csspart retry - The retry button of an error.
 * @csspart detail - The procedure detail.
 * @csspart back - The back action of the detail.
 * @csspart apply - An "apply online" button.
 * @csspart in-person - The notice of an information-only procedure.
 *
 * @cssprop --gov-color-primary - Links, buttons, the selected filters.
 * @cssprop --gov-color-highlight - Background of matched words.
 * @cssprop --gov-color-surface - Cards and skeletons.
 * @cssprop --gov-color-border - Borders of the search box, filters and cards.
 * @cssprop --gov-focus-color - Focus ring.
 */
export class GovProcedureSearch extends GovElement {
  static override styles = [...baseStyles, styles];
  protected static override catalog = catalog;
  protected static override sharedCatalogs = [commonCatalog, procedureCatalog];
  static override properties: PropertyDeclarations = {
    query: {},
    sector: {},
    pageSize: { attribute: 'page-size', type: Number },
    syncUrl: { attribute: 'sync-url' },
    debounce: { type: Number },
    level: { attribute: false },
    onlineLevel: { attribute: false },
    agency: { attribute: false },
    // Internal state (fields below): reactive, no attribute.
    view: { attribute: false },
    searchError: { attribute: false },
    announcement: { attribute: false },
    openCode: { attribute: false },
    openSummary: { attribute: false },
    detail: { attribute: false },
    detailError: { attribute: false },
  };

  /** The query; set it to search, read it to know what the citizen typed. */
  query = '';

  /** Sector filter (sector code); '' for every sector. */
  sector = '';

  /** Results per page, 1–100. */
  pageSize = DEFAULT_PAGE_SIZE;

  /** Present (even empty) to keep the search in the page URL; the value prefixes the parameters. */
  syncUrl: string | null = null;

  /** Typing pause in milliseconds before a search is sent. */
  debounce = 300;

  /** Administrative level filter (`central`, `province`, `commune`); '' for all. */
  level = '';
  /** Online level filter (`full`, `partial`, `none`); '' for all. */
  onlineLevel = '';
  /** Agency filter (agency code); '' for all. */
  agency = '';

  private view: ResultView | undefined;
  private searchError: unknown;
  private announcement = '';
  private openCode = '';
  private openSummary: ProcedureSummary | undefined;
  private detail: ProcedureDetail | undefined;
  private detailError: unknown;

  /**
   * What the search area shows: `loading` while a search is under way (a skeleton on the first
   * search, the previous results dimmed after), `idle` (suggestions before any query or filter),
   * `results`, `empty`, `error` or `offline`. Read-only; for hosts, stories and tests.
   */
  get state(): SearchState {
    const append = this.#currentRun?.append === true;
    if (this.searchError !== undefined && !append) {
      return isApiError(this.searchError) && this.searchError.kind === 'offline' ? 'offline' : 'error';
    }
    if (!this.view || (this.#searchRequest.pending && !append)) return 'loading';
    return this.view.run.idle ? 'idle' : this.view.total === 0 ? 'empty' : 'results';
  }

  readonly #searchRequest = new LatestRequestController<ProcedureList>(this, (outcome) =>
    this.#applySearch(outcome),
  );
  readonly #detailRequest = new LatestRequestController<ProcedureDetail>(this, (outcome) => {
    if (outcome.ok) this.detail = outcome.value;
    else this.detailError = outcome.error;
  });
  readonly #urlSync = new UrlSyncController(this, (location) => this.#navigate(location));

  #currentRun: SearchRun | undefined;
  #searchKey = '';
  #filterKey = '';
  #searchedWith: unknown;
  #detailClient: unknown;
  /** Pages to show at once on the first search (restored from the URL). */
  #restorePages = 1;
  /** Where to return when the detail closes. */
  #returnTo: { code: string; scrollTop: number } | undefined;
  #afterUpdate: (() => void) | undefined;
  /**
   * Formatted durations, fees and counts (each would build an Intl formatter) and the rendered result
   * items, kept while the translator and the shown results stay the same: typing re-renders
   * the element on every key, and the list must not be rebuilt each time.
   */
  #formatted = new Map<string, string>();
  #formattedWith: unknown;
  #listMemo: { view: ResultView; key: unknown[]; items: unknown[] } | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this.#onOnline);
    // Put back in the page: redo in willUpdate whatever the removal cancelled.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    // The controllers cancel what is running when the host leaves the page (a portal moving
    // the element, a framework re-rendering): remember to run it again on return.
    if (this.#searchRequest.pending) this.#searchKey = '';
    if (this.#detailRequest.pending) this.#detailClient = undefined;
    super.disconnectedCallback();
    window.removeEventListener('online', this.#onOnline);
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.#urlSync.prefix = this.syncUrl;
    if (!this.hasUpdated && this.#urlSync.enabled) this.#restore(this.#urlSync.read());
    super.willUpdate(changed);

    const filterKey = JSON.stringify([this.sector, this.level, this.onlineLevel, this.agency, this.pageSize]);
    const searchKey = filterKey + this.query.trim();
    if (searchKey !== this.#searchKey || this.client !== this.#searchedWith) {
      // Only the query changed: the citizen is typing, so wait for a pause.
      const typing = this.hasUpdated && filterKey === this.#filterKey && this.client === this.#searchedWith;
      this.#searchKey = searchKey;
      this.#filterKey = filterKey;
      this.#searchedWith = this.client;
      this.#runSearch(this.#nextRun(false), typing ? this.debounce : 0);
    }
    if (this.openCode && this.client !== this.#detailClient) this.#loadDetail();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.#urlSync.replace(this.#location());
    const after = this.#afterUpdate;
    this.#afterUpdate = undefined;
    after?.();
  }

  // ------------------------------------------------------------------ search

  get #pageSizeValue(): number {
    const size = Math.trunc(Number(this.pageSize));
    return Number.isFinite(size) && size >= 1 ? Math.min(size, MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE;
  }

  get #hasFilters(): boolean {
    return FILTERS.some((name) => this[name] !== '');
  }

  /** The next search: a new one from the current query and filters, or the next page of the shown one. */
  #nextRun(append: boolean): SearchRun {
    const pageSize = this.#pageSizeValue;
    if (append && this.view) {
      const page = Math.floor(this.view.items.length / pageSize) + 1;
      return { ...this.view.run, params: { ...this.view.run.params, page, pageSize }, append: true };
    }
    const query = this.query.trim();
    const idle = query === '' && !this.#hasFilters;
    // A link with `page=3` shows the first three pages at once.
    const pages = Math.max(1, Math.min(this.#restorePages, Math.floor(MAX_PAGE_SIZE / pageSize)));
    const params: SearchRun['params'] = { page: 1, pageSize: idle ? IDLE_PROCEDURES : pageSize * pages };
    if (query) params.q = query;
    if (this.sector) params.sector = this.sector;
    if (this.level) params.level = this.level as Level;
    if (this.onlineLevel) params.onlineLevel = this.onlineLevel as OnlineLevel;
    if (this.agency) params.agency = this.agency;
    return { params, append: false, idle, query, words: foldedWords(query) };
  }

  #runSearch(run: SearchRun, delayMs = 0): void {
    this.#currentRun = run;
    if (!run.append) this.searchError = undefined;
    this.#searchRequest.schedule((signal) => searchProcedures(this.client, run.params, { signal }), delayMs);
  }

  #applySearch(outcome: Outcome<ProcedureList>): void {
    const run = this.#currentRun!;
    this.#restorePages = 1;
    if (!outcome.ok) {
      this.searchError = outcome.error;
      if (!run.append) {
        this.view = undefined;
        this.announcement = '';
      }
      return;
    }
    // At most what was asked for: a back end that ignores `pageSize` (or sends thousands of
    // items) must not freeze a phone rendering them. `total` still says how many there are.
    const list = { ...outcome.value, items: outcome.value.items.slice(0, run.params.pageSize) };
    this.searchError = undefined;
    if (run.append && this.view) {
      const firstNew = this.view.items.length;
      this.view = { ...this.view, items: [...this.view.items, ...list.items], total: list.total, facets: list.facets };
      // Focus the first new result, so keyboard and screen-reader users continue where they were.
      this.#afterUpdate = () => this.#resultLinks()[firstNew]?.focus();
      return;
    }
    this.view = { run, items: list.items, total: list.total, facets: list.facets };
    this.announcement = run.idle
      ? ''
      : list.total === 0
        ? this.t('search.empty.announce')
        : this.#count(list.total);
  }

  #retrySearch = () => {
    if (this.#currentRun) this.#runSearch(this.#currentRun);
  };

  #loadMore = () => {
    if (this.#searchRequest.pending || !this.view) return;
    this.#runSearch(this.#nextRun(true));
  };

  #onInput = (event: Event) => {
    this.query = (event.target as HTMLInputElement).value;
  };

  #onSubmit = (event: Event) => {
    event.preventDefault();
    // Enter searches now instead of waiting for the typing pause.
    this.#searchRequest.flush();
  };

  #onFilterChange(name: FilterName, event: Event) {
    this[name] = (event.target as HTMLSelectElement).value;
  }

  #clearFilters = () => {
    for (const name of FILTERS) this[name] = '';
    // The clear button disappears with the filters; keep focus in the filters.
    this.#afterUpdate = () => this.renderRoot.querySelector<HTMLElement>('select')?.focus();
  };

  #showAll = () => {
    this.query = '';
    for (const name of FILTERS) this[name] = '';
    this.#afterUpdate = () => this.#input()?.focus();
  };

  #chooseSector(code: string) {
    this.sector = code;
    this.#afterUpdate = () => this.renderRoot.querySelector<HTMLElement>('#filter-sector')?.focus();
  }

  readonly #onOnline = () => {
    // Back online: redo what failed because the network was gone.
    if (isApiError(this.searchError) && this.searchError.kind === 'offline') this.#retrySearch();
    if (isApiError(this.detailError) && this.detailError.kind === 'offline') this.#loadDetail();
  };

  // ------------------------------------------------------------------ detail

  /**
   * Shows a procedure. `push`: give it a history entry (not when the history brought us here);
   * `focus`: move focus to its title (not on page load, where focus belongs to the page).
   */
  #open(code: string, { summary, push = true, focus = true }: { summary?: ProcedureSummary; push?: boolean; focus?: boolean } = {}) {
    if (!this.openCode) this.#returnTo = { code, scrollTop: scroller().scrollTop };
    this.openCode = code;
    this.openSummary = summary ?? this.view?.items.find((item) => item.code === code);
    this.#loadDetail();
    if (push) this.#urlSync.push(this.#location());
    if (focus) this.#afterUpdate = () => this.renderRoot.querySelector<HTMLElement>('#detail-title')?.focus();
  }

  #loadDetail() {
    const code = this.openCode;
    this.detail = undefined;
    this.detailError = undefined;
    this.#detailClient = this.client;
    this.#detailRequest.schedule((signal) => getProcedure(this.client, code, { signal }));
  }

  #back = () => {
    // The detail has its own history entry: going back keeps the browser's history in step.
    if (this.#urlSync.canGoBack) history.back();
    else this.#close();
  };

  #close() {
    this.#detailRequest.cancel();
    this.openCode = '';
    this.detail = undefined;
    this.detailError = undefined;
    const returnTo = this.#returnTo;
    this.#returnTo = undefined;
    this.#afterUpdate = () => {
      if (returnTo) scroller().scrollTop = returnTo.scrollTop;
      const opener = returnTo && this.#resultLinks().find((link) => link.dataset['code'] === returnTo.code);
      (opener ?? this.#input())?.focus({ preventScroll: opener !== undefined });
    };
  }

  #select(procedure: ProcedureDetail, caseId?: string) {
    const detail: ProcedureSelectDetail = { code: procedure.code, name: procedure.name };
    if (caseId !== undefined) detail.caseId = caseId;
    this.emit('gov-procedure-select', detail);
  }

  // ------------------------------------------------------------------ URL

  #location(): SearchLocation {
    const pageSize = this.#pageSizeValue;
    const shown = this.view && !this.view.run.idle ? this.view.items.length : 0;
    return {
      query: this.query.trim(),
      sector: this.sector,
      level: this.level,
      onlineLevel: this.onlineLevel,
      agency: this.agency,
      page: this.#restorePages > 1 ? this.#restorePages : Math.max(1, Math.ceil(shown / pageSize)),
      procedure: this.openCode,
    };
  }

  /** Takes what a shared link carries; attributes keep the values the URL does not set. */
  #restore(location: SearchLocation) {
    if (location.query) this.query = location.query;
    for (const name of FILTERS) if (location[name]) this[name] = location[name];
    this.#restorePages = location.page;
    if (location.procedure) this.#open(location.procedure, { push: false, focus: false });
  }

  /** The browser's back or forward button. */
  #navigate(location: SearchLocation) {
    // The URL holds the query without personal numbers; the box keeps what was typed when
    // that is all the difference (it lives in memory only).
    if (withoutPersonalNumbers(this.query) !== location.query) this.query = location.query;
    for (const name of FILTERS) this[name] = location[name];
    if (location.procedure && location.procedure !== this.openCode) this.#open(location.procedure, { push: false });
    else if (!location.procedure && this.openCode) this.#close();
  }

  // ------------------------------------------------------------------ rendering

  #input() {
    return this.renderRoot.querySelector<HTMLInputElement>('#query');
  }

  #resultLinks() {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('.results [data-code]')];
  }

  protected override render() {
    const detailOpen = this.openCode !== '';
    return html`<div class="root" lang=${this.effectiveLocale}>
      <div class="visually-hidden" role="status">${this.announcement}</div>
      <div class="search-view" ?hidden=${detailOpen}>
        <form role="search" part="search" class="search" @submit=${this.#onSubmit}>
          <label for="query" class="label">${this.t('search.label')}</label>
          <p id="query-hint" class="hint">${this.t('search.hint')}</p>
          <div class="search-row">
            <input
              id="query"
              part="input"
              type="search"
              autocomplete="off"
              spellcheck="false"
              enterkeyhint="search"
              aria-describedby="query-hint"
              .value=${this.query}
              @input=${this.#onInput}
            />
            <button class="button" part="submit" type="submit">${this.t('search.submit')}</button>
          </div>
        </form>
        ${this.#renderFilters()}
        <div class="body" aria-busy=${this.#searchRequest.pending ? 'true' : 'false'}>${this.#renderBody()}</div>
      </div>
      ${detailOpen ? this.#renderDetail() : nothing}
    </div>`;
  }

  #renderFilters() {
    const facets = this.view?.facets;
    const select = (name: FilterName, options: readonly Facet[] | undefined) => {
      const value = this[name];
      const list = options ?? [];
      // A preset filter is shown even before (or without) its facet.
      const all = value && !list.some((facet) => facet.value === value) ? [...list, { value, label: value, count: 0 }] : list;
      return html`<div class="filter">
        <label for="filter-${name}" class="label">${this.t(`search.filter.${name}`)}</label>
        <select id="filter-${name}" part="filter" @change=${(event: Event) => this.#onFilterChange(name, event)}>
          <option value="" ?selected=${value === ''}>${this.t('search.filter.all')}</option>
          ${all.map(
            (facet) =>
              html`<option value=${facet.value} ?selected=${facet.value === value}>
                ${this.t('search.filter.option', { label: isolate(facet.label), count: facet.count })}
              </option>`,
          )}
        </select>
      </div>`;
    };
    const agencies = facets?.agency;
    return html`<fieldset class="filters" part="filters">
      <legend class="legend">${this.t('search.filters')}</legend>
      <div class="filter-grid">
        ${select('sector', facets?.sector)} ${select('level', facets?.level)}
        ${select('onlineLevel', facets?.onlineLevel)}
        ${(agencies && agencies.length > 1) || this.agency ? select('agency', agencies) : nothing}
      </div>
      ${this.#hasFilters
        ? html`<button type="button" class="link clear" part="clear-filters" @click=${this.#clearFilters}>
            ${this.t('search.clearFilters')}
          </button>`
        : nothing}
    </fieldset>`;
  }

  #renderBody() {
    const error = this.searchError;
    const view = this.view;
    if (error !== undefined && !this.#currentRun?.append) return this.#renderError(error, this.#retrySearch, 'search.error.title');
    if (!view) return this.#renderSkeleton(this.t('search.loading'), true);
    if (view.run.idle) return this.#renderIdle(view);
    if (view.total === 0) return this.#renderEmpty(view);
    return this.#renderResults(view);
  }

  /** `withHeading`: also hold the place of the results' heading and count, so they do not push the list down. */
  #renderSkeleton(label: string, withHeading = false) {
    return html`<p class="visually-hidden">${label}</p>
      <ul class="skeleton" part="skeleton" aria-hidden="true">
        ${withHeading ? html`<li class="skeleton-heading"><span class="bone heading"></span><span class="bone short"></span></li>` : nothing}
        ${[0, 1, 2].map(
          () => html`<li class="card"><span class="bone title"></span><span class="bone"></span><span class="bone short"></span></li>`,
        )}
      </ul>`;
  }

  #renderError(error: unknown, retry: () => void, titleKey: string) {
    const offline = isApiError(error) && error.kind === 'offline';
    return html`<div class="panel ${offline ? 'warning' : 'error'}" role="alert" part="error">
      <p class="panel-title">${this.t(offline ? 'search.offline.title' : titleKey)}</p>
      <p>${this.errorMessage(error)}</p>
      <button type="button" class="button secondary" part="retry" @click=${retry}>${this.t('common.retry')}</button>
    </div>`;
  }

  #renderIdle(view: ResultView) {
    const sectors = view.facets.sector.filter((facet) => facet.count > 0).slice(0, IDLE_SECTORS);
    return html`${view.items.length
        ? html`<section class="section" aria-labelledby="popular-title">
            <h2 id="popular-title" class="heading">${this.t('search.idle.popular')}</h2>
            <ul class="results" part="results">${this.#resultItems(view)}</ul>
          </section>`
        : nothing}
      ${sectors.length
        ? html`<section class="section" aria-labelledby="sectors-title">
            <h2 id="sectors-title" class="heading">${this.t('search.idle.sectors')}</h2>
            <ul class="sectors" part="sectors">
              ${sectors.map(
                (facet) => html`<li>
                  <button type="button" class="chip" @click=${() => this.#chooseSector(facet.value)}>
                    ${this.tIsolated('search.idle.sectorCount', { name: facet.label, count: facet.count })}
                  </button>
                </li>`,
              )}
            </ul>
          </section>`
        : nothing}`;
  }

  #renderEmpty(view: ResultView) {
    return html`<div class="panel info empty" part="empty">
      <h2 class="heading">${this.t('search.empty.title')}</h2>
      ${view.run.query ? html`<p>${this.tIsolated('search.empty.query', { query: view.run.query })}</p>` : nothing}
      <p>${this.t('search.empty.tips')}</p>
      <div class="actions">
        ${this.#hasFilters
          ? html`<button type="button" class="button secondary" @click=${this.#clearFilters}>
              ${this.t('search.empty.withoutFilters')}
            </button>`
          : nothing}
        <button type="button" class="button secondary" @click=${this.#showAll}>${this.t('search.empty.all')}</button>
      </div>
    </div>`;
  }

  #renderResults(view: ResultView) {
    const stale = this.#searchRequest.pending && !this.#currentRun?.append;
    const more = view.items.length < view.total;
    const appendError = this.#currentRun?.append ? this.searchError : undefined;
    return html`<section class="section ${stale ? 'stale' : ''}" aria-labelledby="results-title">
      <h2 id="results-title" class="heading">${this.t('search.results')}</h2>
      <p class="count">${this.#count(view.total)}</p>
      <ul class="results" part="results">${this.#resultItems(view)}</ul>
      <p class="shown">${this.t('search.shown', { shown: view.items.length, total: view.total })}</p>
      ${appendError !== undefined ? this.#renderError(appendError, this.#retrySearch, 'search.error.title') : nothing}
      ${more && appendError === undefined
        ? html`<button
            type="button"
            class="button secondary"
            part="load-more"
            aria-disabled=${this.#searchRequest.pending ? 'true' : 'false'}
            @click=${this.#loadMore}
          >
            ${this.t('search.loadMore')}
          </button>`
        : nothing}
    </section>`;
  }

  #highlight(text: string, words: readonly string[]) {
    return highlightPieces(text, words).map((piece) =>
      piece.match ? html`<mark part="highlight">${piece.text}</mark>` : piece.text,
    );
  }

  #resultItems(view: ResultView) {
    const key = [this.translator, this.syncUrl];
    const memo = this.#listMemo;
    if (memo?.view === view && memo.key.every((value, index) => value === key[index])) return memo.items;
    const words = view.run.idle ? [] : view.run.words;
    const items = view.items.map((item) => this.#renderResult(item, words));
    this.#listMemo = { view, key, items };
    return items;
  }

  #renderResult(item: ProcedureSummary, words: readonly string[]) {
    const name = this.#highlight(item.name, words);
    const onClick = (event: MouseEvent) => {
      // Let the browser open a link in a new tab or window as asked.
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey || event.button !== 0) return;
      event.preventDefault();
      this.#open(item.code, { summary: item });
    };
    const link = this.#urlSync.enabled
      ? html`<a class="link" part="result-link" data-code=${item.code} href=${this.#urlSync.href({ ...this.#location(), procedure: item.code })} @click=${onClick}
          >${name}</a
        >`
      : html`<button type="button" class="link" part="result-link" data-code=${item.code} @click=${onClick}>${name}</button>`;
    const facts = [
      this.#fact('search.field.code', this.#highlight(item.code, words)),
      this.#fact('search.field.sector', item.sector.name),
      item.agencies.length ? this.#fact('search.field.agency', this.#names(item.agencies)) : nothing,
      this.#fact('search.field.time', this.#duration(item.processingTime)),
      this.#fact('search.field.fee', this.#money(item.fee?.amount)),
    ];
    // A keystroke can bring twenty new results: no white space between their tags (nodes that
    // show nothing but are cloned and walked all the same).
    return html`<li class="card" part="result"
      ><h3 class="result-title">${link}</h3>${this.#renderBadge(item.onlineLevel)}<dl class="facts">${facts}</dl></li
    >`;
  }

  /** Server names joined by our commas, each isolated so none can reorder the others. */
  #names(list: readonly { name: string }[]): string {
    return list.length === 1 ? list[0]!.name : list.map((entry) => isolate(entry.name)).join(', ');
  }

  /** A label and its value; the label is plain text, set as such (no marker and text node). */
  #fact(labelKey: string, value: unknown) {
    return html`<div class="fact"><dt .textContent=${this.t(labelKey)}></dt><dd>${value}</dd></div>`;
  }

  #money(amount: number | undefined) {
    return amount ? this.#memo(`fee ${amount}`, () => formatMoney(amount, this.effectiveLocale)) : this.t('common.free');
  }

  #duration(duration: Duration) {
    const { value, unit, note } = duration;
    // The note is the server's, after our words: isolated.
    return this.#memo(`time ${value} ${unit} ${note ?? ''}`, () => {
      const text = formatDuration({ value, unit }, this.translator);
      return note ? `${text} (${isolate(note)})` : text;
    });
  }

  /** "12 thủ tục": announced, then shown on every render while the results stay. */
  #count(total: number) {
    return this.#memo(`count ${total}`, () => this.translator.plural('search.count', total));
  }

  #memo(key: string, make: () => string): string {
    if (this.translator !== this.#formattedWith) {
      this.#formattedWith = this.translator;
      this.#formatted.clear();
    }
    let value = this.#formatted.get(key);
    if (value === undefined) this.#formatted.set(key, (value = make()));
    return value;
  }

  #renderBadge(level: OnlineLevel) {
    return html`<p class="badge ${level}" part="badge" .textContent=${this.t(`onlineLevel.${level}`)}></p>`;
  }

  // ------------------------------------------------------------------ detail rendering

  #renderDetail() {
    const detail = this.detail;
    const title = detail?.name ?? this.openSummary?.name ?? this.t('search.detail.loading');
    const error = this.detailError;
    return html`<article class="detail" part="detail" aria-labelledby="detail-title">
      <button type="button" class="link back" part="back" @click=${this.#back}>
        <span aria-hidden="true">←</span> ${this.t('search.detail.back')}
      </button>
      <h2 id="detail-title" class="detail-title" tabindex="-1">${title}</h2>
      <div class="detail-body" aria-busy=${this.#detailRequest.pending ? 'true' : 'false'}>
        ${error !== undefined
          ? this.#renderError(error, () => this.#loadDetail(), 'search.detail.error')
          : detail
            ? this.#renderDetailBody(detail)
            : this.#renderSkeleton(this.t('search.detail.loading'))}
      </div>
    </article>`;
  }

  #renderDetailBody(d: ProcedureDetail) {
    const canApply = d.onlineLevel !== 'none' && d.formVersion !== null;
    const onlyCase = d.cases.length === 1 ? d.cases[0]!.id : undefined;
    const place = d.intakeAddress || this.#names(d.agencies);
    const section = (key: string, content: unknown) =>
      html`<section class="section"><h3 class="heading">${this.t(key)}</h3>${content}</section>`;
    return html`
      ${this.#renderBadge(d.onlineLevel)}
      <dl class="facts">
        ${this.#fact('search.field.code', d.code)} ${this.#fact('search.field.sector', d.sector.name)}
        ${d.levels.length ? this.#fact('search.field.level', d.levels.map((level) => this.t(`level.${level}`)).join(', ')) : nothing}
        ${d.agencies.length ? this.#fact('search.field.agency', this.#names(d.agencies)) : nothing}
        ${this.#fact('search.field.time', this.#duration(d.processingTime))}
        ${this.#fact('search.field.fee', this.#money(d.fee?.amount))}
      </dl>
      ${canApply
        ? html`<button type="button" class="button apply" part="apply" @click=${() => this.#select(d, onlyCase)}>
            ${this.t('search.detail.apply')}
          </button>`
        : html`<div class="panel info" part="in-person">
            <p class="panel-title">${this.t('search.detail.inPersonTitle')}</p>
            <p>${this.tIsolated('search.detail.inPersonAt', { place })}</p>
          </div>`}
      ${d.description ? section('search.detail.description', html`<p>${d.description}</p>`) : nothing}
      ${d.audiences.length
        ? section(
            'search.detail.audiences',
            html`<ul>${d.audiences.map((audience) => html`<li>${this.t(`search.audience.${audience}`)}</li>`)}</ul>`,
          )
        : nothing}
      ${d.channels.length
        ? section(
            'search.detail.channels',
            html`<ul class="plain">
              ${d.channels.map(
                (channel) => html`<li class="card">
                  <p class="strong">${this.t(`search.channel.${channel.kind}`)}</p>
                  <p>${this.t('search.detail.channelTime', { time: this.#duration(channel.processingTime) })}</p>
                  ${channel.fees.length
                    ? html`<ul>
                        ${channel.fees.map((fee) => html`<li><bdi>${fee.description}</bdi>: ${this.#money(fee.amount)}</li>`)}
                      </ul>`
                    : html`<p>${this.t('search.field.fee')}: ${this.t('common.free')}</p>`}
                </li>`,
              )}
            </ul>`,
          )
        : nothing}
      ${d.cases.length
        ? section(
            'search.detail.cases',
            d.cases.map(
              (procedureCase) => html`<div class="case">
                <h4 class="case-title">${procedureCase.name}</h4>
                ${procedureCase.steps.length
                  ? html`<h5 class="subheading">${this.t('search.detail.steps')}</h5>
                      <ol>${procedureCase.steps.map((step) => html`<li>${step}</li>`)}</ol>`
                  : nothing}
                <h5 class="subheading">${this.t('search.detail.documents')}</h5>
                ${procedureCase.documents.length
                  ? html`<ul class="plain documents">
                      ${procedureCase.documents.map((document) => {
                        const template = safeHref(document.templateUrl);
                        return html`<li>
                          <bdi class="strong">${document.name}</bdi>
                          (${this.t(document.required ? 'common.required' : 'common.optional')})
                          <span class="muted">
                            ${this.t('search.detail.copies', { originals: document.originals, copies: document.copies })}
                          </span>
                          ${template
                            ? html`<a
                                class="link"
                                href=${template}
                                rel="noopener"
                                aria-label=${this.t('search.detail.templateOf', { name: isolate(document.name) })}
                                >${this.t('search.detail.template')}</a
                              >`
                            : nothing}
                        </li>`;
                      })}
                    </ul>`
                  : html`<p>${this.t('search.detail.noDocuments')}</p>`}
                ${canApply && d.cases.length > 1
                  ? html`<button
                      type="button"
                      class="button secondary"
                      part="apply"
                      @click=${() => this.#select(d, procedureCase.id)}
                    >
                      ${this.tIsolated('search.detail.applyCase', { name: procedureCase.name })}
                    </button>`
                  : nothing}
              </div>`,
            ),
          )
        : nothing}
      ${d.requirements ? section('search.detail.requirements', html`<p>${d.requirements}</p>`) : nothing}
      ${d.results.length
        ? section('search.detail.results', html`<ul>${d.results.map((result) => html`<li>${result.name}</li>`)}</ul>`)
        : nothing}
      ${d.legalBasis.length
        ? section(
            'search.detail.legalBasis',
            html`<ul>
              ${d.legalBasis.map((basis) => {
                const href = safeHref(basis.url);
                return html`<li>
                  ${href ? html`<a class="link" href=${href} rel="noopener"><bdi>${basis.number}</bdi></a>` : html`<bdi>${basis.number}</bdi>`}
                  <bdi>${basis.title}</bdi>
                </li>`;
              })}
            </ul>`,
          )
        : nothing}
      ${d.intakeAddress ? section('search.detail.intakeAddress', html`<p>${d.intakeAddress}</p>`) : nothing}
    `;
  }
}

/** The element that scrolls the page. */
function scroller(): Element {
  return document.scrollingElement ?? document.documentElement;
}

