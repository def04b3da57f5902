/**
 * Template of the supplement form of a dossier in status 5: per requested document a file
 * input with its rules, the chosen file with its progress, cancel, retry and remove; a note;
 * send. What is wrong with a file is said beside its input and, linked to it, in the summary.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { MessageParams } from '../../i18n/translator.js';
import { isolate } from '../shared/server-text.js';
import { errorSummary } from '../shared/error-summary.js';
import { describedBy, labelled } from '../shared/field.js';
import { fileChooser } from '../shared/file-chooser.js';
import { typeLabels, uploadProblem, waitsForNetwork, type UploadItem, type UploadMessages } from '../shared/uploads.js';
import type { TrackerKey, TrackerL10n } from './messages.js';
import { supplementRules, type SupplementController, type SupplementDocument } from './supplement-controller.js';

/** The tracker's words for what can be wrong with a file. */
export const UPLOAD_MESSAGES: UploadMessages<TrackerKey> = {
  rejected: (kind) => `tracker.upload.${kind}`,
  refused: 'tracker.upload.refused',
  failed: 'tracker.upload.failed-file',
  offline: 'tracker.upload.offline',
};

export interface SupplementForm {
  l10n: TrackerL10n;
  supplement: SupplementController;
  errorMessage(error: unknown): string;
  send(event: Event): void;
  /** Why the last send did not go through (its reason in a `<bdi>`), when it did not. */
  failure: unknown[] | undefined;
}

/** Why a file is not (yet) uploaded, as template parts with the values in `<bdi>`s; undefined while all is well. */
function fileProblem(form: SupplementForm, item: UploadItem): unknown[] | undefined {
  const { l10n } = form;
  const found = uploadProblem(item, UPLOAD_MESSAGES, form.errorMessage, (bytes) => l10n.bytes(bytes));
  return found && l10n.isolated(found.key, found.params);
}

export function supplementForm(form: SupplementForm, documents: readonly SupplementDocument[]): TemplateResult {
  const { supplement, l10n } = form;
  const { sending, phase } = supplement;
  const problems = documents.map((document) => {
    const item = supplement.fileOf(document.code);
    const problem = item && fileProblem(form, item);
    const missing = supplement.missing.includes(document.code);
    return problem ?? (missing ? l10n.isolated('tracker.supplement.missing-file', { name: document.name }) : undefined);
  });
  return html`
    <form class="supplement" novalidate @submit=${form.send}>
      ${errorSummary({
        id: 'supplement-summary',
        title: l10n.t('tracker.errors.title'),
        level: 5,
        entries: documents.flatMap((document, index) =>
          supplement.missing.includes(document.code) && problems[index] ? [{ text: problems[index], target: `file-${index}` }] : [],
        ),
      })}
      <fieldset>
        <legend>${l10n.t('tracker.supplement.documents')}</legend>
        <p class="hint" id="file-hint">${l10n.t('tracker.supplement.file-hint')}</p>
        ${documents.map((document, index) => documentField(form, document, `file-${index}`, problems[index]))}
      </fieldset>
      ${labelled({
        id: 'supplement-note',
        label: l10n.t('tracker.supplement.note'),
        control: html`<textarea
          id="supplement-note"
          rows="3"
          maxlength="1000"
          .value=${supplement.note}
          ?disabled=${sending}
          @input=${(event: Event) => supplement.setNote((event.target as HTMLTextAreaElement).value)}
        ></textarea>`,
      })}
      ${form.failure ? html`<p class="panel error" id="supplement-failed" tabindex="-1">${form.failure}</p>` : nothing}
      <button class="button send" type="submit" aria-disabled=${sending ? 'true' : 'false'}>
        ${l10n.t(sending ? 'tracker.supplement.sending' : phase === 'failed' ? 'tracker.supplement.retry' : 'tracker.supplement.send')}
      </button>
    </form>
  `;
}

function documentField(form: SupplementForm, document: SupplementDocument, id: string, error: unknown[] | undefined): TemplateResult {
  const { supplement, l10n } = form;
  const item = supplement.fileOf(document.code);
  const { accept, maxBytes } = supplementRules(document);
  return labelled({
    id,
    label: html`<bdi>${document.name}</bdi>`,
    error,
    control: html`<span class="hint" id="${id}-rules">${l10n.t('tracker.upload.rules', { types: typeLabels(accept), size: l10n.bytes(maxBytes) })}</span>
      ${fileChooser({
        // The browser's own control would speak the browser's language ("Choose File / No
        // file chosen") inside a Vietnamese page: the kit's localised 44 px button instead.
        id,
        label: l10n.t('tracker.upload.choose'),
        purpose: isolate(document.name),
        accept,
        multiple: false,
        describedBy: describedBy('file-hint', `${id}-rules`, error && `${id}-error`, item && `${id}-status`) ?? '',
        disabled: supplement.sending,
        // No drop zone: one file per document, chosen on a phone more often than not.
        dragging: false,
        setDragging: () => undefined,
        choose: (files) => supplement.choose(document, files[0]),
      })}
      ${item ? fileStatus(form, item, id) : nothing}`,
  });
}

/** The chosen file: name and size, then its progress and cancel, or where it stands and what can be done. */
function fileStatus(form: SupplementForm, item: UploadItem, id: string): TemplateResult {
  const { supplement, l10n } = form;
  const uploads = supplement.uploads;
  const status = waitsForNetwork(item) ? 'waiting' : item.status;
  /** A button whose name says which file it acts on. */
  const action = (name: string, label: TrackerKey, act: () => void) =>
    html`<button type="button" class="link" data-action=${name} @click=${act}>
      ${l10n.t(label)}<span class="visually-hidden">: ${isolate(item.name)}</span>
    </button>`;
  return html`<div class="file ${status}" id="${id}-status">
    <p class="file-line">
      <bdi class="file-name">${item.name}</bdi> <span class="file-size">(${l10n.bytes(item.size)})</span>
      <span class="upload-status ${status}">${l10n.t(`tracker.upload.${status}`)}</span>
    </p>
    ${item.status === 'uploading'
      ? html`<progress max="100" .value=${Math.round(item.progress * 100)} aria-label=${l10n.t('tracker.upload.uploading')}></progress>`
      : nothing}
    <p class="file-actions">
      ${item.status === 'uploading' ? action('cancel', 'tracker.upload.cancel', () => uploads.cancel(item.key)) : nothing}
      ${item.status === 'failed' && item.retryable && status !== 'waiting' ? action('retry', 'common.retry', () => uploads.retry(item.key)) : nothing}
      ${item.status !== 'uploading' && !supplement.sending
        ? action('remove', 'tracker.upload.remove', () => supplement.choose({ code: item.documentCode, name: '' }, undefined))
        : nothing}
    </p>
  </div>`;
}

/** Why a file is not uploaded, in plain text with its values isolated: what the live region says. */
export function announcedProblem(l10n: TrackerL10n, item: UploadItem, errorMessage: (error: unknown) => string): string | undefined {
  const found = uploadProblem(item, UPLOAD_MESSAGES, errorMessage, (bytes) => l10n.bytes(bytes));
  return found && l10n.t(found.key, isolateAll(found.params));
}

/** Every value isolated, for plain text (an announcement) where no `<bdi>` fits. */
export function isolateAll(params: MessageParams): MessageParams {
  return Object.fromEntries(Object.entries(params).map(([name, value]) => [name, isolate(value)]));
}
