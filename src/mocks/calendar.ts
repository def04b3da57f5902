/**
 * The working calendar of the mock back end (`GET /calendar`) and the time arithmetic every
 * deadline is computed with: working days skip weekends, public holidays and announced days
 * off, and count announced weekend working days; working hours are counted inside office
 * hours.
 *
 * The days come from the Labour Code 2019 (45/2019/QH14) art. 112 (holidays), art. 111
 * (a holiday on a weekly rest day gives a day off on the next working day) and the yearly
 * announcements of swapped days for civil servants. Where we could not confirm a day from an
 * announcement it is marked `provisional`: the mock's reading of the Code, not a published day
 * (docs/api.md, "The working calendar"). Lunar dates (Tết, Hùng Kings' day on 10/3) are those
 * of the Vietnamese lunar calendar.
 */
import type { Calendar, CalendarDay, CalendarDayKind, LegalReference } from '../api/schemas.js';
import { DAY_MS, dateVn, parseDateVn, startOfDayVn, weekdayVn } from './time.js';
import type { Locale } from './problems.js';

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

/** Office hours of a working day, minutes after midnight (8:00–12:00, 13:00–17:00). */
const OFFICE_HOURS: ReadonlyArray<readonly [start: number, end: number]> = [
  [8 * 60, 12 * 60],
  [13 * 60, 17 * 60],
];
/** Working hours in a working day: what one working day is worth. */
export const HOURS_PER_WORKING_DAY = OFFICE_HOURS.reduce((sum, [start, end]) => sum + (end - start), 0) / 60;
/** Sunday and Saturday: the 40-hour week of civil servants (Decision 188/1999/QĐ-TTg). */
const WEEKEND = [0, 6] as const;

interface DaySpec {
  date: string;
  kind: CalendarDayKind;
  vi: string;
  en: string;
  noteVi?: string;
  noteEn?: string;
  provisional?: true;
}

const NEW_YEAR = { vi: 'Tết Dương lịch', en: 'New Year’s Day' };
const TET = { vi: 'Tết Âm lịch', en: 'Lunar New Year (Tết)' };
const HUNG_KINGS = { vi: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', en: 'Hùng Kings’ Commemoration (10th day of the 3rd lunar month)' };
const REUNIFICATION = { vi: 'Ngày Chiến thắng (30/4)', en: 'Reunification Day (30 April)' };
const LABOUR = { vi: 'Ngày Quốc tế Lao động (1/5)', en: 'International Labour Day (1 May)' };
const NATIONAL_DAY = { vi: 'Quốc khánh', en: 'National Day' };

/** The exceptions to the week, 2025–2027. */
const DAYS: readonly DaySpec[] = [
  // 2025: Tết Ất Tỵ on Wednesday 29 January; 30/4–4/5 joined by a swap; 2/9 with Monday 1/9.
  { date: '2025-01-01', kind: 'holiday', ...NEW_YEAR },
  ...['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'].map((date) => ({ date, kind: 'holiday' as const, ...TET })),
  { date: '2025-04-07', kind: 'holiday', ...HUNG_KINGS },
  { date: '2025-04-26', kind: 'working-day', vi: 'Làm bù cho ngày nghỉ 02/5/2025', en: 'Worked in exchange for 2 May 2025' },
  { date: '2025-04-30', kind: 'holiday', ...REUNIFICATION },
  { date: '2025-05-01', kind: 'holiday', ...LABOUR },
  {
    date: '2025-05-02',
    kind: 'day-off',
    vi: 'Nghỉ hoán đổi dịp 30/4 và 1/5',
    en: 'Day off by swap around 30 April and 1 May',
    noteVi: 'Làm bù thứ Bảy 26/4/2025',
    noteEn: 'Worked on Saturday 26 April 2025 instead',
  },
  { date: '2025-09-01', kind: 'holiday', ...NATIONAL_DAY },
  { date: '2025-09-02', kind: 'holiday', ...NATIONAL_DAY },

  // 2026: Tết Bính Ngọ on Tuesday 17 February (off 14–22 February); 10/3 is a Sunday.
  { date: '2026-01-01', kind: 'holiday', ...NEW_YEAR },
  {
    date: '2026-01-02',
    kind: 'day-off',
    vi: 'Nghỉ hoán đổi dịp Tết Dương lịch',
    en: 'Day off by swap after New Year’s Day',
    noteVi: 'Làm bù thứ Bảy 10/01/2026, theo phương án của Bộ Nội vụ',
    noteEn: 'Worked on Saturday 10 January 2026 instead, as the Ministry of Home Affairs proposed',
    provisional: true,
  },
  {
    date: '2026-01-10',
    kind: 'working-day',
    vi: 'Làm bù cho ngày nghỉ 02/01/2026',
    en: 'Worked in exchange for 2 January 2026',
    provisional: true,
  },
  ...['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'].map((date) => ({ date, kind: 'holiday' as const, ...TET })),
  { date: '2026-04-26', kind: 'holiday', ...HUNG_KINGS },
  {
    date: '2026-04-27',
    kind: 'day-off',
    vi: 'Nghỉ bù Giỗ Tổ Hùng Vương',
    en: 'Day off in lieu of the Hùng Kings’ Commemoration',
    noteVi: 'Ngày lễ trùng Chủ nhật (Bộ luật Lao động, Điều 111)',
    noteEn: 'The holiday fell on a Sunday (Labour Code, art. 111)',
  },
  { date: '2026-04-30', kind: 'holiday', ...REUNIFICATION },
  { date: '2026-05-01', kind: 'holiday', ...LABOUR },
  { date: '2026-09-01', kind: 'holiday', ...NATIONAL_DAY, provisional: true },
  { date: '2026-09-02', kind: 'holiday', ...NATIONAL_DAY },

  // 2027, not announced: Tết Đinh Mùi on Saturday 6 February; 1/5 is a Saturday.
  { date: '2027-01-01', kind: 'holiday', ...NEW_YEAR },
  ...['2027-02-04', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10'].map((date) => ({
    date,
    kind: 'holiday' as const,
    ...TET,
    provisional: true as const,
  })),
  { date: '2027-04-16', kind: 'holiday', ...HUNG_KINGS },
  { date: '2027-04-30', kind: 'holiday', ...REUNIFICATION },
  { date: '2027-05-01', kind: 'holiday', ...LABOUR },
  {
    date: '2027-05-03',
    kind: 'day-off',
    vi: 'Nghỉ bù Ngày Quốc tế Lao động',
    en: 'Day off in lieu of International Labour Day',
    noteVi: 'Ngày lễ trùng thứ Bảy (Bộ luật Lao động, Điều 111)',
    noteEn: 'The holiday fell on a Saturday (Labour Code, art. 111)',
  },
  { date: '2027-09-02', kind: 'holiday', ...NATIONAL_DAY },
  { date: '2027-09-03', kind: 'holiday', ...NATIONAL_DAY, provisional: true },
];

const SOURCES: Record<Locale, readonly LegalReference[]> = {
  vi: [
    { number: '45/2019/QH14', title: 'Bộ luật Lao động, Điều 111 (nghỉ bù) và Điều 112 (nghỉ lễ, tết)' },
    { number: '188/1999/QĐ-TTg', title: 'Quyết định về chế độ tuần làm việc 40 giờ' },
    { number: 'Thông báo hằng năm', title: 'Thông báo của Bộ Nội vụ về lịch nghỉ lễ, tết và hoán đổi ngày làm việc của cán bộ, công chức, viên chức' },
  ],
  en: [
    { number: '45/2019/QH14', title: 'Labour Code, art. 111 (days off in lieu) and art. 112 (public holidays)' },
    { number: '188/1999/QĐ-TTg', title: 'Decision on the 40-hour working week' },
    { number: 'Yearly notice', title: 'Notice of the Ministry of Home Affairs on the holidays and swapped working days of civil servants' },
  ],
};

const byDate = new Map(DAYS.map((day) => [parseDateVn(day.date) as number, day]));
const YEARS = new Set(DAYS.map((day) => Number(day.date.slice(0, 4))));

/** The calendar of a year, or undefined when the mock has none for it. */
export function calendarOf(year: number, locale: Locale): Calendar | undefined {
  if (!YEARS.has(year)) return undefined;
  const days: CalendarDay[] = DAYS.filter((day) => day.date.startsWith(`${year}-`)).map((spec) => {
    const day: CalendarDay = { date: spec.date, kind: spec.kind, name: spec[locale] };
    const note = locale === 'vi' ? spec.noteVi : spec.noteEn;
    if (note) day.note = note;
    if (spec.provisional) day.provisional = true;
    return day;
  });
  const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return {
    year,
    timeZone: 'Asia/Ho_Chi_Minh',
    weekend: [...WEEKEND],
    workingHours: OFFICE_HOURS.map(([start, end]) => ({ start: clock(start), end: clock(end) })),
    days,
    sources: SOURCES[locale].map((source) => ({ ...source })),
  };
}

/** Whether the day containing `ms` is worked, Vietnam time. */
export function isWorkingDay(ms: number): boolean {
  const day = byDate.get(startOfDayVn(ms));
  if (day) return day.kind === 'working-day';
  return !(WEEKEND as readonly number[]).includes(weekdayVn(ms));
}

/** The office periods of the day containing `ms`, as epoch milliseconds; none on a day off. */
function periodsOf(ms: number): Array<[number, number]> {
  if (!isWorkingDay(ms)) return [];
  const midnight = startOfDayVn(ms);
  return OFFICE_HOURS.map(([start, end]) => [midnight + start * MINUTE_MS, midnight + end * MINUTE_MS]);
}

/** The first moment at or after `ms` when the office works. */
export function nextWorkingMoment(ms: number): number {
  for (let day = startOfDayVn(ms); ; day += DAY_MS) {
    for (const [start, end] of periodsOf(day)) if (ms < end) return Math.max(ms, start);
  }
}

/** The moment `hours` working hours after `ms` (counted from the next working moment). */
export function addWorkingHours(ms: number, hours: number): number {
  let left = Math.max(0, hours) * HOUR_MS;
  let at = nextWorkingMoment(ms);
  for (let day = startOfDayVn(at); ; day += DAY_MS) {
    for (const [start, end] of periodsOf(day)) {
      if (end <= at) continue;
      const from = Math.max(at, start);
      if (from + left <= end) return from + left;
      left -= end - from;
      at = end;
    }
  }
}

/** Working time between two moments, in milliseconds (0 when `to` is not after `from`). */
export function workingMsBetween(from: number, to: number): number {
  let total = 0;
  for (let day = startOfDayVn(from); day <= to; day += DAY_MS) {
    for (const [start, end] of periodsOf(day)) total += Math.max(0, Math.min(end, to) - Math.max(start, from));
  }
  return total;
}

/** The end of the working day containing `ms`, or of the next working day when it is not worked. */
export function endOfWorkingDay(ms: number): number {
  let day = startOfDayVn(ms);
  while (!isWorkingDay(day)) day += DAY_MS;
  const periods = periodsOf(day);
  return (periods[periods.length - 1] as [number, number])[1];
}

/**
 * A term in calendar days or months ends at the same time of day; one that ends on a day
 * off ends at the close of the next working day (Civil Code 2015, art. 148).
 */
export function closeOnWorkingDay(ms: number): number {
  return isWorkingDay(ms) ? ms : endOfWorkingDay(ms);
}

/** `YYYY-MM-DD` of the `n`-th working day after the day of `ms`. */
export function workingDaysAfter(ms: number, n: number): string {
  let day = startOfDayVn(ms);
  let left = Math.max(0, Math.ceil(n));
  while (left > 0) {
    day += DAY_MS;
    if (isWorkingDay(day)) left--;
  }
  return dateVn(day);
}
