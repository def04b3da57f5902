/**
 * Template of the attachments page: one area per required document (its name, hint, the
 * accepted types and sizes, the blank template, the files chosen with their progress and
 * actions), and what is wrong with a file in words.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { isApiError } from '../../api/errors.js';
import type { AttachmentRequirement } from '../../api/schemas.js';
import { isolatedMessage } from '../shared/bidi.js';
import { errorTemplate, optionalMark, type Translate } from './fields.js';
import { safeUrl } from './review.js';
import { formatBytes, typeLabels, type UploadItem, type UploadsController } from '../shared/uploads.js';

export interface AttachmentsView {
  t: Translate;
  locale: string;
  uploads: Pick<UploadsController, 'items' | 'cancel' | 'retry' | 'remove'>;
  /** The problem shown on a document, ready to render. */
  problemText: (documentCode: string) => unknown;
  /** A failure of the API in words. */
  describeError: (error: unknown) => string;
  /** The document files are being dragged over. */
  dragging: string | undefined;
  setDragging: (documentCode: string | undefined) => void;
  addFiles: (requirement: AttachmentRequirement, files: FileList | null | undefined) => void;
}

/** What is wrong with a file, as a message key and its parameters (the file name and the server's reason among them). */
export function uploadProblem(
  item: UploadItem,
  view: Pick<AttachmentsView, 'locale' | 'describeError'>,
): { key: string; params: Record<string, string | number> } | undefined {
  if (item.rejection) {
    const params = { ...item.rejection.params };
    if (typeof params['max'] === 'number' && item.rejection.key === 'form.upload.too-large') {
      params['max'] = formatBytes(params['max'], view.locale);
    }
    return { key: item.rejection.key, params };
  }
  if (item.status !== 'failed') return undefined;
  const error = item.error;
  if (isApiError(error) && (error.status === 413 || error.status === 415)) {
    return { key: 'form.upload.refused', params: { file: item.name, reason: error.problem?.detail ?? error.problem?.title ?? '' } };
  }
  return { key: 'form.upload.failed', params: { file: item.name, reason: view.describeError(error) } };
}

export function documentTemplate(view: AttachmentsView, requirement: AttachmentRequirement, index: number): TemplateResult {
  const { t } = view;
  const id = `doc${index}`;
  const code = requirement.documentCode;
  const problemText = view.problemText(code);
  const items = view.uploads.items(code);
  const template = safeUrl(requirement.templateUrl);
  const rules = isolatedMessage(t('form.attachments.rules'), {
    types: typeLabels(requirement.accept),
    size: formatBytes(requirement.maxBytes, view.locale),
    count: requirement.maxFiles,
  });
  const dragOver = (event: DragEvent) => {
    event.preventDefault();
    view.setDragging(code);
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    view.setDragging(undefined);
    view.addFiles(requirement, event.dataTransfer?.files);
  };
  return html`<div
    class="field document ${problemText ? 'has-error' : ''} ${view.dragging === code ? 'dragging' : ''}"
    data-document=${code}
    @dragover=${dragOver}
    @dragleave=${() => view.setDragging(undefined)}
    @drop=${drop}
  >
    <label class="label" for=${id}>${optionalMark(requirement.name, requirement.required, t)}</label>
    <p class="hint" id="${id}-hint">${requirement.hint ?? ''}</p>
    <p class="hint" id="${id}-rules">${rules}</p>
    ${template
      ? html`<p><a class="link" href=${template} target="_blank" rel="noopener noreferrer"
          >${t('form.attachments.template')}<span class="visually-hidden">: ${requirement.name}</span></a
        ></p>`
      : nothing}
    ${errorTemplate(id, problemText, t)}
    <div class="dropzone">
      <input
        class="file-input"
        type="file"
        id=${id}
        ?multiple=${requirement.maxFiles > 1}
        accept=${requirement.accept.join(',')}
        aria-describedby="${id}-hint ${id}-rules${problemText ? ` ${id}-error` : ''}"
        aria-invalid=${problemText ? 'true' : 'false'}
        @change=${(event: Event) => {
          const input = event.target as HTMLInputElement;
          view.addFiles(requirement, input.files);
          // The same file chosen again after a removal must fire `change` again.
          input.value = '';
        }}
      />
      <p class="hint drop-hint">${t('form.attachments.drop')}</p>
    </div>
    ${items.length ? html`<ul class="files">${items.map((item) => uploadTemplate(view, item))}</ul>` : nothing}
  </div>`;
}

function uploadTemplate(view: AttachmentsView, item: UploadItem): TemplateResult {
  const { t, uploads } = view;
  const found = uploadProblem(item, view);
  const problem = found ? isolatedMessage(t(found.key), found.params) : undefined;
  /** A button whose name says which file it acts on. */
  const action = (name: string, label: string, act: () => void) => html`<button
    type="button"
    class="link"
    data-action=${name}
    @click=${act}
  >
    ${t(label)}<span class="visually-hidden">: ${item.name}</span>
  </button>`;
  return html`<li class="file ${item.status}" data-key=${item.key}>
    <span class="file-name">${item.name}</span> <span class="file-size">(${formatBytes(item.size, view.locale)})</span>
    ${item.status === 'uploading'
      ? html`<progress max="100" .value=${Math.round(item.progress * 100)} aria-label="${t('form.upload.uploading')}: ${item.name}"></progress>
          ${action('cancel', 'form.upload.cancel', () => uploads.cancel(item.key))}`
      : nothing}
    ${item.status === 'done' ? html`<span class="file-status">${t('form.upload.done')}</span>` : nothing}
    ${problem ? html`<p class="error-message">${problem}</p>` : nothing}
    ${item.status === 'failed' && item.retryable ? action('retry', 'common.retry', () => uploads.retry(item.key)) : nothing}
    ${item.status !== 'uploading' ? action('remove', 'form.upload.remove', () => uploads.remove(item.key)) : nothing}
  </li>`;
}
