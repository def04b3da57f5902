/**
 * "Nộp hồ sơ": every page checked again, the body built and sent once (see `submitter.ts`),
 * and each outcome turned into what the applicant sees next: the receipt, the server's
 * problems on their questions, the notice of a new form version, or the panel above the review
 * saying why no dossier was made and what they can do.
 *
 * While the outcome of an earlier body is not known, a different body goes out only once the
 * applicant confirmed it is a new dossier.
 */
import { isApiError } from '../../api/errors.js';
import type { DossierReceipt, FieldError, FormDefinition } from '../../api/schemas.js';
import type { StoredAttachment } from '../shared/uploads.js';
import type { Answers } from './answers.js';
import type { DraftSession } from './draft-session.js';
import type { FormFlow, SubmitKind } from './form-flow.js';
import type { FormL10n } from './messages.js';
import { duration, type Confirming } from './outcome.js';
import type { ApplicantPrefill } from './prefill.js';
import { buildSubmission, mapServerErrors, type MappedErrors } from './submission.js';
import type { IncompleteReceipt, SubmitOutcome, Submitter } from './submitter.js';

/** What the submission asks of the element. */
export interface SubmitHost {
  readonly form: FormDefinition | undefined;
  readonly answers: Answers;
  readonly visible: ReadonlySet<string>;
  readonly applicant: ApplicantPrefill | undefined;
  readonly caseId: string | undefined;
  readonly l10n: FormL10n;
  readonly flow: FormFlow;
  /** The drafts: another tab may have submitted this one (then this tab does not submit it again). */
  readonly drafts: DraftSession;
  uploaded(): Map<string, StoredAttachment[]>;
  announce(text: string): void;
  errorMessage(error: unknown): string;
  /** A dossier was created: the receipt takes the page. */
  created(receipt: DossierReceipt | IncompleteReceipt, form: FormDefinition): void;
}

/**
 * 409: the form changed. Loads the new version and carries the answers over to it; resolves
 * with the error of the reload when it failed, undefined when the new version is shown (or
 * cannot be used, which the element shows).
 */
export type ChangeVersion = (previous: FormDefinition) => Promise<{ error: unknown } | undefined>;

export class SubmitFlow {
  readonly #host: SubmitHost;
  readonly #submitter: Submitter;
  readonly #changeVersion: ChangeVersion;

  /** `changeVersion`: after a 409, takes the form's new version (`carry-over.ts`). */
  constructor(host: SubmitHost, submitter: Submitter, changeVersion: ChangeVersion) {
    this.#host = host;
    this.#submitter = submitter;
    this.#changeVersion = changeVersion;
  }

  /** How the review's answers relate to a submission whose outcome is unknown (`same`: they are held). */
  intent(): 'new' | 'same' | 'changed' {
    const form = this.#host.form;
    if (!form || !this.#submitter.inFlight) return 'new';
    return this.#submitter.intentFor(this.#body(form));
  }

  /**
   * Checks every page, then sends. While the outcome of an earlier body is not known, a
   * different body goes out only once the applicant confirmed it is a new dossier (`asNew`).
   */
  async submit(asNew = false): Promise<void> {
    const host = this.#host;
    const { form, flow } = host;
    const submitter = this.#submitter;
    if (!form || submitter.sending || submitter.waiting > 0 || host.drafts.submittedElsewhere) return;
    flow.declarationProblem = form.declaration && !flow.declared ? { key: 'form.error.declaration', params: {} } : undefined;
    // Every page again: a draft or a new version may hold answers no page has checked.
    for (let page = 0; page < flow.pageCount - 1; page++) {
      if (!flow.checkPage(page)) {
        flow.goTo(page, '.error-summary');
        return;
      }
    }
    if (flow.declarationProblem) return flow.show('.error-summary');
    const body = this.#body(form);
    if (submitter.intentFor(body) === 'changed') {
      if (!asNew) return this.ask('submit-new');
      submitter.forget();
    }
    // The applicant's submission goes over whatever another tab did: its notice goes.
    host.drafts.otherTab = undefined;
    flow.clearOutcome();
    host.announce(host.l10n.t('form.submitting'));
    await this.#outcome(await submitter.send(body), form);
  }

  /** The applicant confirmed: the answers are theirs to change (or to send) as a new dossier. */
  confirmNew(): void {
    const { flow } = this.#host;
    const confirming = flow.confirming;
    flow.confirming = undefined;
    if (confirming === 'submit-new') {
      void this.submit(true);
      return;
    }
    this.#submitter.forget();
    flow.submitKind = undefined;
    flow.submitError = undefined;
    this.ask(undefined);
  }

  /** Asks the applicant to confirm a new dossier (or stops asking). */
  ask(confirming: Confirming | undefined): void {
    const { flow } = this.#host;
    flow.confirming = confirming;
    flow.show(confirming ? '.confirm-new' : '.page-heading');
  }

  setDeclared(declared: boolean): void {
    const { flow } = this.#host;
    flow.declared = declared;
    if (flow.declarationProblem && declared) flow.declarationProblem = undefined;
    flow.refresh();
  }

  async #outcome(outcome: SubmitOutcome, form: FormDefinition): Promise<void> {
    const host = this.#host;
    const { l10n, flow } = host;
    switch (outcome.kind) {
      case 'created':
      case 'created-unreadable':
        host.created(outcome.receipt, form);
        return;
      case 'refused': {
        const error = outcome.error;
        // Nothing was created: the corrected submission is a new body with a new key.
        if (isApiError(error) && error.status === 409 && error.problemType === 'form-version-changed') {
          const failed = await this.#changeVersion(form);
          if (failed) this.#failed('refused', failed.error ?? error);
          return;
        }
        if (isApiError(error) && error.fieldErrors.length > 0) {
          const mapped = mapServerErrors(form, error.fieldErrors, host.visible, host.answers);
          this.#showServerErrors(mapped, error);
          return;
        }
        break;
      }
      case 'rate-limited':
        host.announce(`${l10n.t('form.rate-limited.title')}. ${l10n.t('form.rate-limited.wait', { time: duration(l10n, outcome.seconds) })}`);
        this.#failed(outcome.kind, outcome.error);
        return;
      case 'unknown':
        break;
    }
    host.announce(host.errorMessage(outcome.error));
    this.#failed(outcome.kind, outcome.error);
  }

  /** The submission did not create a dossier: the review says why. */
  #failed(kind: SubmitKind, error: unknown, unmapped: FieldError[] = []): void {
    const { flow } = this.#host;
    flow.submitError = error;
    flow.submitKind = kind;
    flow.unmapped = unmapped;
    flow.show('.error-summary');
  }

  /** Problems the server found, shown on their questions and documents; the first page with one is shown. */
  #showServerErrors({ fields, documents, other }: MappedErrors, error: unknown): void {
    const { flow, form } = this.#host;
    const fieldProblems = new Map(flow.fieldProblems);
    for (const [id, message] of fields) {
      fieldProblems.set(id, { key: 'form.error.custom', params: { message } });
      flow.markLive(id);
    }
    flow.fieldProblems = fieldProblems;
    const documentProblems = new Map(flow.documentProblems);
    for (const [code, message] of documents) documentProblems.set(code, { key: 'form.error.custom', params: { message } });
    flow.documentProblems = documentProblems;

    const pages = [...fields.keys()].map((id) => form!.steps.findIndex((step) => step.fields.some((field) => field.id === id))).filter((page) => page >= 0);
    if (documents.size > 0 && flow.isAttachmentsPage(form!.steps.length)) pages.push(form!.steps.length);
    if (pages.length > 0) {
      flow.goTo(Math.min(...pages), '.error-summary');
      flow.unmapped = other;
      flow.returnToReview = true;
      return;
    }
    this.#failed('refused', error, other);
  }

  #body(form: FormDefinition) {
    const host = this.#host;
    return buildSubmission(form, host.answers, host.visible, host.uploaded(), host.applicant, host.caseId);
  }
}
