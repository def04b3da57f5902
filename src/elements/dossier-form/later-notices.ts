/**
 * Templates of the notices a citizen meets only in a rare or later state, which come with the
 * later part (`later.ts`), words and all, so the first step does not download them: another
 * tab's change or submission, a new form version, a restored draft (restoring needs the part
 * anyway), a submission in flight found after a reload, storage that does not work, and the
 * detail of a definition that cannot be used (for the portal; the applicant's words stay in the
 * first step's panel), and the confirmation of clearing the device. When such a
 * state comes before the part, the element downloads it at once and shows the notice when it
 * arrives (`needsLaterNotice` in `form-view.ts`); until then, and if it cannot be downloaded,
 * the page stays usable: the step, its answers and "Continue" never wait for it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../shared/heading.js';
import { isolate } from '../shared/server-text.js';
import type { DefinitionProblem } from './definition.js';
import type { DraftStatus, OtherTabChange } from './drafts.js';
import type { FormView } from './form-view.js';
import type { FormL10n } from './messages.js';
import { whenSaved } from './notices.js';
import type { VersionChange } from './versions.js';

export function restoredNotice(l10n: FormL10n, savedAt: string, startAgain: () => void): TemplateResult {
  return html`<div class="panel info notice draft-notice">
    <p>${l10n.t('form.draft.restored', { time: whenSaved(savedAt, l10n) })}</p>
    <button type="button" class="link" @click=${startAgain}>${l10n.t('form.draft.start-again')}</button>
  </div>`;
}

export function storageNotice(l10n: FormL10n, status: DraftStatus): TemplateResult | typeof nothing {
  return status === 'unavailable' || status === 'full'
    ? html`<div class="panel warning notice storage-notice"><p>${l10n.t(`form.draft.${status}`)}</p></div>`
    : nothing;
}

/** A new form version: what is gone and what is new, each label isolated from the others. */
export function versionNotice(l10n: FormL10n, change: VersionChange, level = 2): TemplateResult {
  const list = (labels: string[]) => labels.map(isolate).join('; ');
  return html`<div class="panel warning notice version-notice" tabindex="-1" role="region" aria-labelledby="version-title">
    ${heading(level, 0, l10n.t('form.version.title'), { id: 'version-title', class: 'notice-title' })}
    <p>${l10n.t('form.version.body')}</p>
    ${change.removed.length ? html`<p>${l10n.isolated('form.version.removed', { list: list(change.removed) })}</p>` : nothing}
    ${change.added.length ? html`<p>${l10n.isolated('form.version.added', { list: list(change.added) })}</p>` : nothing}
  </div>`;
}

/** Another tab changed or removed this form's draft: nothing is saved here until the applicant chooses. */
export function otherTabNotice(
  l10n: FormL10n,
  change: Exclude<OtherTabChange, { kind: 'submitted' }>,
  actions: { useOther: () => void; keepMine: () => void; startAgain: () => void },
  level = 2,
): TemplateResult {
  const kind = change.kind;
  return html`<div class="panel warning notice tab-notice" tabindex="-1" role="region" aria-labelledby="tab-title">
    ${heading(level, 0, l10n.t(`form.tab.${kind}.title`), { id: 'tab-title', class: 'notice-title' })}
    <p>${l10n.t(`form.tab.${kind}.body`)}</p>
    <div class="actions">
      ${kind === 'edited'
        ? html`<button type="button" class="button secondary" data-action="use-other" @click=${actions.useOther}>${l10n.t('form.tab.use-other')}</button>
            <button type="button" class="button secondary" data-action="keep-mine" @click=${actions.keepMine}>${l10n.t('form.tab.keep-mine')}</button>`
        : html`<button type="button" class="button secondary" data-action="keep-mine" @click=${actions.keepMine}>${l10n.t('form.tab.save-again')}</button>
            <button type="button" class="button secondary" data-action="start-again" @click=${actions.startAgain}>${l10n.t('form.draft.start-again')}</button>`}
    </div>
  </div>`;
}

/** Another tab submitted this draft: this tab neither saves nor submits it again. */
export function submittedElsewhere(l10n: FormL10n, startNew: () => void, level = 2): TemplateResult {
  return html`<section class="page tab-submitted" aria-labelledby="tab-submitted-title">
    <div class="panel info">
      ${heading(level, 0, l10n.t('form.tab.submitted.title'), { id: 'tab-submitted-title', class: 'page-heading', focusable: true })}
      <p>${l10n.t('form.tab.submitted.body')}</p>
    </div>
    <div class="actions" part="actions">
      <button type="button" class="button" @click=${startNew}>${l10n.t('form.tab.start-new')}</button>
    </div>
  </section>`;
}

/** Drafts off, after a reload or Back and Forward during a submission: the tab remembers it sent one. */
export function inFlightNotice(l10n: FormL10n, sentAt: string): TemplateResult {
  return html`<div class="panel warning notice in-flight-notice"><p>${l10n.t('form.in-flight', { time: whenSaved(sentAt, l10n) })}</p></div>`;
}

/** Above a page: another tab's change, a new version, a restored draft, a submission in flight, storage that does not work. */
export function pageNotices(view: FormView): TemplateResult {
  const { l10n, drafts, flow, inFlight } = view;
  const other = drafts.otherTab;
  return html`
    ${other && other.kind !== 'submitted'
      ? otherTabNotice(l10n, other, {
          useOther: view.useOther,
          keepMine: () => {
            drafts.keepThisTab();
            view.focus('.page-heading');
          },
          startAgain: view.startAgain,
        }, view.level)
      : nothing}
    ${flow.versionChange ? versionNotice(l10n, flow.versionChange, view.level) : nothing}
    ${drafts.restoredAt ? restoredNotice(l10n, drafts.restoredAt, view.startAgain) : nothing}
    ${inFlight && view.kiosk && !flow.isReviewPage(flow.page) ? inFlightNotice(l10n, inFlight.sentAt) : nothing}
    ${storageNotice(l10n, drafts.store.status)}
  `;
}

/** The detail of a definition that cannot be used, for the portal: each duplicate id. */
export function definitionProblems(l10n: FormL10n, problems: readonly DefinitionProblem[]): TemplateResult {
  return html`${problems.map(({ kind, ...ids }) => html`<p class="hint">${l10n.isolated(`form.invalid.${kind}`, ids)}</p>`)}`;
}

