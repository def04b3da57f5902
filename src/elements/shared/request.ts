/**
 * One way to load data: a request with its arguments, its status and its abort, where only
 * the latest one matters (a form definition, a search as the applicant types, a procedure's
 * detail, the figures of a period, a list of administrative units).
 *
 * - `run(args, delayMs)` supersedes whatever was scheduled or running: the previous request is
 *   aborted at once, and an answer is applied only if it belongs to the latest request, so a
 *   slow stale answer never overwrites a newer one, even when it arrives after it.
 * - An optional debounce (`delayMs`, on the elements' clock), which `flush` cuts short.
 * - Leaving the page aborts what is under way; coming back runs it again (a portal moving the
 *   element, a framework re-rendering).
 *
 * Modelled on `@lit/task` (status, value, error, args), with the debounce a search needs; 0.4 KB
 * of gzip against its 0.9 KB (docs/decisions.md, "One way to load data").
 *
 * @internal Part of the elements' kit (docs/contributing.md).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clock } from './clock.js';

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

export type RequestStatus = 'idle' | 'pending' | 'complete' | 'error';

export interface RequestOptions<A extends readonly unknown[], T> {
  task: (args: A, signal: AbortSignal) => Promise<T>;
  /** The latest request settled; never called for one superseded or aborted. */
  settled?: (outcome: Outcome<T>, args: A) => void;
}

export class RequestController<A extends readonly unknown[], T> implements ReactiveController {
  /** `pending` from `run` until the latest request settles or is aborted. */
  status: RequestStatus = 'idle';
  /** The latest answer; kept while a new request is pending, dropped by an error. */
  value: T | undefined;
  /** Why the latest request failed; dropped by an answer. */
  error: unknown;
  /** The arguments of the latest request. */
  args: A | undefined;

  #settledStatus: RequestStatus = 'idle';
  #ticket = 0;
  #timer: unknown;
  #deferred: (() => void) | undefined;
  #abort: AbortController | undefined;
  #interrupted = false;
  readonly #host: ReactiveControllerHost;
  readonly #options: RequestOptions<A, T>;

  constructor(host: ReactiveControllerHost, options: RequestOptions<A, T>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  get pending(): boolean {
    return this.status === 'pending';
  }

  /** Starts a request for `args` after `delayMs`, superseding whatever was scheduled or running. */
  run(args: A, delayMs = 0): void {
    this.abort();
    const ticket = this.#ticket;
    this.args = args;
    this.status = 'pending';
    const start = () => {
      clock.clearTimeout(this.#timer);
      this.#timer = this.#deferred = undefined;
      const abort = new AbortController();
      this.#abort = abort;
      this.#options.task(args, abort.signal).then(
        (value) => this.#settle(ticket, args, { ok: true, value }),
        (error: unknown) => this.#settle(ticket, args, { ok: false, error }),
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

  /** The latest request again, with the same arguments (a retry button, the network back). */
  retry(): void {
    if (this.args) this.run(this.args);
  }

  /** Starts a debounced request now instead of waiting (the applicant pressed Enter). */
  flush(): void {
    this.#deferred?.();
  }

  /** Forgets the scheduled or running request: aborted, its answer ignored, the status as it was. */
  abort(): void {
    this.#ticket++;
    clock.clearTimeout(this.#timer);
    this.#timer = this.#deferred = undefined;
    this.#abort?.abort();
    this.#abort = undefined;
    if (this.pending) {
      this.status = this.#settledStatus;
      this.#host.requestUpdate();
    }
  }

  hostConnected(): void {
    if (!this.#interrupted) return;
    this.#interrupted = false;
    this.retry();
  }

  hostDisconnected(): void {
    this.#interrupted = this.pending;
    this.abort();
  }

  #settle(ticket: number, args: A, outcome: Outcome<T>): void {
    if (ticket !== this.#ticket) return;
    this.#abort = undefined;
    if (outcome.ok) {
      this.value = outcome.value;
      this.error = undefined;
    } else {
      this.value = undefined;
      this.error = outcome.error;
    }
    this.status = this.#settledStatus = outcome.ok ? 'complete' : 'error';
    this.#options.settled?.(outcome, args);
    this.#host.requestUpdate();
  }
}
