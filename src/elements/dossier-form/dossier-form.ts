import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { createDossier, getForm } from '../../api/endpoints.js';
import { newIdempotencyKey } from '../../api/transport.js';
import { isApiError } from '../../api/errors.js';
import type { AttachmentRequirement, DossierReceipt, Field, FieldError, FormDefinition } from '../../api/schemas.js';
import { formatDate, formatDateTime, formatNumber } from '../../i18n/format.js';
import { baseStyles } from '../../theme/styles.js';
import { GovElement } from '../shared/gov-element.js';
import { hasAnswer, type AnswerValue, type Answers } from './answers.js';
import { styles } from './dossier-form.styles.js';
import { DraftController, type Draft, type DraftScope } from './drafts.js';
import { controlId, errorTemplate, optionalMark, renderField, type FieldHost } from './fields.js';
import { catalog } from './messages.js';
import { displayAnswer, formatBytes, safeUrl } from './review.js';
import {
  allFields,
  buildSubmission,
  carryOver,
  compareVersions,
  mapServerErrors,
  withPrefill,
  type ApplicantPrefill,
  type VersionChange,
} from './submission.js';
import { UnitsController } from './units.js';
import { typeLabels, UploadsController, type UploadEvent, type UploadItem } from '../shared/uploads.js';
import { validateField, validateFields, type FieldProblem } from './validation.js';
import { visibleFieldIds } from './visibility.js';

export type { ApplicantPrefill } from './submission.js';

type LoadState = 'loading' | 'ready' | 'error' | 'not-online' | 'offline';

interface SummaryEntry {
  text: string;
  /** DOM id of the control to focus; none for a server error no question can show. */
  target?: string;
}

/** What takes the focus after the next render: the page heading, the error summary, the version notice or a control. */
type PendingFocus = '.page-heading' | '.error-summary' | '.version-notice' | `#${string}`;

/**
 * Applies online for a procedure: renders its versioned form definition as steps,
 * takes the required documents, lets the applicant check their answers and submits
 * one dossier, whatever the network does.
 *
 * @summary Online application (tờ khai điện tử) with attachments, review, drafts and a receipt.
 *
 * @attr procedure - Code of the procedure (`1.001193`).
 * @attr case - Id of the procedure's case, when it has several.
 * @attr drafts - `on` (default) saves answers on this device as they are typed; `off` for shared computers.
 * @attr api-base - Base URL of the API; overrides `<gov-config>`.
 * @attr locale - `vi` (default) or `en`; overrides `<gov-config>`.
 *
 * @fires {CustomEvent} gov-dossier-submitted - The dossier was created; `detail` is the `DossierReceipt`. Bubbles, composed.
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
    submitting: { attribute: false },
    submitError: { attribute: false },
    unmappedErrors: { attribute: false },
    receipt: { attribute: false },
    versionChange: { attribute: false },
    restoredAt: { attribute: false },
    announcement: { attribute: false },
    dragging: { attribute: false },
  };

  /** Code of the procedure whose form is filled in. */
  procedure?: string;

  /** Case of the procedure (`case` attribute). */
  caseId?: string;

  /** `off` keeps nothing on the device. */
  drafts: string = 'on';

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
  private answers: Answers = {};
  private page = 0;
  private fieldProblems = new Map<string, FieldProblem>();
  private documentProblems = new Map<string, FieldProblem>();
  private declarationProblem: FieldProblem | undefined;
  private declared = false;
  private submitting = false;
  private submitError: unknown;
  private unmappedErrors: FieldError[] = [];
  private receipt: DossierReceipt | undefined;
  private versionChange: VersionChange | undefined;
  private restoredAt: string | undefined;
  private announcement = '';
  private dragging: string | undefined;

  #visible: ReadonlySet<string> = new Set();
  /** Fields that have shown an error: they are re-checked as the applicant corrects them. */
  readonly #live = new Set<string>();
  #returnToReview = false;
  #idempotencyKey: string | undefined;
  #domIds = new Map<string, string>();
  #loadAbort: AbortController | undefined;
  #pendingFocus: PendingFocus | undefined;
  #loadedKey = '';
  #unitsBase = '';

  readonly #draftStore = new DraftController(this, () => this.drafts !== 'off');
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
   * Where the applicant is: `loading`, `error`, `not-online` (no online form, 404),
   * `offline`, `filling` (a step), `review`, or `submitted`.
   */
  get state(): 'loading' | 'error' | 'not-online' | 'offline' | 'filling' | 'review' | 'submitted' {
    if (this.loadState !== 'ready') return this.loadState;
    if (this.receipt) return 'submitted';
    return this.#isReviewPage(this.page) ? 'review' : 'filling';
  }

  /** Index of the page shown: the form's steps, then attachments (when any), then review. */
  get currentPage(): number {
    return this.page;
  }

  /** Discards the saved draft and every answer, and starts from the first step. */
  startAgain(): void {
    const scope = this.#scope();
    if (scope) this.#draftStore.discard(scope);
    this.#begin(null);
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

  /** Takes a freshly loaded form: prefill, then whatever the applicant's draft holds. */
  #adopt(form: FormDefinition): void {
    this.form = form;
    this.#indexFields(form);
    this.#begin(this.#draftStore.load(this.#scopeOf(form)));
    this.receipt = undefined;
    this.loadState = 'ready';
    this.#announce('');
  }

  /** From the first step, with the draft's answers (if any) over the host's prefill. */
  #begin(draft: Draft | null): void {
    const form = this.form;
    const answers: Answers = {};
    if (draft && form) {
      const known = new Set(allFields(form).filter(hasAnswer).map((field) => field.id));
      for (const [id, value] of Object.entries(draft.answers)) if (known.has(id)) answers[id] = value;
      this.#uploads.restore(draft.attachments, form.attachments);
    } else {
      this.#uploads.clear();
    }
    this.#idempotencyKey = draft?.idempotencyKey;
    this.restoredAt = draft?.savedAt;
    this.answers = form ? withPrefill(form, answers, this.applicant) : {};
    this.versionChange = undefined;
    this.#resetProgress();
  }

  #resetProgress(): void {
    this.page = 0;
    this.#live.clear();
    this.fieldProblems = new Map();
    this.documentProblems = new Map();
    this.declarationProblem = undefined;
    this.declared = false;
    this.submitError = undefined;
    this.unmappedErrors = [];
    this.#returnToReview = false;
  }

  #indexFields(form: FormDefinition): void {
    this.#domIds = new Map(allFields(form).map((field, index) => [field.id, `f${index}`]));
  }

  #scopeOf(form: FormDefinition): DraftScope {
    return { procedure: form.procedureCode, caseId: this.caseId ?? form.caseId, version: form.version };
  }

  #scope(): DraftScope | undefined {
    return this.form ? this.#scopeOf(this.form) : undefined;
  }

  #saveDraftSoon(): void {
    const scope = this.#scope();
    if (!scope || this.receipt) return;
    this.#draftStore.schedule(scope, () => this.#snapshot());
  }

  /** What a draft keeps; JSON leaves out what is undefined (a cleared answer, a key not made yet). */
  #snapshot(): Omit<Draft, 'savedAt'> {
    return { answers: this.answers, attachments: this.#uploads.uploaded(), idempotencyKey: this.#idempotencyKey };
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

  #continue(): void {
    if (!this.form || this.#isReviewPage(this.page)) return;
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
    this.answers = { ...this.answers, [field.id]: value };
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
   * `<form>` the host page wraps around everything.
   */
  #onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Enter' || event.isComposing) return;
    const target = event.composedPath()[0];
    if (!(target instanceof HTMLInputElement) || target.type === 'file') return;
    event.preventDefault();
    if (this.form?.steps[this.page] && !this.submitting) this.#continue();
  }

  // ------------------------------------------------------------------ uploads

  #onUploadEvent(event: UploadEvent): void {
    const { type, item } = event;
    if (type === 'failed' || type === 'rejected') this.#announce(this.#uploadProblem(item) ?? '');
    else if (type !== 'started') this.#announce(this.t(`form.announce.${type}`, { file: item.name }));
    const code = item.documentCode;
    if (type !== 'started' && this.documentProblems.has(code)) {
      // Re-check the document live once it has shown an error.
      const requirement = this.form?.attachments.find((a) => a.documentCode === code);
      this.documentProblems = withProblem(this.documentProblems, code, requirement ? this.#documentProblem(requirement) : null);
    }
    if (type === 'done' || type === 'removed') this.#saveDraftSoon();
  }

  #uploadProblem(item: UploadItem): string | undefined {
    if (item.rejection) {
      const params = { ...item.rejection.params };
      if (typeof params['max'] === 'number' && item.rejection.key === 'form.upload.too-large') {
        params['max'] = formatBytes(params['max'], this.effectiveLocale);
      }
      return this.t(item.rejection.key, params);
    }
    if (item.status !== 'failed') return undefined;
    const error = item.error;
    if (isApiError(error) && (error.status === 413 || error.status === 415)) {
      return this.t('form.upload.refused', { file: item.name, reason: error.problem?.detail ?? error.problem?.title ?? '' });
    }
    return this.t('form.upload.failed', { file: item.name, reason: this.errorMessage(error) });
  }

  #onFiles(requirement: AttachmentRequirement, files: FileList | null | undefined): void {
    if (!files || files.length === 0) return;
    this.#uploads.add(requirement, [...files]);
  }

  // ------------------------------------------------------------------ submission

  async #submit(): Promise<void> {
    if (!this.form || this.submitting) return;
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

    this.submitting = true;
    this.submitError = undefined;
    this.unmappedErrors = [];
    this.#announce(this.t('form.submitting'));
    // One key per intent, saved before the request leaves: a retry, a reload or a
    // crash after the server answered but before we heard it cannot make a second dossier.
    this.#idempotencyKey ??= newIdempotencyKey();
    const scope = this.#scopeOf(form);
    this.#draftStore.save(scope, this.#snapshot());
    const submission = buildSubmission(form, this.answers, this.#visible, this.#uploads.uploaded(), this.applicant, this.caseId);
    try {
      const receipt = await createDossier(this.client, submission, this.#idempotencyKey);
      this.#draftStore.discard(scope);
      this.#idempotencyKey = undefined;
      this.receipt = receipt;
      this.restoredAt = undefined;
      this.versionChange = undefined;
      this.#pendingFocus = '.page-heading';
      this.#announce(this.t('form.done.title'));
      this.emit('gov-dossier-submitted', receipt);
    } catch (error) {
      await this.#onSubmitFailed(error, form);
    } finally {
      this.submitting = false;
    }
  }

  async #onSubmitFailed(error: unknown, form: FormDefinition): Promise<void> {
    const definitive = isApiError(error) && error.kind === 'http' && error.status !== undefined && error.status < 500 && error.status !== 429;
    if (definitive) {
      // Nothing was created: the corrected submission is a new intent with a new key.
      this.#idempotencyKey = undefined;
      this.#saveDraftSoon();
    }
    if (isApiError(error) && error.status === 409 && error.problemType === 'form-version-changed') {
      await this.#onVersionChanged(form, error);
      return;
    }
    if (isApiError(error) && error.fieldErrors.length > 0) {
      this.#showServerErrors(form, error.fieldErrors, error);
      return;
    }
    this.submitError = error;
    this.#announce(this.errorMessage(error));
    this.#pendingFocus = '.error-summary';
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
      this.#pendingFocus = '.error-summary';
      return;
    }
    this.#draftStore.discard(this.#scopeOf(previous));
    this.form = next;
    this.#indexFields(next);
    this.answers = withPrefill(next, carryOver(previous, next, this.answers), this.applicant);
    this.#visible = visibleFieldIds(next, this.answers);
    this.#uploads.keepOnly(next.attachments);
    this.versionChange = compareVersions(previous, next);
    this.#resetProgress();
    this.#saveDraftSoon();
    // The first page that needs the applicant, or the review page when none does.
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
    if (!this.receipt) return;
    this.emit('gov-track-dossier', { code: this.receipt.code });
  }

  // ------------------------------------------------------------------ helpers

  #announce(text: string): void {
    // The same sentence twice in a row would not be read again.
    this.announcement = text && text === this.announcement ? `${text}\u00a0` : text;
  }

  /**
   * Problem texts by problem, for the translator they were made in: a keystroke re-renders
   * every question of a long step, summary included, and all problems but the edited one are
   * the same objects as before.
   */
  #problemTexts = new WeakMap<FieldProblem, string>();
  #problemTextsIn: unknown;

  #problemText(problem: FieldProblem | null | undefined): string | undefined {
    if (!problem) return undefined;
    if (this.#problemTextsIn !== this.translator) {
      this.#problemTextsIn = this.translator;
      this.#problemTexts = new WeakMap();
    }
    let text = this.#problemTexts.get(problem);
    if (text === undefined) this.#problemTexts.set(problem, (text = this.#translateProblem(problem)));
    return text;
  }

  #translateProblem(problem: FieldProblem): string {
    const params = { ...problem.params };
    // Bounds in the locale's words: dates (ISO strings) and numbers, but not lengths.
    if (!problem.key.includes('length')) {
      for (const name of ['min', 'max']) {
        const bound = params[name];
        if (typeof bound === 'string') params[name] = formatDate(bound, this.effectiveLocale);
        else if (typeof bound === 'number') params[name] = formatNumber(bound, this.effectiveLocale);
      }
    }
    return this.t(problem.key, params);
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
        return this.procedure
          ? this.#renderPanel('error', 'form.load-error.title', this.errorMessage(this.loadError), retry)
          : this.#renderPanel('error', 'form.load-error.title', this.t('form.no-procedure'));
      default:
        return this.receipt ? this.#renderReceipt(this.receipt) : this.#renderForm(this.form!);
    }
  }

  #renderPanel(tone: string, title: string, body: string, action: TemplateResult | typeof nothing = nothing): TemplateResult {
    return html`<div class="panel ${tone} state">
      <h2>${this.t(title)}</h2>
      <p>${body}</p>
      ${action}
    </div>`;
  }

  #renderForm(form: FormDefinition): TemplateResult {
    const page = this.page;
    return html`
      <p class="form-title">${form.title}</p>
      ${this.#renderSteps()} ${this.#renderNotices()}
      ${this.#isReviewPage(page)
        ? this.#renderReview(form)
        : this.#isAttachmentsPage(page)
          ? this.#renderAttachments(form)
          : this.#renderStep(form, page)}
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
    const status = this.#draftStore.status;
    const change = this.versionChange;
    return html`
      ${change
        ? html`<div class="panel warning notice version-notice" tabindex="-1" role="region" aria-labelledby="version-title">
            <h2 id="version-title">${this.t('form.version.title')}</h2>
            <p>${this.t('form.version.body')}</p>
            ${change.removed.length ? html`<p>${this.t('form.version.removed', { list: change.removed.join('; ') })}</p>` : nothing}
            ${change.added.length ? html`<p>${this.t('form.version.added', { list: change.added.join('; ') })}</p>` : nothing}
          </div>`
        : nothing}
      ${this.restoredAt
        ? html`<div class="panel info notice draft-notice">
            <p>${this.t('form.draft.restored', { time: formatDateTime(this.restoredAt, this.effectiveLocale) })}</p>
            <button type="button" class="link" @click=${() => this.startAgain()}>${this.t('form.draft.start-again')}</button>
          </div>`
        : nothing}
      ${status === 'unavailable' || status === 'full'
        ? html`<div class="panel warning notice storage-notice"><p>${this.t(`form.draft.${status}`)}</p></div>`
        : nothing}
    `;
  }

  /**
   * A page: its problems (the summary, with links to the controls), its heading, which
   * takes the focus, its content and its buttons (Back from the second page on).
   */
  #renderPage(title: string, entries: SummaryEntry[], content: unknown, primary: TemplateResult): TemplateResult {
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
      ${this.#isReviewPage(this.page) ? this.#renderSubmitError() : nothing}
      <h2 class="page-heading" tabindex="-1">${title}</h2>
      ${content}
      <div class="actions no-print" part="actions">
        ${primary}
        ${this.page > 0
          ? html`<button type="button" class="button secondary" @click=${() => this.#back()}>${this.t('common.back')}</button>`
          : nothing}
      </div>
    </section>`;
  }

  #continueButton(): TemplateResult {
    return html`<button type="button" class="button" @click=${() => this.#continue()}>${this.t('form.continue')}</button>`;
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
          value: this.answers[field.id],
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
    return this.#renderPage(
      this.t('form.step.attachments'),
      entries,
      html`<p class="description">${this.t('form.attachments.intro')}</p>
        ${form.attachments.map((requirement, index) => this.#renderDocument(requirement, index))}`,
      this.#continueButton(),
    );
  }

  #renderDocument(requirement: AttachmentRequirement, index: number): TemplateResult {
    const id = `doc${index}`;
    const code = requirement.documentCode;
    const problemText = this.#problemText(this.documentProblems.get(code));
    const items = this.#uploads.items(code);
    const template = safeUrl(requirement.templateUrl);
    const rules = this.t('form.attachments.rules', {
      types: typeLabels(requirement.accept),
      size: formatBytes(requirement.maxBytes, this.effectiveLocale),
      count: requirement.maxFiles,
    });
    const dragOver = (event: DragEvent) => {
      event.preventDefault();
      this.dragging = code;
    };
    const drop = (event: DragEvent) => {
      event.preventDefault();
      this.dragging = undefined;
      this.#onFiles(requirement, event.dataTransfer?.files);
    };
    return html`<div
      class="field document ${problemText ? 'has-error' : ''} ${this.dragging === code ? 'dragging' : ''}"
      data-document=${code}
      @dragover=${dragOver}
      @dragleave=${() => (this.dragging = undefined)}
      @drop=${drop}
    >
      <label class="label" for=${id}>${requirement.name}${optionalMark(requirement.required, this.#fieldHost.t)}</label>
      <p class="hint" id="${id}-hint">${requirement.hint ?? ''}</p>
      <p class="hint" id="${id}-rules">${rules}</p>
      ${template
        ? html`<p><a class="link" href=${template} target="_blank" rel="noopener noreferrer"
            >${this.t('form.attachments.template')}<span class="visually-hidden">: ${requirement.name}</span></a
          ></p>`
        : nothing}
      ${errorTemplate(id, problemText, this.#fieldHost.t)}
      <div class="dropzone">
        <input
          class="file-input"
          type="file"
          id=${id}
          ?multiple=${requirement.maxFiles > 1}
          accept=${requirement.accept.join(',')}
          aria-describedby="${id}-hint ${id}-rules${problemText ? ` ${id}-error` : ''}"
          aria-invalid=${problemText ? 'true' : 'false'}
          @change=${(event: Event) => {
            const input = event.target as HTMLInputElement;
            this.#onFiles(requirement, input.files);
            // The same file chosen again after a removal must fire `change` again.
            input.value = '';
          }}
        />
        <p class="hint drop-hint">${this.t('form.attachments.drop')}</p>
      </div>
      ${items.length ? html`<ul class="files">${items.map((item) => this.#renderUpload(item))}</ul>` : nothing}
    </div>`;
  }

  #renderUpload(item: UploadItem): TemplateResult {
    const problem = this.#uploadProblem(item);
    /** A button whose name says which file it acts on. */
    const action = (name: string, label: string, act: () => void) => html`<button
      type="button"
      class="link"
      data-action=${name}
      @click=${act}
    >
      ${this.t(label)}<span class="visually-hidden">: ${item.name}</span>
    </button>`;
    return html`<li class="file ${item.status}" data-key=${item.key}>
      <span class="file-name">${item.name}</span> <span class="file-size">(${formatBytes(item.size, this.effectiveLocale)})</span>
      ${item.status === 'uploading'
        ? html`<progress max="100" .value=${Math.round(item.progress * 100)} aria-label="${this.t('form.upload.uploading')}: ${item.name}"></progress>
            ${action('cancel', 'form.upload.cancel', () => this.#uploads.cancel(item.key))}`
        : nothing}
      ${item.status === 'done' ? html`<span class="file-status">${this.t('form.upload.done')}</span>` : nothing}
      ${problem ? html`<p class="error-message">${problem}</p>` : nothing}
      ${item.status === 'failed' && item.retryable ? action('retry', 'common.retry', () => this.#uploads.retry(item.key)) : nothing}
      ${item.status !== 'uploading' ? action('remove', 'form.upload.remove', () => this.#uploads.remove(item.key)) : nothing}
    </li>`;
  }

  #renderReview(form: FormDefinition): TemplateResult {
    const display = {
      locale: this.effectiveLocale,
      t: (key: string) => this.t(key),
      unitName: (code: string, parent?: string) => {
        this.#units.list(parent);
        return this.#units.name(code, parent);
      },
    };
    /** One answer or document: what it is, what was given, and a link to change it. */
    const row = (data: { field?: string; document?: string }, label: string, shown: unknown, empty: boolean, page: number, target: string) =>
      html`<div class="summary-row" data-field=${ifDefined(data.field)} data-document=${ifDefined(data.document)}>
        <dt>${label}</dt>
        <dd class=${empty ? 'empty' : ''}>${shown}</dd>
        <dd class="summary-action no-print">
          <button type="button" class="link" @click=${() => this.#change(page, target)}>
            ${this.t('form.review.change')}<span class="visually-hidden"> ${label}</span>
          </button>
        </dd>
      </div>`;
    const list = (title: string, rows: unknown) => html`<h3 class="review-heading">${title}</h3>
      <dl class="summary-list">${rows}</dl>`;

    return this.#renderPage(
      this.t('form.step.review'),
      this.declarationProblem ? [{ text: this.#problemText(this.declarationProblem)!, target: 'declaration' }] : [],
      html`<p class="description">${this.t('form.review.intro')}</p>
        ${form.steps.map((step, page) => {
          const fields = step.fields.filter((field) => hasAnswer(field) && this.#visible.has(field.id));
          return fields.length
            ? list(
                step.title,
                fields.map((field) => {
                  const shown = displayAnswer(field, this.answers[field.id], display);
                  const target = controlId(field, this.#domId(field));
                  return row({ field: field.id }, field.label, shown ?? this.t('form.review.empty'), shown === null, page, target);
                }),
              )
            : nothing;
        })}
        ${form.attachments.length
          ? list(
              this.t('form.step.attachments'),
              form.attachments.map((requirement, index) => {
                const files = this.#uploads.items(requirement.documentCode).filter((item) => item.status === 'done');
                const shown = files.length
                  ? files.map((item) => html`<span class="review-file">${item.name}</span>`)
                  : this.t('form.review.no-files');
                return row({ document: requirement.documentCode }, requirement.name, shown, !files.length, form.steps.length, `doc${index}`);
              }),
            )
          : nothing}
        ${form.declaration ? this.#renderDeclaration(form.declaration) : nothing}`,
      html`<button
        type="button"
        class="button submit"
        aria-disabled=${this.submitting ? 'true' : 'false'}
        @click=${() => void this.#submit()}
      >
        ${this.t(this.submitting ? 'form.submitting' : this.submitError ? 'form.submit-retry' : 'form.submit')}
      </button>`,
    );
  }

  #renderDeclaration(text: string): TemplateResult {
    const problemText = this.#problemText(this.declarationProblem);
    return html`<div class="field declaration ${problemText ? 'has-error' : ''}">
      <h3 class="review-heading">${this.t('form.declaration.title')}</h3>
      <p class="declaration-text" id="declaration-text">${text}</p>
      ${errorTemplate('declaration', problemText, this.#fieldHost.t)}
      <div class="choice">
        <input
          type="checkbox"
          id="declaration"
          aria-describedby="declaration-text${problemText ? ' declaration-error' : ''}"
          aria-invalid=${problemText ? 'true' : 'false'}
          .checked=${this.declared}
          @change=${(event: Event) => {
            this.declared = (event.target as HTMLInputElement).checked;
            if (this.declarationProblem && this.declared) this.declarationProblem = undefined;
          }}
        />
        <label for="declaration">${this.t('form.declaration.confirm')}</label>
      </div>
    </div>`;
  }

  #renderSubmitError(): TemplateResult | typeof nothing {
    const errors = this.unmappedErrors;
    if (!this.submitError && errors.length === 0) return nothing;
    return html`<div class="panel error error-summary submit-error" tabindex="-1" aria-labelledby="submit-error-title">
      <div role="alert">
        <h2 id="submit-error-title">${this.t('form.submit-error.title')}</h2>
        ${this.submitError ? html`<p>${this.errorMessage(this.submitError)}</p>` : nothing}
        ${errors.length
          ? html`<p>${this.t('form.submit-error.fields')}</p>
              <ul>
                ${errors.map((error) => html`<li>${error.message}</li>`)}
              </ul>`
          : nothing}
        ${
          // A key still held means the server may have the dossier: retrying is safe and needed.
          this.#idempotencyKey !== undefined && this.submitError ? html`<p>${this.t('form.submit-error.safe')}</p>` : nothing
        }
      </div>
    </div>`;
  }

  #renderReceipt(receipt: DossierReceipt): TemplateResult {
    const locale = this.effectiveLocale;
    const receiptUrl = safeUrl(receipt.receiptUrl);
    const row = (label: string, value: string) => html`<div class="summary-row">
      <dt>${this.t(label)}</dt>
      <dd>${value}</dd>
    </div>`;
    return html`<section class="page receipt" part="receipt">
      <div class="panel success confirmation">
        <h2 class="page-heading" tabindex="-1">${this.t('form.done.title')}</h2>
        <p class="code-label">${this.t('form.done.code')}</p>
        <p class="code">${receipt.code}</p>
      </div>
      <dl class="summary-list receipt-details">
        ${row('form.done.procedure', `${receipt.procedure.name} (${receipt.procedure.code})`)}
        ${row('form.done.submitted-at', formatDateTime(receipt.submittedAt, locale))}
        ${receipt.expectedReturnDate ? row('form.done.return-date', formatDate(receipt.expectedReturnDate, locale)) : nothing}
      </dl>
      <h3 class="review-heading">${this.t('form.done.next.title')}</h3>
      <p>${this.t('form.done.next.body')}</p>
      <div class="actions no-print" part="actions">
        <button type="button" class="button" @click=${() => this.#track()}>${this.t('form.done.track')}</button>
        <button type="button" class="button secondary" @click=${() => window.print()}>${this.t('form.done.print')}</button>
        ${receiptUrl
          ? html`<a class="link" href=${receiptUrl} target="_blank" rel="noopener noreferrer">${this.t('form.done.receipt')}</a>`
          : nothing}
      </div>
    </section>`;
  }
}

/** A copy of `problems` with `key`'s problem replaced, or removed when there is none. */
function withProblem(problems: Map<string, FieldProblem>, key: string, found: FieldProblem | null): Map<string, FieldProblem> {
  const next = new Map(problems);
  if (found) next.set(key, found);
  else next.delete(key);
  return next;
}
