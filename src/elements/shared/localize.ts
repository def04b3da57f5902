/**
 * The element's words and formats in its current locale: one object, owned by the base element
 * (`GovElement.l10n`), handed to template modules as it is. `t()` is typed by the element's
 * message keys, so a key that is not in its catalogue (a typo, a key removed) does not compile;
 * dates, numbers, money, durations and file sizes are formatted in the locale without any
 * element passing the locale by hand.
 *
 * The base element calls `update` before each render; a new translator is made only when the
 * locale, the catalogues, the host's wording or the loaded language packs changed, so
 * `translator` can key caches of rendered text.
 *
 * @internal Part of the elements' kit (docs/contributing.md).
 */
import type { TemplateResult } from 'lit';
import type { Duration } from '../../api/schemas.js';
import { formatBytes, formatDate, formatDateTime, formatDuration, formatMoney, formatNumber } from '../../i18n/format.js';
import { DEFAULT_LOCALE, loadedPackCount, Translator, type Catalog, type MessageOverrides, type MessageParams } from '../../i18n/translator.js';
import { isolatedMessage } from './server-text.js';

/** The base of a plural message: `search.count` for `search.count.one` and `search.count.other`. */
export type PluralKey<K extends string> = K extends `${infer Base}.other` ? Base : never;

export class Localize<K extends string> {
  #translator = new Translator(DEFAULT_LOCALE, []);
  #key: readonly unknown[] = [];

  /** Takes what the words depend on; a new translator only when something changed. */
  update(locale: string, catalogs: readonly Catalog[], outer?: MessageOverrides, inner?: MessageOverrides): void {
    const key = [locale, outer, inner, loadedPackCount(), ...catalogs];
    if (key.length === this.#key.length && key.every((value, index) => value === this.#key[index])) return;
    this.#key = key;
    this.#translator = new Translator(locale, catalogs, mergeOverrides(outer, inner));
  }

  get locale(): string {
    return this.#translator.locale;
  }

  /** The words in use: a new object whenever any text may have changed (a cache key). */
  get translator(): Translator {
    return this.#translator;
  }

  /** The message for `key`, its `{placeholders}` filled from `params`. */
  t(key: K, params?: MessageParams): string {
    return this.#translator.t(key, params);
  }

  /** The message for `key` as template parts, each value in its own `<bdi>` (see `bidi.ts`). */
  isolated(key: K, params: MessageParams): (string | TemplateResult)[] {
    return isolatedMessage(this.#translator.t(key), params);
  }

  /** The plural form of `key` for `count` (`key.one`, `key.other`…), `{count}` in the locale's digits. */
  plural(key: PluralKey<K>, count: number, params?: MessageParams): string {
    return this.#translator.plural(key, count, params);
  }

  /** `22/11/2026`; a calendar date (`YYYY-MM-DD`) is never shifted by a time zone. */
  date(value: string | Date): string {
    return formatDate(value, this.locale);
  }

  /** `09:30 22/11/2026`, in Vietnam's time. */
  dateTime(value: string | Date): string {
    return formatDateTime(value, this.locale);
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    return formatNumber(value, this.locale, options);
  }

  /** `1.500.000 ₫`. */
  money(amount: number): string {
    return formatMoney(amount, this.locale);
  }

  /** `15 ngày làm việc`: needs the shared procedure words (`procedureCatalog`). */
  duration(duration: Duration): string {
    return formatDuration(duration, this.#translator);
  }

  /** `5 MB`, `512 KB`. */
  bytes(bytes: number): string {
    return formatBytes(bytes, this.locale);
  }
}

/** Element-level wording wins over the config's, key by key. */
function mergeOverrides(outer: MessageOverrides = {}, inner: MessageOverrides = {}): MessageOverrides {
  const merged: Record<string, Readonly<Record<string, string>>> = { ...outer };
  for (const [locale, messages] of Object.entries(inner)) merged[locale] = { ...merged[locale], ...messages };
  return merged;
}
