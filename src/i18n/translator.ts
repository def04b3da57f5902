/**
 * Message lookup with host overrides and locale fallback.
 *
 * A translator is built from catalogues (the shared one plus the element's own)
 * and the host's overrides. Lookup order for a key: host override for the
 * locale → catalogue for the locale → the same for the base language (`en-GB` →
 * `en`) → Vietnamese, the reference → the key itself (visible in review, never a
 * blank). Vietnamese ships with each element; other languages are packs an element loads
 * before it first renders in them (`loadLocale`), so Vietnamese pages never download them.
 */
import { vi as commonVi } from './messages/vi.js';

// The procedure and status catalogues live beside their words, each in a module of its own, so
// that a page whose elements do not use them does not download them (the per-element CDN build
// puts a module where the elements that use it are); they are exported here as before.
export { procedureCatalog } from './messages/procedure.js';
export { statusCatalog } from './messages/status.js';

export const DEFAULT_LOCALE = 'vi';

/** Messages of one locale: key → text with `{placeholders}`. */
export type Messages = Readonly<Record<string, string>>;
/**
 * A locale's messages loaded on first use, so that a page in Vietnamese never downloads
 * another language: `() => import('./messages.en.js').then((module) => module.en)`.
 */
export type MessagesLoader = () => Promise<Messages>;
/**
 * A catalogue: locale → messages, or a loader of them. `vi` is required, is the reference
 * and is always at hand; other locales are usually loaders (see `loadLocale`).
 */
export type Catalog = Readonly<{ vi: Messages } & Record<string, Messages | MessagesLoader>>;
/** What a host passes to add a language or change wording: locale → partial messages. */
export type MessageOverrides = Readonly<Record<string, Messages>>;

export type MessageParams = Readonly<Record<string, string | number>>;

/** Words every element uses: common actions and the errors of `GovElement.errorMessage`. */
export const commonCatalog: Catalog = {
  vi: commonVi,
  en: () => import('./messages/en.js').then((module) => module.en),
};

/**
 * An element's catalogue: its Vietnamese words, and its English pack loaded the first time it
 * speaks English (`load` is `() => import('./messages.en.js')`, written in the element's folder
 * so that the build makes the pack a file of its own).
 */
export function catalogOf(vi: Messages, load: () => Promise<{ en: Messages }>): Catalog {
  return { vi, en: () => load().then((module) => module.en) };
}

/**
 * The Vietnamese words of a part loaded on demand join its element's catalogue when the part
 * arrives: translators look words up when asked, so every translator made before sees them at once.
 */
export function addWords(catalog: Catalog, words: Messages): void {
  Object.assign(catalog.vi as Record<string, string>, words);
}

/** Loaded packs; a pack that failed to load is kept as `{}`, so Vietnamese stands in. */
const packs = new Map<MessagesLoader, Messages>();
const loading = new Map<MessagesLoader, Promise<void>>();

/**
 * How many packs have been loaded so far: part of a translator's cache key, so an element
 * that rendered before its pack arrived builds a new translator once it has.
 */
export function loadedPackCount(): number {
  return packs.size;
}

/**
 * Loads what `locale` (and its base language) needs from these catalogues. Returns
 * `undefined` when everything is at hand — always for Vietnamese — so the common case never
 * waits; otherwise a promise that settles when every pack has loaded or failed. A pack is
 * fetched once per page, however many elements ask.
 */
export function loadLocale(locale: string, catalogs: readonly Catalog[]): Promise<void> | undefined {
  const waits: Promise<void>[] = [];
  for (const candidate of localeChain(locale)) {
    for (const catalog of catalogs) {
      const source = catalog[candidate];
      if (typeof source !== 'function' || packs.has(source)) continue;
      if (!loading.has(source)) {
        loading.set(
          source,
          source().then(
            (messages) => void packs.set(source, messages),
            // Offline, or the pack is missing from the server: the element speaks Vietnamese
            // rather than wait forever or show keys; the page must reload to try again.
            () => void packs.set(source, {}),
          ),
        );
      }
      waits.push(loading.get(source)!);
    }
  }
  return waits.length > 0 ? Promise.all(waits).then(() => undefined) : undefined;
}

/** `en-GB` → `['en-GB', 'en', 'vi']`: the locales a lookup tries, in order. */
function localeChain(locale: string): string[] {
  const tag = locale || DEFAULT_LOCALE;
  return [...new Set([tag, tag.split('-')[0]!, DEFAULT_LOCALE])];
}

function messagesAtHand(source: Messages | MessagesLoader | undefined): Messages | undefined {
  return typeof source === 'function' ? packs.get(source) : source;
}

export class Translator {
  readonly locale: string;
  readonly #chain: Messages[] = [];
  /** Made on first use and kept: Intl objects are costly to construct, and most translators never count. */
  #plurals: Intl.PluralRules | undefined;
  #countFormat: Intl.NumberFormat | undefined;

  constructor(locale: string, catalogs: readonly Catalog[], overrides: MessageOverrides = {}) {
    this.locale = locale || DEFAULT_LOCALE;
    for (const candidate of localeChain(this.locale)) {
      const override = overrides[candidate];
      if (override) this.#chain.push(override);
      for (const catalog of catalogs) {
        // A pack not loaded yet is skipped: the lookup falls through to Vietnamese.
        const messages = messagesAtHand(catalog[candidate]);
        if (messages) this.#chain.push(messages);
      }
    }
  }

  /** The message for `key` with `{placeholders}` filled from `params`. */
  t(key: string, params?: MessageParams): string {
    for (const messages of this.#chain) {
      const message = messages[key];
      if (message !== undefined) return params ? fill(message, params) : message;
    }
    return key;
  }

  /** Plural message: looks up `key.one` / `key.other` … by the locale's plural rules. */
  plural(key: string, count: number, params: MessageParams = {}): string {
    const locale = supportedOr(this.locale);
    this.#plurals ??= new Intl.PluralRules(locale);
    this.#countFormat ??= new Intl.NumberFormat(locale);
    const all = { count: this.#countFormat.format(count), ...params };
    const exact = `${key}.${this.#plurals.select(count)}`;
    return this.has(exact) ? this.t(exact, all) : this.t(`${key}.other`, all);
  }

  has(key: string): boolean {
    return this.#chain.some((messages) => messages[key] !== undefined);
  }
}

function fill(message: string, params: MessageParams): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** Intl throws on malformed tags; a host typo must not break the element. */
export function supportedOr(locale: string, fallback = DEFAULT_LOCALE): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? fallback;
  } catch {
    return fallback;
  }
}
