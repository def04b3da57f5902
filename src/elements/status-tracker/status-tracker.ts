import { adoptStyles, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { isApiError, type ApiError } from '../../api/errors.js';
import type { DossierStatus, StatusCode } from '../../api/schemas.js';
import { commonCatalog, statusCatalog } from '../../i18n/translator.js';
import { baseStyles } from '../../theme/styles.js';
import { isolate } from '../shared/server-text.js';
import { CountdownController } from '../shared/countdown.js';
import { GovElement, internalState } from '../shared/gov-element.js';
import { copyCodeStyles } from '../shared/copy-code.js';
import { kitStyles } from '../shared/kit.styles.js';
import { grantAccess, type DossierAccess } from './access.js';
import type { ActionsHost } from './actions.js';
import { ActionsPart, needsActions, RETURN_PARAMETER } from './actions-part.js';
import { dossierView, type ActionsPlace, type TimelineOrder } from './dossier-view.js';
import { lookupForm } from './lookup-form.js';
import {
  checkDossierCode,
  checkVerifier,
  codeFromPage,
  normalizeDossierCode,
  normalizeVerifier,
  type CodeProblem,
  type VerifierProblem,
} from './lookup-input.js';
import { catalog, type TrackerKey } from './messages.js';
import { DossierSessionController } from './session-controller.js';
import { styles } from './status-tracker.styles.js';

export type { TimelineOrder };

/**
 * What the tracker shows below its form. `validating` is the form with its
 * error summary (nothing was sent).
 */
export type TrackerState =
  | 'idle'
  | 'validating'
  | 'loading'
  | 'found'
  | 'not-found'
  | 'error'
  | 'offline'
  | 'rate-limited';

/** Seconds to wait when a 429 carries no Retry-After. */
const DEFAULT_RETRY_AFTER = 30;

/**
 * Follows a dossier by its code: where it is, who holds it, when it is
 * promised, whether it is late and what the applicant must do.
 *
 * The verifier (last 4 digits of the applicant's phone or identity number) is
 * read from its input at submit, sent only in the body of `POST
 * /dossiers/lookup`, and the input is emptied when the request settles. While
 * a found dossier is on screen the verifier lives only inside a closure held by
 * the session controller (for `refresh` and for sending a supplement); it is
 * never in an attribute, a property, the URL, storage or a log.
 *
 * @summary Dossier status lookup: result, timeline, supplement upload, payment and result collection.
 *
 * @attr api-base - Base URL of the API; overrides `<gov-config>`.
 * @attr locale - `vi` (default) or `en`; overrides `<gov-config>`.
 * @attr code - Prefills the dossier code. Without it, the page's own `?code=` (the receipt's QR code) prefills it. Never submits by itself.
 * @attr refresh - Seconds between background refreshes of a shown dossier (minimum 1); a change of status is announced.
 * @attr order - `oldest-first` (default) or `newest-first`: order of the timeline.
 * @attr heading-level - Level of the element's top heading (default 2); the others follow below it.
 *
 * @fires {CustomEvent} gov-dossier-found - A lookup found a dossier. `detail: { status }`.
 * @fires {CustomEvent} gov-dossier-status-change - A background refresh saw a new status. `detail: { from, to }`.
 * @fires {CustomEvent} gov-supplement-sent - The supplement was accepted. `detail: { status }`, the status the
 *   receipt names (`undefined` when the server accepted it without a readable receipt).
 *
 * @csspart form - The lookup form.
 * @csspart error-summary - The error summary above the lookup form and above the supplement form.
 * @csspart result - The dossier on show.
 * @csspart status - The current-status card.
 * @csspart timeline - The ordered list of steps.
 * @csspart action - The panel telling the applicant what to do (supplement, payment, result).
 * @csspart code - The dossier code on show (never broken at a hyphen).
 * @csspart copy-button - The button that copies the dossier code.
 *
 * @cssprop --gov-color-primary - Buttons, links and the current step.
 * @cssprop --gov-color-danger - Errors, late and overdue badges.
 * @cssprop --gov-color-success - On-time badges, confirmations.
 * @cssprop --gov-color-warning - Actions the applicant must take.
 */
export class GovStatusTracker extends GovElement<TrackerKey> {
  static override styles = [...baseStyles, kitStyles, copyCodeStyles, styles];
  protected static override catalog = catalog;
  protected static override sharedCatalogs = [commonCatalog, statusCatalog];
  static override properties: PropertyDeclarations = {
    code: {},
    refresh: { type: Number },
    order: {},
    ...internalState('phase', 'current', 'problems', 'codeDraft', 'failure', 'fetchedAt', 'fromLink'),
  };

  /**
   * Prefills the dossier code; normalised (spaces removed, upper case). Without it, the code in
   * the page's address (`?code=`, what the receipt's QR code opens) prefills it.
   */
  code?: string;

  /** Seconds between background refreshes of a shown dossier; unset or 0: no refresh. */
  refresh?: number;

  /** Order of the timeline. */
  order: TimelineOrder = 'oldest-first';

  private phase: TrackerState = 'idle';
  private current: DossierStatus | undefined;
  private problems: { code?: CodeProblem | undefined; verifier?: VerifierProblem | undefined } = {};
  private codeDraft = '';
  private failure: unknown;
  /** When the shown data was fetched; printed on the status sheet. */
  private fetchedAt: Date | undefined;
  /** The code came from the page's address: the verifier box takes the focus. */
  private fromLink = false;

  /**
   * The access of a lookup that failed for a reason a retry can cure (error,
   * offline, 429): kept so that "Try again" does not make the applicant retype
   * the verifier; dropped on success, not-found, a new lookup, or disconnect.
   */
  #retryAccess: DossierAccess | undefined;
  #inFlight: AbortController | undefined;

  readonly #session = new DossierSessionController(this, {
    transport: () => this.transport,
    refreshed: (dossier) => this.#onRefreshed(dossier),
    busy: () => this.#actions.parts?.busy === true || this.#inFlight !== undefined,
  });

  readonly #countdown = new CountdownController(this, () => this.announcer.announce(this.l10n.t('tracker.rate-limited.ready')));

  /** Supplement, payment, withdrawal and rating: a part fetched on demand (`actions-part.ts`). */
  readonly #actions = new ActionsPart(this, () => this.#actionsHost());

  /** The payment request the platform sent the applicant back from, and its dossier, read once from the page's address. */
  #returned: { code: string; payment: string } | undefined;

  /** What the tracker is showing. */
  get state(): TrackerState {
    return this.phase;
  }

  /**
   * The dossier on show, after a lookup. A host that already holds a
   * `DossierStatus` (from its own signed-in session) may set it to show it
   * without a lookup; such a dossier has no verifier in memory, so it is not
   * refreshed and the supplement upload asks for a lookup first.
   */
  get dossier(): DossierStatus | undefined {
    return this.current;
  }

  set dossier(value: DossierStatus | undefined) {
    this.#forgetAttempt();
    this.#show(value);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A QR code or a link opens this page with `?code=`: the code is filled in, the verifier asked.
    if (this.code === undefined && !this.codeDraft && this.phase === 'idle') {
      const code = codeFromPage(window.location.href);
      if (code) {
        this.codeDraft = code;
        this.fromLink = true;
        const payment = new URL(window.location.href).searchParams.get(RETURN_PARAMETER);
        if (payment) this.#returned = { code, payment };
        this.nextFocus.to('#verifier');
      }
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#forgetAttempt();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('code') && this.code !== undefined) {
      this.codeDraft = normalizeDossierCode(this.code);
      this.fromLink = false;
    }
    if (changed.has('refresh')) this.#session.setRefreshSeconds(Number(this.refresh ?? 0));
  }

  protected override firstUpdated(): void {
    // The applicant types the code and the verifier meanwhile: a found dossier's actions are here by then.
    this.#actions.prefetch();
  }

  protected override online(): void {
    this.#actions.online();
  }

  // ------------------------------------------------------------ lookup

  #onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const codeInput = form.querySelector<HTMLInputElement>('#code')!;
    const code = normalizeDossierCode(codeInput.value);
    const verifier = normalizeVerifier(form.querySelector<HTMLInputElement>('#verifier')!.value);
    this.codeDraft = codeInput.value = code;
    const problems = { code: checkDossierCode(code), verifier: checkVerifier(verifier) };
    if (problems.code || problems.verifier) {
      this.#forgetAttempt();
      this.problems = problems;
      this.phase = 'validating';
      this.nextFocus.to('#summary');
      return;
    }
    void this.#lookup(grantAccess(code, verifier));
  }

  async #lookup(access: DossierAccess): Promise<void> {
    this.#forgetAttempt();
    const controller = new AbortController();
    this.#inFlight = controller;
    this.phase = 'loading';
    this.announcer.announce(this.l10n.t('tracker.loading'));
    try {
      const dossier = await access.lookup(this.transport, { signal: controller.signal });
      if (this.#inFlight !== controller) return;
      // The dossier shows together with what the applicant can do with it.
      if (needsActions(dossier)) await this.#actions.settle();
      if (this.#inFlight !== controller) return;
      this.#show(dossier);
      this.#session.open(access);
      const found = this.l10n.t('tracker.found', { code: isolate(dossier.code), status: this.l10n.t(`status.${dossier.status}`) });
      // Back from the payment platform: how the payment stands is said with the dossier.
      const paid = this.#actions.parts?.paymentReturned(dossier);
      this.announcer.announce(paid ? `${found} ${paid}` : found);
      this.emit('gov-dossier-found', { status: dossier.status });
      this.nextFocus.to('#result-title');
    } catch (error) {
      if (this.#inFlight !== controller || (isApiError(error) && error.kind === 'aborted')) return;
      this.#showFailure(error, access);
    } finally {
      if (this.#inFlight === controller) {
        this.#inFlight = undefined;
        const verifierInput = this.renderRoot.querySelector<HTMLInputElement>('#verifier');
        if (verifierInput) verifierInput.value = '';
      }
    }
  }

  /** Shows a dossier that just arrived (a lookup, or the host's), with its actions afresh. */
  #show(dossier: DossierStatus | undefined): void {
    this.current = dossier;
    this.phase = dossier ? 'found' : 'idle';
    this.fetchedAt = dossier && new Date();
    this.#actions.parts?.clear();
    if (dossier && needsActions(dossier)) this.#actions.load().catch(() => undefined);
  }

  #showFailure(error: unknown, access: DossierAccess): void {
    this.current = undefined;
    const status = isApiError(error) ? error.status : undefined;
    if (status === 404) {
      // Unknown code and wrong verifier answer the same 404: one message for both.
      this.phase = 'not-found';
      this.announcer.announce(this.l10n.t('tracker.not-found.title'));
    } else {
      this.#retryAccess = access;
      this.failure = error;
      if (status === 429) {
        this.phase = 'rate-limited';
        this.#countdown.start((error as ApiError).retryAfter ?? DEFAULT_RETRY_AFTER);
      } else {
        this.phase = isApiError(error) && error.kind === 'offline' ? 'offline' : 'error';
      }
      // What the panel says, read out.
      this.announcer.announce(this.#outcomeReason());
    }
    this.nextFocus.to('#outcome-title');
  }

  #retry(): void {
    if (!this.#retryAccess || this.#countdown.remaining > 0) return;
    void this.#lookup(this.#retryAccess);
  }

  /** Drops every trace of the previous attempt, including any verifier it held. */
  #forgetAttempt(): void {
    this.#inFlight?.abort();
    this.#inFlight = undefined;
    this.#retryAccess = undefined;
    this.#session.close();
    this.#countdown.cancel();
    this.failure = undefined;
  }

  #onRefreshed(dossier: DossierStatus): void {
    const previous = this.current;
    this.current = dossier;
    this.fetchedAt = new Date();
    if (needsActions(dossier)) this.#actions.load().catch(() => undefined);
    if (previous && previous.status !== dossier.status) {
      this.announcer.announce(this.l10n.t('tracker.changed', { status: this.l10n.t(`status.${dossier.status}`) }));
      this.emit('gov-dossier-status-change', { from: previous.status, to: dossier.status });
    }
  }

  // ------------------------------------------------------------ actions

  /** What the actions part asks of the element: one object, made once. */
  #actionsHost(): ActionsHost {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the host object reads the element's current state
    const element = this;
    return {
      element,
      get l10n() {
        return element.l10n;
      },
      get transport() {
        return element.transport;
      },
      get active() {
        return element.#session.active;
      },
      write: (send) => element.#session.write(send),
      announce: (text) => element.announcer.announce(text),
      focus: (selector) => element.nextFocus.to(selector),
      errorMessage: (error) => element.errorMessage(error),
      heading: (depth, content, options) => element.heading(depth, content, options),
      relookup: () => element.#relookup(),
      supplementSent: (status) =>
        // Without a readable receipt the status is undefined, as @fires says; the declared type
        // does not say so yet (docs/decisions.md, "Typed events").
        element.emit('gov-supplement-sent', { status: status as StatusCode }),
      returnedPayment: () => (element.#returned?.code === element.current?.code ? element.#returned?.payment : undefined),
      procedureCode: () => element.current?.procedure.code ?? '',
      adoptStyles: (...extra) => adoptStyles(element.renderRoot as ShadowRoot, [...(element.constructor as typeof GovStatusTracker).elementStyles, ...extra]),
    };
  }

  /** Looks the shown dossier up again after one of the applicant's writes; a failure leaves it on screen. */
  async #relookup(): Promise<void> {
    try {
      if (this.#session.active) this.#onRefreshed(await this.#session.lookup());
    } catch {
      /* the dossier on screen stays; the refresh, or the next lookup, tries again */
    }
  }

  // ------------------------------------------------------------ templates

  protected override render(): TemplateResult {
    const { l10n } = this;
    // lang: screen readers pronounce the text in the element's language, whatever the page's.
    return html`<div class="root" lang=${l10n.locale}>
      ${this.announcer.region()}
      ${lookupForm({
        l10n,
        codeDraft: this.codeDraft,
        problems: this.phase === 'validating' ? this.problems : {},
        submit: (event) => this.#onSubmit(event),
        fromLink: this.fromLink,
        heading: (depth, content, options) => this.heading(depth, content, options),
      })}
      <div class="outcome" aria-busy=${this.phase === 'loading' ? 'true' : 'false'}>${this.#renderOutcome()}</div>
    </div>`;
  }

  /** Loading, the dossier, or the one panel that says why no dossier is shown (with a retry when one can help). */
  #renderOutcome(): unknown {
    const { l10n, phase } = this;
    if (phase === 'loading') return html`<p class="loading"><span class="spinner" aria-hidden="true"></span>${l10n.t('tracker.loading')}</p>`;
    if (phase === 'found') return this.current && this.#renderDossier(this.current);
    if (phase === 'idle' || phase === 'validating') return undefined;
    const notFound = phase === 'not-found';
    return html`
      <div class="panel ${phase === 'error' ? 'error' : 'warning'} outcome-panel">
        ${this.heading(1, l10n.t(notFound ? 'tracker.not-found.title' : 'tracker.error.title'), { id: 'outcome-title', class: 'outcome-title', focusable: true })}
        <p class="outcome-body">${this.#outcomeReason()}</p>
        ${notFound
          ? undefined
          : html`<button class="button secondary retry" type="button" ?disabled=${this.#countdown.remaining > 0} @click=${this.#retry}>
              ${l10n.t('common.retry')}
            </button>`}
      </div>
    `;
  }

  /** Why no dossier is shown; a 429's wait counts down to "you can look up again". */
  #outcomeReason(): string {
    const seconds = this.#countdown.remaining;
    if (this.phase === 'not-found') return this.l10n.t('tracker.not-found.body');
    if (this.phase !== 'rate-limited') return this.errorMessage(this.failure);
    return seconds > 0 ? this.l10n.t('error.rate-limited', { seconds }) : this.l10n.t('tracker.rate-limited.ready');
  }

  #renderDossier(dossier: DossierStatus): TemplateResult {
    return dossierView({
      l10n: this.l10n,
      dossier,
      order: this.order,
      fetchedAt: this.fetchedAt,
      heading: (depth, content, options) => this.heading(depth, content, options),
      actions: (place) => this.#renderActions(place, dossier),
      announce: (text) => this.announcer.announce(text),
    });
  }

  /** The actions part's view at `place`; until it is here, a quiet line, or why it is not and a retry. */
  #renderActions(place: ActionsPlace, dossier: DossierStatus): unknown {
    const actions = this.#actions;
    if (actions.parts) return actions.parts.render(place, dossier);
    if (place !== 'now' || !needsActions(dossier)) return nothing;
    const { l10n } = this;
    return actions.failed
      ? html`<div class="panel warning actions-failed">
          <p>${l10n.t('tracker.actions.failed')}</p>
          <button class="button secondary" type="button" @click=${() => void actions.load().catch(() => undefined)}>${l10n.t('common.retry')}</button>
        </div>`
      : html`<p class="loading"><span class="spinner" aria-hidden="true"></span>${l10n.t('tracker.actions.loading')}</p>`;
  }
}
