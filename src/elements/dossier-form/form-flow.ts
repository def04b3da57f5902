/**
 * The applicant's way through the form: the pages (the form's steps, then the documents when
 * any are asked for, then the review), the checks that let them go on, the problems shown on
 * each page, and where the focus goes when a page changes.
 *
 * - A question is checked when "Tiếp tục" is pressed; once it has shown a problem it is
 *   checked again as the applicant corrects it (`answered`).
 * - From the review to a question ("Thay đổi") and straight back once it is answered; after a
 *   new form version, from the first page that needs the applicant straight back to the review.
 * - What the last submission left on the review (a refusal, an unknown outcome, a wait, the
 *   question whether a new dossier is meant) goes when the applicant moves to another page.
 */
import type { AttachmentRequirement, Field, FieldError, FormDefinition } from '../../api/schemas.js';
import type { UploadStatus } from '../shared/uploads.js';
import type { AnswerValue, Answers } from './answers.js';
import { expandRows } from './groups.js';
import type { FormL10n } from './messages.js';
import type { Confirming } from './outcome.js';
import { validateField, validateFields, type FieldProblem } from './validation.js';
import type { VersionChange } from './versions.js';

/** What takes the focus after the next render: a heading, a panel to read first, or a control. */
export type PendingFocus =
  | '.page-heading'
  | '.error-summary'
  | '.version-notice'
  | '.tab-notice'
  | '.confirm-new'
  | '.device-question'
  | `#${string}`;

/** How the last submission ended, when it did not create a dossier. */
export type SubmitKind = 'refused' | 'unknown' | 'rate-limited';

/** What the flow asks of the element. */
export interface FlowHost {
  readonly form: FormDefinition | undefined;
  readonly answers: Answers;
  readonly visible: ReadonlySet<string>;
  /** The files chosen for a document, uploaded or not. */
  files(documentCode: string): readonly { status: UploadStatus }[];
  focus(target: PendingFocus): void;
  /** Shows `page` once what it needs is loaded: `go` runs then. */
  navigate(page: number, go: () => void): void;
  /** Whether a document must be uploaded now, when the form's on-demand questions can say more than `required`. */
  documentRequired?(requirement: AttachmentRequirement): boolean;
  /** A finished step is a checkpoint: the draft is on the device before the next page shows. */
  checkpoint(): void;
  requestUpdate(): void;
}

export class FormFlow {
  /** The page shown: the form's steps, then the documents (when any), then the review. */
  page = 0;
  fieldProblems: ReadonlyMap<string, FieldProblem> = new Map();
  documentProblems: ReadonlyMap<string, FieldProblem> = new Map();
  declarationProblem: FieldProblem | undefined;
  declared = false;
  /** Server errors no question or document can show. */
  unmapped: FieldError[] = [];
  submitError: unknown;
  submitKind: SubmitKind | undefined;
  /** A new dossier the applicant is asked to confirm. */
  confirming: Confirming | undefined;
  /** What a new form version changed, for its notice. */
  versionChange: VersionChange | undefined;
  /** Once the pages asked for are answered, straight back to the review. */
  returnToReview = false;

  /** Questions that have shown a problem: they are checked again as the applicant corrects them. */
  readonly #live = new Set<string>();
  readonly #host: FlowHost;

  constructor(host: FlowHost) {
    this.#host = host;
  }

  get pageCount(): number {
    const form = this.#host.form;
    return form ? form.steps.length + (form.attachments.length ? 1 : 0) + 1 : 0;
  }

  isAttachmentsPage(page: number): boolean {
    const form = this.#host.form;
    return !!form && form.attachments.length > 0 && page === form.steps.length;
  }

  isReviewPage(page: number): boolean {
    return page === this.pageCount - 1;
  }

  pageTitle(page: number, l10n: FormL10n): string {
    const step = this.#host.form?.steps[page];
    if (step) return step.title;
    return l10n.t(this.isAttachmentsPage(page) ? 'form.step.attachments' : 'form.step.review');
  }

  /** The page as a draft records it: a step's id (which a new version keeps), `#attachments` or `#review`. */
  pageKey(page = this.page): string {
    const step = this.#host.form?.steps[page];
    return step ? step.id : this.isAttachmentsPage(page) ? '#attachments' : '#review';
  }

  /** The page a draft recorded, in this version of the form: the first step when it is gone. */
  pageOf(key: string): number {
    const form = this.#host.form;
    if (!form) return 0;
    if (key === '#review') return this.pageCount - 1;
    if (key === '#attachments') return form.attachments.length ? form.steps.length : this.pageCount - 1;
    return Math.max(0, form.steps.findIndex((step) => step.id === key));
  }

  /** Back to the first page with nothing checked and nothing left of a submission. */
  reset(): void {
    this.page = 0;
    this.#live.clear();
    this.fieldProblems = new Map();
    this.documentProblems = new Map();
    this.declarationProblem = undefined;
    this.declared = false;
    this.returnToReview = false;
    this.#clearOutcome();
  }

  goTo(page: number, focus: PendingFocus = '.page-heading'): void {
    this.#host.navigate(page, () => {
      // The draft records the page the applicant goes to: a reload returns there.
      this.page = page;
      this.#host.checkpoint();
      this.#clearOutcome();
      this.#host.focus(focus);
      this.#host.requestUpdate();
    });
  }

  /**
   * "Tiếp tục" on the page it was pressed on. The second click of a double click (its
   * `detail` counts the clicks) and a click meant for a page already left are ignored:
   * either would land on the next page's button and cover that page in errors unseen.
   */
  continue(from: number, event?: MouseEvent): void {
    if (!this.#host.form || from !== this.page || (event?.detail ?? 0) > 1 || this.isReviewPage(this.page)) return;
    this.unmapped = [];
    if (!this.checkPage(this.page)) return this.show('.error-summary');
    const next = this.returnToReview ? this.pageCount - 1 : this.page + 1;
    if (this.isReviewPage(next)) this.returnToReview = false;
    this.goTo(next);
  }

  back(): void {
    if (this.page > 0) this.goTo(this.page - 1);
  }

  /** From the review page to the question, which gets the focus, then straight back. */
  change(page: number, focusId: string): void {
    this.returnToReview = true;
    this.goTo(page, `#${focusId}`);
  }

  /** Problems of one page, by question id or document code (none on the review page). */
  problemsOf(page: number): Map<string, FieldProblem> {
    const form = this.#host.form!;
    const step = form.steps[page];
    if (step) return validateFields(step.fields, this.#host.answers, this.#host.visible);
    const problems = new Map<string, FieldProblem>();
    if (this.isAttachmentsPage(page)) {
      for (const requirement of form.attachments) {
        const found = this.documentProblem(requirement);
        if (found) problems.set(requirement.documentCode, found);
      }
    }
    return problems;
  }

  /** Checks one page; shows its problems and answers whether the applicant may go on. */
  checkPage(page: number): boolean {
    const found = this.problemsOf(page);
    const step = this.#host.form!.steps[page];
    if (step) {
      const problems = new Map(this.fieldProblems);
      for (const field of expandRows(step.fields, this.#host.answers)) problems.delete(field.id);
      for (const [id, problem] of found) {
        problems.set(id, problem);
        this.#live.add(id);
      }
      this.fieldProblems = problems;
    } else if (this.isAttachmentsPage(page)) {
      this.documentProblems = found;
    }
    this.#host.requestUpdate();
    return found.size === 0;
  }

  /** The first page before the review with a problem, or the review when there is none. */
  firstPageToFix(): number {
    for (let page = 0; page < this.pageCount - 1; page++) if (this.problemsOf(page).size > 0) return page;
    return this.pageCount - 1;
  }

  documentProblem(requirement: AttachmentRequirement): FieldProblem | null {
    const files = this.#host.files(requirement.documentCode);
    const params = { label: requirement.name };
    if (files.some((file) => file.status === 'uploading')) return { key: 'form.error.attachment-pending', params };
    if (files.some((file) => file.status === 'failed')) return { key: 'form.error.attachment-failed', params };
    // The authorisation is asked for when the representative says they are authorised (extras.ts).
    const required = this.#host.documentRequired?.(requirement) ?? requirement.required;
    if (required && !files.some((file) => file.status === 'done')) return { key: 'form.error.attachment-required', params };
    return null;
  }

  /** A question was answered: checked again when it has shown a problem. */
  answered(field: Field, value: AnswerValue): void {
    if (!this.#live.has(field.id)) return;
    this.fieldProblems = withProblem(this.fieldProblems, field.id, validateField(field, value));
  }

  /** A document's files changed: checked again once it has shown a problem. */
  filesChanged(documentCode: string): void {
    if (!this.documentProblems.has(documentCode)) return;
    const requirement = this.#host.form?.attachments.find((candidate) => candidate.documentCode === documentCode);
    this.documentProblems = withProblem(this.documentProblems, documentCode, requirement ? this.documentProblem(requirement) : null);
    this.#host.requestUpdate();
  }

  /** Hidden questions show no problem. Runs on every keystroke: the map is copied only when a problem must go. */
  dropHidden(): void {
    let problems: Map<string, FieldProblem> | undefined;
    for (const id of this.fieldProblems.keys()) {
      if (!this.#host.visible.has(id)) {
        (problems ??= new Map(this.fieldProblems)).delete(id);
        this.#live.delete(id);
      }
    }
    if (problems) this.fieldProblems = problems;
  }

  /**
   * After a new version (a 409, or a draft of an older version restored): the notice of what
   * changed, on the first page that needs the applicant (or the review when none does). A
   * restored draft returns to the page it was on (`at`), unless a page before it needs them.
   */
  showVersionChange(change: VersionChange, at?: number): void {
    this.reset();
    this.versionChange = change;
    const first = this.firstPageToFix();
    const target = at === undefined ? first : Math.min(first, at);
    this.goTo(target, '.version-notice');
    // Once the new questions are answered, straight back to the review (the rest was checked),
    // when the applicant had got there.
    this.returnToReview = !this.isReviewPage(target) && (at === undefined || this.isReviewPage(at));
  }

  /** Something to read first is on the page: `target` takes the focus after the next render. */
  show(target: PendingFocus): void {
    this.#host.focus(target);
    this.#host.requestUpdate();
  }

  /** Something shown changed: the element renders again. */
  refresh(): void {
    this.#host.requestUpdate();
  }

  /** A question the server found a problem with: checked again as the applicant corrects it. */
  markLive(id: string): void {
    this.#live.add(id);
  }

  /** Nothing of the last submission stays on the review. */
  clearOutcome(): void {
    this.#clearOutcome();
  }

  #clearOutcome(): void {
    this.submitError = undefined;
    this.submitKind = undefined;
    this.confirming = undefined;
    this.unmapped = [];
  }
}

/**
 * A copy of `problems` with `key`'s problem replaced, or removed when there is none; the same
 * map when nothing changed, so a keystroke that changes no problem re-renders no problem.
 */
function withProblem(problems: ReadonlyMap<string, FieldProblem>, key: string, found: FieldProblem | null): ReadonlyMap<string, FieldProblem> {
  const current = problems.get(key);
  if (found ? current && sameProblem(current, found) : !current) return problems;
  const next = new Map(problems);
  if (found) next.set(key, found);
  else next.delete(key);
  return next;
}

function sameProblem(a: FieldProblem, b: FieldProblem): boolean {
  if (a.key !== b.key || a.part !== b.part) return false;
  const names = Object.keys(a.params);
  return names.length === Object.keys(b.params).length && names.every((name) => Object.hasOwn(b.params, name) && a.params[name] === b.params[name]);
}
