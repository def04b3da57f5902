import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clock } from '../shared/clock.js';

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

/**
 * Runs requests where only the latest one matters (search as you type, open a
 * procedure): an optional debounce, the previous request aborted as soon as a
 * new one is scheduled, and an answer applied only if it belongs to the latest
 * request, so a slow stale answer can never overwrite a newer one even when it
 * arrives after it.
 */
export class LatestRequestController<T> implements ReactiveController {
  /** True from `schedule` until the latest request settles or is cancelled. */
  pending = false;

  #ticket = 0;
  #timer: unknown;
  #deferred: (() => void) | undefined;
  #controller: AbortController | undefined;

  readonly #host: ReactiveControllerHost;
  readonly #apply: (outcome: Outcome<T>) => void;

  constructor(host: ReactiveControllerHost, apply: (outcome: Outcome<T>) => void) {
    this.#host = host;
    this.#apply = apply;
    host.addController(this);
  }

  /** Starts `task` after `delayMs`, superseding whatever was scheduled or running. */
  schedule(task: (signal: AbortSignal) => Promise<T>, delayMs = 0): void {
    this.cancel();
    const ticket = this.#ticket;
    this.pending = true;
    const start = () => {
      clock.clearTimeout(this.#timer);
      this.#timer = this.#deferred = undefined;
      const controller = new AbortController();
      this.#controller = controller;
      task(controller.signal).then(
        (value) => this.#settle(ticket, { ok: true, value }),
        (error: unknown) => this.#settle(ticket, { ok: false, error }),
      );
    };
    if (delayMs > 0) {
      this.#deferred = start;
      this.#timer = clock.setTimeout(start, delayMs);
    } else {
      start();
    }
    this.#host.requestUpdate();
  }

  /** Starts a debounced request now instead of waiting (the user pressed Enter). */
  flush(): void {
    this.#deferred?.();
  }

  /** Forgets the scheduled or running request: aborted, and its answer ignored. */
  cancel(): void {
    this.#ticket++;
    clock.clearTimeout(this.#timer);
    this.#timer = this.#deferred = undefined;
    this.#controller?.abort();
    this.#controller = undefined;
    if (this.pending) {
      this.pending = false;
      this.#host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    this.cancel();
  }

  #settle(ticket: number, outcome: Outcome<T>): void {
    if (ticket !== this.#ticket) return;
    this.pending = false;
    this.#controller = undefined;
    this.#apply(outcome);
    this.#host.requestUpdate();
  }
}
