/**
 * The tracker's actions part (`actions.ts`) as the element sees it: fetched when the browser is
 * idle after the lookup form shows (the applicant is typing the code meanwhile), or at once
 * when a dossier arrives that needs it. A lookup that found such a dossier waits for the part
 * before showing it, so the dossier and what the applicant can do with it appear together.
 *
 * A download that fails shows the dossier without its actions, says so with a retry, and is
 * tried again when the network is back (`online`) or the next time the part is needed.
 */
import type { ReactiveControllerHost } from 'lit';
import type { DossierStatus, StatusCode } from '../../api/schemas.js';
import type { ActionParts, ActionsHost } from './actions.js';
import { actionsLoader } from './actions-loader.js';

/**
 * The query parameter of the payment platform's return that names the request just paid
 * (`payment.ts` sets it in the return URL; the mock's platform adds it too).
 */
export const RETURN_PARAMETER = 'motcua-payment';

/** Statuses from which the applicant may ask to withdraw (docs/api.md, withdrawal). */
export const WITHDRAWABLE: readonly StatusCode[] = [1, 2, 4, 5, 6];

/** The dossier shows something of the actions part: a supplement, a payment, a withdrawal, the result, a rating. */
export function needsActions(dossier: DossierStatus): boolean {
  return (
    WITHDRAWABLE.includes(dossier.status) ||
    dossier.result !== undefined ||
    dossier.payment !== undefined ||
    (dossier.paymentRequests?.length ?? 0) > 0 ||
    dossier.evaluation !== undefined
  );
}

export class ActionsPart {
  /** The part, once it has arrived. */
  parts: ActionParts | undefined;
  /** The last download failed. */
  failed = false;
  #loading: Promise<ActionParts> | undefined;
  #idle = false;
  readonly #host: ReactiveControllerHost;
  readonly #actionsHost: () => ActionsHost;

  constructor(host: ReactiveControllerHost, actionsHost: () => ActionsHost) {
    this.#host = host;
    this.#actionsHost = actionsHost;
  }

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
  load(): Promise<ActionParts> {
    this.#loading ??= actionsLoader.load().then(
      (actions) => {
        this.parts = new actions.ActionParts(this.#actionsHost());
        this.failed = false;
        this.#host.requestUpdate();
        return this.parts;
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

  /** Resolves once the part is here or its download failed: a lookup shows its dossier then. */
  async settle(): Promise<void> {
    await this.load().catch(() => undefined);
  }
}
