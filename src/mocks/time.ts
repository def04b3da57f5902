/**
 * Dates as Vietnamese one-stop offices see them: Asia/Ho_Chi_Minh is UTC+7 all year (no
 * daylight saving), so a fixed offset is exact and avoids Intl in hot paths. Working days and
 * hours (holidays, swapped days, office hours) are in `calendar.ts`.
 */
const OFFSET_MS = 7 * 60 * 60 * 1000;
export const DAY_MS = 24 * 60 * 60 * 1000;

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** The wall-clock fields in Vietnam, read from a shifted UTC date. */
function vnParts(ms: number): Date {
  return new Date(ms + OFFSET_MS);
}

/** `2026-11-22T09:30:00+07:00`, the form the contract uses for date-times. */
export function isoVn(ms: number): string {
  const d = vnParts(ms);
  return (
    `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}+07:00`
  );
}

/** `YYYY-MM-DD` of the day in Vietnam. */
export function dateVn(ms: number): string {
  return isoVn(ms).slice(0, 10);
}

/** `YYMMDD` for dossier codes. */
export function yymmddVn(ms: number): string {
  const date = dateVn(ms);
  return date.slice(2, 4) + date.slice(5, 7) + date.slice(8, 10);
}

/** Midnight in Vietnam of the day that contains `ms`, as epoch milliseconds. */
export function startOfDayVn(ms: number): number {
  return Math.floor((ms + OFFSET_MS) / DAY_MS) * DAY_MS - OFFSET_MS;
}

/** Midnight in Vietnam of a `YYYY-MM-DD`, or undefined when it is not a real date. */
export function parseDateVn(date: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utc = Date.UTC(year, month - 1, day);
  const check = new Date(utc);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  return utc - OFFSET_MS;
}

/** 0 = Sunday … 6 = Saturday, in Vietnam. */
export function weekdayVn(ms: number): number {
  return vnParts(ms).getUTCDay();
}

/** The same time of day `months` calendar months later, the day clamped to the month's last. */
export function addMonthsVn(ms: number, months: number): number {
  const d = vnParts(ms);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return target.getTime() - OFFSET_MS + (ms - startOfDayVn(ms));
}
