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
import { OnDemandPart } from '../shared/on-demand.js';
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

export class ActionsPart extends OnDemandPart<ActionParts> {
  readonly #actionsHost: () => ActionsHost;

  constructor(host: ReactiveControllerHost, actionsHost: () => ActionsHost) {
    super(host);
    this.#actionsHost = actionsHost;
  }

  protected fetch(): Promise<ActionParts> {
    return actionsLoader.load().then((actions) => new actions.ActionParts(this.#actionsHost()));
  }

  /** Resolves once the part is here or its download failed: a lookup shows its dossier then. */
  async settle(): Promise<void> {
    await this.load().catch(() => undefined);
  }
}
