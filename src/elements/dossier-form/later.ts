/**
 * What the form needs only past its steps, loaded on demand (docs/decisions.md, "The form's
 * later part"): the documents page and its uploads, the review, the submission and its
 * outcomes, the receipt, the rarer notices (`later-notices.ts`), and their Vietnamese words. One chunk, fetched when the browser is
 * idle after the first step shows, or at once when the applicant gets there: one download
 * brings everything the applicant needs to finish, even offline once it has arrived.
 */
import type { CSSResult, ReactiveControllerHost, TemplateResult } from 'lit';
import { createDossier } from '../../api/endpoints.js';
import type { Applicant, DossierReceipt, FormDefinition } from '../../api/schemas.js';
import type { ApiTransport } from '../../api/transport.js';
import { copyCodeStyles } from '../shared/copy-code.js';
import { fileChooserStyles } from '../shared/file-chooser.js';
import { UploadsController, type StoredAttachment, type UploadEvent } from '../shared/uploads.js';
import { attachmentsPage, fileProblem } from './attachments-page.js';
import type { Outcome } from '../shared/request.js';
import type { Answers } from './answers.js';
import type { DefinitionProblem } from './definition.js';
import { changeVersion, draftForVersion, restoreDraft } from './carry-over.js';
import type { Draft, InFlight } from './draft-format.js';
import type { FormView } from './form-view.js';
import { definitionProblems, pageNotices, submittedElsewhere } from './later-notices.js';
import { laterStyles } from './later.styles.js';
import { addWords } from '../../i18n/translator.js';
import { catalog } from './messages.js';
import { laterVi } from './messages-later.vi.js';
import { FeesController, feesSection } from './fees.js';
import { isIncomplete } from './outcome.js';
import { PaymentFlow } from './payment.js';
import type { PaymentTrip } from './payment-return.js';
import { receiptView } from './receipt-view.js';
import { reviewContent, reviewPage } from './review-page.js';
import { SubmitFlow, type SubmitHost } from './submit-flow.js';
import { Submitter, type IncompleteReceipt } from './submitter.js';
import type { UnitsController } from './units.js';
import type { FieldProblem } from './validation.js';

/** What the later part asks of the element. */
export interface LaterHost extends SubmitHost {
  readonly element: ReactiveControllerHost;
  readonly transport: ApiTransport;
  readonly units: UnitsController;
  /** The document files are being dragged over. */
  dragging: string | undefined;
  domId(fieldId: string): string;
  problemText(problem: FieldProblem | null | undefined): unknown;
  /** Adds styles to the element's own (all at once: each call replaces the last one's). */
  adoptStyles(...styles: CSSResult[]): void;
  /** A file was added or removed: the draft records it. */
  saveSoon(): void;
  /** The element's `heading-level`. */
  readonly headingLevel: number;
  /** The tracker's page for the receipt's QR code (`tracker-url`). */
  readonly trackerUrl: string | undefined;
  /** Where this form's trip to the payment platform is recorded. */
  readonly scope: { procedure: string; caseId: string | undefined };
  /** Puts answers on screen at once, with the questions they show in `form` (the flow checks pages against them now). */
  showAnswers(answers: Answers, form: FormDefinition): void;
  /** 409: the form's version now served. */
  loadVersion(previous: FormDefinition): Promise<Outcome<FormDefinition>>;
  /** A new version that cannot be used: the element says why instead of the form. */
  unusable(problems: DefinitionProblem[]): void;
  /** The form's on-demand questions, which a new version may need. */
  loadExtras(): Promise<unknown>;
  /** Takes a definition: the form shown is it (with the applicant's step when it asks one). */
  use(form: FormDefinition): void;
}

/** What the receipt asks of the element. */
export interface ReceiptActions {
  track: () => void;
  print: () => void;
}

export class LaterParts {
  readonly uploads: UploadsController;
  readonly submitter: Submitter;
  readonly submission: SubmitFlow;
  readonly fees: FeesController;
  readonly payment: PaymentFlow;
  readonly #host: LaterHost;
  /** Who the last body sent was from: the payment's lookup needs their verifier. */
  #applicant: Applicant | undefined;

  /** `inFlight`: the submission in flight a reload found before this part arrived. */
  constructor(host: LaterHost, inFlight: InFlight | undefined) {
    addWords(catalog, laterVi);
    host.adoptStyles(laterStyles, fileChooserStyles, copyCodeStyles);
    this.#host = host;
    this.uploads = new UploadsController(host.element, {
      transport: () => host.transport,
      procedureCode: () => host.form?.procedureCode ?? '',
      onEvent: (event) => this.#uploaded(event),
    });
    this.submitter = new Submitter(host.element, {
      create: (body, key) => {
        this.#applicant = body.applicant;
        return createDossier(host.transport, body, key);
      },
      // Where a reload finds the submission in flight (or its end).
      persist: () => host.drafts.persist(this.submitter.inFlight),
      onWaitOver: () => host.announce(host.l10n.t('form.rate-limited.ready')),
    });
    this.submitter.resume(inFlight);
    this.submission = new SubmitFlow(host, this.submitter, (previous) => changeVersion(host, this.uploads, previous));
    this.fees = new FeesController(host.element, () => host.form?.procedureCode, () => host.transport);
    this.payment = new PaymentFlow({
      element: host.element,
      get transport() { return host.transport; },
      get scope() { return host.scope; },
      announce: (key) => host.announce(host.l10n.t(key)),
    });
  }

  /** The dossier was made: what it must pay with the submission. */
  created(receipt: DossierReceipt | IncompleteReceipt): void {
    if (isIncomplete(receipt)) this.payment.reset();
    else this.payment.created(receipt, this.#applicant);
  }

  /** The applicant said the draft is theirs: its answers and files come back (`carry-over.ts`). */
  restore(draft: Draft): void {
    restoreDraft(this.#host, this.uploads, this.submitter, draft);
  }

  /** The confirmation of clearing the device. */

  /** The detail of a definition that cannot be used, for the portal. */
  readonly definitionProblems = definitionProblems;

  /** A draft written before the form changed, carried over to its new version. */
  readonly draftForVersion = draftForVersion;

  /** Back from the payment platform: the receipt to show again. */
  returned(trip: PaymentTrip): DossierReceipt {
    return this.payment.resume(trip);
  }

  /** The rarer notices above a page (another tab, a new version, a restored draft…): `later-notices.ts`. */
  readonly notices: (view: FormView) => TemplateResult = pageNotices;
  /** The page that says another tab submitted this draft. */
  readonly submittedElsewhere = submittedElsewhere;

  /** The documents page or the review, when `page` is one of them. */
  page(form: FormDefinition, primary: unknown, back: (() => void) | undefined): TemplateResult | undefined {
    const host = this.#host;
    const { flow, l10n } = host;
    const uploads = this.uploads;
    if (flow.isReviewPage(flow.page)) {
      return reviewPage({
        ...this.#answersShown(form),
        flow,
        submitter: this.submitter,
        submission: this.submission,
        problemText: (problem) => host.problemText(problem),
        errorMessage: (error) => host.errorMessage(error),
        back,
        fees: feesSection(l10n, host.headingLevel, this.fees),
      });
    }
    if (!flow.isAttachmentsPage(flow.page)) return undefined;
    return attachmentsPage(
      {
        l10n,
        requirements: form.attachments,
        uploads,
        problemText: (code) => host.problemText(flow.documentProblems.get(code)),
        describeError: (error) => host.errorMessage(error),
        dragging: host.dragging,
        setDragging: (code) => (host.dragging = code),
        addFiles: (requirement, files) => uploads.add(requirement, [...files]),
      },
      { unmapped: flow.unmapped, primary, back, level: host.headingLevel },
    );
  }

  /** Uploaded attachments by document, read per requirement so that any code is a key like any other. */
  uploaded(): Map<string, StoredAttachment[]> {
    const uploaded = new Map<string, StoredAttachment[]>();
    for (const { documentCode } of this.#host.form?.attachments ?? []) {
      const files = this.uploads.items(documentCode).flatMap((item) => (item.status === 'done' && item.attachment ? [item.attachment] : []));
      if (files.length) uploaded.set(documentCode, files);
    }
    return uploaded;
  }

  receipt(receipt: DossierReceipt | IncompleteReceipt, actions: ReceiptActions): TemplateResult {
    const host = this.#host;
    const form = host.form;
    return receiptView({
      l10n: host.l10n,
      level: host.headingLevel,
      receipt,
      trackerUrl: host.trackerUrl,
      payment: this.payment,
      // Back from the payment platform the answers are gone (the draft was deleted): no copy of them.
      submission: form && !this.payment.returned ? this.#printCopy(form) : undefined,
      errorMessage: (error) => host.errorMessage(error),
      announce: (text) => host.announce(text),
      actions,
    });
  }

  /** What the review and the printed copy show the answers and documents from. */
  #answersShown(form: FormDefinition) {
    const host = this.#host;
    return {
      l10n: host.l10n,
      level: host.headingLevel,
      form,
      answers: host.answers,
      visible: host.visible,
      domId: (id: string) => host.domId(id),
      units: host.units,
      uploads: this.uploads,
    };
  }

  /** The answers and documents sent, as the review showed them, for the printed receipt. */
  #printCopy(form: FormDefinition): TemplateResult {
    return reviewContent({
      ...this.#answersShown(form),
      locked: true,
      printCopy: true,
      change: () => undefined,
      declared: true,
      declarationProblem: undefined,
      setDeclared: () => undefined,
    });
  }

  /** An upload changed: what the applicant would see, read out; the document checked again once it showed a problem. */
  #uploaded({ type, item }: UploadEvent): void {
    const host = this.#host;
    const { l10n } = host;
    if (type === 'failed' || type === 'rejected') {
      const message = fileProblem(l10n, item, (error) => host.errorMessage(error));
      host.announce(message ? l10n.t(message.key, message.params) : '');
    } else if (type !== 'started') host.announce(l10n.t(`form.announce.${type}`, { file: item.name }));
    if (type !== 'started') host.flow.filesChanged(item.documentCode);
    if (type === 'done' || type === 'removed') host.saveSoon();
  }
}
