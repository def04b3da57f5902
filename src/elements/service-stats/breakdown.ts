/**
 * The figures of one answer of `GET /stats` as the element shows them: each total is the sum
 * of the parts shown beside it, so what a citizen reads always adds up. Pure, so it is tested
 * alone.
 */
import type { Stats, StatsProgress } from '../../api/schemas.js';
import type { StatsL10n } from './messages.js';

/** One group of the Decision 766 inputs: its parts, in the order shown, and their total. */
export interface Group<P extends string> {
  parts: readonly (readonly [P, number])[];
  total: number;
}

export interface Breakdown {
  carriedOver: number;
  received: Group<'online' | 'inPerson' | 'post'>;
  resolved: Group<'early' | 'onTime' | 'late'>;
  inProgress: Group<'withinDeadline' | 'overdue'>;
  awaitingSupplement: number;
  withdrawn: number;
  /** Received before the period and still open, plus received in it: what the agencies had to handle. */
  toHandle: number;
  /** The 766 on-time rate as the server computed it; null when nothing was resolved or in progress. */
  rate: number | null;
}

function group<P extends string>(counts: Readonly<Record<P, number>>, order: readonly P[]): Group<P> {
  const parts = order.map((part) => [part, counts[part]] as const);
  return { parts, total: parts.reduce((sum, [, count]) => sum + count, 0) };
}

/**
 * The 766 breakdown of a 1.1 answer; `undefined` for a 1.0 answer (no `progress`); `null`
 * when the server's figures do not add up (`carriedOver + received` must equal `resolved +
 * inProgress + awaitingSupplement + withdrawn`, as the contract says): such an answer breaks
 * the contract, and a transparency page that does not add up misleads.
 */
export function breakdown(stats: Stats): Breakdown | undefined | null {
  const progress: StatsProgress | undefined = stats.progress;
  if (!progress) return undefined;
  const received = group(progress.received, ['online', 'inPerson', 'post']);
  const resolved = group(progress.resolved, ['early', 'onTime', 'late']);
  const inProgress = group(progress.inProgress, ['withinDeadline', 'overdue']);
  const { carriedOver, awaitingSupplement, withdrawn } = progress;
  const toHandle = carriedOver + received.total;
  if (toHandle !== resolved.total + inProgress.total + awaitingSupplement + withdrawn) return null;
  return { carriedOver, received, resolved, inProgress, awaitingSupplement, withdrawn, toHandle, rate: progress.onTimeRate };
}

/** No dossier to count: none received in the period and none carried over into it. */
export function isEmpty(stats: Stats): boolean {
  const progress = stats.progress;
  return progress ? progress.carriedOver + progress.received.online + progress.received.inPerson + progress.received.post === 0 : stats.received === 0;
}

/** A rate as the element writes it: `96,3 %` in vi. */
export const percent = (l10n: StatsL10n, fraction: number): string => l10n.number(fraction, { style: 'percent', maximumFractionDigits: 1 });
