/**
 * Template of the search form: the query box and the filters, each filter with the count of
 * procedures each choice would show.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Facet, ProcedureFacets } from '../../api/schemas.js';
import { isolate } from '../shared/server-text.js';
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
    ${memo([form.facets, l10n.translator, ...FILTERS.map((name) => form.filters[name])], () => filters(form))}`;
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
  return html`<fieldset class="filters" part="filters">
    <legend class="legend">${l10n.t('search.filters')}</legend>
    <div class="filter-grid">
      ${select('sector', facets?.sector)} ${select('level', facets?.level)} ${select('onlineLevel', facets?.onlineLevel)}
      ${(agencies && agencies.length > 1) || form.filters.agency ? select('agency', agencies) : nothing}
    </div>
    ${filtered
      ? html`<button type="button" class="link clear" part="clear-filters" @click=${form.clearFilters}>${l10n.t('search.clearFilters')}</button>`
      : nothing}
  </fieldset>`;
}
