/**
 * The test kit every element's tests share: finding what an element renders in its shadow root,
 * reading it as a person does (text, focus, the live region), and typing like one.
 *
 * Assertions compare strings made here, never DOM nodes: a failing assertion that carries a
 * node makes the runner serialise it, and the browser session dies on a large page.
 */
import { sendKeys } from '@web/test-runner-commands';
import { until } from './wait.js';

/** What the kit reads: an element with an open shadow root (or any element). */
type Host = Element;

function rootOf(el: Host): Element | ShadowRoot {
  return el.shadowRoot ?? el;
}

/** The first match of `selector` in the element's shadow root; throws when there is none. */
export function $<T extends Element = HTMLElement>(el: Host, selector: string): T {
  const found = rootOf(el).querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

/** Every match of `selector` in the element's shadow root. */
export function $$<T extends Element = HTMLElement>(el: Host, selector: string): T[] {
  return [...rootOf(el).querySelectorAll<T>(selector)];
}

export function has(el: Host, selector: string): boolean {
  return rootOf(el).querySelector(selector) !== null;
}

/**
 * Text as a person reads it: white space collapsed, and without the bidi isolates (FSI … PDI)
 * that keep server text from reordering ours, which a reader does not see.
 */
export function text(node: Node | null | undefined): string {
  return textWithIsolates(node).replace(/[\u2068\u2069]/g, '');
}

/** `text` with the isolates kept, for the tests that check them. */
export function textWithIsolates(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** A node as a short string (`input#f3.input`, `a[part=result-link][data-code=1.001193] "Đăng ký…"`). */
export function describeNode(node: Element | null | undefined): string {
  if (!node) return '(nothing)';
  const id = node.id ? `#${node.id}` : '';
  const classes = [...node.classList].map((name) => `.${name}`).join('');
  const part = node.getAttribute('part');
  const code = node.getAttribute('data-code');
  return `${node.localName}${id}${classes}${part ? `[part=${part}]` : ''}${code ? `[data-code=${code}]` : ''} "${text(node).slice(0, 40)}"`;
}

/** What has the focus, through shadow roots: inside the element's shadow root, or in the page (`el` omitted). */
export function activeElement(el?: Host): Element | null {
  let active = el ? (el.shadowRoot?.activeElement ?? null) : document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** What has the focus, as `describeNode` says it (see `activeElement`). */
export function focused(el?: Host): string {
  return describeNode(activeElement(el));
}

/** What the element's live region says now (`withIsolates`: see `text`). */
export function liveRegion(el: Host, withIsolates = false): string {
  const region = $(el, '[role="status"]');
  return withIsolates ? textWithIsolates(region) : text(region);
}

/**
 * Every text the live region shows from now on, in order. A later announcement (the new status
 * after a background reload) may replace an earlier one within milliseconds; a screen reader
 * still hears both, and so does a test that records them.
 */
export function recordAnnouncements(el: Host, withIsolates = false): string[] {
  const heard: string[] = [];
  const region = $(el, '[role="status"]');
  const note = () => {
    const now = liveRegion(el, withIsolates);
    if (now && heard[heard.length - 1] !== now) heard.push(now);
  };
  new MutationObserver(note).observe(region, { subtree: true, childList: true, characterData: true });
  note();
  return heard;
}

/** Focuses a text box and types like a person: select what is there, delete it, type. */
export async function typeInto(input: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  input.focus();
  if (input.value) {
    input.select();
    await sendKeys({ press: 'Backspace' });
  }
  if (value) await sendKeys({ type: value });
}

/** Chooses an option of a select by its value, as the keyboard would, then fires `change`. */
export function chooseOption(select: HTMLSelectElement, value: string): void {
  select.focus();
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Waits until `selector` matches in the element, then for its render. */
export async function shown<T extends HTMLElement = HTMLElement>(el: Host & { updateComplete: Promise<unknown> }, selector: string): Promise<T> {
  await until(() => rootOf(el).querySelector(selector), `${selector} never appeared`);
  await el.updateComplete;
  return $<T>(el, selector);
}

/** Puts files on a file input the way the browser does after the picker closes. */
export function chooseFiles(input: HTMLInputElement, files: readonly File[]): void {
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** A small PDF-typed file. */
export function pdf(name = 'giay-chung-sinh.pdf', bytes = 2048): File {
  return new File([new Uint8Array(bytes).fill(37)], name, { type: 'application/pdf' });
}
