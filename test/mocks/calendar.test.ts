import { expect } from '@open-wc/testing';
import { CalendarSchema } from '../../src/api/schemas.js';
import { addWorkingHours, closeOnWorkingDay, isWorkingDay, nextWorkingMoment, workingMsBetween } from '../../src/mocks/calendar.js';
import { appointmentFor } from '../../src/mocks/dossiers.js';
import { isoVn } from '../../src/mocks/time.js';
import { mockBackEnd } from './support.js';

/** A moment given as Vietnam wall-clock time. */
const vn = (local: string) => Date.parse(`${local}+07:00`);
const HOUR = 3_600_000;

describe('mock back end: the working calendar (contract 1.1)', () => {
  const { ask } = mockBackEnd({ contentLanguages: ['vi', 'en'] });

  it('answers GET /calendar for 2025, 2026 and 2027 with the holidays of the Labour Code', async () => {
    for (const year of [2025, 2026, 2027]) {
      const { status, body, headers } = await ask(`/calendar?year=${year}`);
      expect(status).to.equal(200);
      expect(CalendarSchema.safeParse(body).success).to.equal(true);
      expect(headers.get('content-language')).to.equal('vi');
      expect(body.timeZone).to.equal('Asia/Ho_Chi_Minh');
      expect(body.weekend).to.deep.equal([0, 6]);
      const holidays = body.days.filter((day: { kind: string }) => day.kind === 'holiday');
      // Art. 112: New Year 1, Tết 5, Hùng Kings 1, 30/4 1, 1/5 1, National Day 2 = 11 days.
      expect(holidays, `${year}`).to.have.length(11);
      const dates = body.days.map((day: { date: string }) => day.date);
      expect(dates).to.deep.equal([...dates].sort());
      expect(body.sources.map((source: { number: string }) => source.number)).to.include('45/2019/QH14');
    }
  });

  it('carries the swapped and compensatory days, and marks the days it could not confirm as provisional', async () => {
    const { body: y2025 } = await ask('/calendar?year=2025');
    const day = (calendar: { days: Array<{ date: string }> }, date: string) => calendar.days.find((d) => d.date === date) as Record<string, unknown>;
    expect(day(y2025, '2025-05-02')).to.include({ kind: 'day-off' });
    expect(day(y2025, '2025-04-26')).to.include({ kind: 'working-day' });
    const { body: y2026 } = await ask('/calendar?year=2026');
    expect(day(y2026, '2026-04-26')).to.include({ kind: 'holiday' });
    expect(day(y2026, '2026-04-27'), 'Hùng Kings on a Sunday: the Monday off').to.include({ kind: 'day-off' });
    expect(day(y2026, '2026-01-02')).to.include({ kind: 'day-off', provisional: true });
    expect(day(y2026, '2026-02-17')).to.include({ kind: 'holiday' });
    expect(day(y2026, '2026-02-17')['provisional']).to.equal(undefined);
    const { body: y2027 } = await ask('/calendar?year=2027');
    expect(day(y2027, '2027-02-04')).to.include({ kind: 'holiday', provisional: true });
    expect(day(y2027, '2027-05-03')).to.include({ kind: 'day-off' });
  });

  it('answers in English on request, the current year by default, 404 for a year it has not, 400 for no year', async () => {
    const english = await ask('/calendar?year=2026', { headers: { 'accept-language': 'en' } });
    expect(english.headers.get('content-language')).to.equal('en');
    expect(english.headers.get('vary')).to.equal('Accept-Language');
    expect(english.body.days[0].name).to.equal('New Year’s Day');
    expect((await ask('/calendar')).body.year).to.equal(2026);
    const missing = await ask('/calendar?year=2030');
    expect(missing.status).to.equal(404);
    expect(missing.body.type).to.match(/\/not-found$/);
    expect((await ask('/calendar?year=next')).status).to.equal(400);
    expect((await ask('/calendar?year=1999')).status).to.equal(400);
  });

  it('counts working days past weekends, holidays and days off, and works on a swapped Saturday', () => {
    expect(isWorkingDay(vn('2026-11-23T10:00:00'))).to.equal(true);
    expect(isWorkingDay(vn('2026-11-28T10:00:00')), 'Saturday').to.equal(false);
    expect(isWorkingDay(vn('2025-05-02T10:00:00')), 'swapped Friday').to.equal(false);
    expect(isWorkingDay(vn('2025-04-26T10:00:00')), 'worked Saturday').to.equal(true);
    expect(isWorkingDay(vn('2026-02-18T10:00:00')), 'Tết').to.equal(false);
  });

  it('counts working hours inside office hours only', () => {
    expect(isoVn(nextWorkingMoment(vn('2026-11-23T12:30:00')))).to.equal('2026-11-23T13:00:00+07:00');
    expect(isoVn(nextWorkingMoment(vn('2026-11-27T17:30:00'))), 'Friday evening → Monday').to.equal('2026-11-30T08:00:00+07:00');
    expect(isoVn(addWorkingHours(vn('2026-11-23T10:00:00'), 4))).to.equal('2026-11-23T15:00:00+07:00');
    expect(isoVn(addWorkingHours(vn('2026-02-13T16:00:00'), 2)), 'Friday before Tết → after it').to.equal('2026-02-23T09:00:00+07:00');
    expect(workingMsBetween(vn('2026-11-23T10:00:00'), vn('2026-11-24T10:00:00'))).to.equal(8 * HOUR);
    expect(workingMsBetween(vn('2026-11-27T16:00:00'), vn('2026-11-30T09:00:00')), 'a weekend in between').to.equal(2 * HOUR);
    expect(isoVn(closeOnWorkingDay(vn('2026-11-29T10:00:00'))), 'a Sunday ends on Monday’s close').to.equal('2026-11-30T17:00:00+07:00');
  });

  it('sets the appointment (NgayHenTra) as a date-time in every time unit, fractions included', () => {
    const at = vn('2026-11-23T10:15:00');
    expect(isoVn(appointmentFor(at, { value: 1, unit: 'working-day' }))).to.equal('2026-11-24T10:15:00+07:00');
    expect(isoVn(appointmentFor(at, { value: 0.5, unit: 'working-day' }))).to.equal('2026-11-23T15:15:00+07:00');
    expect(isoVn(appointmentFor(at, { value: 4, unit: 'working-hour' }))).to.equal('2026-11-23T15:15:00+07:00');
    expect(isoVn(appointmentFor(at, { value: 1.5, unit: 'working-hour' }))).to.equal('2026-11-23T11:45:00+07:00');
    expect(isoVn(appointmentFor(at, { value: 15, unit: 'day' }))).to.equal('2026-12-08T10:15:00+07:00');
    expect(isoVn(appointmentFor(at, { value: 13, unit: 'day' })), 'ends on a Sunday').to.equal('2026-12-07T17:00:00+07:00');
    expect(isoVn(appointmentFor(vn('2026-01-31T10:00:00'), { value: 1, unit: 'month' })), 'end of February, a Saturday').to.equal(
      '2026-03-02T17:00:00+07:00',
    );
    expect(isoVn(appointmentFor(vn('2026-11-28T09:00:00'), { value: 1, unit: 'working-day' })), 'received on a Saturday').to.equal(
      '2026-11-30T17:00:00+07:00',
    );
    expect(isoVn(appointmentFor(vn('2026-02-12T10:00:00'), { value: 3, unit: 'working-day' })), 'across Tết').to.equal('2026-02-24T10:00:00+07:00');
  });
});
