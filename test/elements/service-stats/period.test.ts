import { expect } from '@open-wc/testing';
import { parsePeriod } from '../../../src/elements/service-stats/period.js';

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
