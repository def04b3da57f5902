import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { getForm } from '../../api/endpoints.js';
import { isApiError } from '../../api/errors.js';
import type { AttachmentRequirement, DossierReceipt, Field, FieldError, FormDefinition } from '../../api/schemas.js';
import { baseStyles } from '../../theme/styles.js';
import { GovElement } from '../shared/gov-element.js';
import { hasAnswer, type AnswerValue, type Answers } from './answers.js';
import { documentTemplate, uploadProblem, type AttachmentsView } from './attachments-page.js';
import { definitionProblems, InvalidDefinitionError } from './definition.js';
import { styles } from './dossier-form.styles.js';
import { DraftSession } from './draft-session.js';
import { inFlightSession, type Draft, type DraftContent, type DraftScope, type DraftStore } from './drafts.js';
import { controlId, renderField, type FieldHost } from './fields.js';
import { catalog } from './messages.js';
import {
  deviceData,
  inFlightNotice,
  invalidDefinition,
  kioskNotice,
  otherTabNotice,
  restoredNotice,
  restorePrompt,
  storageNotice,
  submittedElsewhere,
  versionNotice,
  whenSaved,
  type NoticeContext,
} from './notices.js';
import { duration, receiptView, submitButton, submitPanel, type Confirming } from './outcome.js';
import { ProblemTexts } from './problem-text.js';
import { reviewContent } from './review-page.js';
import {
  allFields,
  buildSubmission,
  carryOver,
  compareVersions,
  mapServerErrors,
  shapeOf,
  withPrefill,
  type ApplicantPrefill,
  type VersionChange,
} from './submission.js';
import { Submitter, type IncompleteReceipt, type SubmitOutcome } from './submitter.js';
import { UnitsController } from './units.js';
import { UploadsController, type StoredAttachment, type UploadEvent } from '../shared/uploads.js';
import { validateField, validateFields, type FieldProblem } from './validation.js';
import { visibleFieldIds } from './visibility.js';

export type { ApplicantPrefill } from './submission.js';
export type { IncompleteReceipt } from './submitter.js';

type LoadState = 'loading' | 'ready' | 'error' | 'not-online' | 'offline';

interface SummaryEntry {
  text: unknown;
  /** DOM id of the control to focus; none for a server error no question can show. */
  target?: string;
}

/** What takes the focus after the next render: a heading, a panel to read first, or a control. */
type PendingFocus =
  | '.page-heading'
  | '.error-summary'
  | '.version-notice'
  | '.tab-notice'
  | '.confirm-new'
  | '.device-question'
  | `#${string}`;

/** Hours a draft is kept after its last save, unless `draft-hours` says otherwise. */
const DEFAULT_DRAFT_HOURS = 24;

/**
 * Applies online for a procedure: renders its versioned form definition as steps,
 * takes the required documents, lets the applicant check their answers and submits
 * one dossier, whatever the network does.
 *
 * @summary Online application (tờ khai điện tử) with attachments, review, drafts and a receipt.
 *
 * @attr procedure - Code of the procedure (`1.001193`).
 * @attr case - Id of the procedure's case, when it has several.
 * @attr drafts - `on` (default) saves answers on this device as they are typed; `off` keeps nothing (shared computers, kiosks) and says so.
 * @attr draft-hours - Hours a saved draft is kept after its last change (default 24); older drafts are deleted.
 * @attr api-base - Base URL of the API; overrides `<gov-config>`.
 * @attr locale - `vi` (default) or `en`; overrides `<gov-config>`.
 *
 * @fires {CustomEvent} gov-dossier-submitted - The dossier was created; `detail` is the `DossierReceipt`, or `{ incomplete: true, code? }` when the server's receipt could not be read. Bubbles, composed.
 * @fires {CustomEvent} gov-track-dossier - The applicant asked to follow the new dossier; `detail` is `{ code }`. Bubbles, composed.
 *
 * @csspart steps - The step indicator.
 * @csspart error-summary - The error summary at the top of a step.
 * @csspart actions - The row of buttons under a step.
 * @csspart receipt - The confirmation panel with the dossier code.
 *
 * @cssprop --gov-color-primary - Buttons, links and the current step.
 * @cssprop --gov-color-danger - Errors.
 * @cssprop --gov-color-success - The confirmation.
 * @cssprop --gov-focus-color - The focus ring.
 */
export class GovDossierForm extends GovElement {
  static override styles = [...baseStyles, styles];
  protected static override catalog = catalog;
  static override properties: PropertyDeclarations = {
    procedure: {},
    caseId: { attribute: 'case' },
    drafts: {},
    draftHours: { attribute: 'draft-hours', type: Number },
    applicant: { attribute: false },
    definition: { attribute: false },
    // Internal state (fields below): reactive, no attribute.
    loadState: { attribute: false },
    loadError: { attribute: false },
    form: { attribute: false },
    answers: { attribute: false },
    page: { attribute: false },
    fieldProblems: { attribute: false },
    documentProblems: { attribute: false },
    declarationProblem: { attribute: false },
    declared: { attribute: false },
    submitError: { attribute: false },
    submitKind: { attribute: false },
    unmappedErrors: { attribute: false },
    receipt: { attribute: false },
    versionChange: { attribute: false },
    confirming: { attribute: false },
    announcement: { attribute: false },
    dragging: { attribute: false },
  };

  /** Code of the procedure whose form is filled in. */
  procedure?: string;

  /** Case of the procedure (`case` attribute). */
  caseId?: string;

  /** `off` keeps nothing on the device, and tells the applicant so. */
  drafts: string = 'on';

  /** Hours a saved draft is kept after its last change (`draft-hours`); older drafts are deleted from the device. */
  draftHours: number = DEFAULT_DRAFT_HOURS;

  /** Applicant data from the host's login, keyed by the contract's prefill keys (JS property). */
  applicant?: ApplicantPrefill;

  /**
   * A form definition to render instead of fetching one (previews of a definition being
   * written, benchmarks). Submitting still goes to the API.
   */
  definition?: FormDefinition;

  private loadState: LoadState = 'loading';
  private loadError: unknown;
  private form: FormDefinition | undefined;
  private answers: Answers = new Map();
  private page = 0;
  private fieldProblems = new Map<string, FieldProblem>();
  private documentProblems = new Map<string, FieldProblem>();
  private declarationProblem: FieldProblem | undefined;
  private declared = false;
  private submitError: unknown;
  /** How the last submission ended, when it did not create a dossier. */
  private submitKind: 'refused' | 'unknown' | 'rate-limited' | undefined;
  private unmappedErrors: FieldError[] = [];
  private receipt: DossierReceipt | IncompleteReceipt | undefined;
  private versionChange: VersionChange | undefined;
  /** A new dossier the applicant is asked to confirm. */
  private confirming: Confirming | undefined;
  private announcement = '';
  private dragging: string | undefined;

  #visible: ReadonlySet<string> = new Set();
  /** Fields that have shown an error: they are re-checked as the applicant corrects them. */
  readonly #live = new Set<string>();
  #returnToReview = false;
  #domIds = new Map<string, string>();
  #loadAbort: AbortController | undefined;
  #pendingFocus: PendingFocus | undefined;
  #loadedKey = '';
  #unitsBase = '';

  readonly #drafts = new DraftSession(this, {
    enabled: () => this.drafts !== 'off',
    maxAgeMs: () => (Number.isFinite(this.draftHours) && this.draftHours > 0 ? this.draftHours : DEFAULT_DRAFT_HOURS) * 3_600_000,
    content: () => this.#content(),
    restore: (draft) => this.#restore(draft),
    begin: () => this.#begin(),
    announce: (key) => this.#announce(this.t(key)),
  });
  /** Reads and writes drafts; `#drafts` holds what the applicant is asked about them. */
  get #draftStore(): DraftStore {
    return this.#drafts.store;
  }
  readonly #submitter = new Submitter(this, {
    transport: () => this.client,
    persist: () => this.#persistInFlight(),
    onWaitOver: () => this.#announce(this.t('form.rate-limited.ready')),
  });
  readonly #units = new UnitsController(this, () => this.client);
  readonly #uploads = new UploadsController(this, {
    client: () => this.client,
    procedureCode: () => this.form?.procedureCode ?? this.procedure ?? '',
    onEvent: (event) => this.#onUploadEvent(event),
  });

  /** What the field templates call back: one object, not a set of closures per question. */
  readonly #fieldHost: FieldHost = {
    t: (key, params) => this.t(key, params),
    units: this.#units,
    describeError: (error) => this.errorMessage(error),
    onChange: (field, value) => this.#onFieldChange(field, value),
  };

  readonly #onOnline = () => {
    if (this.loadState === 'offline') void this.#load();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this.#onOnline);
    // Moved in the page while loading: the load was aborted on the way out, start it again.
    if (this.loadState === 'loading' && this.#loadAbort?.signal.aborted) void this.#load();
  }

  override disconnectedCallback(): void {
    window.removeEventListener('online', this.#onOnline);
    this.#loadAbort?.abort();
    super.disconnectedCallback();
  }

  /**
   * Where the applicant is: `loading`, `error` (also a definition that cannot be used),
   * `not-online` (no online form, 404), `offline`, `filling` (a step, or the question
   * whether to restore a draft), `review`, or `submitted`.
   */
  get state(): 'loading' | 'error' | 'not-online' | 'offline' | 'filling' | 'review' | 'submitted' {
    if (this.loadState !== 'ready') return this.loadState;
    if (this.receipt) return 'submitted';
    const drafts = this.#drafts;
    return !drafts.pending && !drafts.submittedElsewhere && this.#isReviewPage(this.page) ? 'review' : 'filling';
  }

  /** Index of the page shown: the form's steps, then attachments (when any), then review. */
  get currentPage(): number {
    return this.page;
  }

  /** Discards the saved draft, every answer and a submission in flight, and starts from the first step. */
  startAgain(): void {
    const scope = this.#scope();
    if (scope) this.#draftStore.discard(scope);
    if (scope && this.drafts === 'off') inFlightSession.write(scope, undefined);
    this.#begin();
    this.#announce(this.t('form.draft.discarded'));
    this.#pendingFocus = '.page-heading';
  }

  // ------------------------------------------------------------------ lifecycle

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.#unitsBase !== this.effectiveApiBase) {
      this.#unitsBase = this.effectiveApiBase;
      this.#units.reset();
    }
    const key = [this.procedure ?? '', this.caseId ?? '', this.effectiveApiBase].join('\u0000');
    if (key !== this.#loadedKey || changed.has('definition')) {
      this.#loadedKey = key;
      void this.#load();
    }
    if (changed.has('applicant') && this.form && this.applicant) {
      this.answers = withPrefill(this.form, this.answers, this.applicant);
    }
    if (this.form && (changed.has('answers') || changed.has('form'))) {
      this.#visible = visibleFieldIds(this.form, this.answers);
      this.#dropHiddenProblems();
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const focus = this.#pendingFocus;
    if (!focus) return;
    this.#pendingFocus = undefined;
    const target = this.renderRoot.querySelector<HTMLElement>(focus);
    if (!target) return;
    target.focus();
    if (typeof target.scrollIntoView === 'function') target.scrollIntoView({ block: 'nearest' });
  }

  // ------------------------------------------------------------------ loading

  async #load(): Promise<void> {
    this.#loadAbort?.abort();
    if (this.definition) {
      this.#adopt(this.definition);
      return;
    }
    if (!this.procedure) {
      this.loadState = 'error';
      this.loadError = undefined;
      return;
    }
    const abort = new AbortController();
    this.#loadAbort = abort;
    this.loadState = 'loading';
    this.#announce(this.t('form.loading'));
    try {
      const form = await getForm(this.client, this.procedure, this.caseId, { signal: abort.signal });
      if (abort.signal.aborted) return;
      this.#adopt(form);
    } catch (error) {
      if (abort.signal.aborted) return;
      this.loadError = error;
      this.loadState = isApiError(error)
        ? error.status === 404
          ? 'not-online'
          : error.kind === 'offline'
            ? 'offline'
            : 'error'
        : 'error';
    }
  }

  /**
   * Takes a freshly loaded form: a definition that cannot be used is an error; otherwise
   * the host's prefill, and the question whether a draft found on the device is to be
   * restored. Nothing of a draft shows before the applicant says it is theirs.
   */
  #adopt(form: FormDefinition): void {
    this.receipt = undefined;
    this.#announce('');
    const problems = definitionProblems(form);
    if (problems.length > 0) {
      this.form = undefined;
      this.loadError = new InvalidDefinitionError(problems);
      this.loadState = 'error';
      return;
    }
    this.form = form;
    this.#indexFields(form);
    const scope = this.#scopeOf(form);
    this.#begin();
    this.#drafts.open(form, scope);
    this.#submitter.resume(this.drafts === 'off' ? inFlightSession.read(scope) : undefined);
    this.loadState = 'ready';
  }

  /** From the first step with the host's prefill only: nothing restored, nothing in flight. */
  #begin(): void {
    const form = this.form;
    this.#uploads.clear();
    this.#submitter.resume(undefined);
    this.#drafts.reset();
    this.answers = form ? withPrefill(form, new Map(), this.applicant) : new Map();
    this.versionChange = undefined;
    this.#resetProgress();
  }

  /**
   * The applicant said the draft is theirs: its answers and files come back, and the
   * applicant is taken where the draft needs them: the notice of a new version, the
   * review of a submission whose outcome is not known, or the first step.
   */
  #restore(draft: Draft): void {
    const form = this.form!;
    const known = new Set(allFields(form).filter(hasAnswer).map((field) => field.id));
    const answers = new Map<string, AnswerValue>();
    for (const [id, value] of draft.answers) if (known.has(id)) answers.set(id, value);
    this.#resetProgress();
    this.versionChange = undefined;
    // Object.fromEntries defines own keys, so a document code `__proto__` is restored like any other.
    this.#uploads.restore(Object.fromEntries([...draft.attachments].map(([code, files]) => [code, [...files]])), form.attachments);
    this.#submitter.resume(draft.inFlight);
    this.answers = withPrefill(form, answers, this.applicant);
    this.#visible = visibleFieldIds(form, this.answers);
    this.#announce(this.t('form.draft.restored', { time: whenSaved(draft.savedAt, this.effectiveLocale) }));
    if (draft.change) this.#showVersionChange(draft.change);
    else if (draft.inFlight) this.#goTo(this.#pageCount - 1, '.error-summary');
    else this.#pendingFocus = '.page-heading';
  }

  #resetProgress(): void {
    this.page = 0;
    this.#live.clear();
    this.fieldProblems = new Map();
    this.documentProblems = new Map();
    this.declarationProblem = undefined;
    this.declared = false;
    this.submitError = undefined;
    this.submitKind = undefined;
    this.confirming = undefined;
    this.unmappedErrors = [];
    this.#returnToReview = false;
  }

  #indexFields(form: FormDefinition): void {
    this.#domIds = new Map(allFields(form).map((field, index) => [field.id, `f${index}`]));
  }

  #scopeOf(form: FormDefinition): DraftScope {
    return { procedure: form.procedureCode, caseId: this.caseId ?? form.caseId };
  }

  #scope(): DraftScope | undefined {
    return this.form ? this.#scopeOf(this.form) : undefined;
  }

  #saveDraftSoon(): void {
    const scope = this.#scope();
    if (!scope || this.receipt || this.#drafts.pending || this.#drafts.submittedElsewhere) return;
    this.#draftStore.schedule(scope, () => this.#content());
  }

  /** What a draft keeps; JSON leaves out what is undefined (a submission not in flight). */
  #content(): DraftContent {
    return { form: shapeOf(this.form!), answers: this.answers, attachments: this.#uploaded(), inFlight: this.#submitter.inFlight };
  }

  /** Where a reload finds the submission in flight: the draft, or with drafts off the tab's session. */
  #persistInFlight(): void {
    const scope = this.#scope();
    if (!scope) return;
    if (this.drafts === 'off') inFlightSession.write(scope, this.#submitter.inFlight);
    else this.#draftStore.save(scope, this.#content());
  }

  /** Uploaded attachments by document, read per requirement so that any code is a key like any other. */
  #uploaded(): Map<string, StoredAttachment[]> {
    const uploaded = new Map<string, StoredAttachment[]>();
    for (const { documentCode } of this.form?.attachments ?? []) {
      const files = this.#uploads.items(documentCode).flatMap((item) => (item.status === 'done' && item.attachment ? [item.attachment] : []));
      if (files.length) uploaded.set(documentCode, files);
    }
    return uploaded;
  }

  // ------------------------------------------------------------------ pages

  get #pageCount(): number {
    if (!this.form) return 0;
    return this.form.steps.length + (this.form.attachments.length ? 1 : 0) + 1;
  }

  #isAttachmentsPage(page: number): boolean {
    return !!this.form && this.form.attachments.length > 0 && page === this.form.steps.length;
  }

  #isReviewPage(page: number): boolean {
    return page === this.#pageCount - 1;
  }

  #pageTitle(page: number): string {
    const step = this.form?.steps[page];
    if (step) return step.title;
    return this.t(this.#isAttachmentsPage(page) ? 'form.step.attachments' : 'form.step.review');
  }

  #pageOfField(fieldId: string): number {
    return this.form?.steps.findIndex((step) => step.fields.some((field) => field.id === fieldId)) ?? -1;
  }

  #goTo(page: number, focus: PendingFocus = '.page-heading'): void {
    // A finished step is a checkpoint: it is on the device before the next one shows.
    this.#draftStore.flush();
    this.page = page;
    this.submitError = undefined;
    this.submitKind = undefined;
    this.confirming = undefined;
    this.unmappedErrors = [];
    this.#pendingFocus = focus;
  }

  /** Problems of one page, by question id or document code (none on the review page). */
  #problemsOf(page: number): Map<string, FieldProblem> {
    const form = this.form!;
    const step = form.steps[page];
    if (step) return validateFields(step.fields, this.answers, this.#visible);
    const problems = new Map<string, FieldProblem>();
    if (this.#isAttachmentsPage(page)) {
      for (const requirement of form.attachments) {
        const found = this.#documentProblem(requirement);
        if (found) problems.set(requirement.documentCode, found);
      }
    }
    return problems;
  }

  /** Checks one page; shows its problems and answers whether the applicant may go on. */
  #checkPage(page: number): boolean {
    const found = this.#problemsOf(page);
    const step = this.form!.steps[page];
    if (step) {
      const problems = new Map(this.fieldProblems);
      for (const field of step.fields) problems.delete(field.id);
      for (const [id, problem] of found) {
        problems.set(id, problem);
        this.#live.add(id);
      }
      this.fieldProblems = problems;
    } else if (this.#isAttachmentsPage(page)) {
      this.documentProblems = found;
    }
    return found.size === 0;
  }

  #documentProblem(requirement: AttachmentRequirement): FieldProblem | null {
    const items = this.#uploads.items(requirement.documentCode);
    const params = { label: requirement.name };
    if (items.some((item) => item.status === 'uploading')) return { key: 'form.error.attachment-pending', params };
    if (items.some((item) => item.status === 'failed')) return { key: 'form.error.attachment-failed', params };
    if (requirement.required && !items.some((item) => item.status === 'done')) return { key: 'form.error.attachment-required', params };
    return null;
  }

  /**
   * "Tiếp tục" on the page it was pressed on. The second click of a double click (its
   * `detail` counts the clicks) and a click meant for a page already left are ignored:
   * either would land on the next page's button and cover that page in errors unseen.
   */
  #continue(from: number, event?: MouseEvent): void {
    if (!this.form || from !== this.page || (event?.detail ?? 0) > 1 || this.#isReviewPage(this.page)) return;
    this.unmappedErrors = [];
    if (!this.#checkPage(this.page)) {
      this.#pendingFocus = '.error-summary';
      return;
    }
    const next = this.#returnToReview ? this.#pageCount - 1 : this.page + 1;
    if (this.#isReviewPage(next)) this.#returnToReview = false;
    this.#goTo(next);
  }

  #back(): void {
    if (this.page > 0) this.#goTo(this.page - 1);
  }

  /** From the review page to the question, which gets the focus, then straight back. */
  #change(page: number, focusId: string): void {
    this.#returnToReview = true;
    this.#goTo(page, `#${focusId}`);
  }

  #onFieldChange(field: Field, value: AnswerValue): void {
    this.answers = new Map(this.answers).set(field.id, value);
    if (this.#live.has(field.id)) this.fieldProblems = withProblem(this.fieldProblems, field.id, validateField(field, value));
    this.#saveDraftSoon();
  }

  /** Runs on every keystroke: the map is copied only when a problem must go. */
  #dropHiddenProblems(): void {
    let problems: Map<string, FieldProblem> | undefined;
    for (const id of this.fieldProblems.keys()) {
      if (!this.#visible.has(id)) {
        (problems ??= new Map(this.fieldProblems)).delete(id);
        this.#live.delete(id);
      }
    }
    if (problems) this.fieldProblems = problems;
  }

  /**
   * Enter in a text box continues, as it would in a GOV.UK form; and it never reaches a
   * `<form>` the host page wraps around everything. A held-down Enter repeats: only the
   * first press counts.
   */
  #onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Enter' || event.isComposing) return;
    const target = event.composedPath()[0];
    if (!(target instanceof HTMLInputElement) || target.type === 'file') return;
    event.preventDefault();
    if (this.form?.steps[this.page] && !this.#submitter.sending && !event.repeat) this.#continue(this.page);
  }

  // ------------------------------------------------------------------ uploads

  #onUploadEvent(event: UploadEvent): void {
    const { type, item } = event;
    if (type === 'failed' || type === 'rejected') {
      const message = uploadProblem(item, { locale: this.effectiveLocale, describeError: (error) => this.errorMessage(error) });
      this.#announce(message ? this.t(message.key, message.params) : '');
    } else if (type !== 'started') this.#announce(this.t(`form.announce.${type}`, { file: item.name }));
    const code = item.documentCode;
    if (type !== 'started' && this.documentProblems.has(code)) {
      // Re-check the document live once it has shown an error.
      const requirement = this.form?.attachments.find((a) => a.documentCode === code);
      this.documentProblems = withProblem(this.documentProblems, code, requirement ? this.#documentProblem(requirement) : null);
    }
    if (type === 'done' || type === 'removed') this.#saveDraftSoon();
  }

  // ------------------------------------------------------------------ submission

  /**
   * Checks every page, then sends. While the outcome of an earlier body is not known, a
   * different body goes out only once the applicant confirmed it is a new dossier (`asNew`).
   */
  async #submit(asNew = false): Promise<void> {
    if (!this.form || this.#submitter.sending || this.#submitter.waiting > 0 || this.#drafts.submittedElsewhere) return;
    const form = this.form;
    this.declarationProblem = form.declaration && !this.declared ? { key: 'form.error.declaration', params: {} } : undefined;
    // Every page again: a draft or a new version may hold answers no page has checked.
    for (let page = 0; page < this.#pageCount - 1; page++) {
      if (!this.#checkPage(page)) {
        this.#goTo(page, '.error-summary');
        return;
      }
    }
    if (this.declarationProblem) {
      this.#pendingFocus = '.error-summary';
      return;
    }
    const body = buildSubmission(form, this.answers, this.#visible, this.#uploaded(), this.applicant, this.caseId);
    if (this.#submitter.intentFor(body) === 'changed') {
      if (!asNew) return this.#ask('submit-new');
      this.#submitter.forget();
    }
    this.confirming = undefined;
    this.#drafts.otherTab = undefined;
    this.submitError = undefined;
    this.submitKind = undefined;
    this.unmappedErrors = [];
    this.#announce(this.t('form.submitting'));
    const outcome = await this.#submitter.send(body);
    await this.#onOutcome(outcome, form);
  }

  async #onOutcome(outcome: SubmitOutcome, form: FormDefinition): Promise<void> {
    switch (outcome.kind) {
      case 'created':
      case 'created-unreadable': {
        const scope = this.#scopeOf(form);
        if (this.drafts !== 'off') this.#draftStore.markSubmitted(scope);
        this.#draftStore.unwatch();
        this.receipt = outcome.receipt;
        this.versionChange = undefined;
        this.#drafts.reset();
        this.#pendingFocus = '.page-heading';
        this.#announce(this.t('form.done.title'));
        this.emit('gov-dossier-submitted', outcome.receipt);
        return;
      }
      case 'refused': {
        const error = outcome.error;
        // Nothing was created: the corrected submission is a new body with a new key.
        if (isApiError(error) && error.status === 409 && error.problemType === 'form-version-changed') {
          await this.#onVersionChanged(form, error);
          return;
        }
        if (isApiError(error) && error.fieldErrors.length > 0) {
          this.#showServerErrors(form, error.fieldErrors, error);
          return;
        }
        break;
      }
      case 'rate-limited':
        this.submitError = outcome.error;
        this.submitKind = outcome.kind;
        this.#announce(`${this.t('form.rate-limited.title')}. ${this.t('form.rate-limited.wait', { time: this.#duration(outcome.seconds) })}`);
        this.#pendingFocus = '.error-summary';
        return;
      case 'unknown':
        break;
    }
    this.submitError = outcome.error;
    this.submitKind = outcome.kind;
    this.#announce(this.errorMessage(outcome.error));
    this.#pendingFocus = '.error-summary';
  }

  /** Asks the applicant to confirm a new dossier (or stops asking). */
  #ask(confirming: Confirming | undefined): void {
    this.confirming = confirming;
    this.#pendingFocus = confirming ? '.confirm-new' : '.page-heading';
  }

  /** The applicant confirmed: the answers are theirs to change (or to send) as a new dossier. */
  #confirmNew(): void {
    const confirming = this.confirming;
    this.confirming = undefined;
    if (confirming === 'submit-new') {
      void this.#submit(true);
      return;
    }
    this.#submitter.forget();
    this.submitKind = undefined;
    this.submitError = undefined;
    this.#pendingFocus = '.page-heading';
  }

  #showServerErrors(form: FormDefinition, errors: readonly FieldError[], error: unknown): void {
    const mapped = mapServerErrors(form, errors, this.#visible);
    const fieldProblems = new Map(this.fieldProblems);
    for (const [id, message] of mapped.fields) {
      fieldProblems.set(id, { key: 'form.error.custom', params: { message } });
      this.#live.add(id);
    }
    this.fieldProblems = fieldProblems;
    const documentProblems = new Map(this.documentProblems);
    for (const [code, message] of mapped.documents) documentProblems.set(code, { key: 'form.error.custom', params: { message } });
    this.documentProblems = documentProblems;

    const pages = [...mapped.fields.keys()].map((id) => this.#pageOfField(id)).filter((page) => page >= 0);
    if (mapped.documents.size > 0 && this.#isAttachmentsPage(form.steps.length)) pages.push(form.steps.length);
    if (pages.length > 0) {
      this.#goTo(Math.min(...pages), '.error-summary');
      this.unmappedErrors = mapped.other;
      this.#returnToReview = true;
      return;
    }
    this.submitError = error;
    this.submitKind = 'refused';
    this.unmappedErrors = mapped.other;
    this.#pendingFocus = '.error-summary';
  }

  /** 409: the form changed under the applicant. Keep what still applies, say what changed. */
  async #onVersionChanged(previous: FormDefinition, error: unknown): Promise<void> {
    let next: FormDefinition;
    try {
      next = await getForm(this.client, previous.procedureCode, this.caseId ?? previous.caseId);
    } catch (reloadError) {
      this.submitError = reloadError ?? error;
      this.submitKind = 'refused';
      this.#pendingFocus = '.error-summary';
      return;
    }
    if (definitionProblems(next).length > 0) {
      this.loadError = new InvalidDefinitionError(definitionProblems(next));
      this.loadState = 'error';
      return;
    }
    const before = shapeOf(previous);
    this.form = next;
    this.#indexFields(next);
    this.answers = withPrefill(next, carryOver(before, next, this.answers), this.applicant);
    this.#uploads.keepOnly(next.attachments);
    this.#showVersionChange(compareVersions(before, shapeOf(next)));
    this.#saveDraftSoon();
  }

  /**
   * After a new version (a 409, or a draft of an older version restored): the notice of what
   * changed, on the first page that needs the applicant (or the review when none does).
   */
  #showVersionChange(change: VersionChange): void {
    this.#visible = visibleFieldIds(this.form!, this.answers);
    this.versionChange = change;
    this.#resetProgress();
    let target = this.#pageCount - 1;
    for (let page = 0; page < this.#pageCount - 1; page++) {
      if (this.#problemsOf(page).size > 0) {
        target = page;
        break;
      }
    }
    this.#goTo(target, '.version-notice');
    // Once the new questions are answered, straight back to the review: the rest was checked.
    this.#returnToReview = !this.#isReviewPage(target);
  }

  #track(): void {
    const code = this.receipt?.code;
    if (code !== undefined) this.emit('gov-track-dossier', { code });
  }

  // ------------------------------------------------------------------ helpers

  #announce(text: string): void {
    // The same sentence twice in a row would not be read again.
    this.announcement = text && text === this.announcement ? `${text}\u00a0` : text;
  }

  #duration(seconds: number): string {
    return duration(this.#notice.t, seconds);
  }

  /** The words and locale the template modules need. */
  get #notice(): NoticeContext {
    return { t: (key, params) => this.t(key, params), locale: this.effectiveLocale };
  }

  readonly #problemTexts = new ProblemTexts();

  #problemText(problem: FieldProblem | null | undefined): unknown {
    return this.#problemTexts.text(problem, this.translator, this.#notice.t, this.effectiveLocale);
  }

  #domId(field: Field): string {
    return this.#domIds.get(field.id) ?? 'f';
  }

  #focusControl(event: Event, id: string): void {
    event.preventDefault();
    const control = (this.renderRoot as ShadowRoot).getElementById(id);
    if (!control) return;
    // Bring the question (legend or label) into view with its control.
    const question = control.closest('.field') ?? control;
    if (typeof question.scrollIntoView === 'function') question.scrollIntoView({ block: 'start' });
    control.focus({ preventScroll: true });
  }

  // ------------------------------------------------------------------ templates

  protected override render(): TemplateResult {
    return html`<div class="root" lang=${this.effectiveLocale} @keydown=${this.#onKeydown}>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${this.#renderState()}
    </div>`;
  }

  #renderState(): TemplateResult {
    const retry = html`<button type="button" class="button secondary" @click=${() => void this.#load()}>${this.t('common.retry')}</button>`;
    switch (this.loadState) {
      case 'loading':
        return html`<div class="loading" aria-busy="true">
          <p>${this.t('form.loading')}</p>
          <div class="skeleton"></div>
          <div class="skeleton short"></div>
        </div>`;
      case 'not-online':
        return this.#renderPanel('info', 'form.not-online.title', this.t('form.not-online.body'));
      case 'offline':
        return this.#renderPanel('warning', 'form.offline.title', this.t('form.offline.body'), retry);
      case 'error':
        if (this.loadError instanceof InvalidDefinitionError) return invalidDefinition(this.#notice, this.loadError.problems, retry);
        return this.procedure
          ? this.#renderPanel('error', 'form.load-error.title', this.errorMessage(this.loadError), retry)
          : this.#renderPanel('error', 'form.load-error.title', this.t('form.no-procedure'));
      default:
        return this.#renderReady(this.form!);
    }
  }

  #renderPanel(tone: string, title: string, body: string, action: TemplateResult | typeof nothing = nothing): TemplateResult {
    return html`<div class="panel ${tone} state">
      <h2>${this.t(title)}</h2>
      <p>${body}</p>
      ${action}
    </div>`;
  }

  /**
   * The loaded form: the question about a draft, another tab's submission, the receipt, or
   * a page; the notices above; the device's saved data below.
   */
  #renderReady(form: FormDefinition): TemplateResult {
    const notice = this.#notice;
    const page = this.page;
    let body: TemplateResult;
    if (this.receipt) body = receiptView(notice, this.receipt, { track: () => this.#track(), print: () => window.print() });
    else if (this.#drafts.submittedElsewhere) {
      body = submittedElsewhere(notice, () => {
        // Not `startAgain`: the draft on the device may already be the other tab's next one.
        this.#begin();
        this.#pendingFocus = '.page-heading';
      });
    }
    else if (this.#drafts.pending) {
      body = restorePrompt(notice, this.#drafts.pending.savedAt, { resume: () => this.#drafts.resume(), startAgain: () => this.startAgain() });
    } else {
      body = html`${this.#renderSteps()} ${this.#renderNotices()}
      ${this.#isReviewPage(page) ? this.#renderReview(form) : this.#isAttachmentsPage(page) ? this.#renderAttachments(form) : this.#renderStep(form, page)}`;
    }
    return html`
      <p class="form-title">${form.title}</p>
      ${this.drafts === 'off' && !this.receipt ? kioskNotice(notice) : nothing}
      ${body}
      ${this.drafts === 'off' || this.#submitter.sending
        ? nothing
        : deviceData(notice, this.#drafts.clearing, {
            ask: () => this.#drafts.askToClear(() => (this.#pendingFocus = '.device-question')),
            confirm: () => this.#drafts.clearDevice(!!this.receipt, () => (this.#pendingFocus = '.page-heading')),
            cancel: () => this.#drafts.askToClear(undefined),
          })}
    `;
  }

  #renderSteps(): TemplateResult {
    const total = this.#pageCount;
    return html`<div class="steps no-print" part="steps">
      <p class="step-count">${this.t('form.step-count', { current: this.page + 1, total })}</p>
      <ol aria-label=${this.t('form.steps.label')}>
        ${Array.from({ length: total }, (_, index) => {
          const state = index < this.page ? 'done' : index === this.page ? 'current' : 'todo';
          return html`<li class=${state} aria-current=${index === this.page ? 'step' : 'false'}>
            <span class="step-number" aria-hidden="true">${index + 1}</span>
            <span class="step-title">${this.#pageTitle(index)}</span>
            ${state === 'done' ? html`<span class="visually-hidden">(${this.t('form.step.completed')})</span>` : nothing}
          </li>`;
        })}
      </ol>
    </div>`;
  }

  #renderNotices(): TemplateResult {
    const notice = this.#notice;
    const drafts = this.#drafts;
    const other = drafts.otherTab;
    const inFlight = this.#submitter.inFlight;
    return html`
      ${other && other.kind !== 'submitted'
        ? otherTabNotice(notice, other, {
            useOther: () => drafts.useOtherTab(),
            keepMine: () => {
              drafts.keepThisTab();
              this.#pendingFocus = '.page-heading';
            },
            startAgain: () => this.startAgain(),
          })
        : nothing}
      ${this.versionChange ? versionNotice(notice, this.versionChange) : nothing}
      ${drafts.restoredAt ? restoredNotice(notice, drafts.restoredAt, () => this.startAgain()) : nothing}
      ${inFlight && this.drafts === 'off' && !this.#isReviewPage(this.page) ? inFlightNotice(notice, inFlight.sentAt) : nothing}
      ${storageNotice(notice, this.#draftStore.status)}
    `;
  }

  /**
   * A page: its problems (the summary, with links to the controls), its heading, which
   * takes the focus, its content and its buttons (Back from the second page on, unless
   * the answers are held while a submission's outcome is unknown).
   */
  #renderPage(title: string, entries: SummaryEntry[], content: unknown, primary: TemplateResult, review?: { panel: unknown; locked: boolean }): TemplateResult {
    return html`<section class="page">
      ${entries.length
        ? html`<div class="panel error error-summary" part="error-summary" tabindex="-1" aria-labelledby="error-summary-title">
            <div role="alert">
              <h2 id="error-summary-title">${this.t('form.error-summary.title')}</h2>
              <ul>
                ${entries.map((entry) =>
                  entry.target
                    ? html`<li><a href="#${entry.target}" @click=${(event: Event) => this.#focusControl(event, entry.target!)}>${entry.text}</a></li>`
                    : html`<li>${entry.text}</li>`,
                )}
              </ul>
            </div>
          </div>`
        : nothing}
      ${review?.panel ?? nothing}
      <h2 class="page-heading" tabindex="-1">${title}</h2>
      ${content}
      <div class="actions no-print" part="actions">
        ${primary}
        ${this.page > 0 && !review?.locked
          ? html`<button type="button" class="button secondary" @click=${() => this.#back()}>${this.t('common.back')}</button>`
          : nothing}
      </div>
    </section>`;
  }

  #continueButton(): TemplateResult {
    const page = this.page;
    return html`<button type="button" class="button" @click=${(event: MouseEvent) => this.#continue(page, event)}>${this.t('form.continue')}</button>`;
  }

  /** Summary entries for the problems shown on a page, then the server's that no question shows. */
  #entries(problems: Array<[FieldProblem | undefined, string]>): SummaryEntry[] {
    const entries: SummaryEntry[] = [];
    for (const [problem, target] of problems) if (problem) entries.push({ text: this.#problemText(problem)!, target });
    for (const error of this.unmappedErrors) entries.push({ text: error.message });
    return entries;
  }

  #renderStep(form: FormDefinition, page: number): TemplateResult {
    const step = form.steps[page]!;
    const fields = step.fields.filter((field) => this.#visible.has(field.id));
    const entries = this.#entries(
      fields.map((field) => {
        const problem = this.fieldProblems.get(field.id);
        return [problem, controlId(field, this.#domId(field), problem?.part)];
      }),
    );
    return this.#renderPage(
      step.title,
      entries,
      html`${page === 0 && form.description ? html`<p class="description">${form.description}</p>` : nothing}
      ${step.description ? html`<p class="description">${step.description}</p>` : nothing}
      ${fields.map((field) => {
        const problem = this.fieldProblems.get(field.id);
        return renderField({
          field,
          value: this.answers.get(field.id),
          id: this.#domId(field),
          problem,
          problemText: this.#problemText(problem),
          host: this.#fieldHost,
        });
      })}`,
      this.#continueButton(),
    );
  }

  #renderAttachments(form: FormDefinition): TemplateResult {
    const entries = this.#entries(form.attachments.map((requirement, index) => [this.documentProblems.get(requirement.documentCode), `doc${index}`]));
    const view: AttachmentsView = {
      ...this.#notice,
      uploads: this.#uploads,
      problemText: (code) => this.#problemText(this.documentProblems.get(code)),
      describeError: (error) => this.errorMessage(error),
      dragging: this.dragging,
      setDragging: (code) => (this.dragging = code),
      addFiles: (requirement, files) => {
        if (files?.length) this.#uploads.add(requirement, [...files]);
      },
    };
    return this.#renderPage(
      this.t('form.step.attachments'),
      entries,
      html`<p class="description">${this.t('form.attachments.intro')}</p>
        ${form.attachments.map((requirement, index) => documentTemplate(view, requirement, index))}`,
      this.#continueButton(),
    );
  }

  /**
   * Whether the review's answers are the body of a submission whose outcome is unknown:
   * then they are held as they are (no "Thay đổi", no "Quay lại") until it is known, or
   * until the applicant confirms they are making a new dossier.
   */
  #reviewIntent(form: FormDefinition): 'new' | 'same' | 'changed' {
    if (!this.#submitter.inFlight) return 'new';
    return this.#submitter.intentFor(buildSubmission(form, this.answers, this.#visible, this.#uploaded(), this.applicant, this.caseId));
  }

  #renderReview(form: FormDefinition): TemplateResult {
    const intent = this.#reviewIntent(form);
    const submitter = this.#submitter;
    return this.#renderPage(
      this.t('form.step.review'),
      this.declarationProblem ? [{ text: this.#problemText(this.declarationProblem)!, target: 'declaration' }] : [],
      reviewContent({
        ...this.#notice,
        form,
        answers: this.answers,
        visible: this.#visible,
        domId: (field) => this.#domId(field),
        units: this.#units,
        uploads: this.#uploads,
        locked: intent === 'same',
        change: (page, target) => this.#change(page, target),
        declared: this.declared,
        declarationProblem: this.#problemText(this.declarationProblem),
        setDeclared: (declared) => {
          this.declared = declared;
          if (this.declarationProblem && declared) this.declarationProblem = undefined;
        },
      }),
      submitButton(this.#notice.t, submitter, !!this.submitKind, () => void this.#submit()),
      {
        locked: intent === 'same',
        // Above the review: how the last submission ended, when it did not end in a dossier.
        panel: submitPanel(
          this.#notice,
          {
            kind: this.submitKind ?? (submitter.inFlight && !submitter.sending ? 'unknown' : undefined),
            message: this.submitError === undefined ? undefined : this.errorMessage(this.submitError),
            unmapped: this.unmappedErrors,
            intent,
            sentAt: submitter.inFlight?.sentAt,
            waiting: submitter.waiting,
            confirming: this.confirming,
          },
          { edit: () => this.#ask('edit'), confirm: () => this.#confirmNew(), cancel: () => this.#ask(undefined) },
        ),
      },
    );
  }
}

/** A copy of `problems` with `key`'s problem replaced, or removed when there is none. */
function withProblem(problems: Map<string, FieldProblem>, key: string, found: FieldProblem | null): Map<string, FieldProblem> {
  const next = new Map(problems);
  if (found) next.set(key, found);
  else next.delete(key);
  return next;
}
