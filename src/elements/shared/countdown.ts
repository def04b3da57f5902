/**
 * A whole-second countdown for a 429 answer's Retry-After (the tracker's lookup, the form's
 * submission). It counts against the elements' clock (not by adding up ticks), so a throttled
 * background tab still ends on time, and it re-renders the host only when the shown number
 * changes.
 *
 * @internal Part of the elements' kit (docs/contributing.md).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clock } from './clock.js';

/** How often the clock is read: often enough that a shown second is never late by much. */
const TICK_MS = 250;

export class CountdownController implements ReactiveController {
  /** Whole seconds left; 0 when not counting. */
  remaining = 0;
  #endsAt = 0;
  #timer: unknown;
  readonly #host: ReactiveControllerHost;
  readonly #finished: () => void;

  constructor(host: ReactiveControllerHost, finished: () => void) {
    this.#host = host;
    this.#finished = finished;
    host.addController(this);
  }

  start(seconds: number): void {
    this.stop();
    this.#endsAt = clock.now() + seconds * 1000;
    this.remaining = Math.max(0, Math.ceil(seconds));
    if (this.remaining > 0) this.hostConnected();
    else this.#finished();
  }

  stop(): void {
    clock.clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /** Stops without finishing (the applicant moved on). */
  cancel(): void {
    this.stop();
    this.remaining = 0;
  }

  /** Counts while there is time left: from `start`, and again when reattached mid-wait. */
  hostConnected(): void {
    // A wait that ended while detached finishes on the first tick.
    if (this.remaining > 0) this.#timer ??= clock.setTimeout(() => this.#tick(), TICK_MS);
  }

  hostDisconnected(): void {
    this.stop();
  }

  #tick(): void {
    this.#timer = undefined;
    const left = Math.max(0, Math.ceil((this.#endsAt - clock.now()) / 1000));
    if (left !== this.remaining) {
      this.remaining = left;
      this.#host.requestUpdate();
    }
    if (left === 0) this.#finished();
    else this.hostConnected();
  }
}
