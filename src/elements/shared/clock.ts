/**
 * The timers elements schedule their own work with (background refresh, countdowns).
 * One object, so tests can take over time (replace its methods, then put them back)
 * instead of sleeping: a test of a 30 s wait must not take 30 s, nor fail on a busy machine.
 */
export interface ElementClock {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /** Milliseconds since the epoch, as `Date.now()`. */
  now(): number;
}

export const clock: ElementClock = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
};
