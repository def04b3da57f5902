// Reading and driving what the citizen sees, through shadow roots. Puppeteer's `>>>`
// (any depth) and `pierce/` selectors find elements; these helpers read composed text
// and wait on conditions instead of sleeping.

/**
 * Text a person would see inside `selector` (first match, searched through shadow roots),
 * following shadow roots and slots; whitespace collapsed.
 * @param {import('puppeteer-core').Page} page
 */
export async function deepText(page, selector = 'body') {
  return page.evaluate(call(composedTextOf, selector));
}

/**
 * How long a wait gives up after: a backstop for a page that hangs, never a measure of speed
 * (timings belong in `npm run bench`). A step that fetches an element's on-demand part and asks
 * the mock back end can take more than 10 s on a 2-core machine with both cores busy (#14), so
 * the backstop is generous; a wait still returns the moment its state is there.
 */
export const BACKSTOP_MS = 30_000;

/**
 * Polls `condition()` in Node (the mock API's store, the requests it saw) until it returns
 * something truthy, and returns that; gives up after `timeout`. The one polling loop of the
 * e2e suite: `until` and `whenDefined` wait through it.
 * @param {() => any} condition
 */
export async function untilNode(condition, { timeout = BACKSTOP_MS, interval = 20, what = String(condition).slice(0, 120) } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await condition();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Waited ${timeout} ms for ${what}`);
    await new Promise((done) => setTimeout(done, interval));
  }
}

/**
 * Polls `fn(...args)` in the page until it returns something truthy, and returns that.
 * Uses plain `page.evaluate` calls rather than `page.waitForFunction`: puppeteer's
 * waitForFunction breaks on a page whose `Object.prototype` carries enumerable junk (the
 * hostile-host test has one), and evaluation through CDP is not subject to the page's CSP.
 * @param {import('puppeteer-core').Page} page
 * @param {string | ((...args: any[]) => any)} fn  a function, or an expression string
 */
export async function until(page, fn, args = [], { timeout = BACKSTOP_MS, interval = 50, what = String(fn).slice(0, 120) } = {}) {
  let lastError;
  const evaluate = async () => {
    try {
      const value = typeof fn === 'string' ? await page.evaluate(fn) : await page.evaluate(fn, ...args);
      lastError = undefined;
      return value;
    } catch (error) {
      // A navigation or a re-render in the middle of an evaluation: try again.
      lastError = error;
      return undefined;
    }
  };
  try {
    return await untilNode(evaluate, { timeout, interval, what });
  } catch (error) {
    throw new Error(error.message, lastError ? { cause: lastError } : undefined);
  }
}

/** Waits until the composed text inside `selector` contains `expected` (string or RegExp). */
export async function waitForText(page, selector, expected, { timeout = BACKSTOP_MS } = {}) {
  const source = expected instanceof RegExp ? { regexp: expected.source, flags: expected.flags } : { text: expected };
  const matcher = source.regexp
    ? `new RegExp(${JSON.stringify(source.regexp)}, ${JSON.stringify(source.flags)}).test(text)`
    : `text.includes(${JSON.stringify(source.text)})`;
  try {
    await until(page, `(() => { const text = ${call(composedTextOf, selector)}; return ${matcher}; })()`, [], { timeout });
  } catch (error) {
    const seen = await deepText(page, selector).catch(() => '(unreadable)');
    throw new Error(`Waited ${timeout} ms for ${String(expected)} in ${selector}; saw: ${seen.slice(0, 800)}`, {
      cause: error,
    });
  }
}

/**
 * Runs in the page. Text of the first element matching `selector`, searched through open
 * shadow roots, with shadow content and slotted light DOM in rendered order.
 */
function composedTextOf(selector) {
  const find = (root) => {
    const direct = root.querySelector(selector);
    if (direct) return direct;
    for (const element of root.querySelectorAll('*')) {
      if (element.shadowRoot) {
        const inner = find(element.shadowRoot);
        if (inner) return inner;
      }
    }
    return null;
  };
  const start = find(document);
  if (!start) return '';
  const parts = [];
  const hidden = new Set(['STYLE', 'SCRIPT', 'TEMPLATE', 'NOSCRIPT']);
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      parts.push(node.textContent);
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
    if (hidden.has(node.nodeName)) return;
    if (node.nodeName === 'SLOT') {
      const assigned = node.assignedNodes({ flatten: true });
      for (const child of assigned.length ? assigned : node.childNodes) walk(child);
      return;
    }
    if (node.nodeName === 'INPUT' || node.nodeName === 'TEXTAREA') parts.push(' ');
    for (const child of (node.shadowRoot ?? node).childNodes) walk(child);
    if (node.nodeType === Node.ELEMENT_NODE) parts.push(' ');
  };
  walk(start);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Waits for a (deep) selector and returns its handle. */
export async function waitFor(page, selector, { timeout = BACKSTOP_MS, visible = false } = {}) {
  const handle = await page.waitForSelector(selector, { timeout, visible });
  if (!handle) throw new Error(`${selector} never appeared`);
  return handle;
}

/** Focuses a field by clicking it like a person, then types with the keyboard. */
export async function typeInto(page, selector, text) {
  const field = await waitFor(page, selector, { visible: true });
  await field.click();
  await page.keyboard.type(text, { delay: 5 });
  return field;
}

/** Presses Tab until `predicate(activeDeepElement)` holds (at most `limit` presses). */
export async function tabUntil(page, predicate, { limit = 40 } = {}) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const ok = await page.evaluate(`(${predicate})((${deepActiveElement})())`);
    if (ok) return;
  }
  throw new Error(`Tab never reached the element (${predicate})`);
}

/** The deepest focused element, described for assertions: tag, role, name, text. */
export async function activeElement(page) {
  return page.evaluate(`(${describeActive})((${deepActiveElement})())`);
}

/** Runs in the page. */
function deepActiveElement() {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Runs in the page. */
function describeActive(active) {
    if (!active) return null;
    return {
      tag: active.localName,
      role: active.getAttribute('role'),
      name: active.getAttribute('name') ?? active.id,
      text: (active.textContent ?? '').trim().slice(0, 120),
    };
}

/** A call of `fn` with JSON arguments, as an expression for `page.evaluate`. */
export function call(fn, ...args) {
  return `(${fn})(${args.map((arg) => JSON.stringify(arg)).join(', ')})`;
}
