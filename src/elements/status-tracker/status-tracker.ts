import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { uploadAttachment } from '../../api/endpoints.js';
import { isApiError } from '../../api/errors.js';
import type { DossierStatus, HistoryEntry, StatusCode } from '../../api/schemas.js';
import { formatDate, formatDateTime, formatMoney } from '../../i18n/format.js';
import { baseStyles } from '../../theme/styles.js';
import { GovElement } from '../shared/gov-element.js';
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
 * @fires gov-dossier-found - A lookup found a dossier. `detail: { status }`.
 * @fires gov-dossier-status-change - A background refresh saw a new status. `detail: { from, to }`.
 * @fires gov-supplement-sent - The supplement was accepted. `detail: { status }`.
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

  /** Prefills the dossier code; normalised (spaces removed, upper case). */
  @property() code?: string;

  /** Seconds between background refreshes of a shown dossier; unset or 0: no refresh. */
  @property({ type: Number }) refresh?: number;

  /** Order of the timeline. */
  @property() order: TimelineOrder = 'oldest-first';

  @state() private view: TrackerState = 'idle';
  @state() private current: DossierStatus | undefined;
  @state() private fieldErrors: { code?: CodeProblem; verifier?: VerifierProblem } = {};
  @state() private codeDraft = '';
  @state() private announcement = '';
  @state() private failure: unknown;
  @state() private supplementSentAt: string | undefined;
  /** When the shown data was fetched; printed on the status sheet. */
  @state() private fetchedAt: Date | undefined;

  /**
   * The access of a lookup that failed for a reason a retry can cure (error,
   * offline, 429): kept so that "Try again" does not make the applicant retype
   * the verifier; dropped on success, not-found, a new lookup, or disconnect.
   */
  private retryAccess: DossierAccess | undefined;
  private inFlight: AbortController | undefined;

  private readonly session = new DossierSessionController(this, {
    client: () => this.client,
    refreshed: (dossier) => this.onRefreshed(dossier),
    busy: () => this.supplement.sending || this.inFlight !== undefined,
  });

  private readonly countdown = new CountdownController(this, () => {
    this.announce(this.t('tracker.rate-limited.ready'));
  });

  private readonly supplement = new SupplementController(this);

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
    this.forgetAttempt();
    this.current = value;
    this.view = value ? 'found' : 'idle';
    this.supplementSentAt = undefined;
    this.fetchedAt = value ? new Date() : undefined;
    if (value) this.supplement.forDossier(value.code);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.forgetAttempt();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('code')) this.codeDraft = normalizeDossierCode(this.code ?? '');
    if (changed.has('refresh')) this.session.setRefreshSeconds(Number(this.refresh ?? 0));
  }

  // ------------------------------------------------------------ behaviour

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const codeInput = form.querySelector<HTMLInputElement>('#code')!;
    const verifierInput = form.querySelector<HTMLInputElement>('#verifier')!;
    const code = normalizeDossierCode(codeInput.value);
    this.codeDraft = code;
    codeInput.value = code;
    const errors = {
      code: checkDossierCode(code),
      verifier: checkVerifier(normalizeVerifier(verifierInput.value)),
    };
    if (errors.code || errors.verifier) {
      this.forgetAttempt();
      this.fieldErrors = errors;
      this.view = 'validating';
      void this.focusAfterUpdate('#summary');
      return;
    }
    this.fieldErrors = {};
    void this.lookup(grantAccess(code, normalizeVerifier(verifierInput.value)));
  }

  private async lookup(access: DossierAccess): Promise<void> {
    this.forgetAttempt();
    const controller = new AbortController();
    this.inFlight = controller;
    this.view = 'loading';
    this.announce(this.t('tracker.loading'));
    try {
      const dossier = await access.lookup(this.client, { signal: controller.signal });
      if (this.inFlight !== controller) return;
      this.current = dossier;
      this.fetchedAt = new Date();
      this.supplementSentAt = undefined;
      this.supplement.forDossier(dossier.code);
      this.supplement.clear();
      this.session.open(access);
      this.view = 'found';
      this.announce(this.t('tracker.found', { code: dossier.code, status: this.t(`status.${dossier.status}`) }));
      this.dispatchEvent(new CustomEvent('gov-dossier-found', { detail: { status: dossier.status }, bubbles: true, composed: true }));
      void this.focusAfterUpdate('#result-title');
    } catch (error) {
      if (this.inFlight !== controller || (isApiError(error) && error.kind === 'aborted')) return;
      this.showFailure(error, access);
    } finally {
      if (this.inFlight === controller) {
        this.inFlight = undefined;
        this.clearVerifierInput();
      }
    }
  }

  private showFailure(error: unknown, access: DossierAccess): void {
    this.current = undefined;
    if (isApiError(error) && error.status === 404) {
      // Unknown code and wrong verifier answer the same 404: one message for both.
      this.view = 'not-found';
      this.announce(this.t('tracker.not-found.title'));
      void this.focusAfterUpdate('#outcome-title');
      return;
    }
    this.retryAccess = access;
    if (isApiError(error) && error.status === 429) {
      const seconds = error.retryAfter ?? DEFAULT_RETRY_AFTER;
      this.view = 'rate-limited';
      this.countdown.start(seconds);
      this.announce(this.t('tracker.rate-limited.wait', { seconds }));
    } else if (isApiError(error) && error.kind === 'offline') {
      this.view = 'offline';
      this.announce(this.t('error.offline'));
    } else {
      this.view = 'error';
      this.failure = error;
      this.announce(this.errorMessage(error));
    }
    void this.focusAfterUpdate('#outcome-title');
  }

  private retry(): void {
    if (!this.retryAccess || this.countdown.remaining > 0) return;
    void this.lookup(this.retryAccess);
  }

  /** Drops every trace of the previous attempt, including any verifier it held. */
  private forgetAttempt(): void {
    this.inFlight?.abort();
    this.inFlight = undefined;
    this.retryAccess = undefined;
    this.session.close();
    this.countdown.cancel();
    this.failure = undefined;
  }

  private onRefreshed(dossier: DossierStatus): void {
    const previous = this.current;
    this.current = dossier;
    this.fetchedAt = new Date();
    if (previous && previous.status !== dossier.status) {
      this.announce(this.t('tracker.changed', { status: this.t(`status.${dossier.status}`) }));
      this.dispatchEvent(
        new CustomEvent('gov-dossier-status-change', {
          detail: { from: previous.status, to: dossier.status },
          bubbles: true,
          composed: true,
        }),
      );
    }
  }

  private async sendSupplement(event: Event): Promise<void> {
    event.preventDefault();
    const dossier = this.current;
    const request = dossier?.supplementRequest;
    if (!dossier || !request || !this.session.active) return;
    const procedureCode = dossier.procedure.code;
    const sent = await this.supplement.send(request.documents, {
      upload: (file, documentCode) => uploadAttachment(this.client, file, { procedureCode, documentCode }),
      send: (body, key) => this.session.supplement(body, key),
    });
    if (sent) {
      const receipt = this.supplement.receipt!;
      this.supplementSentAt = receipt.receivedAt;
      this.announce(this.t('tracker.supplement.sent', { time: formatDateTime(receipt.receivedAt, this.effectiveLocale) }));
      this.dispatchEvent(new CustomEvent('gov-supplement-sent', { detail: { status: receipt.status }, bubbles: true, composed: true }));
      void this.focusAfterUpdate('#supplement-sent');
      // Show the status the supplement led to; a failure here leaves the refresh to try again.
      try {
        if (this.session.active) this.onRefreshed(await this.session.lookup());
      } catch {
        /* the dossier on screen stays; the confirmation above is what matters */
      }
    } else if (this.supplement.missing.length > 0) {
      void this.focusAfterUpdate('#supplement-summary');
    } else if (this.supplement.phase === 'failed') {
      this.announce(this.supplementFailure());
      void this.focusAfterUpdate('#supplement-failed');
    }
  }

  private supplementFailure(): string {
    return this.t('tracker.supplement.failed', { reason: this.errorMessage(this.supplement.error) });
  }

  private clearVerifierInput(): void {
    const input = this.renderRoot.querySelector<HTMLInputElement>('#verifier');
    if (input) input.value = '';
  }

  /** A live region repeats nothing it already says; a zero-width change makes it speak again. */
  private announce(text: string): void {
    this.announcement = this.announcement === text ? `${text}\u200b` : text;
  }

  private async focusAfterUpdate(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private focusField(event: Event, id: string): void {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus();
  }

  // ------------------------------------------------------------ templates

  protected override render(): TemplateResult {
    // lang: screen readers pronounce the text in the element's language, whatever the page's.
    return html`<div lang=${this.effectiveLocale}>
      <div class="visually-hidden" role="status">${this.announcement}</div>
      ${this.renderForm()}
      <div class="outcome" aria-busy=${this.view === 'loading' ? 'true' : 'false'}>${this.renderOutcome()}</div>
    </div>`;
  }

  private renderForm(): TemplateResult {
    const { code, verifier } = this.view === 'validating' ? this.fieldErrors : {};
    const describe = (id: string, invalid: boolean) => `${id}-hint${invalid ? ` ${id}-error` : ''}`;
    return html`
      <form part="form" class="lookup" novalidate @submit=${this.onSubmit} aria-labelledby="title">
        <h2 id="title">${this.t('tracker.title')}</h2>
        <p class="intro">${this.t('tracker.intro')}</p>
        ${code || verifier ? this.renderErrorSummary(code, verifier) : nothing}
        <div class="field ${code ? 'invalid' : ''}">
          <label for="code">${this.t('tracker.code.label')}</label>
          <span class="hint" id="code-hint">${this.t('tracker.code.hint')}</span>
          ${code ? html`<span class="error" id="code-error">${this.t(`tracker.code.${code}`)}</span>` : nothing}
          <input
            id="code"
            class="code-input"
            type="text"
            autocomplete="off"
            autocapitalize="characters"
            spellcheck="false"
            .value=${this.codeDraft}
            aria-describedby=${describe('code', !!code)}
            aria-invalid=${code ? 'true' : 'false'}
          />
        </div>
        <div class="field ${verifier ? 'invalid' : ''}">
          <label for="verifier">${this.t('tracker.verifier.label')}</label>
          <span class="hint" id="verifier-hint">${this.t('tracker.verifier.hint')}</span>
          ${verifier ? html`<span class="error" id="verifier-error">${this.t(`tracker.verifier.${verifier}`)}</span>` : nothing}
          <input
            id="verifier"
            class="verifier-input"
            type="text"
            inputmode="numeric"
            autocomplete="off"
            maxlength="9"
            aria-describedby=${describe('verifier', !!verifier)}
            aria-invalid=${verifier ? 'true' : 'false'}
          />
        </div>
        <button class="button" type="submit">${this.t('tracker.submit')}</button>
      </form>
    `;
  }

  private renderErrorSummary(code?: CodeProblem, verifier?: VerifierProblem): TemplateResult {
    return html`
      <div class="panel error summary" id="summary" tabindex="-1">
        <h3 id="summary-title">${this.t('tracker.errors.title')}</h3>
        <ul>
          ${code
            ? html`<li><a href="#code" @click=${(event: Event) => this.focusField(event, 'code')}>${this.t(`tracker.code.${code}`)}</a></li>`
            : nothing}
          ${verifier
            ? html`<li>
                <a href="#verifier" @click=${(event: Event) => this.focusField(event, 'verifier')}>${this.t(`tracker.verifier.${verifier}`)}</a>
              </li>`
            : nothing}
        </ul>
      </div>
    `;
  }

  private renderOutcome(): TemplateResult | typeof nothing {
    switch (this.view) {
      case 'loading':
        return html`<p class="loading"><span class="spinner" aria-hidden="true"></span>${this.t('tracker.loading')}</p>`;
      case 'found':
        return this.current ? this.renderDossier(this.current) : nothing;
      case 'not-found':
        return this.renderPanel('warning', this.t('tracker.not-found.title'), this.t('tracker.not-found.body'), false);
      case 'offline':
        return this.renderPanel('warning', this.t('tracker.offline.title'), this.t('error.offline'), true);
      case 'error':
        return this.renderPanel('error', this.t('tracker.error.title'), this.errorMessage(this.failure), true);
      case 'rate-limited':
        return this.renderPanel(
          'warning',
          this.t('tracker.rate-limited.title'),
          this.countdown.remaining > 0
            ? this.t('tracker.rate-limited.wait', { seconds: this.countdown.remaining })
            : this.t('tracker.rate-limited.ready'),
          true,
        );
      default:
        return nothing;
    }
  }

  private renderPanel(kind: 'warning' | 'error', title: string, body: string, retry: boolean): TemplateResult {
    const waiting = this.countdown.remaining > 0;
    return html`
      <div class="panel ${kind} outcome-panel">
        <h3 id="outcome-title" tabindex="-1">${title}</h3>
        <p class="outcome-body">${body}</p>
        ${retry
          ? html`<button class="button secondary retry" type="button" ?disabled=${waiting} @click=${this.retry}>
              ${this.t('tracker.retry')}
            </button>`
          : nothing}
      </div>
    `;
  }

  private renderDossier(dossier: DossierStatus): TemplateResult {
    const locale = this.effectiveLocale;
    return html`
      <article class="result" part="result" aria-labelledby="result-title">
        <h3 id="result-title" tabindex="-1">${this.t('tracker.result.title', { code: dossier.code })}</h3>
        <p class="procedure">${dossier.procedure.name}</p>
        <section class="status status-${dossier.status}" part="status" aria-labelledby="status-label">
          <h4 id="status-label" class="status-label">${this.t('tracker.result.status')}</h4>
          <p class="status-name">${this.t(`status.${dossier.status}`)}</p>
          <p class="status-explain">${this.t(`tracker.explain.${dossier.status}`)}</p>
          ${this.renderBadges(dossier)}
        </section>
        ${this.supplementSentAt
          ? html`<p class="panel success" id="supplement-sent" tabindex="-1">
              ${this.t('tracker.supplement.sent', { time: formatDateTime(this.supplementSentAt, locale) })}
            </p>`
          : nothing}
        ${this.renderAction(dossier)}
        <dl class="facts">
          ${fact(this.t('tracker.result.procedure'), `${dossier.procedure.name} (${dossier.procedure.code})`)}
          ${fact(this.t('tracker.result.applicant'), dossier.applicantName)}
          ${fact(this.t('tracker.result.agency'), dossier.agency.name)}
          ${fact(this.t('tracker.result.submitted'), formatDate(dossier.submittedAt, locale))}
          ${dossier.acceptedAt ? fact(this.t('tracker.result.accepted'), formatDate(dossier.acceptedAt, locale)) : nothing}
          ${dossier.expectedReturnDate
            ? fact(this.t('tracker.result.promised'), formatDate(dossier.expectedReturnDate, locale))
            : nothing}
          ${dossier.completedAt ? fact(this.t('tracker.result.completed'), formatDate(dossier.completedAt, locale)) : nothing}
        </dl>
        ${this.renderTimeline(dossier.history)}
        <div class="result-footer">
          ${this.fetchedAt
            ? html`<p class="fetched-at">${this.t('tracker.printed-at', { time: formatDateTime(this.fetchedAt, locale) })}</p>`
            : nothing}
          <button class="button secondary print" type="button" @click=${() => window.print()}>${this.t('tracker.print')}</button>
        </div>
      </article>
    `;
  }

  private renderBadges(dossier: DossierStatus): TemplateResult | typeof nothing {
    const badges: TemplateResult[] = [];
    if (dossier.timeliness) {
      const tone = dossier.timeliness === 'late' ? 'bad' : 'good';
      badges.push(html`<li class="badge ${tone} timeliness">${this.t(`tracker.timeliness.${dossier.timeliness}`)}</li>`);
    }
    if (dossier.overdue && dossier.timeliness !== 'late') {
      badges.push(html`<li class="badge bad overdue">${this.t('tracker.overdue')}</li>`);
    } else if (!dossier.overdue && !dossier.timeliness && dossier.expectedReturnDate && OPEN_STATUSES.includes(dossier.status)) {
      badges.push(html`<li class="badge neutral within">${this.t('tracker.timeliness.within')}</li>`);
    }
    if (badges.length === 0) return nothing;
    return html`<ul class="badges" aria-label=${this.t('tracker.result.progress')}>${badges}</ul>`;
  }

  private renderTimeline(history: readonly HistoryEntry[]): TemplateResult {
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
    // Optional parts are hidden spans rather than nested templates: one template instance per step.
    const steps = history.map((entry, index) => {
      const where = entry.agency && entry.department ? `${entry.agency} – ${entry.department}` : entry.agency || entry.department;
      return html`
        <li class="step ${index === last ? 'current' : ''}" aria-current=${index === last ? 'step' : nothing}>
          <time datetime=${entry.at}>${formatDateTime(entry.at, locale)}</time>
          <span class="step-status">${nameOf(entry.status)}</span>
          <span class="step-where" ?hidden=${!where}>${where ?? ''}</span>
          <span class="step-note" ?hidden=${!entry.note}>${entry.note ?? ''}</span>
        </li>
      `;
    });
    if (newestFirst) steps.reverse();
    return html`
      <section class="timeline" aria-labelledby="timeline-title">
        <h4 id="timeline-title">${this.t('tracker.timeline.title')}</h4>
        ${history.length === 0
          ? html`<p class="timeline-empty">${this.t('tracker.timeline.empty')}</p>`
          : html`<ol part="timeline" aria-labelledby="timeline-title" ?reversed=${newestFirst}>${steps}</ol>`}
      </section>
    `;
  }

  private renderAction(dossier: DossierStatus): TemplateResult | typeof nothing {
    switch (dossier.status) {
      case 5:
        return this.renderSupplement(dossier);
      case 6:
        return this.renderPayment(dossier);
      case 9:
      case 10:
        return this.renderResultInfo(dossier);
      default:
        return nothing;
    }
  }

  private renderSupplement(dossier: DossierStatus): TemplateResult {
    const locale = this.effectiveLocale;
    const request = dossier.supplementRequest;
    const supplement = this.supplement;
    const sending = supplement.sending;
    const body = !request
      ? html`<p>${this.t('tracker.supplement.contact')}</p>`
      : html`
          <dl class="facts compact">
            ${fact(this.t('tracker.supplement.reason'), request.reason)}
            ${fact(this.t('tracker.supplement.requested'), formatDate(request.requestedAt, locale))}
            ${request.dueDate ? fact(this.t('tracker.supplement.due'), formatDate(request.dueDate, locale)) : nothing}
          </dl>
          ${this.session.active
            ? this.renderSupplementForm(request.documents)
            : html`<h4>${this.t('tracker.supplement.documents')}</h4>
                <ul class="documents">${request.documents.map((document) => html`<li>${document.name}</li>`)}</ul>
                <p>${this.t('tracker.supplement.relookup')}</p>`}
        `;
    return html`
      <section class="panel warning action" part="action" aria-labelledby="action-title" aria-busy=${sending ? 'true' : 'false'}>
        <h4 id="action-title">${this.t('tracker.supplement.title')}</h4>
        ${body}
      </section>
    `;
  }

  private renderSupplementForm(documents: readonly { code: string; name: string }[]): TemplateResult {
    const supplement = this.supplement;
    const sending = supplement.sending;
    const missing = new Set(supplement.missing);
    const nameOf = (code: string) => documents.find((document) => document.code === code)?.name ?? code;
    return html`
      <form class="supplement" novalidate @submit=${this.sendSupplement}>
        ${missing.size > 0
          ? html`<div class="panel error summary" id="supplement-summary" tabindex="-1">
              <h5 id="supplement-summary-title">${this.t('tracker.errors.title')}</h5>
              <ul>
                ${supplement.missing.map((code) => {
                  const id = `file-${documents.findIndex((document) => document.code === code)}`;
                  return html`<li>
                    <a href="#${id}" @click=${(event: Event) => this.focusField(event, id)}>
                      ${this.t('tracker.supplement.missing-file', { name: nameOf(code) })}
                    </a>
                  </li>`;
                })}
              </ul>
            </div>`
          : nothing}
        <fieldset>
          <legend>${this.t('tracker.supplement.documents')}</legend>
          <p class="hint" id="file-hint">${this.t('tracker.supplement.file-hint')}</p>
          ${documents.map((document, index) => {
            const id = `file-${index}`;
            const chosen = supplement.files.get(document.code);
            const invalid = missing.has(document.code) || chosen?.status === 'failed';
            const described = ['file-hint', invalid ? `${id}-error` : '', chosen ? `${id}-status` : ''].filter(Boolean).join(' ');
            return html`
              <div class="field ${invalid ? 'invalid' : ''}">
                <label for=${id}>${document.name}</label>
                ${missing.has(document.code)
                  ? html`<span class="error" id="${id}-error">${this.t('tracker.supplement.missing-file', { name: document.name })}</span>`
                  : chosen?.status === 'failed'
                    ? html`<span class="error" id="${id}-error">${this.errorMessage(chosen.error)}</span>`
                    : nothing}
                <input
                  id=${id}
                  type="file"
                  ?disabled=${sending}
                  aria-describedby=${described}
                  aria-invalid=${invalid ? 'true' : 'false'}
                  @change=${(event: Event) => supplement.choose(document.code, (event.target as HTMLInputElement).files?.[0])}
                />
                ${chosen ? html`<span class="upload-status ${chosen.status}" id="${id}-status">${this.uploadStatus(chosen.status)}</span>` : nothing}
              </div>
            `;
          })}
        </fieldset>
        <div class="field">
          <label for="supplement-note">${this.t('tracker.supplement.note')}</label>
          <textarea
            id="supplement-note"
            rows="3"
            maxlength="1000"
            .value=${supplement.note}
            ?disabled=${sending}
            @input=${(event: Event) => supplement.setNote((event.target as HTMLTextAreaElement).value)}
          ></textarea>
        </div>
        ${supplement.phase === 'failed'
          ? html`<p class="panel error" id="supplement-failed" tabindex="-1">${this.supplementFailure()}</p>`
          : nothing}
        <button class="button send" type="submit" aria-disabled=${sending ? 'true' : 'false'}>
          ${sending
            ? this.t('tracker.supplement.sending')
            : supplement.phase === 'failed'
              ? this.t('tracker.supplement.retry')
              : this.t('tracker.supplement.send')}
        </button>
      </form>
    `;
  }

  private uploadStatus(status: string): string {
    switch (status) {
      case 'uploading':
        return this.t('tracker.supplement.uploading');
      case 'uploaded':
        return this.t('tracker.supplement.uploaded');
      case 'failed':
        return this.t('tracker.supplement.upload-failed');
      default:
        return '';
    }
  }

  private renderPayment(dossier: DossierStatus): TemplateResult | typeof nothing {
    const payment = dossier.payment;
    if (!payment) return nothing;
    const payUrl = safeHttpUrl(payment.payUrl);
    return html`
      <section class="panel warning action" part="action" aria-labelledby="action-title">
        <h4 id="action-title">${this.t('tracker.payment.title')}</h4>
        <dl class="facts compact">
          ${fact(this.t('tracker.payment.amount'), formatMoney(payment.amount, this.effectiveLocale))}
        </dl>
        ${payment.description ? html`<p>${payment.description}</p>` : nothing}
        ${payUrl ? html`<a class="button pay" href=${payUrl} rel="noopener noreferrer">${this.t('tracker.payment.pay')}</a>` : nothing}
        <p class="hint">${this.t('tracker.payment.in-person')}</p>
      </section>
    `;
  }

  private renderResultInfo(dossier: DossierStatus): TemplateResult | typeof nothing {
    const result = dossier.result;
    if (!result) return nothing;
    const documents = result.documents ?? [];
    return html`
      <section class="panel success action" part="action" aria-labelledby="action-title">
        <h4 id="action-title">${this.t(dossier.status === 9 ? 'tracker.result-info.title-9' : 'tracker.result-info.title-10')}</h4>
        <p>${result.summary}</p>
        ${result.pickup ? html`<dl class="facts compact">${fact(this.t('tracker.result-info.pickup'), result.pickup)}</dl>` : nothing}
        ${documents.length > 0
          ? html`<h5>${this.t('tracker.result-info.documents')}</h5>
              <ul class="documents">
                ${documents.map((document) => {
                  const url = safeHttpUrl(document.url);
                  return html`<li>
                    ${url
                      ? html`<a class="link" href=${url} rel="noopener noreferrer"
                          >${this.t('tracker.result-info.download', { name: document.name })}</a
                        >`
                      : document.name}
                  </li>`;
                })}
              </ul>`
          : nothing}
      </section>
    `;
  }
}

function fact(term: string, value: string): TemplateResult {
  return html`<div class="fact"><dt>${term}</dt><dd>${value}</dd></div>`;
}
