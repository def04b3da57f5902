import { adoptStyles, html, type CSSResult, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { createDossier, getForm } from '../../api/endpoints.js';
import { isApiError } from '../../api/errors.js';
import type { DossierReceipt, Field, FormDefinition } from '../../api/schemas.js';
import type { ApiTransport } from '../../api/transport.js';
import { baseStyles } from '../../theme/styles.js';
import { GovElement, internalState } from '../shared/gov-element.js';
import { kitStyles } from '../shared/kit.styles.js';
import { RequestController, type Outcome } from '../shared/request.js';
import { hasAnswer, type AnswerValue, type Answers } from './answers.js';
import { definitionProblems, InvalidDefinitionError } from './definition.js';
import { styles } from './dossier-form.styles.js';
import { DraftSession } from './draft-session.js';
import type { Draft, DraftContent } from './drafts.js';
import type { FieldHost } from './fields.js';
import { FormFlow, type FlowHost, type PendingFocus } from './form-flow.js';
import { formView } from './form-view.js';
import type { LaterHost } from './later.js';
import { LaterPart } from './later-part.js';
import { catalog, type FormKey } from './messages.js';
import { whenSaved } from './notices.js';
import { loadPanel, stepPage, StepTemplates, type LoadState } from './pages.js';
import { allFields, shownSource, withPrefill, type ApplicantPrefill } from './prefill.js';
import { needsExtras } from './applicant-ids.js';
import { ExtrasPart } from './extras-part.js';
import { paymentTrip } from './payment-return.js';
import { todayInVietnam } from './validation.js';
import { ProblemTexts } from './problem-text.js';
import type { IncompleteReceipt } from './submitter.js';
import { UnitsController } from './units.js';
import type { FieldProblem } from './validation.js';
import { carryOver, compareVersions, shapeOf } from './versions.js';
import { controllersOf, visibleFieldIds } from './visibility.js';
import { controlId } from './fields.js';
import { DomIds, expandRows, ROW_SEPARATOR } from './groups.js';
import type { RowHost } from './group-view.js';

export type { ApplicantPrefill, ApplicantValues } from './prefill.js';
export type { IncompleteReceipt } from './submitter.js';

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
 * @attr tracker-url - The portal's tracking page; the receipt's QR code opens it with `?code=<dossier code>`.
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
 * @csspart combobox-input - The text box of an address's province or commune, once typed into (issue #20).
 * @csspart combobox-listbox - The list of units the text finds, under it.
 * @csspart combobox-option - One unit in that list.
 *
 * @cssprop --gov-color-primary - Buttons, links and the current step.
 * @cssprop --gov-color-danger - Errors.
 * @cssprop --gov-color-success - The confirmation.
 * @cssprop --gov-focus-color - The focus ring.
 */
export class GovDossierForm extends GovElement<FormKey> {
  static override styles = [...baseStyles, kitStyles, styles];
  protected static override catalog = catalog;
  static override properties: PropertyDeclarations = {
    procedure: {},
    caseId: { attribute: 'case' },
    drafts: {},
    draftHours: { attribute: 'draft-hours', type: Number },
    trackerUrl: { attribute: 'tracker-url' },
    applicant: { attribute: false },
    definition: { attribute: false },
    ...internalState('loadState', 'loadError', 'form', 'answers', 'receipt', 'dragging'),
  };

  /** Code of the procedure whose form is filled in. */
  procedure?: string;

  /** Case of the procedure (`case` attribute). */
  caseId?: string;

  /** `off` keeps nothing on the device, and tells the applicant so. */
  drafts: string = 'on';

  /** Hours a saved draft is kept after its last change (`draft-hours`); older drafts are deleted from the device. */
  draftHours: number = DEFAULT_DRAFT_HOURS;

  /** The portal's tracking page (`tracker-url`): the receipt's QR code opens it with `?code=`. */
  trackerUrl?: string;

  /**
   * Applicant data from the host's login (JS property): an object keyed by the contract's
   * prefill keys (its source is the host), or contract 1.1's `PrefillEntry` list, each value
   * with its source (VNeID, the national population database…), which the form shows.
   */
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
  private receipt: DossierReceipt | IncompleteReceipt | undefined;
  private dragging: string | undefined;

  #visible: ReadonlySet<string> = new Set();
  /** The definition as served, and the words the applicant step was made in. */
  #server: FormDefinition | undefined;
  #madeWith: unknown;
  /** The on-demand questions, once downloaded; the definition waiting for them. */
  readonly #extras = new ExtrasPart((styles) => this.#adoptStyles(styles));
  readonly #partStyles: CSSResult[] = [];
  #domIds = new DomIds(undefined);
  #addressFields: Field[] = [];
  /** Questions others' visibility depends on (`visibleWhen`). */
  #controllers: ReadonlySet<string> = new Set();
  /** Answers typed since the last update: from which answers, to which, in which questions. */
  #typed: { before: Answers; answers: Answers; fields: string[] } | undefined;
  readonly #problemTexts = new ProblemTexts();
  readonly #stepTemplates = new StepTemplates();
  /** The new version a 409 asked for, awaited by the submission. */
  #versionArrived: ((outcome: Outcome<FormDefinition>) => void) | undefined;

  /** What the flow and the later part ask of the element: one object, made once. */
  readonly #host = this.#makeHost();
  readonly #flow = new FormFlow(this.#host);
  readonly #definition = new RequestController<[string, string | undefined, 'load' | 'version'], FormDefinition>(this, {
    task: ([procedure, caseId], signal) => getForm(this.transport, procedure, caseId, { signal }),
    settled: (outcome, [, , purpose]) => {
      if (purpose === 'version') return this.#versionArrived?.(outcome);
      if (outcome.ok) return this.#adopt(outcome.value);
      const { error } = outcome;
      this.loadError = error;
      this.loadState = isApiError(error) ? (error.status === 404 ? 'not-online' : error.kind === 'offline' ? 'offline' : 'error') : 'error';
    },
  });
  readonly #drafts = new DraftSession(this, {
    enabled: () => this.drafts !== 'off',
    maxAgeMs: () => (Number.isFinite(this.draftHours) && this.draftHours > 0 ? this.draftHours : DEFAULT_DRAFT_HOURS) * 3_600_000,
    content: () => this.#content(),
    restore: (draft) => this.#restore(draft),
    begin: () => this.#begin(),
    announce: (key) => this.announcer.announce(this.l10n.t(key)),
  });
  readonly #units = new UnitsController(this, () => this.transport, (styles) => this.#adoptStyles(styles));
  /** Loaded on demand: the documents page and its uploads, the review, the submission, the receipt. */
  readonly #later = new LaterPart(this, () => this.#host, () => this.announcer.announce(this.l10n.t('form.later.failed')));

  /** What adding and removing a group's rows asks of the element (group-view.ts). */
  readonly #rows: RowHost = {
    l10n: this.l10n,
    answers: () => this.answers,
    change: (field, value) => this.#onFieldChange(field, value),
    replace: (answers) => {
      this.answers = answers;
      this.#saveDraftSoon();
    },
    flow: () => this.#flow,
    domId: (id) => this.#domId(id),
    focus: (target) => this.#focus(target as PendingFocus),
    announce: (text) => this.announcer.announce(text),
  };

  /** What the templates of the questions call back: one object, not a set of closures per question. */
  readonly #fieldHost: FieldHost = {
    level: () => this.headingLevel,
    l10n: this.l10n,
    units: this.#units,
    describeError: (error) => this.errorMessage(error),
    onChange: (field, value) => this.#onFieldChange(field, value),
    source: (field, value) => shownSource(field, value, this.applicant),
    // Only a form with a read-only answer asks, and such a form has its extras.
    readOnly: (context) => this.#extras.part!.readOnly(context),
    onAdd: (group) => this.#extras.part!.addRow(this.#rows, group),
    onRemove: (group, row, index) => this.#extras.part!.removeRow(this.#rows, group, row, index),
  };

  /**
   * Where the applicant is: `loading`, `error` (also a definition that cannot be used),
   * `not-online` (no online form, 404), `offline`, `filling` (a step, or the question
   * whether to restore a draft), `review`, or `submitted`.
   */
  get state(): 'loading' | 'error' | 'not-online' | 'offline' | 'filling' | 'review' | 'submitted' {
    if (this.loadState !== 'ready') return this.loadState;
    if (this.receipt) return 'submitted';
    const drafts = this.#drafts;
    return !drafts.pending && !drafts.submittedElsewhere && this.#flow.isReviewPage(this.#flow.page) ? 'review' : 'filling';
  }

  /** Index of the page shown: the form's steps, then attachments (when any), then review. */
  get currentPage(): number {
    return this.#flow.page;
  }

  /** Discards the saved draft, every answer and a submission in flight, and starts from the first step. */
  startAgain(): void {
    if (this.form) this.#drafts.discard();
    this.#begin();
    this.announcer.announce(this.l10n.t('form.draft.discarded'));
    this.#focus('.page-heading');
  }

  // ------------------------------------------------------------------ lifecycle

  protected override online(): void {
    if (this.loadState === 'offline') this.#load();
    this.#later.online();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const previous = changed.get('transport') as ApiTransport | undefined;
    const newBase = changed.has('transport') && previous?.baseUrl !== this.transport.baseUrl;
    if (newBase && previous) this.#units.reset();
    if (newBase || changed.has('procedure') || changed.has('caseId') || changed.has('definition')) this.#load();
    if (changed.has('headingLevel')) this.#stepTemplates.clear();
    // The element's own questions speak the element's language: made again in new words.
    if (this.#server && this.#madeWith !== this.l10n.translator) this.#use(this.#server);
    if (changed.has('applicant') && this.form && this.applicant) {
      this.#stepTemplates.clear();
      this.answers = withPrefill(this.form, this.answers, this.applicant);
    }
    // Only a question another one depends on can change what is shown (typing elsewhere cannot).
    const typed = this.#typed;
    this.#typed = undefined;
    const conditionsStand = typed?.answers === this.answers && changed.get('answers') === typed.before && !changed.has('form');
    if (this.form && (changed.has('answers') || changed.has('form')) && !(conditionsStand && !typed.fields.some((id) => this.#controllers.has(id) || this.#controllers.has(id.slice(id.lastIndexOf(ROW_SEPARATOR) + 1))))) {
      const visible = visibleFieldIds(this.form, this.answers);
      // The same set when nothing changed, so that what depends on it is not rendered again.
      if (visible.size !== this.#visible.size || [...visible].some((id) => !this.#visible.has(id))) this.#visible = visible;
      this.#flow.dropHidden();
    }
    this.#wantUnits();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.loadState === 'ready') this.#later.prefetch();
  }

  /** Also waits for an action that waits for the later part (the next page, a restored draft). */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this.#later.settled();
    return super.getUpdateComplete();
  }

  // ------------------------------------------------------------------ the form and its answers

  #load(): void {
    this.#definition.abort();
    this.#extras.forget();
    if (this.definition) return this.#adopt(this.definition);
    if (!this.procedure) {
      this.loadState = 'error';
      this.loadError = undefined;
      return;
    }
    this.loadState = 'loading';
    this.announcer.announce(this.l10n.t('form.loading'));
    this.#definition.run([this.procedure, this.caseId, 'load']);
  }

  /**
   * Takes a freshly loaded form: a definition that cannot be used is an error; otherwise
   * the host's prefill, and the question whether a draft found on the device is to be
   * restored. Nothing of a draft shows before the applicant says it is theirs.
   */
  #adopt(form: FormDefinition): void {
    this.receipt = undefined;
    this.announcer.announce('');
    const problems = definitionProblems(form);
    if (problems.length > 0) {
      this.form = this.#server = undefined;
      this.loadError = new InvalidDefinitionError(problems);
      this.loadState = 'error';
      return;
    }
    if (needsExtras(form) && !this.#extras.part) {
      // The form shows once its on-demand questions are here; a failed download is a load error.
      this.loadState = 'loading';
      return this.#extras.want(form, () => this.#adopt(form), (error) => {
        this.loadError = error;
        this.loadState = 'error';
      });
    }
    this.#use(form);
    this.#begin();
    const scope = { procedure: form.procedureCode, caseId: this.caseId ?? form.caseId };
    this.#drafts.open(this.form!, scope);
    this.#later.resumeInFlight(this.#drafts.inFlightOfTab());
    this.loadState = 'ready';
    // Back from the payment platform: the receipt again, and the payment's state from the back end.
    const trip = paymentTrip(scope);
    if (trip) {
      this.receipt = trip.receipt;
      this.#later.whenReady(() => {
        this.#later.parts!.returned(trip);
        this.#focus('.page-heading');
      });
    }
  }

  /** Styles of a part loaded on demand join the element's (the later part's, the extras'). */
  #adoptStyles(...styles: CSSResult[]): void {
    this.#partStyles.push(...styles);
    adoptStyles(this.renderRoot as ShadowRoot, [...(this.constructor as typeof GovDossierForm).elementStyles, ...this.#partStyles]);
  }

  /** Takes a definition: the form shown is it, with the applicant step when it needs one. */
  #use(server: FormDefinition): void {
    this.#server = server;
    this.#madeWith = this.l10n.translator;
    const extras = this.#extras.part;
    const form = (this.form = extras ? extras.withApplicant(server, this.l10n, todayInVietnam()) : server);
    this.#stepTemplates.clear();
    const fields = allFields(form);
    this.#domIds = new DomIds(form);
    this.#addressFields = fields.filter((field) => field.kind === 'address');
    if (this.#addressFields.length > 0) this.#units.combobox.prefetch();
    this.#controllers = controllersOf(form);
  }

  /** From the first step with the host's prefill only: nothing restored, nothing in flight. */
  #begin(): void {
    const form = this.form;
    this.#later.parts?.uploads.clear();
    this.#later.parts?.payment.reset();
    this.#later.resumeInFlight(undefined);
    this.#drafts.reset();
    this.answers = form ? withPrefill(form, new Map(), this.applicant) : new Map();
    this.#flow.versionChange = undefined;
    this.#flow.reset();
  }

  /**
   * The applicant said the draft is theirs: its answers and files come back, and the
   * applicant is taken where the draft needs them: the notice of a new version, the
   * review of a submission whose outcome is not known, or the first step.
   */
  #restore(draft: Draft): void {
    const form = this.form!;
    const flow = this.#flow;
    const known = new Set(expandRows(allFields(form), draft.answers).filter(hasAnswer).map((field) => field.id));
    const answers = new Map<string, AnswerValue>();
    for (const [id, value] of draft.answers) if (known.has(id)) answers.set(id, value);
    flow.reset();
    flow.versionChange = undefined;
    // Object.fromEntries defines own keys, so a document code `__proto__` is restored like any other.
    this.#later.parts?.uploads.restore(Object.fromEntries([...draft.attachments].map(([code, files]) => [code, [...files]])), form.attachments);
    this.#later.resumeInFlight(draft.inFlight);
    this.answers = withPrefill(form, answers, this.applicant);
    this.#visible = visibleFieldIds(form, this.answers);
    this.announcer.announce(this.l10n.t('form.draft.restored', { time: whenSaved(draft.savedAt, this.l10n) }));
    // Back to the page the applicant was on (a draft of an older release does not say: the first).
    const at = draft.at === undefined ? undefined : flow.pageOf(draft.at);
    if (draft.change) flow.showVersionChange(draft.change, at);
    else if (draft.inFlight) flow.goTo(flow.pageCount - 1, '.error-summary');
    else flow.goTo(at ?? 0);
  }

  #onFieldChange(field: Field, value: AnswerValue): void {
    const typed = (this.#typed ??= { before: this.answers, answers: this.answers, fields: [] });
    typed.fields.push(field.id);
    this.answers = typed.answers = new Map(this.answers).set(field.id, value);
    this.#flow.answered(field, value);
    this.#saveDraftSoon();
  }

  /** The lists of units the page shows are loaded before it renders: templates only read them. */
  #wantUnits(): void {
    if (this.loadState !== 'ready' || !this.form || this.receipt || this.#drafts.pending || this.#drafts.submittedElsewhere) return;
    const flow = this.#flow;
    const review = flow.isReviewPage(flow.page);
    const step = this.form.steps[flow.page];
    for (const field of this.#addressFields) {
      if (this.#visible.has(field.id) && (review || step?.fields.includes(field))) this.#units.want(this.answers.get(field.id));
    }
  }

  // ------------------------------------------------------------------ drafts

  #saveDraftSoon(): void {
    if (this.form && !this.receipt) this.#drafts.saveSoon();
  }

  /** What a draft keeps; JSON leaves out what is undefined (a submission not in flight). */
  #content(): DraftContent {
    const form = this.form!;
    const attachments = this.#later.parts?.uploaded() ?? new Map();
    return { form: shapeOf(form), answers: this.answers, attachments, inFlight: this.#later.inFlight, at: this.#flow.pageKey() };
  }

  // ------------------------------------------------------------------ what the submission asks

  #created(receipt: DossierReceipt | IncompleteReceipt): void {
    this.#drafts.submitted();
    this.#later.parts?.created(receipt);
    this.receipt = receipt;
    this.#flow.versionChange = undefined;
    this.#drafts.reset();
    this.#focus('.page-heading');
    this.announcer.announce(this.l10n.t('form.done.title'));
    // An unreadable receipt is `{ incomplete: true, code? }`, as @fires says; the declared type
    // does not say so yet (docs/decisions.md, "Typed events").
    this.emit('gov-dossier-submitted', receipt as DossierReceipt);
  }

  /** 409: the form changed under the applicant. Keep what still applies, say what changed. */
  async #changeVersion(previous: FormDefinition): Promise<{ error: unknown } | undefined> {
    const outcome = await new Promise<Outcome<FormDefinition>>((resolve) => {
      this.#versionArrived = resolve;
      this.#definition.run([previous.procedureCode, this.caseId ?? previous.caseId, 'version']);
    });
    this.#versionArrived = undefined;
    if (!outcome.ok) return { error: outcome.error };
    const next = outcome.value;
    const problems = definitionProblems(next);
    if (problems.length > 0) {
      this.loadError = new InvalidDefinitionError(problems);
      this.loadState = 'error';
      return undefined;
    }
    const before = shapeOf(previous);
    if (needsExtras(next)) {
      try {
        await this.#extras.load();
      } catch (error) {
        return { error };
      }
    }
    this.#use(next);
    this.answers = withPrefill(next, carryOver(before, next, this.answers), this.applicant);
    this.#later.parts?.uploads.keepOnly(next.attachments);
    this.#visible = visibleFieldIds(next, this.answers);
    this.#flow.showVersionChange(compareVersions(before, shapeOf(next)));
    this.#saveDraftSoon();
    return undefined;
  }

  #makeHost(): FlowHost & LaterHost {
    // Getters read the element's state when asked (its form and answers are replaced, not changed).
    const element = this;
    return {
      element: this,
      get form() { return element.form; },
      get answers() { return element.answers; },
      get visible() { return element.#visible; },
      get applicant() { return element.applicant; },
      get caseId() { return element.caseId; },
      get submittedElsewhere() { return element.#drafts.submittedElsewhere; },
      get transport() { return element.transport; },
      createDossier: (body, key) => createDossier(this.transport, body, key),
      get dragging() { return element.dragging; },
      set dragging(code) { element.dragging = code; },
      get flow() { return element.#flow; },
      get units() { return element.#units; },
      l10n: this.l10n,
      files: (code) => this.#later.parts?.uploads.items(code) ?? [],
      focus: (target) => this.#focus(target),
      navigate: (page, go) => {
        const flow = this.#flow;
        if (flow.isAttachmentsPage(page) || flow.isReviewPage(page)) this.#later.whenReady(go);
        else go();
      },
      // A page moved to is worth a save even with nothing typed: the draft records the page.
      checkpoint: () => {
        this.#saveDraftSoon();
        this.#drafts.store.flush();
      },
      documentRequired: (requirement) => this.#extras.part?.documentRequired(this.form!, this.answers, requirement) ?? requirement.required,
      requestUpdate: () => this.requestUpdate(),
      domId: (id) => this.#domId(id),
      problemText: (problem) => this.#problemText(problem),
      uploaded: () => this.#later.parts!.uploaded(),
      announce: (text) => this.announcer.announce(text),
      errorMessage: (error) => this.errorMessage(error),
      forgetOtherTab: () => (this.#drafts.otherTab = undefined),
      created: (receipt) => this.#created(receipt),
      changeVersion: (previous) => this.#changeVersion(previous),
      persist: () => this.#drafts.persist(this.#later.inFlight),
      adoptStyles: (...styles) => this.#adoptStyles(...styles),
      saveSoon: () => this.#saveDraftSoon(),
      get headingLevel() { return element.headingLevel; },
      get trackerUrl() { return element.trackerUrl; },
      get scope() { return { procedure: element.form?.procedureCode ?? '', caseId: element.caseId ?? element.form?.caseId }; },
    };
  }

  // ------------------------------------------------------------------ templates

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
    if (this.form?.steps[this.#flow.page] && !this.#later.parts?.submitter.sending && !event.repeat) this.#flow.continue(this.#flow.page);
  }

  #focus(target: PendingFocus): void {
    this.nextFocus.to(target, { scroll: true });
  }

  #problemText(problem: FieldProblem | null | undefined): unknown {
    return this.#problemTexts.text(problem, this.l10n);
  }

  #domId(fieldId: string): string {
    return this.#domIds.of(fieldId);
  }

  protected override render(): TemplateResult {
    const { l10n, loadState } = this;
    this.#stepTemplates.beginRender();
    const parts = this.#later.parts;
    const drafts = this.#drafts;
    return html`<div class="root" lang=${l10n.locale} @keydown=${this.#onKeydown}>
      ${this.announcer.region()}
      ${loadState === 'ready'
        ? formView({
            l10n,
            form: this.form!,
            drafts,
            flow: this.#flow,
            kiosk: this.drafts === 'off',
            receipt: this.receipt && (parts?.receipt(this.receipt, { track: () => this.#track(), print: () => window.print() }) ?? html`<p class="skeleton"></p>`),
            inFlight: this.#later.inFlight,
            laterFailed: this.#later.failed,
            sending: !!parts?.submitter.sending,
            page: () => this.#renderPage(this.form!),
            begin: () => this.#begin(),
            startAgain: () => this.startAgain(),
            // A draft may hold files and take the applicant to the review: the part they need first.
            resume: () => this.#later.whenReady(() => drafts.resume()),
            useOther: () => this.#later.whenReady(() => drafts.useOtherTab()),
            focus: (target) => this.#focus(target),
            level: this.headingLevel,
          })
        : loadPanel({
            l10n,
            state: loadState,
            message: this.procedure || this.definition ? this.errorMessage(this.loadError) : undefined,
            invalid: this.loadError instanceof InvalidDefinitionError ? this.loadError.problems : undefined,
            retry: () => this.#load(),
            level: this.headingLevel,
          })}
    </div>`;
  }

  /** The page shown: a step, the documents, or the review. */
  #renderPage(form: FormDefinition): unknown {
    const { l10n } = this;
    const flow = this.#flow;
    const page = flow.page;
    const back = page > 0 ? () => flow.back() : undefined;
    const primary = html`<button type="button" class="button" @click=${(event: MouseEvent) => flow.continue(page, event)}>${l10n.t('form.continue')}</button>`;
    const later = this.#later.parts?.page(form, primary, back);
    if (later || !form.steps[page]) return later;
    return stepPage({
      templates: this.#stepTemplates,
      l10n,
      level: this.headingLevel,
      form,
      index: page,
      answers: this.answers,
      visible: this.#visible,
      problems: flow.fieldProblems,
      unmapped: flow.unmapped,
      problemText: (problem) => this.#problemText(problem),
      domId: (id) => this.#domId(id),
      host: this.#fieldHost,
      primary,
      back,
      groupView: this.#extras.part?.groupView,
    });
  }

  #track(): void {
    const code = this.receipt?.code;
    if (code !== undefined) this.emit('gov-track-dossier', { code });
  }
}
