/**
 * Message lookup with host overrides and locale fallback.
 *
 * A translator is built from catalogues (the shared one plus the element's own)
 * and the host's overrides. Lookup order for a key: host override for the
 * locale → catalogue for the locale → the same for the base language (`en-GB` →
 * `en`) → Vietnamese, the reference → the key itself (visible in review, never a
 * blank).
 */
import { vi as commonVi } from './messages/vi.js';
import { en as commonEn } from './messages/en.js';

export const DEFAULT_LOCALE = 'vi';

/** Messages of one locale: key → text with `{placeholders}`. */
export type Messages = Readonly<Record<string, string>>;
/** A catalogue: locale → messages. `vi` is required and is the reference. */
export type Catalog = Readonly<{ vi: Messages } & Record<string, Messages>>;
/** What a host passes to add a language or change wording: locale → partial messages. */
export type MessageOverrides = Readonly<Record<string, Messages>>;

export type MessageParams = Readonly<Record<string, string | number>>;

export const commonCatalog: Catalog = { vi: commonVi, en: commonEn };

export class Translator {
  readonly locale: string;
  private readonly chain: Messages[];
  private readonly plurals: Intl.PluralRules;

  constructor(locale: string, catalogs: readonly Catalog[], overrides: MessageOverrides = {}) {
    this.locale = locale || DEFAULT_LOCALE;
    const language = this.locale.split('-')[0]!;
    const locales = unique([this.locale, language, DEFAULT_LOCALE]);
    this.chain = [];
    for (const candidate of locales) {
      const override = overrides[candidate];
      if (override) this.chain.push(override);
      for (const catalog of catalogs) {
        const messages = catalog[candidate];
        if (messages) this.chain.push(messages);
      }
    }
    this.plurals = new Intl.PluralRules(supportedOr(this.locale));
  }

  /** The message for `key` with `{placeholders}` filled from `params`. */
  t(key: string, params?: MessageParams): string {
    for (const messages of this.chain) {
      const message = messages[key];
      if (message !== undefined) return params ? fill(message, params) : message;
    }
    return key;
  }

  /** Plural message: looks up `key.one` / `key.other` … by the locale's plural rules. */
  plural(key: string, count: number, params: MessageParams = {}): string {
    const category = this.plurals.select(count);
    const all = { count: formatCount(count, this.locale), ...params };
    const exact = `${key}.${category}`;
    return this.has(exact) ? this.t(exact, all) : this.t(`${key}.other`, all);
  }

  has(key: string): boolean {
    return this.chain.some((messages) => messages[key] !== undefined);
  }
}

function fill(message: string, params: MessageParams): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

function formatCount(count: number, locale: string): string {
  return new Intl.NumberFormat(supportedOr(locale)).format(count);
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/** Intl throws on malformed tags; a host typo must not break the element. */
export function supportedOr(locale: string, fallback = DEFAULT_LOCALE): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? fallback;
  } catch {
    return fallback;
  }
}
