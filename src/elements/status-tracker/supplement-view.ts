/**
 * The supplement form of a dossier in status 5: per requested document a file input with
 * its rules, the chosen file with its progress, cancel, retry and remove; a note; send.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { isApiError } from '../../api/errors.js';
import type { MessageParams } from '../../i18n/translator.js';
import { isolate } from '../shared/bidi.js';
import { formatBytes, typeLabels, waitsForNetwork, type UploadItem } from '../shared/uploads.js';
import { supplementRules, type SupplementController, type SupplementDocument } from './supplement-controller.js';
import { describedBy, errorSummary, field, type Message } from './templates.js';

/** What the view needs from the element. */
export interface SupplementView {
  supplement: SupplementController;
  locale: string;
  t(key: string, params?: MessageParams): string;
  /** A message with its values in `<bdi>`s. */
  tIsolated(key: string, params: MessageParams): Message;
  errorMessage(error: unknown): string;
  send(event: Event): void;
  focusField(event: Event, id: string): void;
  /** The failure panel after a send that did not go through, or nothing. */
  failure: TemplateResult | typeof nothing;
}

/**
 * Why a file is not (yet) uploaded, said with `say` (`t` with isolated values for an
 * announcement, `tIsolated` for the page); `undefined` while all is well.
 */
export function uploadProblem<T>(
  item: UploadItem,
  say: (key: string, params: MessageParams) => T,
  errorMessage: (error: unknown) => string,
  locale: string,
): T | undefined {
  if (item.rejection) {
    const params = { ...item.rejection.params };
    if (item.rejection.key.endsWith('.too-large') && typeof params['max'] === 'number') params['max'] = formatBytes(params['max'], locale);
    return say(item.rejection.key, params);
  }
  if (item.status !== 'failed') return undefined;
  if (waitsForNetwork(item)) return say('tracker.upload.offline', { file: item.name });
  const error = item.error;
  if (isApiError(error) && (error.status === 413 || error.status === 415)) {
    return say('tracker.upload.refused', { file: item.name, reason: error.problem?.detail ?? error.problem?.title ?? '' });
  }
  return say('tracker.upload.failed-file', { file: item.name, reason: errorMessage(error) });
}

export function renderSupplementForm(view: SupplementView, documents: readonly SupplementDocument[]): TemplateResult {
  const { supplement, t } = view;
  const { sending, phase } = supplement;
  // Said beside the file input and, linked to it, in the summary.
  const problems = documents.map((document) => {
    const item = supplement.fileOf(document.code);
    const problem = item && uploadProblem(item, view.tIsolated, view.errorMessage, view.locale);
    const missing = supplement.missing.includes(document.code);
    return problem ?? (missing ? view.tIsolated('tracker.supplement.missing-file', { name: document.name }) : undefined);
  });
  return html`
    <form class="supplement" novalidate @submit=${view.send}>
      ${errorSummary(
        'supplement-summary',
        t('tracker.errors.title'),
        documents.map((document, index) => [`file-${index}`, supplement.missing.includes(document.code) ? problems[index] : undefined]),
        5,
        view.focusField,
      )}
      <fieldset>
        <legend>${t('tracker.supplement.documents')}</legend>
        <p class="hint" id="file-hint">${t('tracker.supplement.file-hint')}</p>
        ${documents.map((document, index) => renderDocument(view, document, `file-${index}`, problems[index]))}
      </fieldset>
      ${field(
        'supplement-note',
        t('tracker.supplement.note'),
        undefined,
        undefined,
        html`<textarea
          id="supplement-note"
          rows="3"
          maxlength="1000"
          .value=${supplement.note}
          ?disabled=${sending}
          @input=${(event: Event) => supplement.setNote((event.target as HTMLTextAreaElement).value)}
        ></textarea>`,
      )}
      ${view.failure}
      <button class="button send" type="submit" aria-disabled=${sending ? 'true' : 'false'}>
        ${t(sending ? 'tracker.supplement.sending' : phase === 'failed' ? 'tracker.supplement.retry' : 'tracker.supplement.send')}
      </button>
    </form>
  `;
}

function renderDocument(view: SupplementView, document: SupplementDocument, id: string, error: Message | undefined): TemplateResult {
  const { supplement, t } = view;
  const item = supplement.fileOf(document.code);
  const { accept, maxBytes } = supplementRules(document);
  return field(
    id,
    html`<bdi>${document.name}</bdi>`,
    error,
    undefined,
    html`<span class="hint" id="${id}-rules">${t('tracker.upload.rules', { types: typeLabels(accept), size: formatBytes(maxBytes, view.locale) })}</span>
      <input
        id=${id}
        type="file"
        accept=${accept.join(',')}
        ?disabled=${supplement.sending}
        aria-describedby=${describedBy('file-hint', `${id}-rules`, error && `${id}-error`, item && `${id}-status`)}
        aria-invalid=${error ? 'true' : 'false'}
        @change=${(event: Event) => {
          const input = event.target as HTMLInputElement;
          supplement.choose(document, input.files?.[0]);
          // The chosen file is listed below; the same file chosen again must fire `change` again.
          input.value = '';
        }}
      />
      ${item ? renderFile(view, item, id) : nothing}`,
  );
}

/** The chosen file: name and size, then its progress and cancel, or where it stands and what can be done. */
function renderFile(view: SupplementView, item: UploadItem, id: string): TemplateResult {
  const { supplement, t } = view;
  const uploads = supplement.uploads;
  const status = waitsForNetwork(item) ? 'waiting' : item.status;
  /** A button whose name says which file it acts on. */
  const action = (name: string, label: string, act: () => void) =>
    html`<button type="button" class="link" data-action=${name} @click=${act}>
      ${t(label)}<span class="visually-hidden">: ${isolate(item.name)}</span>
    </button>`;
  return html`<div class="file ${status}" id="${id}-status">
    <p class="file-line">
      <bdi class="file-name">${item.name}</bdi> <span class="file-size">(${formatBytes(item.size, view.locale)})</span>
      <span class="upload-status ${status}">${t(`tracker.upload.${status}`)}</span>
    </p>
    ${item.status === 'uploading'
      ? html`<progress max="100" .value=${Math.round(item.progress * 100)} aria-label=${t('tracker.upload.uploading')}></progress>`
      : nothing}
    <p class="file-actions">
      ${item.status === 'uploading' ? action('cancel', 'tracker.upload.cancel', () => uploads.cancel(item.key)) : nothing}
      ${item.status === 'failed' && item.retryable && status !== 'waiting'
        ? action('retry', 'common.retry', () => uploads.retry(item.key))
        : nothing}
      ${item.status !== 'uploading' && !supplement.sending
        ? action('remove', 'tracker.upload.remove', () => supplement.choose({ code: item.documentCode, name: '' }, undefined))
        : nothing}
    </p>
  </div>`;
}
