/**
 * The transparency figures of `GET /stats`: the inputs of the Decision 766/QĐ-TTg on-time
 * indicator for a period and scope, a stable seeded history plus the dossiers of this session,
 * month by month, and the satisfaction rate. The figures add up:
 * `carriedOver + received = resolved + inProgress + awaitingSupplement + withdrawn`.
 */
import type { Stats, StatsProgress } from '../api/schemas.js';
import { SATISFACTION_POINTS } from './dossiers.js';
import type { Wording } from './english.js';
import { createRandom, hashSeed } from './random.js';
import type { MockState } from './state.js';
import { DAY_MS, dateVn, parseDateVn, startOfDayVn } from './time.js';

/** (resolved early + on time + in progress within the deadline) / (resolved + in progress), or null when both are 0. */
export function onTimeRate766(progress: Pick<StatsProgress, 'resolved' | 'inProgress'>): number | null {
  const { early, onTime, late } = progress.resolved;
  const { withinDeadline, overdue } = progress.inProgress;
  const denominator = early + onTime + late + withinDeadline + overdue;
  return denominator === 0 ? null : Math.round(((early + onTime + withinDeadline) / denominator) * 10_000) / 10_000;
}

/**
 * The contract 1.0 figures of an answer, derived from its 766 inputs, so that a 1.0 client
 * reads the same story: received by every channel, resolved at any time, overdue whether
 * resolved late or still open past the deadline, and the share resolved in time (1 when none
 * was resolved, as 1.0 said). Stories and tests build their answers with it too.
 */
export function figuresFrom(
  progress: StatsProgress,
): Pick<Stats, 'received' | 'resolved' | 'inProgress' | 'awaitingSupplement' | 'overdue' | 'onTimeRate'> {
  const { early, onTime, late } = progress.resolved;
  const resolved = early + onTime + late;
  return {
    received: progress.received.online + progress.received.inPerson + progress.received.post,
    resolved,
    inProgress: progress.inProgress.withinDeadline + progress.inProgress.overdue,
    awaitingSupplement: progress.awaitingSupplement,
    overdue: late + progress.inProgress.overdue,
    onTimeRate: resolved === 0 ? 1 : Math.round(((early + onTime) / resolved) * 1000) / 1000,
  };
}

/** Splits `total` into parts proportional to `weights`, the rounding left on the last part, so they add up. */
function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((weight) => (sum === 0 ? 0 : Math.floor((total * weight) / sum)));
  if (parts.length) parts[parts.length - 1] = (parts[parts.length - 1] as number) + total - parts.reduce((a, b) => a + b, 0);
  return parts;
}

/** Midnight (Vietnam) of the first day of the month after `YYYY-MM`. */
function firstOfNextMonth(key: string): number {
  const [year, month] = key.split('-').map(Number) as [number, number];
  return parseDateVn(month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`) as number;
}

interface Month {
  key: string;
  days: number;
  received: number;
}

export function statsFor(
  state: MockState,
  fromMs: number | undefined,
  toMs: number | undefined,
  agency: string | undefined,
  w: Wording,
): Omit<Stats, 'from' | 'to' | 'agency'> {
  const end = toMs ?? startOfDayVn(state.now());
  const start = fromMs ?? end - 29 * DAY_MS;
  const seed = state.options.seed;
  const scopeKey = agency ?? '*';
  const rate = (random: ReturnType<typeof createRandom>, low: number, high: number) => low + random.next() * (high - low);

  // Intake month by month: a seeded rate per month and scope, so a period's figures never change.
  const months: Month[] = [];
  for (let day = start; day <= end; ) {
    const key = dateVn(day).slice(0, 7);
    const monthEnd = Math.min(end, firstOfNextMonth(key) - DAY_MS);
    const days = Math.round((monthEnd - day) / DAY_MS) + 1;
    const random = createRandom(hashSeed('stats-month', seed, scopeKey, key));
    const perDay = agency ? 4 + random.int(0, 12) : 190;
    months.push({ key, days, received: Math.round(days * perDay * rate(random, 0.9, 1.1)) });
    day = monthEnd + DAY_MS;
  }
  const random = createRandom(hashSeed('stats', seed, scopeKey, Math.floor(start / DAY_MS), Math.floor(end / DAY_MS)));
  const received = months.reduce((sum, month) => sum + month.received, 0);
  const perDay = received / Math.max(1, months.reduce((sum, month) => sum + month.days, 0));
  // About two and a half days of intake are open at any time.
  const carriedOver = Math.round(perDay * 2.5 * rate(random, 0.9, 1.1));
  const open = Math.round(perDay * 2.5 * rate(random, 0.9, 1.1));
  const awaitingSupplement = Math.round(open * 0.35);
  const inProgressTotal = open - awaitingSupplement;
  const inProgressOverdue = Math.round(inProgressTotal * rate(random, 0.08, 0.15));
  const withdrawn = Math.round(received * rate(random, 0.008, 0.012));
  const resolvedTotal = Math.max(0, carriedOver + received - open - withdrawn);
  const late = Math.round(resolvedTotal * rate(random, 0.01, 0.05));
  const early = Math.round((resolvedTotal - late) * rate(random, 0.55, 0.7));
  const online = Math.round(received * rate(random, 0.55, 0.75));
  const post = Math.round(received * rate(random, 0.01, 0.02));

  const progress: StatsProgress = {
    carriedOver,
    received: { online, inPerson: received - online - post, post },
    resolved: { early, onTime: resolvedTotal - late - early, late },
    inProgress: { withinDeadline: inProgressTotal - inProgressOverdue, overdue: inProgressOverdue },
    awaitingSupplement,
    withdrawn,
    onTimeRate: null,
  };
  let responses = Math.round(resolvedTotal * rate(random, 0.2, 0.3));
  let satisfied = Math.round(responses * rate(random, 0.93, 0.99));

  // The dossiers of this session (the demo's and those filed since), as they stand now.
  const liveByMonth = new Map<string, number>();
  for (const record of state.dossiers.all()) {
    if (record.submittedAt < start || record.submittedAt >= end + DAY_MS) continue;
    if (agency && record.agency.code !== agency) continue;
    // Refused at intake (status 3): never received for processing.
    if (record.status === 3) continue;
    progress.received.online += 1;
    const month = dateVn(record.submittedAt).slice(0, 7);
    liveByMonth.set(month, (liveByMonth.get(month) ?? 0) + 1);
    const timeliness = state.dossiers.timeliness(record);
    if (timeliness === 'early') progress.resolved.early += 1;
    else if (timeliness === 'on-time') progress.resolved.onTime += 1;
    else if (timeliness === 'late') progress.resolved.late += 1;
    else if (record.status === 5) progress.awaitingSupplement += 1;
    else if (record.status === 7 || record.status === 8) progress.withdrawn += 1;
    else if (state.dossiers.overdue(record)) progress.inProgress.overdue += 1;
    else progress.inProgress.withinDeadline += 1;
    if (record.rating) {
      responses += 1;
      if (SATISFACTION_POINTS[record.rating.overall] > 0) satisfied += 1;
    }
  }
  progress.onTimeRate = onTimeRate766(progress);

  // Month by month: intake as generated, resolutions and open dossiers in proportion to it.
  const resolvedAll = progress.resolved.early + progress.resolved.onTime + progress.resolved.late;
  const weights = months.map((month) => month.received + (liveByMonth.get(month.key) ?? 0));
  const resolvedByMonth = apportion(resolvedAll, weights);
  const lateByMonth = apportion(progress.resolved.late, weights);
  // About as many dossiers are open at the end of each month as at the end of the period.
  const monthly = months.map((month, index) => {
    const resolvedMonth = resolvedByMonth[index] as number;
    const lateMonth = lateByMonth[index] as number;
    const monthProgress = { resolved: { early: 0, onTime: resolvedMonth - lateMonth, late: lateMonth }, inProgress: progress.inProgress };
    return { month: month.key, received: weights[index] as number, resolved: resolvedMonth, onTimeRate: onTimeRate766(monthProgress) };
  });

  const agencyData = agency === undefined ? undefined : state.catalogue.agencies(w).find((a) => a.code === agency);
  return {
    ...figuresFrom(progress),
    period: { from: dateVn(start), to: dateVn(end) },
    scope: agencyData
      ? { name: agencyData.name, agency: { code: agencyData.code, name: agencyData.name } }
      : { name: w.pick({ vi: 'Toàn tỉnh', en: 'The whole province' }) },
    progress,
    satisfaction: { responses, rate: responses === 0 ? null : Math.round((satisfied / responses) * 10_000) / 10_000 },
    monthly,
  };
}
