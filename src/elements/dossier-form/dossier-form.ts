import { adoptStyles, html, type CSSResult, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { DossierReceipt, Field, FormDefinition } from '../../api/schemas.js';
import type { ApiTransport } from '../../api/transport.js';
import { baseStyles } from '../../theme/styles.js';
import { GovElement, internalState } from '../shared/gov-element.js';
import { kitStyles } from '../shared/kit.styles.js';
import type { AnswerValue, Answers } from './answers.js';
import { definitionProblems, InvalidDefinitionError } from './definition.js';
import { styles } from './dossier-form.styles.js';
import { DraftSession } from './draft-session.js';
import type { DraftContent } from './drafts.js';
import type { FieldHost } from './fields.js';
import { FormFlow, type FlowHost, type PendingFocus } from './form-flow.js';
import { continueOnEnter, formView, needsLaterNotice, viewOf, type ViewHost } from './form-view.js';
import type { LaterHost } from './later.js';
import { LaterPart } from './later-part.js';
import { catalog, type FormKey } from './messages.js';
import { FormLoad } from './form-load.js';
import { loadPanel, StepTemplates } from './pages.js';
import { allFields, shownSource, withPrefill, type ApplicantPrefill } from './prefill.js';
import { ExtrasPart, needsExtras } from './extras-part.js';
import { paymentTrip } from './payment-return.js';
import { todayInVietnam } from './validation.js';
import { ProblemTexts } from './problem-text.js';
import type { IncompleteReceipt } from './submitter.js';
import { UnitsController } from './units.js';
import { shapeOf } from './form-shape.js';
import { VisibleQuestions } from './visibility.js';
import { DomIds } from './groups.js';
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
    ...internalState('form', 'answers', 'receipt', 'dragging'),
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

  private form: FormDefinition | undefined;
  private answers: Answers = new Map();
  private receipt: DossierReceipt | IncompleteReceipt | undefined;
  private dragging: string | undefined;

  readonly #visible = new VisibleQuestions();
  /** The definition as served, and the words the applicant step was made in. */
  #server: FormDefinition | undefined;
  #madeWith: unknown;
  /** The on-demand questions, once downloaded; the definition waiting for them. */
  readonly #extras = new ExtrasPart((styles) => this.#adoptStyles(styles));
  readonly #partStyles: CSSResult[] = [];
  #domIds = new DomIds(undefined);
  #addressFields: Field[] = [];
  readonly #problemTexts = new ProblemTexts();
  readonly #stepTemplates = new StepTemplates();

  readonly #load = new FormLoad(this, {
    transport: () => this.transport,
    source: () => ({ definition: this.definition, procedure: this.procedure, caseId: this.caseId }),
    take: (form) => this.#adopt(form),
    started: () => this.#extras.forget(),
    loading: () => this.announcer.announce(this.l10n.t('form.loading')),
  });
  readonly #drafts = new DraftSession(this, {
    enabled: () => this.drafts !== 'off',
    maxAgeMs: () => (Number.isFinite(this.draftHours) && this.draftHours > 0 ? this.draftHours : DEFAULT_DRAFT_HOURS) * 3_600_000,
    content: () => this.#content(),
    // Restoring follows the applicant's answer to the prompt, which waits for the later part.
    restore: (draft) => this.#later.whenReady(() => this.#later.parts!.restore(draft)),
    begin: () => this.#begin(),
    announce: (key) => this.announcer.announce(this.l10n.t(key)),
    // Said when the notice shows, which comes with the later part (unless the applicant has moved on).
    announceOtherTab: (kind) =>
      this.#later.eventually(() => this.#drafts.otherTab?.kind === kind && this.announcer.announce(this.l10n.t(`form.tab.${kind}.title`))),
    withCarryOver: (then) => this.#later.eventually(() => then(this.#later.parts!.draftForVersion)),
  });
  readonly #units = new UnitsController(this, () => this.transport, (styles) => this.#adoptStyles(styles));
  /** Loaded on demand: the documents page and its uploads, the review, the submission, the receipt. */
  readonly #later = new LaterPart(this, () => this.#host, () => this.announcer.announce(this.l10n.t('form.later.failed')));

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
    onAdd: (group) => this.#extras.part!.addRow(this.#host, group),
    onRemove: (group, row, index) => this.#extras.part!.removeRow(this.#host, group, row, index),
  };

  /** What the flow, the later part and the templates ask of the element: one object, made once (the objects it names first). */
  readonly #host = this.#makeHost();
  readonly #flow = new FormFlow(this.#host);

  /**
   * Where the applicant is: `loading`, `error` (also a definition that cannot be used),
   * `not-online` (no online form, 404), `offline`, `filling` (a step, or the question
   * whether to restore a draft), `review`, or `submitted`.
   */
  get state(): 'loading' | 'error' | 'not-online' | 'offline' | 'filling' | 'review' | 'submitted' {
    if (this.#load.state !== 'ready') return this.#load.state;
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
    if (this.#load.state === 'offline') this.#load.load();
    this.#later.online();
    this.#units.combobox.online();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const previous = changed.get('transport') as ApiTransport | undefined;
    const newBase = changed.has('transport') && previous?.baseUrl !== this.transport.baseUrl;
    if (newBase && previous) this.#units.reset();
    if (newBase || changed.has('procedure') || changed.has('caseId') || changed.has('definition')) this.#load.load();
    if (changed.has('headingLevel')) this.#stepTemplates.clear();
    // The element's own questions speak the element's language: made again in new words.
    if (this.#server && this.#madeWith !== this.l10n.translator) this.#use(this.#server);
    if (changed.has('applicant') && this.form && this.applicant) {
      this.#stepTemplates.clear();
      this.answers = withPrefill(this.form, this.answers, this.applicant);
    }
    if (this.#visible.update(this.form, this.answers, changed)) this.#flow.dropHidden();
    this.#wantUnits();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The detail of a definition that cannot be used comes with the later part.
    if (this.#load.state === 'error' && this.#load.error instanceof InvalidDefinitionError) this.#later.need();
    if (this.#load.state !== 'ready') return;
    // A rare notice (another tab, storage that fails…) is drawn by the later part: wanted now.
    if (needsLaterNotice(this.#host)) this.#later.need();
    else this.#later.prefetch();
  }

  /** Also waits for an action that waits for the later part (the next page, a restored draft). */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this.#later.settled();
    return super.getUpdateComplete();
  }

  // ------------------------------------------------------------------ the form and its answers

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
      return this.#load.set('error', new InvalidDefinitionError(problems));
    }
    if (needsExtras(form) && !this.#extras.part) {
      // The form shows once its on-demand questions are here; a failed download is a load error.
      this.#load.set('loading');
      return this.#extras.want(form, () => this.#adopt(form), (error) => this.#load.set('error', error));
    }
    this.#use(form);
    this.#begin();
    const scope = { procedure: form.procedureCode, caseId: this.caseId ?? form.caseId };
    this.#drafts.open(this.form!, scope);
    this.#later.resumeInFlight(this.#drafts.inFlightOfTab());
    this.#load.set('ready');
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
    this.#visible.use(form);
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

  #onFieldChange(field: Field, value: AnswerValue): void {
    const answers = new Map(this.answers).set(field.id, value);
    this.#visible.typed(field.id, this.answers, answers);
    this.answers = answers;
    this.#flow.answered(field, value);
    this.#saveDraftSoon();
  }

  /** The lists of units the page shows are loaded before it renders: templates only read them. */
  #wantUnits(): void {
    if (this.#load.state !== 'ready' || !this.form || this.receipt || this.#drafts.pending || this.#drafts.submittedElsewhere) return;
    const flow = this.#flow;
    const review = flow.isReviewPage(flow.page);
    const step = this.form.steps[flow.page];
    for (const field of this.#addressFields) {
      if (this.#visible.ids.has(field.id) && (review || step?.fields.includes(field))) this.#units.want(this.answers.get(field.id));
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

  #makeHost(): FlowHost & LaterHost & ViewHost & RowHost {
    // Getters read the element's state when asked (its form and answers are replaced, not changed).
    const element = this;
    return {
      element: this,
      get form() { return element.form; },
      get answers() { return element.answers; },
      get visible() { return element.#visible.ids; },
      get applicant() { return element.applicant; },
      get caseId() { return element.caseId; },
      get transport() { return element.transport; },
      get dragging() { return element.dragging; },
      set dragging(code) { element.dragging = code; },
      get flow() { return element.#flow; },
      drafts: this.#drafts,
      later: this.#later,
      extras: this.#extras,
      get receipt() { return element.receipt; },
      get kiosk() { return element.drafts === 'off'; },
      templates: this.#stepTemplates,
      fieldHost: this.#fieldHost,
      change: (field, value) => this.#onFieldChange(field, value),
      replace: (answers) => {
        this.answers = answers;
        this.#saveDraftSoon();
      },
      begin: () => this.#begin(),
      startAgain: () => this.startAgain(),
      track: () => this.#track(),
      units: this.#units,
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
      domId: (id) => this.#domIds.of(id),
      problemText: (problem) => this.#problemTexts.text(problem, this.l10n),
      uploaded: () => this.#later.parts!.uploaded(),
      announce: (text) => this.announcer.announce(text),
      errorMessage: (error) => this.errorMessage(error),
      created: (receipt) => this.#created(receipt),
      loadVersion: (previous) => this.#load.nextVersion(previous.procedureCode, this.caseId ?? previous.caseId),
      unusable: (problems) => this.#load.set('error', new InvalidDefinitionError(problems)),
      loadExtras: () => this.#extras.load(),
      use: (form) => this.#use(form),
      showAnswers: (answers, form) => {
        this.answers = answers;
        this.#visible.show(form, answers);
      },
      adoptStyles: (...styles) => this.#adoptStyles(...styles),
      saveSoon: () => this.#saveDraftSoon(),
      get headingLevel() { return element.headingLevel; },
      get trackerUrl() { return element.trackerUrl; },
      get scope() { return { procedure: element.form?.procedureCode ?? '', caseId: element.caseId ?? element.form?.caseId }; },
    };
  }

  // ------------------------------------------------------------------ templates

  readonly #onKeydown = (event: KeyboardEvent): void => continueOnEnter(this.#host, event);

  #focus(target: PendingFocus): void {
    this.nextFocus.to(target, { scroll: true });
  }

  protected override render(): TemplateResult {
    const { l10n } = this;
    const load = this.#load;
    this.#stepTemplates.beginRender();
    return html`<div class="root" lang=${l10n.locale} @keydown=${this.#onKeydown}>
      ${this.announcer.region()}
      ${load.state === 'ready'
        ? formView(viewOf(this.#host))
        : loadPanel({
            l10n,
            state: load.state,
            message: this.procedure || this.definition ? this.errorMessage(load.error) : undefined,
            invalid: load.error instanceof InvalidDefinitionError ? { details: this.#later.parts?.definitionProblems(l10n, load.error.problems) } : undefined,
            retry: () => load.load(),
            level: this.headingLevel,
          })}
    </div>`;
  }

  #track(): void {
    const code = this.receipt?.code;
    if (code !== undefined) this.emit('gov-track-dossier', { code });
  }
}
