/**
 * What the browser benchmarks share: statistics of samples, the page's idle moments, and the
 * two lanes an element and its floor are measured in.
 *
 * Floors (issue #18): each benchmark measures a motcua element and a plain hand-written Lit
 * version of the same work (`./floors/`) in the same page, one sample of each in turn, so
 * whatever load the machine is under falls on both and the ratio of the two says what motcua
 * costs over the plain thing. The order within each pair alternates, so neither always runs
 * right after the other's garbage.
 */

export interface Timing {
  /** Median, milliseconds. */
  p50: number;
  /** 95th percentile, milliseconds. */
  p95: number;
  /** Every measured time in milliseconds, in the order measured. */
  samples: number[];
}

/** The value at `fraction` of sorted samples: the nearest rank, as for a p95 of 100 the 95th. */
export function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[index]!;
}

const round = (value: number) => Math.round(value * 100) / 100;

export function timing(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: round(percentile(sorted, 0.5)), p95: round(percentile(sorted, 0.95)), samples: samples.map(round) };
}

/** Lets the page sit idle for a moment, as it does between a citizen's actions. */
export function idle(ms = 100): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export type Side = 'element' | 'floor';

/**
 * The half of the page where one side is mounted: the element on the left, its floor on the
 * right, side by side and both in view (the runner's page is 1600 px wide), so each is laid
 * out and painted as on screen. Absolutely placed and contained, so a render on one side
 * never moves or repaints the other.
 */
export function lane(side: Side): HTMLElement {
  const id = `bench-lane-${side}`;
  let lane = document.getElementById(id);
  if (!lane) {
    lane = document.createElement('div');
    lane.id = id;
    lane.style.cssText = `position: absolute; top: 0; ${side === 'element' ? 'left: 0' : 'left: 50vw'}; width: 50vw; contain: content;`;
    document.body.append(lane);
  }
  return lane;
}

export function removeLanes(): void {
  for (const side of ['element', 'floor'] as const) document.getElementById(`bench-lane-${side}`)?.remove();
}

/** Both sides, in the order of pair `index`: element first on even pairs, floor first on odd. */
export function pairOrder(index: number): readonly Side[] {
  return index % 2 === 0 ? ['element', 'floor'] : ['floor', 'element'];
}
