/**
 * The small conversions every mapping needs: DVCQG's `yyyyMMddHHmmss` dates (Vietnam time)
 * and ISO date-times, loose numbers, HTML from the national database as plain text, slugs.
 */
import { fold } from '../../i18n/fold.js';

const VN_OFFSET_MS = 7 * 3_600_000;
const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** `20261122093000` (Vietnam time) → `2026-11-22T09:30:00+07:00`; undefined when empty or not such a date. */
export function fromDvcqgDate(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const match = /^(\d{4})(\d{2})(\d{2})(\d{2})?(\d{2})?(\d{2})?$/.exec(String(value).trim());
  if (!match) return undefined;
  const [year, month, day, hour = '00', minute = '00', second = '00'] = match.slice(1) as string[];
  const check = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second)));
  if (check.getUTCMonth() !== Number(month) - 1 || check.getUTCDate() !== Number(day) || Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) return undefined;
  return `${year}-${month}-${day}T${hour}:${minute}:${second}+07:00`;
}

/** An ISO date-time with any offset (or a `YYYY-MM-DD` day) → `yyyyMMddHHmmss` in Vietnam time. */
export function toDvcqgDate(value: string | undefined): string {
  if (!value) return '';
  const ms = /^\d{4}-\d{2}-\d{2}$/.test(value) ? Date.parse(`${value}T00:00:00+07:00`) : Date.parse(value);
  if (Number.isNaN(ms)) throw new RangeError(`not a date: ${value}`);
  const d = new Date(ms + VN_OFFSET_MS);
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`;
}

/** The day in Vietnam of an ISO date-time with an offset: `YYYY-MM-DD`. */
export function vnDay(dateTime: string): string {
  return toDvcqgDate(dateTime).replace(/^(\d{4})(\d{2})(\d{2}).*$/, '$1-$2-$3');
}

/** `"15"`, `15`, `"0,5"` → a number; undefined for empty or not a number. */
export function looseNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const cleaned = value.trim().replace(/\s/g, '');
  if (!cleaned) return undefined;
  // "1.000.000" (thousands) and "0,5" (decimal comma) as Vietnamese write them.
  const normalised = /^\d{1,3}(\.\d{3})+$/.test(cleaned) ? cleaned.replace(/\./g, '') : cleaned.replace(',', '.');
  const number = Number(normalised);
  return Number.isFinite(number) ? number : undefined;
}

export function looseInt(value: unknown): number | undefined {
  const number = looseNumber(value);
  return number !== undefined && Number.isInteger(number) ? number : undefined;
}

export function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
}

const ENTITIES: Readonly<Record<string, string>> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * The national database keeps some texts as HTML; the contract carries plain text (elements
 * never render server HTML). Block ends become line breaks, tags go, entities are decoded.
 * Deliberately small: this module has no dependency, so a gateway can bundle it anywhere.
 */
export function plainText(value: unknown): string {
  const html = text(value);
  if (!/[<&]/.test(html)) return html;
  return html
    .replace(/<\s*br\s*\/?>/gi, '\n')
    .replace(/<\s*li[^>]*>/gi, '\n- ')
    .replace(/<\/\s*(p|div|li|h[1-6]|tr)\s*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return Number.isFinite(code) ? String.fromCodePoint(code) : entity;
      }
      return ENTITIES[name.toLowerCase()] ?? entity;
    })
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** `Đăng ký khai sinh đúng hạn` → `dang-ky-khai-sinh-dung-han`: a stable id from a name. */
export function slug(value: string): string {
  return fold(value).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'chung';
}

/** Folded for comparisons: no marks, no case, `đ` as `d`. */
export function folded(value: unknown): string {
  return fold(text(value)).replace(/\s+/g, ' ');
}
