import { expect } from '@open-wc/testing';
import {
  formatDate,
  formatDateTime,
  formatDuration,
  formatMoney,
  formatNumber,
  formatPhone,
  normalizeVietnamesePhone,
} from '../../src/i18n/format.js';
import { loadLocale, procedureCatalog, Translator } from '../../src/i18n/translator.js';

/** Intl uses narrow no-break spaces in some outputs; compare on plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatting', () => {
  it('shows instants in Vietnam time whatever the device zone', () => {
    // 23:30 UTC is already the next day in Hà Nội.
    expect(formatDate('2026-11-21T23:30:00Z', 'vi')).to.equal('22/11/2026');
    expect(plain(formatDateTime('2026-11-22T02:30:00Z', 'vi'))).to.equal('09:30 22/11/2026');
  });

  it('never shifts a calendar date', () => {
    expect(formatDate('2026-12-01', 'vi')).to.equal('01/12/2026');
    expect(formatDate('2026-12-01', 'en')).to.equal('1 Dec 2026');
  });

  it('writes English dates with the month named, never 12/07/2026 that reads two ways', () => {
    expect(formatDate('2026-12-07', 'en')).to.equal('7 Dec 2026');
    expect(formatDate('2026-12-07', 'en-US')).to.equal('7 Dec 2026');
    expect(plain(formatDateTime('2026-12-07T02:30:00Z', 'en'))).to.equal('7 Dec 2026, 09:30');
  });

  it('formats VND without decimals, the Vietnamese way', () => {
    expect(plain(formatMoney(1500000, 'vi'))).to.equal('1.500.000 ₫');
    expect(plain(formatMoney(1500000, 'en'))).to.equal('₫1,500,000');
  });

  it('formats durations with the unit and its note', async () => {
    await loadLocale('en', [procedureCatalog]);
    const vi = new Translator('vi', [procedureCatalog]);
    const en = new Translator('en', [procedureCatalog]);
    expect(formatDuration({ value: 15, unit: 'working-day' }, vi)).to.equal('15 ngày làm việc');
    expect(formatDuration({ value: 1, unit: 'working-day' }, en)).to.equal('1 working day');
    expect(formatDuration({ value: 3, unit: 'month' }, en)).to.equal('3 months');
    expect(formatDuration({ value: 8, unit: 'hour', note: 'sau khi nhận đủ hồ sơ' }, vi)).to.equal(
      '8 giờ (sau khi nhận đủ hồ sơ)',
    );
  });

  it('recognises Vietnamese mobile and landline numbers in every usual spelling', () => {
    expect(normalizeVietnamesePhone('0912 345 678')).to.equal('0912345678');
    expect(normalizeVietnamesePhone('+84 912.345.678')).to.equal('0912345678');
    expect(normalizeVietnamesePhone('84912345678')).to.equal('0912345678');
    expect(normalizeVietnamesePhone('024 3826 1234')).to.equal('02438261234');
    expect(normalizeVietnamesePhone('0112345678')).to.equal(null);
    expect(normalizeVietnamesePhone('091234567')).to.equal(null);
  });

  it('groups phone numbers as they are written in Vietnam', () => {
    expect(formatPhone('0912345678')).to.equal('0912 345 678');
    expect(formatPhone('+842438261234')).to.equal('024 3826 1234');
    expect(formatPhone('12345')).to.equal('12345');
  });
});

describe('formatter reuse', () => {
  it('builds one Intl formatter for 200 date-times, not one each', () => {
    // Creating an Intl formatter per call took about 0.3 ms each (60 ms for a 200-step
    // history); how fast the reused one is belongs to `npm run bench`, not here.
    const original = Intl.DateTimeFormat;
    let built = 0;
    Intl.DateTimeFormat = new Proxy(original, {
      construct(target, args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
        built++;
        return new target(...args);
      },
    });
    try {
      // A locale no other test formats in, so the first call builds its formatter here.
      for (let i = 0; i < 200; i++) formatDateTime(`2026-11-22T09:${String(i % 60).padStart(2, '0')}:00+07:00`, 'en-AU');
    } finally {
      Intl.DateTimeFormat = original;
    }
    expect(built).to.equal(1);
  });

  it('keeps formats apart per locale and option set', () => {
    expect(formatDateTime('2026-11-22T09:30:00+07:00', 'vi')).to.not.equal(formatDate('2026-11-22T09:30:00+07:00', 'vi'));
    expect(formatMoney(1500000, 'vi')).to.not.equal(formatMoney(1500000, 'en'));
    expect(formatNumber(0.5, 'vi', { style: 'percent' })).to.equal('50%');
  });
});
