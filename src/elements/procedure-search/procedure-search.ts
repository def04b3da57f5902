import { html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { searchProcedures } from '../../api/endpoints.js';
import { isApiError } from '../../api/errors.js';
import type { Level, OnlineLevel, ProcedureDetail, ProcedureList, ProcedureSummary } from '../../api/schemas.js';
import { foldedWords } from '../../i18n/fold.js';
import { commonCatalog, procedureCatalog } from '../../i18n/translator.js';
import { baseStyles } from '../../theme/styles.js';
import { GovElement, internalState } from '../shared/gov-element.js';
import { memoSlot } from '../shared/memo.js';
import { RequestController, type Outcome } from '../shared/request.js';
import { DetailFlow } from './detail-flow.js';
import { FilterBar } from './filter-bar.js';
import { catalog, type SearchKey } from './messages.js';
import { procedureDetail } from './procedure-detail.js';
import { styles } from './procedure-search.styles.js';
import { empty, errorPanel, Formats, idle, ResultCards, resultList, skeleton, type ResultArea, type SearchRun, type ShownResults } from './result-list.js';
import { FILTERS, searchForm, type FilterName } from './search-form.js';
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
 * @csspart filter-toggle - The "Lọc" button that shows the filters on a narrow element.
 * @csspart filter-chip - An active filter's chip, which removes it.
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
export class GovProcedureSearch extends GovElement<SearchKey> {
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
    ...internalState('results', 'searchError'),
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

  /** The answer on show (with its appended pages). */
  private results: ShownResults | undefined;
  private searchError: unknown;

  /**
   * What the search area shows: `loading` while a search is under way (a skeleton on the first
   * search, the previous results dimmed after), `idle` (suggestions before any query or filter),
   * `results`, `empty`, `error` or `offline`. Read-only; for hosts, stories and tests.
   */
  get state(): SearchState {
    const append = this.#run?.append === true;
    if (this.searchError !== undefined && !append) {
      return isApiError(this.searchError) && this.searchError.kind === 'offline' ? 'offline' : 'error';
    }
    if (!this.results || (this.#search.pending && !append)) return 'loading';
    return this.results.run.idle ? 'idle' : this.results.total === 0 ? 'empty' : 'results';
  }

  readonly #search = new RequestController<[SearchRun], ProcedureList>(this, {
    task: ([run], signal) => searchProcedures(this.transport, run.params as Parameters<typeof searchProcedures>[1], { signal }),
    settled: (outcome, [run]) => this.#applySearch(outcome, run),
  });
  readonly #detail = new DetailFlow(this, {
    transport: () => this.transport,
    root: () => this.renderRoot as ShadowRoot,
    styles: () => GovProcedureSearch.elementStyles,
    afterRender: (action) => this.nextFocus.run(action),
    links: () => this.#resultLinks(),
    input: () => this.#input(),
  });
  readonly #filterBar = new FilterBar({
    requestUpdate: () => this.requestUpdate(),
    root: () => this.renderRoot,
    afterRender: (action) => this.nextFocus.run(action),
    setFilter: (name, value) => (this[name] = value),
  });
  readonly #urlSync = new UrlSyncController(this, (location) => this.#navigate(location));
  readonly #formats = new Formats(this.l10n);
  readonly #cards = new ResultCards(this.l10n, this.#formats);
  readonly #filters = memoSlot<TemplateResult>();

  /** Pages to show at once on the first search (restored from the URL). */
  #restorePages = 1;

  /** Back online: redo what failed because the network was gone. */
  protected override online(): void {
    if (offline(this.searchError)) this.#retrySearch();
    this.#detail.online();
  }

  /** The search whose answer is on its way or shown last. */
  get #run(): SearchRun | undefined {
    return this.#search.args?.[0];
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.#urlSync.prefix = this.syncUrl;
    if (!this.hasUpdated && this.#urlSync.enabled) this.#restore(this.#urlSync.read());
    super.willUpdate(changed);
    const moved = (name: string) => changed.has(name) && changed.get(name) !== (this as unknown as Record<string, unknown>)[name];
    const filtersChanged = [...FILTERS, 'pageSize'].some(moved);
    const queryChanged = changed.has('query') && String(changed.get('query') ?? '').trim() !== this.query.trim();
    if (changed.has('transport') || filtersChanged || queryChanged || !this.hasUpdated) {
      // Only the query changed: the citizen is typing, so wait for a pause.
      const typing = this.hasUpdated && !filtersChanged && !changed.has('transport');
      this.#runSearch(this.#nextRun(false), typing ? this.debounce : 0);
    }
    if (this.#detail.code && changed.has('transport') && this.hasUpdated) this.#detail.load();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.#urlSync.replace(this.#location());
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
    if (append && this.results) {
      const page = Math.floor(this.results.items.length / pageSize) + 1;
      return { ...this.results.run, params: { ...this.results.run.params, page, pageSize }, append: true };
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
    if (!run.append) this.searchError = undefined;
    this.#search.run([run], delayMs);
  }

  #applySearch(outcome: Outcome<ProcedureList>, run: SearchRun): void {
    this.#restorePages = 1;
    if (!outcome.ok) {
      this.searchError = outcome.error;
      if (!run.append) {
        this.results = undefined;
        this.announcer.set('');
      }
      return;
    }
    // At most what was asked for: a back end that ignores `pageSize` (or sends thousands of
    // items) must not freeze a phone rendering them. `total` still says how many there are.
    const list = { ...outcome.value, items: outcome.value.items.slice(0, run.params.pageSize) };
    this.searchError = undefined;
    this.#filterBar.seen(list.facets);
    if (run.append && this.results) {
      const firstNew = this.results.items.length;
      this.results = { ...this.results, items: [...this.results.items, ...list.items], total: list.total, facets: list.facets };
      // Focus the first new result, so keyboard and screen-reader users continue where they were.
      this.nextFocus.run(() => this.#resultLinks()[firstNew]?.focus());
      return;
    }
    this.results = { run, items: list.items, total: list.total, facets: list.facets };
    this.announcer.set(run.idle ? '' : list.total === 0 ? this.l10n.t('search.empty.announce') : this.#formats.count(list.total));
  }

  #retrySearch = () => {
    const run = this.#run;
    if (run) this.#runSearch(run);
  };

  #loadMore = () => {
    if (this.#search.pending || !this.results) return;
    this.#runSearch(this.#nextRun(true));
  };

  #clearFilters = () => {
    for (const name of FILTERS) this[name] = '';
    // The clear button disappears with the filters; keep focus in the filters.
    this.#filterBar.cleared();
  };

  #showAll = () => {
    this.query = '';
    for (const name of FILTERS) this[name] = '';
    this.nextFocus.run(() => this.#input()?.focus());
  };

  #chooseSector(code: string) {
    this.sector = code;
    this.#filterBar.chose('sector');
  }

  // ------------------------------------------------------------------ detail

  /**
   * Shows a procedure. `push`: give it a history entry (not when the history brought us here);
   * `focus`: move focus to its title (not on page load, where focus belongs to the page).
   */
  #open(code: string, { summary, push = true, focus = true }: { summary?: ProcedureSummary; push?: boolean; focus?: boolean } = {}) {
    this.#detail.open(code, summary ?? this.results?.items.find((item) => item.code === code));
    if (push) this.#urlSync.push(this.#location());
    if (focus) this.nextFocus.to('#detail-title');
  }

  #back = () => {
    // The detail has its own history entry: going back keeps the browser's history in step.
    if (this.#urlSync.canGoBack) history.back();
    else this.#detail.close();
  };

  #select(procedure: ProcedureDetail, caseId?: string) {
    const detail: ProcedureSelectDetail = { code: procedure.code, name: procedure.name };
    if (caseId !== undefined) detail.caseId = caseId;
    this.emit('gov-procedure-select', detail);
  }

  // ------------------------------------------------------------------ URL

  #location(): SearchLocation {
    const pageSize = this.#pageSizeValue;
    const shown = this.results && !this.results.run.idle ? this.results.items.length : 0;
    return {
      query: this.query.trim(),
      sector: this.sector,
      level: this.level,
      onlineLevel: this.onlineLevel,
      agency: this.agency,
      page: this.#restorePages > 1 ? this.#restorePages : Math.max(1, Math.ceil(shown / pageSize)),
      procedure: this.#detail.code,
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
    if (location.procedure && location.procedure !== this.#detail.code) this.#open(location.procedure, { push: false });
    else if (!location.procedure && this.#detail.code) this.#detail.close();
  }

  // ------------------------------------------------------------------ rendering

  #input() {
    return this.renderRoot.querySelector<HTMLInputElement>('#query');
  }

  #resultLinks() {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('.results [data-code]')];
  }

  protected override render(): TemplateResult {
    const { l10n } = this;
    const detailOpen = this.#detail.code !== '';
    return html`<div class="root" lang=${l10n.locale}>
      ${this.announcer.region()}
      <div class="search-view" ?hidden=${detailOpen}>
        ${searchForm({
          l10n,
          query: this.query,
          filters: this,
          facets: this.results?.facets,
          input: this.#onInput,
          submit: this.#onSubmit,
          filter: this.#onFilter,
          clearFilters: this.#clearFilters,
          bar: this.#filterBar,
        }, this.#filters)}
        <div class="body" aria-busy=${this.#search.pending ? 'true' : 'false'}>${this.#renderBody()}</div>
      </div>
      ${detailOpen
        ? procedureDetail({
            l10n,
            formats: this.#formats,
            level: this.headingLevel,
            ...this.#detail.view(),
            describe: (error) => this.errorMessage(error),
            back: this.#back,
            apply: (procedure, caseId) => this.#select(procedure, caseId),
          })
        : undefined}
    </div>`;
  }

  #onInput = (event: Event) => {
    this.query = (event.target as HTMLInputElement).value;
  };

  #onSubmit = (event: Event) => {
    event.preventDefault();
    // Enter searches now instead of waiting for the typing pause.
    this.#search.flush();
  };

  #onFilter = (name: FilterName, value: string) => {
    this[name] = value;
  };

  #renderBody(): unknown {
    const { l10n, results } = this;
    const error = this.searchError;
    const run = this.#run;
    if (error !== undefined && !run?.append) return errorPanel(l10n, (e) => this.errorMessage(e), error, this.#retrySearch, 'search.error.title');
    if (!results) return skeleton(l10n.t('search.loading'), true);
    const area: ResultArea = {
      l10n,
      level: this.headingLevel,
      formats: this.#formats,
      results,
      cards: this.#cards.cards(results, { href: this.#href, open: this.#openItem }, this.#urlSync.enabled, this.headingLevel),
      stale: this.#search.pending && !run?.append,
      loadingMore: this.#search.pending,
      appendError: run?.append ? error : undefined,
      hasFilters: this.#hasFilters,
      describe: (e) => this.errorMessage(e),
      retry: this.#retrySearch,
      loadMore: this.#loadMore,
      clearFilters: this.#clearFilters,
      showAll: this.#showAll,
      chooseSector: (code) => this.#chooseSector(code),
    };
    if (results.run.idle) return idle(area, IDLE_SECTORS);
    return results.total === 0 ? empty(area) : resultList(area);
  }

  #href = (code: string): string | undefined => (this.#urlSync.enabled ? this.#urlSync.href({ ...this.#location(), procedure: code }) : undefined);

  #openItem = (item: ProcedureSummary) => this.#open(item.code, { summary: item });
}

function offline(error: unknown): boolean {
  return isApiError(error) && error.kind === 'offline';
}
