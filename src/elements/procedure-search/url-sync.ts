import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What of the search lives in the page URL. Only public search terms: nothing personal. */
export interface SearchLocation {
  query: string;
  sector: string;
  level: string;
  onlineLevel: string;
  agency: string;
  /** How many pages of results are shown (1 when absent). */
  page: number;
  /** Code of the open procedure, '' when the results are shown. */
  procedure: string;
}

/** Parameter names in the URL, before the host's optional prefix. */
const PARAMS: Record<Exclude<keyof SearchLocation, 'page'>, string> = {
  query: 'q',
  sector: 'sector',
  level: 'level',
  onlineLevel: 'online',
  agency: 'agency',
  procedure: 'procedure',
};

/** Marks the history entries this element pushed, so its back action can pop them. */
const HISTORY_MARK = 'motcuaProcedureSearch';

/** A number as people type it: digits grouped by spaces, dots or dashes, maybe after a `+`. */
const NUMBER_RUN = /\+?\d(?:[\d\s.\-]*\d)?/g;

/** Digits from this many on are never written: a number typed digit by digit passes through every length. */
const MAX_DIGITS_IN_URL = 5;

/** A national procedure code (`1.001193`, `2.000986.000.00.00.H22`): a digit, a dot, digits. */
const PROCEDURE_CODE = /^[1-9]\.\d{6}(?!\d)/;

/**
 * The query as it may be written into the page URL and its history: without any number of
 * six digits or more, which is what an identity number (CMND 9 digits, CCCD 12,
 * `001 099 012 345`) or a phone number (`0912 345 678`, `0912.345.678`, `+84 912…`) looks
 * like, and what each of them is on its way there while the citizen types it: the URL is
 * rewritten at every keystroke, so a rule for whole numbers only would leave 8 digits of a
 * CCCD in the history. Procedure codes (`1.001193`) are kept; the rest of the query stays,
 * so a shared link still searches for its words. Full-width digits count as digits.
 */
export function withoutPersonalNumbers(query: string): string {
  return query
    .normalize('NFKC')
    .replace(NUMBER_RUN, (run) => {
      // Every stretch of consecutive space-separated groups is tried, so that in
      // `1.001193 0912345678` only the phone number goes.
      const groups = run.split(/\s+/);
      const removed = groups.map(() => false);
      for (let first = 0; first < groups.length; first++) {
        for (let last = first; last < groups.length; last++) {
          const candidate = groups.slice(first, last + 1).join(' ');
          if (candidate.replace(/\D/g, '').length > MAX_DIGITS_IN_URL && !PROCEDURE_CODE.test(candidate)) {
            for (let index = first; index <= last; index++) removed[index] = true;
          }
        }
      }
      return groups.filter((_, index) => !removed[index]).join(' ');
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Reflects the search in the page URL (`?q=khai+sinh&sector=ho-tich&procedure=1.001193`)
 * so links can be shared and the browser's back button leaves a procedure for the
 * results. Typing and filtering replace the current entry; opening a procedure
 * pushes one. Parameters the element does not own are kept untouched.
 *
 * Personal numbers never reach the URL or the history: the query is written without them
 * (`withoutPersonalNumbers`), and a link that carries one is rewritten as soon as it is read.
 */
export class UrlSyncController implements ReactiveController {
  /** Set by the host on each update: null when syncing is off, else the parameter prefix. */
  prefix: string | null = null;

  readonly #onNavigate: (location: SearchLocation) => void;

  constructor(host: ReactiveControllerHost, onNavigate: (location: SearchLocation) => void) {
    this.#onNavigate = onNavigate;
    host.addController(this);
  }

  get enabled(): boolean {
    return this.prefix !== null;
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.#onPopState);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.#onPopState);
  }

  read(): SearchLocation {
    const params = new URLSearchParams(location.search);
    const get = (key: keyof typeof PARAMS) => params.get(this.#name(PARAMS[key]))?.trim() ?? '';
    const page = Number.parseInt(params.get(this.#name('page')) ?? '', 10);
    return {
      query: get('query'),
      sector: get('sector'),
      level: get('level'),
      onlineLevel: get('onlineLevel'),
      agency: get('agency'),
      page: Number.isFinite(page) && page > 1 ? Math.min(page, 100) : 1,
      procedure: get('procedure'),
    };
  }

  /** The URL of `state`, for links that also work when opened in a new tab. */
  href(state: SearchLocation): string {
    const url = new URL(location.href);
    for (const [key, name] of Object.entries(PARAMS)) {
      const raw = state[key as keyof typeof PARAMS];
      const value = (key === 'query' ? withoutPersonalNumbers(raw) : raw).trim();
      if (value) url.searchParams.set(this.#name(name), value);
      else url.searchParams.delete(this.#name(name));
    }
    if (state.page > 1) url.searchParams.set(this.#name('page'), String(state.page));
    else url.searchParams.delete(this.#name('page'));
    return url.href;
  }

  /** Replaces the current history entry when the state changed (typing, filters, more pages). */
  replace(state: SearchLocation): void {
    if (!this.enabled) return;
    const href = this.href(state);
    if (href !== location.href) history.replaceState(history.state, '', href);
  }

  /** Adds a history entry (a procedure was opened), so the back button returns to the results. */
  push(state: SearchLocation): void {
    if (this.enabled) history.pushState({ [HISTORY_MARK]: true }, '', this.href(state));
  }

  /** True when the current entry was pushed by `push`, so going back stays on this page. */
  get canGoBack(): boolean {
    return this.enabled && (history.state as Record<string, unknown> | null)?.[HISTORY_MARK] === true;
  }

  #name(param: string): string {
    return `${this.prefix ?? ''}${param}`;
  }

  readonly #onPopState = () => {
    if (this.enabled) this.#onNavigate(this.read());
  };
}
