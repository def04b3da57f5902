/** Shared set-up of the search tests: one msw worker per file, a request log, typing and waiting helpers. */
import { fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../../src/elements/procedure-search/index.js';
import type { GovProcedureSearch, SearchState } from '../../../src/elements/procedure-search/procedure-search.js';

import { until } from '../../support/wait.js';

/** The search tests' back end: see test/support/recorded-back-end.ts. */
export { recordedBackEnd as mockBackEnd } from '../../support/recorded-back-end.js';
export { until } from '../../support/wait.js';

export function root(el: GovProcedureSearch): ShadowRoot {
  return el.shadowRoot!;
}

export function part<T extends Element = HTMLElement>(el: GovProcedureSearch, selector: string): T {
  const found = root(el).querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

export function all<T extends Element = HTMLElement>(el: GovProcedureSearch, selector: string): T[] {
  return [...root(el).querySelectorAll<T>(selector)];
}

/**
 * The text a reader sees: white space collapsed, and without the invisible bidi isolates
 * (FSI … PDI) that keep server text from reordering ours (`bidi.test.ts` checks those).
 */
export function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ').trim();
}

export function liveRegion(el: GovProcedureSearch): string {
  return text(part(el, '[role="status"]'));
}

/** Names of the shown results, in order. */
export function resultNames(el: GovProcedureSearch): string[] {
  return all(el, '.results [data-code]').map((link) => text(link));
}

export function resultCodes(el: GovProcedureSearch): string[] {
  return all(el, '.results [data-code]').map((link) => link.dataset['code']!);
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
  await until(() => !root(el).querySelector('.detail [aria-busy="true"]'), 'detail still loading');
  await el.updateComplete;
}

export async function mount(template: TemplateResult, states?: SearchState[]): Promise<GovProcedureSearch> {
  const el = await fixture<GovProcedureSearch>(template);
  await settled(el, states);
  return el;
}

/** Types into the search box like a person: focus, select what is there, type. */
export async function typeQuery(el: GovProcedureSearch, value: string): Promise<void> {
  const input = part<HTMLInputElement>(el, '#query');
  input.focus();
  if (input.value) {
    input.select();
    await sendKeys({ press: 'Backspace' });
  }
  if (value) await sendKeys({ type: value });
  await el.updateComplete;
}

/** Replaces the query at once (one input event), for tests about what follows the typing. */
export async function setQuery(el: GovProcedureSearch, value: string): Promise<void> {
  const input = part<HTMLInputElement>(el, '#query');
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

export async function chooseFilter(
  el: GovProcedureSearch,
  name: 'sector' | 'level' | 'onlineLevel' | 'agency',
  value: string,
): Promise<void> {
  const select = part<HTMLSelectElement>(el, `#filter-${name}`);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** Option texts of a filter, without the "all" option. */
export function filterOptions(el: GovProcedureSearch, name: string): Array<{ value: string; text: string }> {
  return all<HTMLOptionElement>(el, `#filter-${name} option`)
    .filter((option) => option.value !== '')
    .map((option) => ({ value: option.value, text: text(option) }));
}

/**
 * Assertions compare strings made by these, never DOM nodes: a failing assertion that
 * carries a node makes wtr serialise it and the browser session dies.
 */
export function has(el: GovProcedureSearch, selector: string): boolean {
  return root(el).querySelector(selector) !== null;
}

export function describeNode(node: Element | null | undefined): string {
  if (!node) return String(node);
  const part = node.getAttribute('part');
  const code = node.getAttribute('data-code');
  return `${node.localName}${node.id ? `#${node.id}` : ''}${part ? `[part=${part}]` : ''}${code ? `[data-code=${code}]` : ''} "${text(node).slice(0, 40)}"`;
}

/** The shadow-DOM-aware focused element. */
export function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
