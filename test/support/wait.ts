/**
 * Waiting on state, never on time. `until` polls a condition; its limit is a backstop for a
 * test that would otherwise hang, set high enough that a busy machine never reaches it
 * (open-wc's `waitUntil` gives up after one second by default, a timed assertion in disguise).
 */
import { waitUntil } from '@open-wc/testing';

export const BACKSTOP_MS = 15_000;

export function until(condition: () => unknown, message: string): Promise<void> {
  return waitUntil(condition, message, { timeout: BACKSTOP_MS, interval: 10 });
}

/**
 * Resolves once every idle callback the page asked for before it has run: callbacks run in the
 * order they were asked for. A test that replaces a part's loader waits on it first, so that an
 * earlier test's element, gone but with its idle-time prefetch still queued, calls the loader of
 * its own test and not the new one's.
 */
export function idleCallbacksRun(): Promise<void> {
  return new Promise((resolve) => requestIdleCallback(() => resolve()));
}
