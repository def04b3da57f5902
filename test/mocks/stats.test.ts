/** `GET /stats` under contract 1.1: the Decision 766/QĐ-TTg inputs for a stated period and scope. */
import { expect } from '@open-wc/testing';
import { StatsSchema, type Stats, type StatsProgress } from '../../src/api/schemas.js';
import { mockBackEnd } from './support.js';

const total = (parts: Record<string, number>) => Object.values(parts).reduce((sum, part) => sum + part, 0);

/** Decision 766: (resolved early + on time + in progress within the deadline) / (resolved + in progress). */
function rate766(progress: StatsProgress): number {
  const onTime = progress.resolved.early + progress.resolved.onTime + progress.inProgress.withinDeadline;
  return Math.round((onTime / (total(progress.resolved) + total(progress.inProgress))) * 10_000) / 10_000;
}

describe('mock back end: the 766 figures (contract 1.1)', () => {
  const backEnd = mockBackEnd();
  const stats = async (query = ''): Promise<Stats> => {
    const answer = await backEnd.ask(`/stats${query}`);
    expect(answer.status).to.equal(200);
    expect(StatsSchema.safeParse(answer.body).success).to.equal(true);
    return answer.body;
  };

  it('states its period and scope, even when none was asked for', async () => {
    const recent = await stats();
    expect(recent.period).to.deep.equal({ from: '2026-10-25', to: '2026-11-23' });
    expect(recent.scope).to.deep.equal({ name: 'Toàn tỉnh' });
    const agency = await stats('?agency=so-tu-phap&from=2026-07-01&to=2026-09-30');
    expect(agency.period).to.deep.equal({ from: '2026-07-01', to: '2026-09-30' });
    expect(agency.scope).to.deep.equal({ name: 'Sở Tư pháp', agency: { code: 'so-tu-phap', name: 'Sở Tư pháp' } });
  });

  it('gives inputs that add up, the 766 rate from them, and the 1.0 figures the same numbers', async () => {
    for (const query of ['', '?from=2026-01-01&to=2026-06-30', '?from=2026-11-23&to=2026-11-23', '?agency=ubnd-xa&from=2025-01-01&to=2025-12-31']) {
      const figures = await stats(query);
      const progress = figures.progress!;
      expect(progress.carriedOver + total(progress.received), query).to.equal(
        total(progress.resolved) + total(progress.inProgress) + progress.awaitingSupplement + progress.withdrawn,
      );
      expect(progress.onTimeRate, query).to.equal(rate766(progress));
      expect(figures.received).to.equal(total(progress.received));
      expect(figures.resolved).to.equal(total(progress.resolved));
      expect(figures.inProgress).to.equal(total(progress.inProgress));
      expect(figures.awaitingSupplement).to.equal(progress.awaitingSupplement);
      expect(figures.overdue).to.equal(progress.resolved.late + progress.inProgress.overdue);
    }
  });

  it('adds a monthly series that sums to the period', async () => {
    const figures = await stats('?from=2026-01-15&to=2026-06-30');
    const monthly = figures.monthly!;
    expect(monthly.map((month) => month.month)).to.deep.equal(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06']);
    expect(monthly.reduce((sum, month) => sum + month.received, 0)).to.equal(figures.received);
    expect(monthly.reduce((sum, month) => sum + month.resolved, 0)).to.equal(figures.resolved);
    for (const month of monthly) expect(month.onTimeRate).to.be.within(0.8, 1);
    expect(monthly[0]!.received, 'half a January').to.be.lessThan(monthly[1]!.received);
  });

  it('counts the session’s dossiers where they stand: a resolution, a withdrawal, a rating', async () => {
    const before = await stats();
    const open = backEnd.api.demo.find((dossier) => dossier.status === 4 && !dossier.overdue)!;
    backEnd.api.store.dossiers.setStatus(open.code, 9);
    const resolved = await stats();
    expect(total(resolved.progress!.resolved)).to.equal(total(before.progress!.resolved) + 1);
    expect(resolved.progress!.inProgress.withinDeadline).to.equal(before.progress!.inProgress.withinDeadline - 1);
    const withdrawing = backEnd.api.demo.find((dossier) => dossier.status === 2)!;
    await backEnd.post(`/dossiers/${withdrawing.code}/withdrawal`, { verifier: withdrawing.verifier, reason: 'Nộp nhầm' });
    expect((await stats()).progress!.withdrawn).to.equal(resolved.progress!.withdrawn + 1);
    const responses = resolved.satisfaction!.responses;
    await backEnd.post(`/dossiers/${open.code}/rating`, { verifier: open.verifier, convenience: 'dissatisfied', overall: 'dissatisfied' });
    const rated = (await stats()).satisfaction!;
    expect(rated.responses).to.equal(responses + 1);
    expect(rated.rate).to.be.lessThan(resolved.satisfaction!.rate!);
  });

  it('is the same for the same period and scope, whenever it is asked', async () => {
    const query = '?from=2025-03-01&to=2025-05-31&agency=so-tu-phap';
    expect(await stats(query)).to.deep.equal(await stats(query));
  });
});
