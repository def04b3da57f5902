/**
 * The autoloader (`dist/cdn/autoloader.js`, `motcua/autoloader`): one small script that
 * loads each motcua element the first time its tag is in the page, so a page that only
 * tracks dossiers downloads the tracker and the shared runtime, nothing else.
 *
 * ```html
 * <script type="module" src="/vendor/motcua/autoloader.js"></script>
 * <gov-status-tracker></gov-status-tracker>
 * ```
 *
 * It watches the document with a MutationObserver, and the open shadow roots it finds
 * there, so elements a portal's own components render inside their shadow DOM load too.
 * It patches nothing global (no `attachShadow` wrapper), so it sees a shadow root only
 * when it can find it:
 * - a declarative shadow root, or one attached in the host's constructor or when the host
 *   is upgraded or connected (what Lit, Stencil and most libraries do): found when the
 *   host enters the page, or as soon as the host's own tag is defined;
 * - a closed shadow root: never (the page cannot see it either); import the element
 *   there, or call `discover(root)` from the component that owns the root;
 * - an open shadow root attached later, lazily (say on the first click): call
 *   `discover(host.shadowRoot)` once it exists.
 * motcua's own shadow roots are not watched: they never contain another element.
 *
 * The element modules sit beside this file and are imported relative to it
 * (`import.meta.url`), so serving a copy of the `dist/cdn/` folder is all a portal does.
 */

/** Every element, by tag; the build turns each import into the element's own file. */
const elements = new Map<string, () => Promise<unknown>>([
  ['gov-config', () => import('./elements/config/index.js')],
  ['gov-procedure-search', () => import('./elements/procedure-search/index.js')],
  ['gov-dossier-form', () => import('./elements/dossier-form/index.js')],
  ['gov-status-tracker', () => import('./elements/status-tracker/index.js')],
  ['gov-service-stats', () => import('./elements/service-stats/index.js')],
]);

/** The tags this autoloader knows, e.g. for a portal's own checks. */
export const tags: readonly string[] = [...elements.keys()];

const loading = new Set<string>();
const watched = new WeakSet<Node>();
const awaitingDefinition = new WeakSet<Element>();

function load(tag: string): void {
  const loader = elements.get(tag);
  if (!loader || loading.has(tag) || customElements.get(tag)) return;
  loading.add(tag);
  loader().catch((error: unknown) => {
    // A network failure: the next time the tag appears, try again.
    loading.delete(tag);
    console.error(`motcua: could not load <${tag}>`, error);
  });
}

/** Watches an open shadow root of someone else's element (not one of ours). */
function watchHostOf(element: Element): void {
  const tag = element.localName;
  if (elements.has(tag)) return;
  if (element.shadowRoot) {
    if (!watched.has(element.shadowRoot)) discover(element.shadowRoot);
  } else if (tag.includes('-') && !customElements.get(tag) && !awaitingDefinition.has(element)) {
    // A custom element not upgraded yet usually attaches its shadow root when it is.
    awaitingDefinition.add(element);
    void customElements.whenDefined(tag).then(() => {
      if (element.shadowRoot && !watched.has(element.shadowRoot)) discover(element.shadowRoot);
    });
  }
}

/**
 * Loads every motcua element inside `root` (a document, a shadow root or an element) and
 * keeps watching it, and the open shadow roots inside it, for elements added later.
 */
export function discover(root: Document | ShadowRoot | Element): void {
  if (root instanceof Element) {
    load(root.localName);
    watchHostOf(root);
  } else {
    watch(root);
  }
  for (const element of root.querySelectorAll('*')) {
    load(element.localName);
    watchHostOf(element);
  }
}

/** Observes a root once: every element added under it later is discovered. */
function watch(root: Document | ShadowRoot): void {
  if (watched.has(root)) return;
  watched.add(root);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) discover(node);
    }
  }).observe(root, { childList: true, subtree: true });
}

if (typeof document !== 'undefined') discover(document);
