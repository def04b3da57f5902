/**
 * Templates of what the form says about the device on its first step: the restore prompt, the
 * kiosk notice, and the link that clears every draft on the device with its confirmation. The
 * rarer notices (another tab's change, a new form version, a restored draft, storage that does
 * not work, a submission in flight) come with the later part (`later-notices.ts`). Each takes
 * the words and callbacks it needs; none knows the element.
 */
import { heading } from '../shared/heading.js';
import { html, type TemplateResult } from 'lit';
import { formatTime } from '../../i18n/format.js';
import { clock } from '../shared/clock.js';
import type { FormL10n } from './messages.js';

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

/**
 * "Xóa dữ liệu đã lưu trên máy này", and its confirmation (`confirm`: it also clears the answers
 * on screen). Both are on the first step, never in a part loaded later: a person at a shared
 * computer must be able to clear it when the network is gone too (docs/security.md).
 */
export function deviceData(l10n: FormL10n, confirm: TemplateResult | undefined, ask: () => void): TemplateResult {
  return html`<div class="device-data no-print">
    ${confirm ?? html`<button type="button" class="link device-clear" @click=${ask}>${l10n.t('form.device.clear')}</button>`}
  </div>`;
}

/** Clearing the device, confirmed first: it also clears the answers on screen. */
export function deviceConfirm(l10n: FormL10n, actions: { confirm: () => void; cancel: () => void }): TemplateResult {
  return html`<div class="panel warning device-confirm" role="group" aria-labelledby="device-confirm-text">
    <p id="device-confirm-text" class="device-question" tabindex="-1">${l10n.t('form.device.confirm')}</p>
    <div class="actions">
      <button type="button" class="button" data-action="clear-device" @click=${actions.confirm}>${l10n.t('form.device.yes')}</button>
      <button type="button" class="button secondary" @click=${actions.cancel}>${l10n.t('form.device.cancel')}</button>
    </div>
  </div>`;
}
