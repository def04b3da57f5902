/**
 * Templates of what the form says about the device and the other tabs: the restore prompt,
 * the kiosk notice, the notices of a restored draft, of storage that does not work, of a
 * new form version, of another tab's change, of a submission in flight, and the action that
 * clears every draft on the device. Each takes the words and callbacks it needs; none knows
 * the element.
 */
import { heading } from '../shared/heading.js';
import { html, nothing, type TemplateResult } from 'lit';
import { formatTime } from '../../i18n/format.js';
import { isolate } from '../shared/server-text.js';
import { clock } from '../shared/clock.js';
import type { DraftStatus, OtherTabChange } from './drafts.js';
import type { FormL10n } from './messages.js';
import type { VersionChange } from './versions.js';

/**
 * When something was saved or sent, as a person at the desk says it: `10:32` today,
 * `10:32 21/11/2026` another day (Vietnam's time, like every time the elements show).
 */
export function whenSaved(iso: string, l10n: FormL10n, now = new Date(clock.now())): string {
  return l10n.date(iso) === l10n.date(now) ? formatTime(iso, l10n.locale) : l10n.dateTime(iso);
}

/**
 * Before a draft is restored: when it was saved, and nothing of what it holds, so the next
 * person at a shared computer never sees the previous applicant's answers.
 */
export function restorePrompt(
  l10n: FormL10n,
  savedAt: string,
  actions: { resume: () => void; startAgain: () => void },
  level = 2,
): TemplateResult {
  return html`<section class="page restore-prompt" aria-labelledby="restore-title">
    ${heading(level, 0, l10n.t('form.restore.title', { time: whenSaved(savedAt, l10n) }), { id: 'restore-title', class: 'page-heading', focusable: true })}
    <p>${l10n.t('form.restore.body')}</p>
    <div class="actions" part="actions">
      <button type="button" class="button" data-action="resume" @click=${actions.resume}>${l10n.t('form.restore.continue')}</button>
      <button type="button" class="button secondary" data-action="start-again" @click=${actions.startAgain}>${l10n.t('form.restore.start-again')}</button>
    </div>
  </section>`;
}

/** `drafts="off"`: said once, above the form, so nobody counts on the computer keeping anything. */
export function kioskNotice(l10n: FormL10n): TemplateResult {
  return html`<div class="panel info notice kiosk-notice"><p>${l10n.t('form.kiosk')}</p></div>`;
}

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

/** "Xóa dữ liệu đã lưu trên máy này", with a confirmation: it also clears the answers on screen. */
export function deviceData(
  l10n: FormL10n,
  confirming: boolean,
  actions: { ask: () => void; confirm: () => void; cancel: () => void },
): TemplateResult {
  return html`<div class="device-data no-print">
    ${confirming
      ? html`<div class="panel warning device-confirm" role="group" aria-labelledby="device-confirm-text">
          <p id="device-confirm-text" class="device-question" tabindex="-1">${l10n.t('form.device.confirm')}</p>
          <div class="actions">
            <button type="button" class="button" data-action="clear-device" @click=${actions.confirm}>${l10n.t('form.device.yes')}</button>
            <button type="button" class="button secondary" @click=${actions.cancel}>${l10n.t('form.device.cancel')}</button>
          </div>
        </div>`
      : html`<button type="button" class="link device-clear" @click=${actions.ask}>${l10n.t('form.device.clear')}</button>`}
  </div>`;
}
