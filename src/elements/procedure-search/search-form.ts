/**
 * Template of the search form: the query box and the filters, each filter with the count of
 * procedures each choice would show, and the active filters as chips that remove them. On a
 * narrow element (its own width, a container query: a portal's sidebar is narrow on a wide
 * screen) the filters fold into one "Lọc (2)" disclosure, so the results start above the fold.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Facet, ProcedureFacets } from '../../api/schemas.js';
import { isolate } from '../shared/server-text.js';
import type { FilterBar } from './filter-bar.js';
import type { SearchL10n } from './messages.js';

export type FilterName = 'sector' | 'level' | 'onlineLevel' | 'agency';
export const FILTERS: readonly FilterName[] = ['sector', 'level', 'onlineLevel', 'agency'];

export interface SearchForm {
  l10n: SearchL10n;
  query: string;
  filters: Readonly<Record<FilterName, string>>;
  facets: ProcedureFacets | undefined;
  input: (event: Event) => void;
  submit: (event: Event) => void;
  filter: (name: FilterName, value: string) => void;
  clearFilters: () => void;
  /**
   * The filters' flow: the narrow layout's disclosure (`open`, `toggle`), the agency filter that
   * stays once shown so the row never jumps when a query leaves one agency (`showAgency`), and
   * a chip's removal (`remove`).
   */
  bar: Pick<FilterBar, 'open' | 'toggle' | 'showAgency' | 'remove'>;
}

/**
 * The search form. The filters are made again only when their facets, their values or the words
 * change (`memo`, a `memoSlot` of the element's): typing re-renders the element on every key.
 */
export function searchForm(form: SearchForm, memo: (deps: readonly unknown[], make: () => TemplateResult) => TemplateResult): TemplateResult {
  const { l10n } = form;
  return html`<form role="search" part="search" class="search" @submit=${form.submit}>
      <label for="query" class="label">${l10n.t('search.label')}</label>
      <p id="query-hint" class="hint">${l10n.t('search.hint')}</p>
      <div class="search-row">
        <input
          id="query"
          part="input"
          type="search"
          autocomplete="off"
          spellcheck="false"
          enterkeyhint="search"
          aria-describedby="query-hint"
          .value=${form.query}
          @input=${form.input}
        />
        <button class="button" part="submit" type="submit">${l10n.t('search.submit')}</button>
      </div>
    </form>
    ${memo([form.facets, l10n.translator, form.bar.open, form.bar.showAgency, ...FILTERS.map((name) => form.filters[name])], () => filterBar(form))}`;
}

/** The active filters: a chip each, its label the choice's (the facet's words, else its value). */
export function activeFilters(form: Pick<SearchForm, 'filters' | 'facets'>): Array<{ name: FilterName; label: string }> {
  return FILTERS.filter((name) => form.filters[name] !== '').map((name) => {
    const value = form.filters[name];
    return { name, label: form.facets?.[name]?.find((facet) => facet.value === value)?.label ?? value };
  });
}

function filterBar(form: SearchForm): TemplateResult {
  const { l10n } = form;
  const active = activeFilters(form);
  const count = active.length;
  const { open } = form.bar;
  return html`<div class="filter-bar ${open ? 'open' : ''}">
    <button type="button" class="button secondary filter-toggle" part="filter-toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls="filters" @click=${form.bar.toggle}>
      ${count ? l10n.t('search.filter.toggleCount', { count }) : l10n.t('search.filter.toggle')}
    </button>
    ${filters(form)}
    ${count
      ? html`<div class="chips" role="group" aria-labelledby="chips-label">
          <p id="chips-label" class="muted">${l10n.t('search.filter.active')}</p>
          <ul class="chip-list">
            ${active.map(
              ({ name, label }) => html`<li>
                <button type="button" class="chip remove" part="filter-chip" data-filter=${name} @click=${() => form.bar.remove(name)}>
                  <span class="visually-hidden">${l10n.t('search.filter.remove')} </span><bdi>${label}</bdi><span aria-hidden="true"> ×</span>
                </button>
              </li>`,
            )}
          </ul>
        </div>`
      : nothing}
  </div>`;
}

/** The filters, each with the count of procedures each choice would show. */
function filters(form: SearchForm): TemplateResult {
  const { l10n, facets } = form;
  const select = (name: FilterName, options: readonly Facet[] | undefined) => {
    const value = form.filters[name];
    const list = options ?? [];
    // A preset filter is shown even before (or without) its facet.
    const all = value && !list.some((facet) => facet.value === value) ? [...list, { value, label: value, count: 0 }] : list;
    return html`<div class="filter">
      <label for="filter-${name}" class="label">${l10n.t(`search.filter.${name}`)}</label>
      <select id="filter-${name}" part="filter" @change=${(event: Event) => form.filter(name, (event.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${value === ''}>${l10n.t('search.filter.all')}</option>
        ${all.map(
          (facet) =>
            html`<option value=${facet.value} ?selected=${facet.value === value}>
              ${l10n.t('search.filter.option', { label: isolate(facet.label), count: facet.count })}
            </option>`,
        )}
      </select>
    </div>`;
  };
  const agencies = facets?.agency;
  const filtered = FILTERS.some((name) => form.filters[name] !== '');
  return html`<fieldset id="filters" class="filters" part="filters">
    <legend class="legend">${l10n.t('search.filters')}</legend>
    <div class="filter-grid">
      ${select('sector', facets?.sector)} ${select('level', facets?.level)} ${select('onlineLevel', facets?.onlineLevel)}
      ${form.bar.showAgency || form.filters.agency ? select('agency', agencies) : nothing}
    </div>
    ${filtered
      ? html`<button type="button" class="link clear" part="clear-filters" @click=${form.clearFilters}>${l10n.t('search.clearFilters')}</button>`
      : nothing}
  </fieldset>`;
}
