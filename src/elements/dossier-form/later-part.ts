/**
 * The form's later part (`later.ts`) as the element sees it: fetched when the browser is idle
 * after the first step shows, or at once when the applicant gets to a page that needs it (the
 * documents, the review) or restores a draft (which may hold files and take them there).
 *
 * An action that needs the part runs once it has arrived; `settled` lets `updateComplete` wait
 * for it. A download that fails leaves the applicant where they are, says so, and is tried
 * again when the network is back (`online`) or the next time the part is needed. Until the part
 * arrives, a submission in flight that a reload found waits here: the notice above the first
 * step and the next draft save need it.
 */
import type { ReactiveControllerHost } from 'lit';
import type { InFlight } from './drafts.js';
import type { LaterHost, LaterParts } from './later.js';
import { laterLoader } from './later-loader.js';

export class LaterPart {
  /** The part, once it has arrived. */
  parts: LaterParts | undefined;
  /** The last download failed. */
  failed = false;
  #inFlight: InFlight | undefined;
  #loading: Promise<void> | undefined;
  #waiting: Promise<unknown> | undefined;
  #idle = false;
  readonly #host: ReactiveControllerHost;
  readonly #laterHost: () => LaterHost;
  readonly #onFailure: () => void;

  constructor(host: ReactiveControllerHost, laterHost: () => LaterHost, onFailure: () => void) {
    this.#host = host;
    this.#laterHost = laterHost;
    this.#onFailure = onFailure;
  }

  /** Starts the download when the browser is idle (once). */
  prefetch(): void {
    if (this.#idle) return;
    this.#idle = true;
    const start = () => void this.#load().catch(() => undefined);
    if (typeof requestIdleCallback === 'function') requestIdleCallback(start, { timeout: 2000 });
    else setTimeout(start, 200);
  }

  /** The network is back: a download that failed is tried again. */
  online(): void {
    if (this.failed) this.#load().catch(() => undefined);
  }

  /** Runs `action` once the part is here (at once when it is); says so when it cannot be downloaded. */
  whenReady(action: () => void): void {
    if (this.parts) return action();
    this.#waiting = this.#load().then(action, this.#onFailure);
  }

  /** Resolves once no action waits for the part. */
  async settled(): Promise<void> {
    while (this.#waiting) {
      const waiting = this.#waiting;
      await waiting;
      if (this.#waiting === waiting) this.#waiting = undefined;
    }
  }

  /** The submission whose outcome is not known, if any. */
  get inFlight(): InFlight | undefined {
    return this.parts ? this.parts.submitter.inFlight : this.#inFlight;
  }

  resumeInFlight(inFlight: InFlight | undefined): void {
    this.#inFlight = inFlight;
    this.parts?.submitter.resume(inFlight);
  }

  #load(): Promise<void> {
    this.#loading ??= laterLoader.load().then(
      (later) => {
        this.parts = new later.LaterParts(this.#laterHost(), this.#inFlight);
        this.failed = false;
        this.#host.requestUpdate();
      },
      (error: unknown) => {
        this.#loading = undefined;
        this.failed = true;
        this.#host.requestUpdate();
        throw error;
      },
    );
    return this.#loading;
  }
}
