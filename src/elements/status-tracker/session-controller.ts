/**
 * Keeps a shown dossier's access (and so its verifier, see `access.ts`) in
 * memory while, and only while, the dossier is on screen, and refreshes the
 * dossier in the background every `refresh` seconds.
 *
 * The access is dropped when the tracker shows something else (a new lookup,
 * not found, an error) and when the element leaves the page. A refresh that is
 * answered 404 (the dossier no longer matches the verifier) also drops it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ApiTransport } from '../../api/transport.js';
import { isApiError } from '../../api/errors.js';
import type { DossierStatus } from '../../api/schemas.js';
import { clock } from '../shared/clock.js';
import type { DossierAccess, VerifiedWrite } from './access.js';

/** Below this, background refreshes would hammer a public server. */
export const MIN_REFRESH_SECONDS = 1;

export interface SessionOptions {
  /** The host's current transport (it changes with `api-base` and `locale`). */
  transport(): ApiTransport;
  /** A newer copy of the shown dossier arrived. */
  refreshed(dossier: DossierStatus): void;
  /** True while a refresh would get in the way (a supplement being sent). */
  busy(): boolean;
}

export class DossierSessionController implements ReactiveController {
  #access: DossierAccess | undefined;
  #seconds = 0;
  #timer: unknown;
  #inFlight: AbortController | undefined;
  readonly #options: SessionOptions;

  constructor(host: ReactiveControllerHost, options: SessionOptions) {
    this.#options = options;
    host.addController(this);
  }

  /** True while a verified dossier is shown (refresh and the applicant's writes are possible). */
  get active(): boolean {
    return this.#access !== undefined;
  }

  open(access: DossierAccess): void {
    this.close();
    this.#access = access;
    this.#schedule(this.#seconds);
  }

  close(): void {
    this.#access = undefined;
    this.#schedule(0);
    this.#inFlight?.abort();
    this.#inFlight = undefined;
  }

  /** Seconds between background refreshes; 0 (or less, or not a number) turns them off. */
  setRefreshSeconds(seconds: number): void {
    const next = Number.isFinite(seconds) && seconds > 0 ? Math.max(MIN_REFRESH_SECONDS, seconds) : 0;
    if (next === this.#seconds) return;
    this.#seconds = next;
    // A refresh under way schedules the next one itself when it settles.
    if (!this.#inFlight) this.#schedule(next);
  }

  lookup(): Promise<DossierStatus> {
    return this.#require().lookup(this.#options.transport());
  }

  /** One of the applicant's writes (supplement, withdrawal, rating, checkout) with the dossier's code and verifier. */
  write<T>(send: VerifiedWrite<T>): Promise<T> {
    return this.#require().write(send);
  }

  // No hostConnected: there is nothing to resume, a detached element has forgotten its verifier on purpose.
  hostDisconnected(): void {
    this.close();
  }

  #require(): DossierAccess {
    if (!this.#access) throw new Error('No dossier is open');
    return this.#access;
  }

  /** The next refresh in `seconds`; none when no dossier is open or `seconds` is 0. */
  #schedule(seconds: number): void {
    clock.clearTimeout(this.#timer);
    this.#timer = this.#access && seconds > 0 ? clock.setTimeout(() => void this.#tick(), seconds * 1000) : undefined;
  }

  async #tick(): Promise<void> {
    const access = this.#access;
    if (!access) return;
    // A hidden tab does not need fresh data; the next visible tick catches up.
    if (this.#options.busy() || (typeof document !== 'undefined' && document.visibilityState === 'hidden')) {
      this.#schedule(this.#seconds);
      return;
    }
    const controller = new AbortController();
    this.#inFlight = controller;
    let next = this.#seconds;
    try {
      const dossier = await access.lookup(this.#options.transport(), { signal: controller.signal });
      if (this.#access === access) this.#options.refreshed(dossier);
    } catch (error) {
      if (this.#access !== access) return;
      const apiError = isApiError(error) ? error : undefined;
      if (apiError?.status === 404) {
        this.close();
        return;
      }
      // Back off when the server asks; otherwise keep the rhythm, the next tick may work.
      next = Math.max(next, apiError?.retryAfter ?? 0);
    } finally {
      if (this.#inFlight === controller) this.#inFlight = undefined;
    }
    if (this.#access === access) this.#schedule(next);
  }
}
