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
import type { InFlight } from './draft-format.js';
import type { LaterHost, LaterParts } from './later.js';
import { OnDemandPart } from '../shared/on-demand.js';
import { laterLoader } from './later-loader.js';

export class LaterPart extends OnDemandPart<LaterParts> {
  #inFlight: InFlight | undefined;
  #waiting: Promise<unknown> | undefined;
  /** Actions that wait for the part however many downloads it takes (`eventually`). */
  #queued: Array<() => void> = [];
  readonly #laterHost: () => LaterHost;
  readonly #onFailure: () => void;

  constructor(host: ReactiveControllerHost, laterHost: () => LaterHost, onFailure: () => void) {
    super(host);
    this.#laterHost = laterHost;
    this.#onFailure = onFailure;
  }

  protected fetch(): Promise<LaterParts> {
    return laterLoader.load().then((later) => new later.LaterParts(this.#laterHost(), this.#inFlight));
  }

  /** Runs `action` once the part is here (at once when it is); says so when it cannot be downloaded. */
  whenReady(action: () => void): void {
    if (this.parts) return action();
    this.#waiting = this.load().then(action, this.#onFailure);
  }

  /**
   * Runs `action` once the part is here, after as many downloads as it takes: what must not be
   * lost with a failed download (a notice's words read out, a draft carried over to a new
   * version). Unlike `whenReady`, which drops an action the applicant would not expect later.
   */
  eventually(action: () => void): void {
    if (this.parts) return action();
    this.#queued.push(action);
    this.need();
  }

  override load(): Promise<LaterParts> {
    const loading = super.load();
    loading.then(
      () => {
        const queued = this.#queued;
        this.#queued = [];
        for (const action of queued) action();
      },
      () => undefined,
    );
    return loading;
  }

  /**
   * Downloads the part now, for a rare notice it draws (`needsLaterNotice`), rather than when
   * the browser is idle; `settled` waits for it, and a failure is said once, like a page's.
   */
  need(): void {
    if (!this.parts && !this.failed && !this.#waiting) this.whenReady(() => undefined);
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
}
