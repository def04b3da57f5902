/**
 * The filters' own flow: the narrow layout's "Lọc" disclosure, the agency filter that stays
 * once shown (so the row never jumps), and where focus goes when a chip removes a filter or the
 * filters are cleared: to a control the citizen can see, never to one the narrow layout hides.
 */
import type { ProcedureFacets } from '../../api/schemas.js';
import type { FilterName } from './search-form.js';

/** What the bar asks of the element. */
export interface FilterHost {
  requestUpdate(): void;
  root(): HTMLElement | DocumentFragment;
  /** Runs `action` after the next render (the element's `nextFocus.run`). */
  afterRender(action: () => void): void;
  setFilter(name: FilterName, value: string): void;
}

export class FilterBar {
  /** The disclosure is open (it only shows on a narrow element). */
  open = false;
  #agencies = false;
  readonly #host: FilterHost;

  constructor(host: FilterHost) {
    this.#host = host;
  }

  /** The agency filter is shown once an answer offers more than one agency, and then stays. */
  get showAgency(): boolean {
    return this.#agencies;
  }

  seen(facets: ProcedureFacets): void {
    if ((facets.agency?.length ?? 0) > 1) this.#agencies = true;
  }

  toggle = (): void => {
    this.open = !this.open;
    this.#host.requestUpdate();
  };

  /** A chip's removal: focus goes to the next chip, else the one before, else back to the filters. */
  remove = (name: FilterName): void => {
    const chips = this.#all('[part="filter-chip"]');
    const index = chips.findIndex((chip) => chip.dataset['filter'] === name);
    this.#host.setFilter(name, '');
    this.#host.afterRender(() => {
      const left = this.#all('[part="filter-chip"]');
      (left[index] ?? left[index - 1] ?? this.#filtersEntry())?.focus();
    });
  };

  /** After every filter is cleared (the clear button disappears with them). */
  cleared(): void {
    this.#host.afterRender(() => this.#filtersEntry()?.focus());
  }

  /** After a sector was chosen among the suggestions: its filter, or the disclosure that holds it. */
  chose(name: FilterName): void {
    this.#host.afterRender(() => this.#filtersEntry(`#filter-${name}`)?.focus());
  }

  /** `selector` when it can be seen, else the first filter that can, else the disclosure's button. */
  #filtersEntry(selector = 'select'): HTMLElement | undefined {
    return [this.#one(selector), this.#one('select'), this.#one('[part="filter-toggle"]')].find((candidate) => candidate && shown(candidate));
  }

  #one(selector: string): HTMLElement | undefined {
    return this.#host.root().querySelector<HTMLElement>(selector) ?? undefined;
  }

  #all(selector: string): HTMLElement[] {
    return [...this.#host.root().querySelectorAll<HTMLElement>(selector)];
  }
}

/** Laid out (not `display: none` itself or inside). */
function shown(element: HTMLElement): boolean {
  return element.getClientRects().length > 0;
}
