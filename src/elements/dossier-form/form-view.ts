/**
 * Template of the loaded form: its title; the question whether a draft found on the device is
 * the applicant's, another tab's submission, the receipt, or a page with the step indicator and
 * the notices above it; the kiosk notice and the device's saved data around them. What it shows
 * is read from the element's one host object (`ViewHost`, made once: `viewOf`), and so is the
 * page: a step (`stepPage`), or the documents and the review, which the later part draws.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { DossierReceipt, FormDefinition } from '../../api/schemas.js';
import type { Answers } from './answers.js';
import type { DraftSession } from './draft-session.js';
import type { InFlight } from './draft-format.js';
import type { ExtrasPart } from './extras-part.js';
import type { FieldHost } from './fields.js';
import type { FormFlow, PendingFocus } from './form-flow.js';
import type { FormL10n } from './messages.js';
import type { LaterParts } from './later.js';
import type { LaterPart } from './later-part.js';
import { deviceConfirm, deviceData, kioskNotice, restorePrompt } from './notices.js';
import { stepPage, stepsIndicator, type StepTemplates } from './pages.js';
import type { IncompleteReceipt } from './submitter.js';
import type { FieldProblem } from './validation.js';

/** What the loaded form's templates read from the element (part of its one host object). */
export interface ViewHost {
  readonly l10n: FormL10n;
  readonly form: FormDefinition | undefined;
  readonly answers: Answers;
  readonly visible: ReadonlySet<string>;
  readonly flow: FormFlow;
  readonly drafts: DraftSession;
  readonly later: LaterPart;
  readonly extras: ExtrasPart;
  readonly receipt: DossierReceipt | IncompleteReceipt | undefined;
  /** `drafts="off"`: nothing is kept on the device. */
  readonly kiosk: boolean;
  readonly headingLevel: number;
  /** The step's templates, kept while what they show is the same. */
  readonly templates: StepTemplates;
  /** What the questions' templates call back. */
  readonly fieldHost: FieldHost;
  domId(fieldId: string): string;
  problemText(problem: FieldProblem | null | undefined): unknown;
  focus(target: PendingFocus): void;
  begin(): void;
  startAgain(): void;
  /** "Theo dõi hồ sơ" on the receipt. */
  track(): void;
}

/** The loaded form as its template shows it, from the element's host. */
export function viewOf(host: ViewHost): FormView {
  const { later, drafts } = host;
  const parts = later.parts;
  const receipt = host.receipt;
  return {
    l10n: host.l10n,
    form: host.form!,
    drafts,
    flow: host.flow,
    kiosk: host.kiosk,
    receipt: receipt && (parts?.receipt(receipt, { track: host.track, print: () => window.print() }) ?? html`<p class="skeleton"></p>`),
    inFlight: later.inFlight,
    later: parts,
    laterFailed: later.failed,
    sending: !!parts?.submitter.sending,
    page: () => currentPage(host),
    // The host's functions are its own (arrow functions): handed on as they are.
    begin: host.begin,
    startAgain: host.startAgain,
    // A draft may hold files and take the applicant to the review: the part they need first.
    resume: () => later.whenReady(() => drafts.resume()),
    useOther: () => later.whenReady(() => drafts.useOtherTab()),
    focus: host.focus,
    level: host.headingLevel,
  };
}

/** The page shown: a step, the documents, or the review. */
function currentPage(host: ViewHost): unknown {
  const { l10n, flow } = host;
  const form = host.form!;
  const page = flow.page;
  const back = page > 0 ? () => flow.back() : undefined;
  const primary = html`<button type="button" class="button" @click=${(event: MouseEvent) => flow.continue(page, event)}>${l10n.t('form.continue')}</button>`;
  const later = host.later.parts?.page(form, primary, back);
  if (later || !form.steps[page]) return later;
  return stepPage({
    templates: host.templates,
    l10n,
    level: host.headingLevel,
    form,
    index: page,
    answers: host.answers,
    visible: host.visible,
    problems: flow.fieldProblems,
    unmapped: flow.unmapped,
    problemText: host.problemText,
    domId: host.domId,
    host: host.fieldHost,
    primary,
    back,
    groupView: host.extras.part?.groupView,
  });
}

export interface FormView {
  l10n: FormL10n;
  form: FormDefinition;
  drafts: DraftSession;
  flow: FormFlow;
  /** `drafts="off"`: nothing is kept on the device. */
  kiosk: boolean;
  /** The receipt, rendered, once the dossier is made. */
  receipt: unknown;
  inFlight: InFlight | undefined;
  /** The later part of the form, once here: it draws the rarer notices. */
  later: LaterParts | undefined;
  /** The later part of the form could not be downloaded. */
  laterFailed: boolean;
  sending: boolean;
  /** The page shown: a step, the documents or the review. */
  page: () => unknown;
  begin: () => void;
  startAgain: () => void;
  /** "Tiếp tục" on the restore prompt. */
  resume: () => void;
  /** "Dùng bản ở thẻ kia": another tab's draft replaces this one. */
  useOther: () => void;
  focus: (target: PendingFocus) => void;
  /** The element's `heading-level`: the level of its pages' headings. */
  level: number;
}

export function formView(view: FormView): TemplateResult {
  const { l10n, drafts } = view;
  let body: unknown;
  if (view.receipt) body = view.receipt;
  else if (drafts.submittedElsewhere) {
    // Not `startAgain`: the draft on the device may already be the other tab's next one.
    const startNew = () => {
      view.begin();
      view.focus('.page-heading');
    };
    body = view.later?.submittedElsewhere(l10n, startNew, view.level) ?? html`<p class="skeleton"></p>`;
  } else if (drafts.pending) {
    body = restorePrompt(l10n, drafts.pending.savedAt, { resume: view.resume, startAgain: view.startAgain }, view.level);
  } else {
    body = html`${stepsIndicator(l10n, view.flow)} ${view.later?.notices(view)} ${view.page()}`;
  }
  return html`
    <p class="form-title">${view.form.title}</p>
    ${view.kiosk && !view.receipt ? kioskNotice(l10n) : nothing}
    ${view.laterFailed ? html`<div class="panel warning notice later-failed" role="alert"><p>${l10n.t('form.later.failed')}</p></div>` : nothing}
    ${body}
    ${view.kiosk || view.sending
      ? nothing
      : deviceData(
          l10n,
          drafts.clearing
            ? deviceConfirm(l10n, {
                confirm: () => drafts.clearDevice(!!view.receipt, () => view.focus('.page-heading')),
                cancel: () => drafts.askToClear(undefined),
              })
            : undefined,
          () => drafts.askToClear(() => view.focus('.device-question')),
        )}
  `;
}

/**
 * Whether the page shows a notice the later part draws (`later-notices.ts`): a rare state, in
 * which the element downloads the part at once rather than when the browser is idle.
 */
export function needsLaterNotice(host: ViewHost): boolean {
  const { drafts, flow } = host;
  const status = drafts.store.status;
  return !!(drafts.otherTab || flow.versionChange || drafts.restoredAt || (host.later.inFlight && host.kiosk) || status === 'unavailable' || status === 'full');
}

/**
 * Enter in a text box continues, as it would in a GOV.UK form; and it never reaches a
 * `<form>` the host page wraps around everything. A held-down Enter repeats: only the
 * first press counts.
 */
export function continueOnEnter(host: ViewHost, event: KeyboardEvent): void {
  if (event.key !== 'Enter' || event.isComposing) return;
  const target = event.composedPath()[0];
  if (!(target instanceof HTMLInputElement) || target.type === 'file') return;
  event.preventDefault();
  const flow = host.flow;
  if (host.form?.steps[flow.page] && !host.later.parts?.submitter.sending && !event.repeat) flow.continue(flow.page);
}
