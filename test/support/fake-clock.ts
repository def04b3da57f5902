/**
 * Time under the test's control, for what must not be proved by waiting (a 260 s upload, a
 * 30 s stall, a refresh every second, a 429 countdown): the test moves the clock on by hand.
 * Inject it into a transport (`clock` option) or take over the elements' timers with
 * `takeOverElementClock`.
 */
import type { Clock } from '../../src/api/transport.js';
import { clock as elementClock, type ElementClock } from '../../src/elements/shared/clock.js';

export class FakeClock implements Clock, ElementClock {
  /** Simulated milliseconds since the epoch. */
  time: number;
  #next = 1;
  readonly #timers = new Map<number, { at: number; callback: () => void }>();

  constructor(start = 0) {
    this.time = start;
  }

  now(): number {
    return this.time;
  }

  setTimeout(callback: () => void, ms: number): number {
    const handle = this.#next++;
    this.#timers.set(handle, { at: this.time + Math.max(0, ms), callback });
    return handle;
  }

  clearTimeout(handle: unknown): void {
    this.#timers.delete(handle as number);
  }

  /** Timers still waiting. */
  get pending(): number {
    return this.#timers.size;
  }

  /** Moves time on by `ms`, firing every timer that falls due, in order (also those they set). */
  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      let due: [number, { at: number; callback: () => void }] | undefined;
      for (const entry of this.#timers) if (entry[1].at <= end && (!due || entry[1].at < due[1].at)) due = entry;
      if (!due) break;
      this.#timers.delete(due[0]);
      this.time = due[1].at;
      due[1].callback();
    }
    this.time = end;
  }
}

/**
 * Makes the elements' timers (background refresh, countdowns) run on a fake clock that
 * starts at the real time; returns the clock and a function that gives time back.
 */
export function takeOverElementClock(): { clock: FakeClock; restore: () => void } {
  const saved = { ...elementClock };
  const fake = new FakeClock(Date.now());
  elementClock.setTimeout = (callback, ms) => fake.setTimeout(callback, ms);
  elementClock.clearTimeout = (handle) => fake.clearTimeout(handle);
  elementClock.now = () => fake.now();
  return { clock: fake, restore: () => Object.assign(elementClock, saved) };
}
