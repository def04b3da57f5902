/**
 * Templates of what the form says about the device and the other tabs: the restore prompt,
 * the kiosk notice, the notices of a restored draft, of storage that does not work, of a
 * new form version, of another tab's change, of a submission in flight, and the action that
 * clears every draft on the device. Each takes the words and callbacks it needs; none knows
 * the element.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, formatDateTime, VIETNAM_TIME_ZONE } from '../../i18n/format.js';
import { isolate, isolatedMessage } from '../shared/bidi.js';
import { clock } from '../shared/clock.js';
import type { DefinitionProblem } from './definition.js';
import type { DraftStatus, OtherTabChange } from './drafts.js';
import type { Translate } from './fields.js';
import type { VersionChange } from './submission.js';

export interface NoticeContext {
  t: Translate;
  locale: string;
}

const timeFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * When something was saved or sent, as a person at the desk says it: `10:32` today,
 * `10:32 21/11/2026` another day (Vietnam's time, like every time the elements show).
 */
export function whenSaved(iso: string, locale: string, now = new Date(clock.now())): string {
  if (formatDate(iso, locale) !== formatDate(now, locale)) return formatDateTime(iso, locale);
  let format = timeFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'vi' ? 'vi-VN' : locale, { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: VIETNAM_TIME_ZONE });
    timeFormats.set(locale, format);
  }
  return format.format(new Date(iso));
}

/**
 * Before a draft is restored: when it was saved, and nothing of what it holds, so the next
 * person at a shared computer never sees the previous applicant's answers.
 */
export function restorePrompt(
  { t, locale }: NoticeContext,
  savedAt: string,
  actions: { resume: () => void; startAgain: () => void },
): TemplateResult {
  return html`<section class="page restore-prompt" aria-labelledby="restore-title">
    <h2 class="page-heading" id="restore-title" tabindex="-1">${t('form.restore.title', { time: whenSaved(savedAt, locale) })}</h2>
    <p>${t('form.restore.body')}</p>
    <div class="actions" part="actions">
      <button type="button" class="button" data-action="resume" @click=${actions.resume}>${t('form.restore.continue')}</button>
      <button type="button" class="button secondary" data-action="start-again" @click=${actions.startAgain}>${t('form.restore.start-again')}</button>
    </div>
  </section>`;
}

/** A definition with duplicate ids: the applicant is told it cannot be filled in; the detail is for the portal. */
export function invalidDefinition({ t }: NoticeContext, problems: readonly DefinitionProblem[], retry: TemplateResult): TemplateResult {
  return html`<div class="panel error state invalid-definition">
    <h2>${t('form.load-error.title')}</h2>
    <p>${t('form.invalid.body')}</p>
    ${problems.map(({ kind, ...ids }) => html`<p class="hint">${isolatedMessage(t(`form.invalid.${kind}`), ids)}</p>`)}
    ${retry}
  </div>`;
}

/** `drafts="off"`: said once, above the form, so nobody counts on the computer keeping anything. */
export function kioskNotice({ t }: NoticeContext): TemplateResult {
  return html`<div class="panel info notice kiosk-notice"><p>${t('form.kiosk')}</p></div>`;
}

export function restoredNotice({ t, locale }: NoticeContext, savedAt: string, startAgain: () => void): TemplateResult {
  return html`<div class="panel info notice draft-notice">
    <p>${t('form.draft.restored', { time: whenSaved(savedAt, locale) })}</p>
    <button type="button" class="link" @click=${startAgain}>${t('form.draft.start-again')}</button>
  </div>`;
}

export function storageNotice({ t }: NoticeContext, status: DraftStatus): TemplateResult | typeof nothing {
  return status === 'unavailable' || status === 'full'
    ? html`<div class="panel warning notice storage-notice"><p>${t(`form.draft.${status}`)}</p></div>`
    : nothing;
}

/** A new form version: what is gone and what is new, each label isolated from the others. */
export function versionNotice({ t }: NoticeContext, change: VersionChange): TemplateResult {
  const list = (labels: string[]) => labels.map(isolate).join('; ');
  return html`<div class="panel warning notice version-notice" tabindex="-1" role="region" aria-labelledby="version-title">
    <h2 id="version-title">${t('form.version.title')}</h2>
    <p>${t('form.version.body')}</p>
    ${change.removed.length ? html`<p>${isolatedMessage(t('form.version.removed'), { list: list(change.removed) })}</p>` : nothing}
    ${change.added.length ? html`<p>${isolatedMessage(t('form.version.added'), { list: list(change.added) })}</p>` : nothing}
  </div>`;
}

/** Another tab changed or removed this form's draft: nothing is saved here until the applicant chooses. */
export function otherTabNotice(
  { t }: NoticeContext,
  change: Exclude<OtherTabChange, { kind: 'submitted' }>,
  actions: { useOther: () => void; keepMine: () => void; startAgain: () => void },
): TemplateResult {
  const kind = change.kind;
  return html`<div class="panel warning notice tab-notice" tabindex="-1" role="region" aria-labelledby="tab-title">
    <h2 id="tab-title">${t(`form.tab.${kind}.title`)}</h2>
    <p>${t(`form.tab.${kind}.body`)}</p>
    <div class="actions">
      ${kind === 'edited'
        ? html`<button type="button" class="button secondary" data-action="use-other" @click=${actions.useOther}>${t('form.tab.use-other')}</button>
            <button type="button" class="button secondary" data-action="keep-mine" @click=${actions.keepMine}>${t('form.tab.keep-mine')}</button>`
        : html`<button type="button" class="button secondary" data-action="keep-mine" @click=${actions.keepMine}>${t('form.tab.save-again')}</button>
            <button type="button" class="button secondary" data-action="start-again" @click=${actions.startAgain}>${t('form.draft.start-again')}</button>`}
    </div>
  </div>`;
}

/** Another tab submitted this draft: this tab neither saves nor submits it again. */
export function submittedElsewhere({ t }: NoticeContext, startNew: () => void): TemplateResult {
  return html`<section class="page tab-submitted" aria-labelledby="tab-submitted-title">
    <div class="panel info">
      <h2 class="page-heading" id="tab-submitted-title" tabindex="-1">${t('form.tab.submitted.title')}</h2>
      <p>${t('form.tab.submitted.body')}</p>
    </div>
    <div class="actions" part="actions">
      <button type="button" class="button" @click=${startNew}>${t('form.tab.start-new')}</button>
    </div>
  </section>`;
}

/** Drafts off, after a reload or Back and Forward during a submission: the tab remembers it sent one. */
export function inFlightNotice({ t, locale }: NoticeContext, sentAt: string): TemplateResult {
  return html`<div class="panel warning notice in-flight-notice"><p>${t('form.in-flight', { time: whenSaved(sentAt, locale) })}</p></div>`;
}

/** "Xóa dữ liệu đã lưu trên máy này", with a confirmation: it also clears the answers on screen. */
export function deviceData(
  { t }: NoticeContext,
  confirming: boolean,
  actions: { ask: () => void; confirm: () => void; cancel: () => void },
): TemplateResult {
  return html`<div class="device-data no-print">
    ${confirming
      ? html`<div class="panel warning device-confirm" role="group" aria-labelledby="device-confirm-text">
          <p id="device-confirm-text" class="device-question" tabindex="-1">${t('form.device.confirm')}</p>
          <div class="actions">
            <button type="button" class="button" data-action="clear-device" @click=${actions.confirm}>${t('form.device.yes')}</button>
            <button type="button" class="button secondary" @click=${actions.cancel}>${t('form.device.cancel')}</button>
          </div>
        </div>`
      : html`<button type="button" class="link device-clear" @click=${actions.ask}>${t('form.device.clear')}</button>`}
  </div>`;
}
