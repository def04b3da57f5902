/**
 * Vietnamese-first formatting. Dates are shown in Vietnam's time zone whatever
 * the device's zone; calendar dates (`YYYY-MM-DD`) are shown as the same day
 * everywhere; money is VND without decimals; phone numbers are grouped the way
 * they are written in Vietnam (0912 345 678, 024 3826 1234).
 */
import type { Duration } from '../api/schemas.js';
import { supportedOr, type Translator } from './translator.js';

// Phone numbers in a module of their own: only the form uses them, and a page without it does
// not download them (the per-element CDN build puts a module where the elements that use it are).
export { formatPhone, normalizeVietnamesePhone } from './phone.js';

export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function intlLocale(locale: string): string {
  const tag = supportedOr(locale);
  return tag.split('-')[0] === 'vi' ? 'vi-VN' : tag;
}

/** The tag and the day's options dates are written with: day-first numbers in vi, names in en. */
function dateLocale(locale: string): [string, Intl.DateTimeFormatOptions] {
  const tag = intlLocale(locale);
  return tag.split('-')[0] === 'en' ? ['en-GB', NAMED_DAY] : [tag, DAY];
}

// Vietnamese writes the day first (22/11/2026), as every Vietnamese form does. English
// readers split between day-first and month-first, so `12/07/2026` is ambiguous; English gets
// the month's name instead ("7 Dec 2026"), the GOV.UK style, in en-GB order whatever English
// the host asked for.
const DAY: Intl.DateTimeFormatOptions = { day: '2-digit', month: '2-digit', year: 'numeric' };
const NAMED_DAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };
const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hour12: false };

/**
 * Building an Intl formatter costs about 0.3 ms, so a 200-step history would spend
 * four frames on it; formatters are made once per locale and option set.
 */
const formatterCache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function cachedFormatter<F extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => F): F {
  let formatter = formatterCache.get(key) as F | undefined;
  if (!formatter) formatterCache.set(key, (formatter = make()));
  return formatter;
}

/** The day, the time of day, or both, as the locale writes them in `timeZone`. */
function dateFormatter(locale: string, parts: 'day' | 'time' | 'both', timeZone: string): Intl.DateTimeFormat {
  const [tag, day] = dateLocale(locale);
  return cachedFormatter(`d|${intlLocale(locale)}|${timeZone}|${parts}`, () =>
    new Intl.DateTimeFormat(tag, { ...(parts === 'day' ? day : parts === 'time' ? TIME : { ...day, ...TIME }), timeZone }),
  );
}

function numberFormatter(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const tag = intlLocale(locale);
  return cachedFormatter(`n|${tag}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(tag, options));
}

/** `22/11/2026` in vi; a calendar date is never shifted by the time zone. */
export function formatDate(value: string | Date, locale: string): string {
  const calendar = typeof value === 'string' ? CALENDAR_DATE.exec(value) : null;
  if (calendar) {
    const date = new Date(Date.UTC(Number(calendar[1]), Number(calendar[2]) - 1, Number(calendar[3])));
    return dateFormatter(locale, 'day', 'UTC').format(date);
  }
  return dateFormatter(locale, 'day', VIETNAM_TIME_ZONE).format(toDate(value));
}

/** `09:30 22/11/2026` in vi, in Vietnam's time zone. */
export function formatDateTime(value: string | Date, locale: string): string {
  return dateFormatter(locale, 'both', VIETNAM_TIME_ZONE).format(toDate(value));
}

/** `09:30`: the time of day in Vietnam's time zone. */
export function formatTime(value: string | Date, locale: string): string {
  return dateFormatter(locale, 'time', VIETNAM_TIME_ZONE).format(toDate(value));
}

const MONEY: Intl.NumberFormatOptions = { style: 'currency', currency: 'VND', maximumFractionDigits: 0 };

/** `1.500.000 ₫` in vi, `₫1,500,000` in en. */
export function formatMoney(amount: number, locale: string): string {
  return numberFormatter(locale, MONEY).format(amount);
}

export function formatNumber(value: number, locale: string, options?: Intl.NumberFormatOptions): string {
  return numberFormatter(locale, options).format(value);
}

/** `5 MB`, `512 KB` (1 KB = 1024 bytes, as file pickers count), in the locale's digits. */
export function formatBytes(bytes: number, locale: string): string {
  const megabytes = bytes / (1024 * 1024);
  if (megabytes >= 1) return `${formatNumber(Math.round(megabytes * 10) / 10, locale)} MB`;
  return `${formatNumber(Math.max(1, Math.round(bytes / 1024)), locale)} KB`;
}

/** `15 ngày làm việc`; the note, when any, follows in parentheses. */
export function formatDuration(duration: Duration, translator: Translator): string {
  const value = formatNumber(duration.value, translator.locale);
  const text = translator.plural(`duration.${duration.unit}`, duration.value, { value });
  return duration.note ? `${text} (${duration.note})` : text;
}

function toDate(value: string | Date): Date {
  return typeof value === 'string' ? new Date(value) : value;
}
