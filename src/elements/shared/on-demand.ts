/**
 * A part of an element fetched on demand (the form's later part, the tracker's actions): the
 * code a citizen meets only in a later state, kept out of what a page downloads to show the
 * element (docs/decisions.md, "Size budgets").
 *
 * Downloaded once: when the browser is idle after the element first shows (`prefetch`), or at
 * once when a state needs it (`load`). A failed download is not remembered as a failure for
 * good: the next `load` tries again, and so does the network coming back (`online`), so a
 * citizen on a flaky uplink is never stuck with a page that cannot go on.
 *
 * @internal Part of the elements' kit (docs/contributing.md).
 */
import type { ReactiveControllerHost } from 'lit';

export abstract class OnDemandPart<P> {
  /** The part, once it has arrived. */
  parts: P | undefined;
  /** The last download failed. */
  failed = false;
  #loading: Promise<P> | undefined;
  #idle = false;
  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  /** Downloads the part's module and makes the part from it. */
  protected abstract fetch(): Promise<P>;

  /** Starts the download when the browser is idle (once). */
  prefetch(): void {
    if (this.#idle) return;
    this.#idle = true;
    const start = () => void this.load().catch(() => undefined);
    if (typeof requestIdleCallback === 'function') requestIdleCallback(start, { timeout: 2000 });
    else setTimeout(start, 200);
  }

  /** The network is back: a download that failed is tried again. */
  online(): void {
    if (this.failed) this.load().catch(() => undefined);
  }

  /** The part, downloaded once; a failed download is tried again on the next call. */
  load(): Promise<P> {
    this.#loading ??= this.fetch().then(
      (part) => {
        this.parts = part;
        this.failed = false;
        this.#host.requestUpdate();
        return part;
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
