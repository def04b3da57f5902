/**
 * Template of the loaded form: its title; the question whether a draft found on the device is
 * the applicant's, another tab's submission, the receipt, or a page with the step indicator and
 * the notices above it; the kiosk notice and the device's saved data around them.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FormDefinition } from '../../api/schemas.js';
import type { DraftSession } from './draft-session.js';
import type { InFlight } from './drafts.js';
import type { FormFlow, PendingFocus } from './form-flow.js';
import type { FormL10n } from './messages.js';
import type { LaterParts } from './later.js';
import { deviceData, kioskNotice, restorePrompt } from './notices.js';
import { stepsIndicator } from './pages.js';

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
  /** Runs `action` once the later part is here (at once when it is); says so when it cannot be downloaded. */
  whenReady: (action: () => void) => void;
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
            ? view.later?.deviceConfirm(l10n, {
                confirm: () => drafts.clearDevice(!!view.receipt, () => view.focus('.page-heading')),
                cancel: () => drafts.askToClear(undefined),
              })
            : undefined,
          // The confirmation comes with the later part, as a page after the steps does.
          () => view.whenReady(() => drafts.askToClear(() => view.focus('.device-question'))),
        )}
  `;
}

/**
 * Whether the page shows a notice the later part draws (`later-notices.ts`): a rare state, in
 * which the element downloads the part at once rather than when the browser is idle.
 */
export function needsLaterNotice(view: Pick<FormView, 'drafts' | 'flow' | 'inFlight' | 'kiosk'>): boolean {
  const { drafts, flow } = view;
  const status = drafts.store.status;
  return !!(drafts.otherTab || flow.versionChange || drafts.restoredAt || (view.inFlight && view.kiosk) || status === 'unavailable' || status === 'full');
}
