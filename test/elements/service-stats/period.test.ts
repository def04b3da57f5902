import { expect } from '@open-wc/testing';
import { breakdown, isEmpty } from '../../../src/elements/service-stats/breakdown.js';
import { parsePeriod, presetPeriod } from '../../../src/elements/service-stats/period.js';

describe('service-stats period', () => {
  it('leaves the period to the server when none is given', () => {
    expect(parsePeriod(undefined)).to.equal(undefined);
    expect(parsePeriod('  ')).to.equal(undefined);
  });

  it('reads a year, a quarter, a month and a range of days', () => {
    expect(parsePeriod('2025')).to.deep.equal({ from: '2025-01-01', to: '2025-12-31' });
    expect(parsePeriod('2025-Q1')).to.deep.equal({ from: '2025-01-01', to: '2025-03-31' });
    expect(parsePeriod('2025-q3')).to.deep.equal({ from: '2025-07-01', to: '2025-09-30' });
    expect(parsePeriod('2024-Q4')).to.deep.equal({ from: '2024-10-01', to: '2024-12-31' });
    expect(parsePeriod('2024-02')).to.deep.equal({ from: '2024-02-01', to: '2024-02-29' });
    expect(parsePeriod('2025-02')).to.deep.equal({ from: '2025-02-01', to: '2025-02-28' });
    expect(parsePeriod(' 2025-07-01/2025-09-30 ')).to.deep.equal({ from: '2025-07-01', to: '2025-09-30' });
  });

  it('refuses what is not a period', () => {
    for (const value of ['25', '2025-Q5', '2025-13', '2025-00', '2025-09-31/2025-10-01', '2025-10-01/2025-09-01', '2025-01-01/', 'a/b/c', 'quý 3']) {
      expect(parsePeriod(value), value).to.equal(null);
    }
  });
});

describe('service-stats presets and breakdown', () => {
  it('counts this month, quarter and year from their first day to today in Vietnam', () => {
    // 31 Dec 2026, 23:30 in UTC is 1 Jan 2027 in Vietnam.
    const now = Date.UTC(2026, 11, 31, 23, 30);
    expect(presetPeriod('month', now)).to.deep.equal({ from: '2027-01-01', to: '2027-01-01' });
    expect(presetPeriod('quarter', now)).to.deep.equal({ from: '2027-01-01', to: '2027-01-01' });
    const august = Date.UTC(2026, 7, 15, 3);
    expect(presetPeriod('month', august)).to.deep.equal({ from: '2026-08-01', to: '2026-08-15' });
    expect(presetPeriod('quarter', august)).to.deep.equal({ from: '2026-07-01', to: '2026-08-15' });
    expect(presetPeriod('year', august)).to.deep.equal({ from: '2026-01-01', to: '2026-08-15' });
  });

  const progress = {
    carriedOver: 2,
    received: { online: 5, inPerson: 3, post: 1 },
    resolved: { early: 4, onTime: 2, late: 1 },
    inProgress: { withinDeadline: 1, overdue: 1 },
    awaitingSupplement: 1,
    withdrawn: 1,
    onTimeRate: 0.7778,
  };
  const stats = { received: 9, resolved: 7, inProgress: 2, awaitingSupplement: 1, overdue: 2, onTimeRate: 0.857, progress };

  it('gives each group its parts in order and their sum', () => {
    const figures = breakdown(stats)!;
    expect(figures.received).to.deep.equal({ parts: [['online', 5], ['inPerson', 3], ['post', 1]], total: 9 });
    expect(figures.resolved.total).to.equal(7);
    expect(figures.inProgress.total).to.equal(2);
    expect(figures.toHandle).to.equal(11);
    expect(figures.rate).to.equal(0.7778);
  });

  it('has no breakdown for a 1.0 answer, and refuses one that does not add up', () => {
    expect(breakdown({ ...stats, progress: undefined })).to.equal(undefined);
    expect(breakdown({ ...stats, progress: { ...progress, withdrawn: 2 } })).to.equal(null);
  });

  it('calls a period empty only when nothing was received or carried over', () => {
    const none = { ...progress, received: { online: 0, inPerson: 0, post: 0 } };
    expect(isEmpty({ ...stats, progress: none })).to.equal(false);
    expect(isEmpty({ ...stats, progress: { ...none, carriedOver: 0 } })).to.equal(true);
    expect(isEmpty({ ...stats, progress: undefined, received: 0 })).to.equal(true);
  });
});
