import { html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { isApiError, type ApiError } from '../../api/errors.js';
import type { DossierStatus, StatusCode } from '../../api/schemas.js';
import { commonCatalog, statusCatalog } from '../../i18n/translator.js';
import { baseStyles } from '../../theme/styles.js';
import { isolate } from '../shared/server-text.js';
import { CountdownController } from '../shared/countdown.js';
import { GovElement, internalState } from '../shared/gov-element.js';
import { kitStyles } from '../shared/kit.styles.js';
import type { UploadEvent } from '../shared/uploads.js';
import { grantAccess, type DossierAccess } from './access.js';
import { dossierView, type TimelineOrder } from './dossier-view.js';
import { lookupForm } from './lookup-form.js';
import { checkDossierCode, checkVerifier, normalizeDossierCode, normalizeVerifier, type CodeProblem, type VerifierProblem } from './lookup-input.js';
import { catalog, type TrackerKey } from './messages.js';
import { DossierSessionController } from './session-controller.js';
import { styles } from './status-tracker.styles.js';
import { SupplementController } from './supplement-controller.js';
import { announcedProblem, isolateAll, supplementForm } from './supplement-form.js';

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
 * @attr code - Prefills the dossier code (e.g. from the receipt's link). Never submits by itself.
 * @attr refresh - Seconds between background refreshes of a shown dossier (minimum 1); a change of status is announced.
 * @attr order - `oldest-first` (default) or `newest-first`: order of the timeline.
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
 *
 * @cssprop --gov-color-primary - Buttons, links and the current step.
 * @cssprop --gov-color-danger - Errors, late and overdue badges.
 * @cssprop --gov-color-success - On-time badges, confirmations.
 * @cssprop --gov-color-warning - Actions the applicant must take.
 */
export class GovStatusTracker extends GovElement<TrackerKey> {
  static override styles = [...baseStyles, kitStyles, styles];
  protected static override catalog = catalog;
  protected static override sharedCatalogs = [commonCatalog, statusCatalog];
  static override properties: PropertyDeclarations = {
    code: {},
    refresh: { type: Number },
    order: {},
    ...internalState('phase', 'current', 'problems', 'codeDraft', 'failure', 'fetchedAt'),
  };

  /** Prefills the dossier code; normalised (spaces removed, upper case). */
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
    busy: () => this.#supplement.sending || this.#inFlight !== undefined,
  });

  readonly #countdown = new CountdownController(this, () => this.announcer.announce(this.l10n.t('tracker.rate-limited.ready')));

  readonly #supplement = new SupplementController(this, {
    transport: () => this.transport,
    procedureCode: () => this.current?.procedure.code ?? '',
    onUpload: (event) => this.#onUploadEvent(event),
  });

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

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#forgetAttempt();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('code')) this.codeDraft = normalizeDossierCode(this.code ?? '');
    if (changed.has('refresh')) this.#session.setRefreshSeconds(Number(this.refresh ?? 0));
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
      this.#show(dossier);
      this.#session.open(access);
      this.announcer.announce(this.l10n.t('tracker.found', { code: isolate(dossier.code), status: this.l10n.t(`status.${dossier.status}`) }));
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

  /** Shows a dossier that just arrived (a lookup, or the host's), with a fresh supplement form. */
  #show(dossier: DossierStatus | undefined): void {
    this.current = dossier;
    this.phase = dossier ? 'found' : 'idle';
    this.fetchedAt = dossier && new Date();
    this.#supplement.clear();
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
    if (previous && previous.status !== dossier.status) {
      this.announcer.announce(this.l10n.t('tracker.changed', { status: this.l10n.t(`status.${dossier.status}`) }));
      this.emit('gov-dossier-status-change', { from: previous.status, to: dossier.status });
    }
  }

  // ------------------------------------------------------------ supplement

  async #sendSupplement(event: Event): Promise<void> {
    event.preventDefault();
    const request = this.current?.supplementRequest;
    if (!request || !this.#session.active) return;
    const supplement = this.#supplement;
    const sent = await supplement.send(request.documents, (body, key) => this.#session.supplement(body, key));
    if (sent) {
      this.announcer.announce(this.#supplementSent());
      // Without a readable receipt the status is undefined, as @fires says; the declared type
      // does not say so yet (docs/decisions.md, "Typed events").
      this.emit('gov-supplement-sent', { status: supplement.receipt?.status as StatusCode });
      this.nextFocus.to('#supplement-sent');
      // Show the status the supplement led to; a failure here leaves the refresh to try again.
      try {
        if (this.#session.active) this.#onRefreshed(await this.#session.lookup());
      } catch {
        /* the dossier on screen stays; the confirmation above is what matters */
      }
    } else if (supplement.missing.length > 0) {
      this.nextFocus.to('#supplement-summary');
    } else if (supplement.phase === 'failed') {
      this.announcer.announce(this.l10n.t('tracker.supplement.failed', isolateAll({ reason: this.errorMessage(supplement.error) })));
      this.nextFocus.to('#supplement-failed');
    }
  }

  /** "Received at 10:32": the time the receipt gives, or no time when there was none to read. */
  #supplementSent(): string {
    const at = this.#supplement.receipt?.receivedAt;
    return at ? this.l10n.t('tracker.supplement.sent', { time: this.l10n.dateTime(at) }) : this.l10n.t('tracker.supplement.sent-untimed');
  }

  /** An upload of the supplement changed: what the applicant would see, read out. */
  #onUploadEvent({ type, item }: UploadEvent): void {
    if (type === 'failed' || type === 'rejected') {
      this.announcer.announce(announcedProblem(this.l10n, item, (error) => this.errorMessage(error)) ?? '');
    } else if (type === 'done' || type === 'cancelled') {
      this.announcer.announce(this.l10n.t(`tracker.announce.${type}`, isolateAll({ file: item.name })));
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
        <h3 id="outcome-title" tabindex="-1">${l10n.t(notFound ? 'tracker.not-found.title' : 'tracker.error.title')}</h3>
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
    const { l10n } = this;
    const supplement = this.#supplement;
    return dossierView({
      l10n,
      dossier,
      order: this.order,
      fetchedAt: this.fetchedAt,
      supplementSent: supplement.phase === 'sent' ? this.#supplementSent() : undefined,
      sending: supplement.sending,
      supplementForm: (request) =>
        this.#session.active
          ? supplementForm(
              {
                l10n,
                supplement,
                errorMessage: (error) => this.errorMessage(error),
                send: (event) => void this.#sendSupplement(event),
                failure:
                  supplement.phase === 'failed' ? l10n.isolated('tracker.supplement.failed', { reason: this.errorMessage(supplement.error) }) : undefined,
              },
              request.documents,
            )
          : undefined,
    });
  }
}
