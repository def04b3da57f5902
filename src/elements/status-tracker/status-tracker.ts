import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { isApiError, type ApiError } from '../../api/errors.js';
import type { DossierStatus, HistoryEntry, StatusCode } from '../../api/schemas.js';
import { formatDate, formatDateTime, formatMoney } from '../../i18n/format.js';
import { commonCatalog, statusCatalog } from '../../i18n/translator.js';
import { baseStyles } from '../../theme/styles.js';
import { isolate } from '../shared/bidi.js';
import { GovElement } from '../shared/gov-element.js';
import type { UploadEvent } from '../shared/uploads.js';
import { grantAccess, type DossierAccess } from './access.js';
import { CountdownController } from './countdown-controller.js';
import {
  checkDossierCode,
  checkVerifier,
  normalizeDossierCode,
  normalizeVerifier,
  type CodeProblem,
  type VerifierProblem,
} from './lookup-input.js';
import { catalog } from './messages.js';
import { safeHttpUrl } from './safe-url.js';
import { DossierSessionController } from './session-controller.js';
import { styles } from './status-tracker.styles.js';
import { SupplementController } from './supplement-controller.js';
import { renderSupplementForm, uploadProblem } from './supplement-view.js';
import { describedBy, errorSummary, field } from './templates.js';

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

export type TimelineOrder = 'oldest-first' | 'newest-first';

/** Statuses in which the dossier is still open, so a deadline can still be met. */
const OPEN_STATUSES: readonly StatusCode[] = [1, 2, 4, 5, 6];

/** The panel tone of a status card: stopped, the applicant must act, done; `info` for the others. */
const STATUS_TONE: Partial<Record<StatusCode, string>> = { 3: 'error', 5: 'warning', 6: 'warning', 8: 'error', 9: 'success', 10: 'success' };

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
export class GovStatusTracker extends GovElement {
  static override styles = [...baseStyles, styles];
  protected static override catalog = catalog;
  protected static override sharedCatalogs = [commonCatalog, statusCatalog];
  static override properties: PropertyDeclarations = {
    code: {},
    refresh: { type: Number },
    order: {},
    // Internal state (private fields below): reactive, no attribute.
    view: { attribute: false },
    current: { attribute: false },
    fieldErrors: { attribute: false },
    codeDraft: { attribute: false },
    announcement: { attribute: false },
    failure: { attribute: false },
    fetchedAt: { attribute: false },
  };

  /** Prefills the dossier code; normalised (spaces removed, upper case). */
  code?: string;

  /** Seconds between background refreshes of a shown dossier; unset or 0: no refresh. */
  refresh?: number;

  /** Order of the timeline. */
  order: TimelineOrder = 'oldest-first';

  private view: TrackerState = 'idle';
  private current: DossierStatus | undefined;
  private fieldErrors: { code?: CodeProblem; verifier?: VerifierProblem } = {};
  private codeDraft = '';
  private announcement = '';
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
    client: () => this.client,
    refreshed: (dossier) => this.#onRefreshed(dossier),
    busy: () => this.#supplement.sending || this.#inFlight !== undefined,
  });

  readonly #countdown = new CountdownController(this, () => {
    this.#announce(this.t('tracker.rate-limited.ready'));
  });

  readonly #supplement = new SupplementController(this, {
    client: () => this.client,
    procedureCode: () => this.current?.procedure.code ?? '',
    onUpload: (event) => this.#onUploadEvent(event),
  });

  /** What the tracker is showing. */
  get state(): TrackerState {
    return this.view;
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

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('code')) this.codeDraft = normalizeDossierCode(this.code ?? '');
    if (changed.has('refresh')) this.#session.setRefreshSeconds(Number(this.refresh ?? 0));
  }

  // ------------------------------------------------------------ behaviour

  #onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const codeInput = form.querySelector<HTMLInputElement>('#code')!;
    const code = normalizeDossierCode(codeInput.value);
    const verifier = normalizeVerifier(form.querySelector<HTMLInputElement>('#verifier')!.value);
    this.codeDraft = codeInput.value = code;
    const errors = { code: checkDossierCode(code), verifier: checkVerifier(verifier) };
    if (errors.code || errors.verifier) {
      this.#forgetAttempt();
      this.fieldErrors = errors;
      this.view = 'validating';
      void this.#focusAfterUpdate('#summary');
      return;
    }
    void this.#lookup(grantAccess(code, verifier));
  }

  async #lookup(access: DossierAccess): Promise<void> {
    this.#forgetAttempt();
    const controller = new AbortController();
    this.#inFlight = controller;
    this.view = 'loading';
    this.#announce(this.t('tracker.loading'));
    try {
      const dossier = await access.lookup(this.client, { signal: controller.signal });
      if (this.#inFlight !== controller) return;
      this.#show(dossier);
      this.#session.open(access);
      this.#announce(this.t('tracker.found', { code: isolate(dossier.code), status: this.t(`status.${dossier.status}`) }));
      this.emit('gov-dossier-found', { status: dossier.status });
      void this.#focusAfterUpdate('#result-title');
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
    this.view = dossier ? 'found' : 'idle';
    this.fetchedAt = dossier && new Date();
    this.#supplement.clear();
  }

  #showFailure(error: unknown, access: DossierAccess): void {
    this.current = undefined;
    const status = isApiError(error) ? error.status : undefined;
    if (status === 404) {
      // Unknown code and wrong verifier answer the same 404: one message for both.
      this.view = 'not-found';
      this.#announce(this.t('tracker.not-found.title'));
    } else {
      this.#retryAccess = access;
      this.failure = error;
      if (status === 429) {
        this.view = 'rate-limited';
        this.#countdown.start((error as ApiError).retryAfter ?? DEFAULT_RETRY_AFTER);
      } else {
        this.view = isApiError(error) && error.kind === 'offline' ? 'offline' : 'error';
      }
      // What the panel says, read out.
      this.#announce(this.#outcomeReason());
    }
    void this.#focusAfterUpdate('#outcome-title');
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
      this.#announce(this.t('tracker.changed', { status: this.t(`status.${dossier.status}`) }));
      this.emit('gov-dossier-status-change', { from: previous.status, to: dossier.status });
    }
  }

  async #sendSupplement(event: Event): Promise<void> {
    event.preventDefault();
    const request = this.current?.supplementRequest;
    if (!request || !this.#session.active) return;
    const supplement = this.#supplement;
    const sent = await supplement.send(request.documents, (body, key) => this.#session.supplement(body, key));
    if (sent) {
      this.#announce(this.#supplementSent());
      this.emit('gov-supplement-sent', { status: supplement.receipt?.status });
      void this.#focusAfterUpdate('#supplement-sent');
      // Show the status the supplement led to; a failure here leaves the refresh to try again.
      try {
        if (this.#session.active) this.#onRefreshed(await this.#session.lookup());
      } catch {
        /* the dossier on screen stays; the confirmation above is what matters */
      }
    } else if (supplement.missing.length > 0) {
      void this.#focusAfterUpdate('#supplement-summary');
    } else if (supplement.phase === 'failed') {
      this.#announce(this.#supplementFailure((key, params) => this.t(key, { reason: isolate(params.reason) })));
      void this.#focusAfterUpdate('#supplement-failed');
    }
  }

  /** "Received at 10:32": the time the receipt gives, or no time when there was none to read. */
  #supplementSent(): string {
    const at = this.#supplement.receipt?.receivedAt;
    return at ? this.t('tracker.supplement.sent', { time: formatDateTime(at, this.effectiveLocale) }) : this.t('tracker.supplement.sent-untimed');
  }

  /** Why the supplement was not sent; the reason may be the server's words, so it is isolated. */
  #supplementFailure<T>(say: (key: string, params: { reason: string }) => T): T {
    return say('tracker.supplement.failed', { reason: this.errorMessage(this.#supplement.error) });
  }

  /** An upload of the supplement changed: what the applicant would see, read out. */
  #onUploadEvent({ type, item }: UploadEvent): void {
    const say = (key: string, params: Record<string, string | number>) =>
      this.t(key, Object.fromEntries(Object.entries(params).map(([name, value]) => [name, isolate(value)])));
    if (type === 'failed' || type === 'rejected') {
      this.#announce(uploadProblem(item, say, (error) => this.errorMessage(error), this.effectiveLocale) ?? '');
    } else if (type === 'done' || type === 'cancelled') {
      this.#announce(say(`tracker.announce.${type}`, { file: item.name }));
    }
  }

  /** A live region repeats nothing it already says; a zero-width change makes it speak again. */
  #announce(text: string): void {
    this.announcement = this.announcement === text ? `${text}\u200b` : text;
  }

  async #focusAfterUpdate(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  // ------------------------------------------------------------ templates

  protected override render(): TemplateResult {
    // lang: screen readers pronounce the text in the element's language, whatever the page's.
    return html`<div class="root" lang=${this.effectiveLocale}>
      <div class="visually-hidden" role="status">${this.announcement}</div>
      ${this.#renderForm()}
      <div class="outcome" aria-busy=${this.view === 'loading' ? 'true' : 'false'}>${this.#renderOutcome()}</div>
    </div>`;
  }

  #renderForm(): TemplateResult {
    const problems = this.view === 'validating' ? this.fieldErrors : {};
    const error = (id: 'code' | 'verifier') => {
      const problem = problems[id];
      return problem && this.t(`tracker.${id}.${problem}`);
    };
    const codeError = error('code');
    const verifierError = error('verifier');
    return html`
      <form part="form" class="lookup" novalidate @submit=${this.#onSubmit} aria-labelledby="title">
        <h2 id="title">${this.t('tracker.title')}</h2>
        <p class="intro">${this.t('tracker.intro')}</p>
        ${errorSummary(
          'summary',
          this.t('tracker.errors.title'),
          [
            ['code', codeError],
            ['verifier', verifierError],
          ],
          3,
          this.#focusField,
        )}
        ${this.#lookupField(
          'code',
          codeError,
          html`<input
            id="code"
            class="code-input"
            type="text"
            autocomplete="off"
            autocapitalize="characters"
            spellcheck="false"
            .value=${this.codeDraft}
            aria-describedby=${describedBy('code-hint', codeError && 'code-error')}
            aria-invalid=${codeError ? 'true' : 'false'}
          />`,
        )}
        ${this.#lookupField(
          'verifier',
          verifierError,
          html`<input
            id="verifier"
            class="verifier-input"
            type="text"
            inputmode="numeric"
            autocomplete="off"
            maxlength="24"
            aria-describedby=${describedBy('verifier-hint', verifierError && 'verifier-error')}
            aria-invalid=${verifierError ? 'true' : 'false'}
          />`,
        )}
        <button class="button" type="submit">${this.t('tracker.submit')}</button>
      </form>
    `;
  }

  /** The lookup field `id` (`code`, `verifier`): label and hint from the catalogue. */
  #lookupField(id: 'code' | 'verifier', error: string | undefined, input: TemplateResult): TemplateResult {
    return field(
      id,
      this.t(`tracker.${id}.label`),
      error,
      this.t(`tracker.${id}.hint`),
      input,
    );
  }

  readonly #focusField = (event: Event, id: string): void => {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus();
  };

  /** Loading, or the one panel that says why no dossier is shown (with a retry when one can help). */
  #renderOutcome(): TemplateResult | typeof nothing {
    const view = this.view;
    if (view === 'loading') {
      return html`<p class="loading"><span class="spinner" aria-hidden="true"></span>${this.t('tracker.loading')}</p>`;
    }
    if (view === 'found') return this.current ? this.#renderDossier(this.current) : nothing;
    if (view === 'idle' || view === 'validating') return nothing;
    const notFound = view === 'not-found';
    return html`
      <div class="panel ${view === 'error' ? 'error' : 'warning'} outcome-panel">
        <h3 id="outcome-title" tabindex="-1">${this.t(notFound ? 'tracker.not-found.title' : 'tracker.error.title')}</h3>
        <p class="outcome-body">${this.#outcomeReason()}</p>
        ${notFound
          ? nothing
          : html`<button class="button secondary retry" type="button" ?disabled=${this.#countdown.remaining > 0} @click=${this.#retry}>
              ${this.t('common.retry')}
            </button>`}
      </div>
    `;
  }

  /** Why no dossier is shown; a 429's wait counts down to "you can look up again". */
  #outcomeReason(): string {
    const seconds = this.#countdown.remaining;
    if (this.view === 'not-found') return this.t('tracker.not-found.body');
    if (this.view !== 'rate-limited') return this.errorMessage(this.failure);
    return seconds > 0 ? this.t('error.rate-limited', { seconds }) : this.t('tracker.rate-limited.ready');
  }

  #renderDossier(dossier: DossierStatus): TemplateResult {
    const sent = this.#supplement.phase === 'sent';
    return html`
      <article class="result" part="result" aria-labelledby="result-title">
        <h3 id="result-title" tabindex="-1">${this.tIsolated('tracker.result.title', { code: dossier.code })}</h3>
        <p class="procedure">${dossier.procedure.name}</p>
        <section
          class="panel ${STATUS_TONE[dossier.status] ?? 'info'} status status-${dossier.status}"
          part="status"
          aria-labelledby="status-label"
        >
          <h4 id="status-label" class="status-label">${this.t('tracker.result.status')}</h4>
          <p class="status-name">${this.t(`status.${dossier.status}`)}</p>
          <p class="status-explain">${this.t(`tracker.explain.${dossier.status}`)}</p>
          ${this.#renderBadges(dossier)}
        </section>
        ${sent ? html`<p class="panel success" id="supplement-sent" tabindex="-1">${this.#supplementSent()}</p>` : nothing}
        ${this.#renderAction(dossier)}
        <dl class="facts">
          ${this.#fact('tracker.result.procedure', html`<bdi>${dossier.procedure.name}</bdi> (<bdi>${dossier.procedure.code}</bdi>)`)}
          ${this.#fact('tracker.result.applicant', dossier.applicantName)}
          ${this.#fact('tracker.result.agency', dossier.agency.name)}
          ${this.#dateFact('tracker.result.submitted', dossier.submittedAt)}
          ${this.#dateFact('tracker.result.accepted', dossier.acceptedAt)}
          ${this.#dateFact('tracker.result.promised', dossier.expectedReturnDate)}
          ${this.#dateFact('tracker.result.completed', dossier.completedAt)}
        </dl>
        ${this.#renderTimeline(dossier.history)}
        <div class="result-footer">
          ${this.fetchedAt
            ? html`<p class="fetched-at">${this.t('tracker.printed-at', { time: formatDateTime(this.fetchedAt, this.effectiveLocale) })}</p>`
            : nothing}
          <button class="button secondary" type="button" @click=${() => window.print()}>${this.t('tracker.print')}</button>
        </div>
      </article>
    `;
  }

  /** Timeliness in words (never colour alone): early / on time / late, overdue, or within the deadline. */
  #renderBadges({ timeliness, overdue, expectedReturnDate, status }: DossierStatus): TemplateResult | typeof nothing {
    const badge = (tone: string, key: string) => html`<li class="badge ${tone}">${this.t(key)}</li>`;
    const badges = [
      timeliness && badge(timeliness === 'late' ? 'bad' : 'good', `tracker.timeliness.${timeliness}`),
      overdue
        ? timeliness !== 'late' && badge('bad', 'tracker.overdue')
        : !timeliness && expectedReturnDate && OPEN_STATUSES.includes(status) && badge('neutral', 'tracker.timeliness.within'),
    ].filter(Boolean);
    return badges.length > 0 ? html`<ul class="badges" aria-label=${this.t('tracker.result.progress')}>${badges}</ul>` : nothing;
  }

  #renderTimeline(history: readonly HistoryEntry[]): TemplateResult {
    const locale = this.effectiveLocale;
    const newestFirst = this.order === 'newest-first';
    const last = history.length - 1;
    // Ten names, looked up once each rather than once per step (histories run to hundreds of steps).
    const names = new Map<StatusCode, string>();
    const nameOf = (status: StatusCode) => {
      let name = names.get(status);
      if (name === undefined) names.set(status, (name = this.t(`status.${status}`)));
      return name;
    };
    // Each step keeps its number in both orders: newest-first uses a reversed list.
    // Histories run to hundreds of steps, so a step is as few nodes and parts as can be: optional
    // parts are hidden spans rather than nested templates; texts are set as `textContent` (no
    // marker comment and text node per value); white space only between the parts, so the step
    // still reads as words; the current step is styled by its aria-current, not a class.
    const steps = history.map((entry, index) => {
      // Two server strings joined by our dash: each isolated, so neither can reorder the other.
      const where = entry.agency && entry.department ? `${isolate(entry.agency)} – ${isolate(entry.department)}` : entry.agency || entry.department;
      return html`<li class="step" aria-current=${index === last ? 'step' : nothing}
        ><time datetime=${entry.at} .textContent=${formatDateTime(entry.at, locale)}></time>
        <span class="step-status" .textContent=${nameOf(entry.status)}></span>
        <span class="step-where" ?hidden=${!where} .textContent=${where ?? ''}></span>
        <span class="step-note" ?hidden=${!entry.note} .textContent=${entry.note ?? ''}></span
      ></li>`;
    });
    if (newestFirst) steps.reverse();
    return html`
      <section class="timeline" aria-labelledby="timeline-title">
        <h4 id="timeline-title">${this.t('tracker.timeline.title')}</h4>
        ${history.length === 0
          ? html`<p>${this.t('tracker.timeline.empty')}</p>`
          : html`<ol part="timeline" aria-labelledby="timeline-title" ?reversed=${newestFirst}>${steps}</ol>`}
      </section>
    `;
  }

  /** What the applicant must do: send documents (5), pay (6), collect the result (9, 10). */
  #renderAction(dossier: DossierStatus): TemplateResult | typeof nothing {
    const { status } = dossier;
    const body =
      status === 5
        ? this.#renderSupplement(dossier.supplementRequest)
        : status === 6
          ? this.#renderPayment(dossier.payment)
          : status > 8
            ? this.#renderResultInfo(dossier.result)
            : undefined;
    if (!body) return nothing;
    return html`
      <section
        class="panel ${status > 8 ? 'success' : 'warning'} action"
        part="action"
        aria-labelledby="action-title"
        aria-busy=${this.#supplement.sending ? 'true' : 'false'}
      >
        <h4 id="action-title">${this.t(`tracker.action.${status}`)}</h4>
        ${body}
      </section>
    `;
  }

  /** A fact of a `<dl class="facts">`: the term from the catalogue, then the value. */
  #fact(key: string, value: unknown): TemplateResult {
    return html`<div class="fact"><dt>${this.t(key)}</dt><dd>${value}</dd></div>`;
  }

  /** A date fact, left out when there is no date. */
  #dateFact(key: string, value: string | undefined): TemplateResult | typeof nothing {
    return value ? this.#fact(key, formatDate(value, this.effectiveLocale)) : nothing;
  }

  #renderSupplement(request: DossierStatus['supplementRequest']): TemplateResult {
    if (!request) return html`<p>${this.t('tracker.supplement.contact')}</p>`;
    return html`
      <dl class="facts compact">
        ${this.#fact('tracker.supplement.reason', request.reason)}
        ${this.#dateFact('tracker.supplement.requested', request.requestedAt)}
        ${this.#dateFact('tracker.supplement.due', request.dueDate)}
      </dl>
      ${this.#session.active
        ? renderSupplementForm(
            {
              supplement: this.#supplement,
              locale: this.effectiveLocale,
              t: (key, params) => this.t(key, params),
              tIsolated: (key, params) => this.tIsolated(key, params),
              errorMessage: (error) => this.errorMessage(error),
              send: (event) => void this.#sendSupplement(event),
              focusField: this.#focusField,
              failure:
                this.#supplement.phase === 'failed'
                  ? html`<p class="panel error" id="supplement-failed" tabindex="-1">${this.#supplementFailure((key, params) => this.tIsolated(key, params))}</p>`
                  : nothing,
            },
            request.documents,
          )
        : html`<h4>${this.t('tracker.supplement.documents')}</h4>
            <ul class="documents">${request.documents.map((document) => html`<li>${document.name}</li>`)}</ul>
            <p>${this.t('tracker.supplement.relookup')}</p>`}
    `;
  }

  #renderPayment(payment: DossierStatus['payment']): TemplateResult | undefined {
    if (!payment) return undefined;
    const payUrl = safeHttpUrl(payment.payUrl);
    return html`
      <dl class="facts compact">${this.#fact('tracker.payment.amount', formatMoney(payment.amount, this.effectiveLocale))}</dl>
      ${payment.description ? html`<p>${payment.description}</p>` : nothing}
      ${payUrl ? html`<a class="button pay" href=${payUrl} rel="noopener noreferrer">${this.t('tracker.payment.pay')}</a>` : nothing}
      <p class="hint">${this.t('tracker.payment.in-person')}</p>
    `;
  }

  #renderResultInfo(result: DossierStatus['result']): TemplateResult | undefined {
    if (!result) return undefined;
    const documents = result.documents ?? [];
    return html`
      <p>${result.summary}</p>
      ${result.pickup ? html`<dl class="facts compact">${this.#fact('tracker.result-info.pickup', result.pickup)}</dl>` : nothing}
      ${documents.length > 0
        ? html`<h5>${this.t('tracker.result-info.documents')}</h5>
            <ul class="documents">
              ${documents.map((document) => {
                const url = safeHttpUrl(document.url);
                return html`<li>
                  ${url
                    ? html`<a class="link" href=${url} rel="noopener noreferrer">${this.tIsolated('tracker.result-info.download', { name: document.name })}</a>`
                    : document.name}
                </li>`;
              })}
            </ul>`
        : nothing}
    `;
  }
}
