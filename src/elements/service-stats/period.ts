/**
 * The `period` attribute of `<gov-service-stats>` as the `from`/`to` calendar
 * dates of `GET /stats`. What reporting offices publish: a year (`2025`), a
 * quarter (`2025-Q3`), a month (`2025-07`), or any range of days
 * (`2025-07-01/2025-09-30`, ISO 8601 interval).
 */
export interface StatsPeriod {
  from: string;
  to: string;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** `YYYY-MM-DD` of the last day of a month (1–12). */
function lastDay(year: number, month: number): string {
  return `${year}-${pad(month)}-${pad(new Date(Date.UTC(year, month, 0)).getUTCDate())}`;
}

function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.getUTCMonth() === Number(match[2]) - 1 && date.getUTCDate() === Number(match[3]);
}

/**
 * `undefined` for an empty attribute (the server's default period), `null`
 * when the value is not a period (the element then shows an error instead of
 * figures for a period nobody asked for).
 */
export function parsePeriod(input: string | undefined): StatsPeriod | undefined | null {
  const value = (input ?? '').trim().toUpperCase();
  if (value === '') return undefined;
  let match = /^(\d{4})$/.exec(value);
  if (match) return { from: `${match[1]}-01-01`, to: `${match[1]}-12-31` };
  match = /^(\d{4})-Q([1-4])$/.exec(value);
  if (match) {
    const year = Number(match[1]);
    const first = (Number(match[2]) - 1) * 3 + 1;
    return { from: `${year}-${pad(first)}-01`, to: lastDay(year, first + 2) };
  }
  match = /^(\d{4})-(\d{2})$/.exec(value);
  if (match) {
    const month = Number(match[2]);
    if (month < 1 || month > 12) return null;
    return { from: `${match[1]}-${match[2]}-01`, to: lastDay(Number(match[1]), month) };
  }
  const [from, to, extra] = value.split('/');
  if (extra === undefined && from && to && isCalendarDate(from) && isCalendarDate(to) && from <= to) return { from, to };
  return null;
}

/** The periods a citizen can pick: this month, this quarter, this year. */
export const PRESETS = ['month', 'quarter', 'year'] as const;
export type Preset = (typeof PRESETS)[number];

/**
 * The preset as a range of days in Vietnam's time (UTC+7 all year, no daylight saving), from
 * its first day to today: figures for days still to come would be zeros that read as news.
 */
export function presetPeriod(preset: Preset, now: number): StatsPeriod {
  const to = new Date(now + 7 * 3_600_000).toISOString().slice(0, 10);
  const month = Number(to.slice(5, 7));
  const first = preset === 'year' ? 1 : preset === 'quarter' ? month - ((month - 1) % 3) : month;
  return { from: `${to.slice(0, 4)}-${pad(first)}-01`, to };
}
