/**
 * The open procedure: which one, the result it was opened from (its name shows at once), its
 * load (with the part that draws it, on demand: `detail-loader.ts`), and the way back to the
 * same result, scroll position and focus when it closes.
 */
import type { CSSResultOrNative, ReactiveControllerHost } from 'lit';
import type { ProcedureDetail, ProcedureSummary } from '../../api/schemas.js';
import { isApiError } from '../../api/errors.js';
import type { ApiTransport } from '../../api/transport.js';
import { RequestController } from '../shared/request.js';
import { DetailPartLoader } from './detail-loader.js';
import type { DetailView } from './procedure-detail.js';

export interface DetailHost {
  transport(): ApiTransport;
  root(): ShadowRoot;
  /** The element's styles, which the part's join. */
  styles(): readonly CSSResultOrNative[];
  /** Runs `action` after the next render (the element's `nextFocus.run`). */
  afterRender(action: () => void): void;
  /** The result names that open a detail. */
  links(): HTMLElement[];
  /** The search box, where focus goes when there is no result to return to. */
  input(): HTMLElement | null;
}

export class DetailFlow {
  /** The open procedure's code; '' when none is open. */
  code = '';
  /** The result it was opened from, if any. */
  summary: ProcedureSummary | undefined;
  #returnTo: { code: string; scrollTop: number } | undefined;
  readonly #part: DetailPartLoader;
  readonly #request: RequestController<[string], ProcedureDetail>;
  readonly #host: ReactiveControllerHost;
  readonly #options: DetailHost;

  constructor(host: ReactiveControllerHost, options: DetailHost) {
    this.#host = host;
    this.#options = options;
    this.#part = new DetailPartLoader(options.root, options.styles);
    this.#request = new RequestController(host, {
      // The first procedure opened also waits for the part that draws it; a failed download is
      // the detail's error, with its retry.
      task: async ([code], signal) => (await this.#part.load()).getProcedure(options.transport(), code, { signal }),
    });
  }

  open(code: string, summary: ProcedureSummary | undefined): void {
    if (!this.code) this.#returnTo = { code, scrollTop: scroller().scrollTop };
    this.code = code;
    this.summary = summary;
    this.load();
    this.#host.requestUpdate();
  }

  load = (): void => {
    this.#request.run([this.code]);
  };

  /** Closes the detail; focus returns to the result that opened it, at the same scroll position. */
  close(): void {
    this.#request.abort();
    this.code = '';
    const returnTo = this.#returnTo;
    this.#returnTo = undefined;
    this.#host.requestUpdate();
    this.#options.afterRender(() => {
      if (returnTo) scroller().scrollTop = returnTo.scrollTop;
      const opener = returnTo && this.#options.links().find((link) => link.dataset['code'] === returnTo.code);
      (opener ?? this.#options.input())?.focus({ preventScroll: opener !== undefined });
    });
  }

  /** Back online: a detail that failed offline, or whose part could not be downloaded (not an API error), loads again. */
  online(): void {
    const request = this.#request;
    if (request.status === 'error' && (!isApiError(request.error) || request.error.kind === 'offline')) request.retry();
  }

  /** What the detail's template shows of the load. */
  view(): Pick<DetailView, 'code' | 'part' | 'detail' | 'summary' | 'error' | 'loading' | 'retry'> {
    const request = this.#request;
    return {
      code: this.code,
      part: this.#part.part,
      detail: request.status === 'complete' ? request.value : undefined,
      summary: this.summary,
      error: request.status === 'error' ? request.error : undefined,
      loading: request.pending,
      retry: this.load,
    };
  }
}

/** The element that scrolls the page. */
function scroller(): Element {
  return document.scrollingElement ?? document.documentElement;
}
