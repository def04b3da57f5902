/**
 * Test harness of `<gov-procedure-search>`: its mount, waiting for a search or a detail to
 * settle, typing a query and choosing filters, reading the results; the shared kit (`dom.ts`)
 * does the reading and typing.
 */
import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/elements/procedure-search/index.js';
import type { GovProcedureSearch, SearchState } from '../../src/elements/procedure-search/procedure-search.js';
import { $, $$, chooseOption, text, typeInto } from './dom.js';
import { until } from './wait.js';

export { $, $$, activeElement, describeNode, focused, has, liveRegion, text } from './dom.js';
/** The search tests' back end: see test/support/recorded-back-end.ts. */
export { recordedBackEnd as mockBackEnd } from './recorded-back-end.js';
export { until } from './wait.js';

/** Names of the shown results, in order. */
export function resultNames(el: GovProcedureSearch): string[] {
  return $$(el, '.results [data-code]').map((link) => text(link));
}

export function resultCodes(el: GovProcedureSearch): string[] {
  return $$(el, '.results [data-code]').map((link) => link.dataset['code']!);
}

/** Waits until the search area has left `loading` (or reached one of `states`) and rendered. */
export async function settled(el: GovProcedureSearch, states?: SearchState[]): Promise<void> {
  // A pending update may be about to start a search.
  await el.updateComplete;
  const done = () => (states ? states.includes(el.state) : el.state !== 'loading');
  await until(done, `search stuck in ${el.state}`);
  await el.updateComplete;
}

/** Waits until the detail view has its content, an error, or nothing to load. */
export async function detailSettled(el: GovProcedureSearch): Promise<void> {
  await until(() => !el.shadowRoot!.querySelector('.detail [aria-busy="true"]'), 'detail still loading');
  await el.updateComplete;
}

export async function mount(template: TemplateResult, states?: SearchState[]): Promise<GovProcedureSearch> {
  const el = await fixture<GovProcedureSearch>(template);
  await settled(el, states);
  return el;
}

/** Types into the search box like a person. */
export async function typeQuery(el: GovProcedureSearch, value: string): Promise<void> {
  await typeInto($<HTMLInputElement>(el, '#query'), value);
  await el.updateComplete;
}

/** Replaces the query at once (one input event), for tests about what follows the typing. */
export async function setQuery(el: GovProcedureSearch, value: string): Promise<void> {
  const input = $<HTMLInputElement>(el, '#query');
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

export async function chooseFilter(el: GovProcedureSearch, name: 'sector' | 'level' | 'onlineLevel' | 'agency', value: string): Promise<void> {
  chooseOption($<HTMLSelectElement>(el, `#filter-${name}`), value);
  await el.updateComplete;
}

/** Option texts of a filter, without the "all" option. */
export function filterOptions(el: GovProcedureSearch, name: string): Array<{ value: string; text: string }> {
  return $$<HTMLOptionElement>(el, `#filter-${name} option`)
    .filter((option) => option.value !== '')
    .map((option) => ({ value: option.value, text: text(option) }));
}
