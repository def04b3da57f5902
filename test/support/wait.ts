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
