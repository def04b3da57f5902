/**
 * Template of the attachments page: one area per required document (its name, hint, the
 * accepted types and sizes, the blank template, the files chosen with their progress and
 * actions), and what is wrong with a file in words.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { AttachmentRequirement, FieldError } from '../../api/schemas.js';
import type { MessageParams } from '../../i18n/translator.js';
import { fileChooser } from '../shared/file-chooser.js';
import { isolate, safeUrl } from '../shared/server-text.js';
import { typeLabels, uploadProblem, type UploadItem, type UploadMessages, type UploadsController } from '../shared/uploads.js';
import { errorTemplate, optionalMark } from './fields.js';
import type { FormKey, FormL10n } from './messages.js';
import { page, problemSummary } from './pages.js';

/** The form's words for what can be wrong with a file. */
export const UPLOAD_MESSAGES: UploadMessages<FormKey> = {
  rejected: (kind) => `form.upload.${kind}`,
  refused: 'form.upload.refused',
  failed: 'form.upload.failed',
};

export interface Attachments {
  l10n: FormL10n;
  requirements: readonly AttachmentRequirement[];
  uploads: Pick<UploadsController, 'items' | 'cancel' | 'retry' | 'remove'>;
  /** The problem shown on a document, ready to render. */
  problemText: (documentCode: string) => unknown;
  /** A failure of the API in words. */
  describeError: (error: unknown) => string;
  /** The document files are being dragged over. */
  dragging: string | undefined;
  setDragging: (documentCode: string | undefined) => void;
  addFiles: (requirement: AttachmentRequirement, files: readonly File[]) => void;
}

/** What is wrong with a file, as a message key and its parameters; undefined while all is well. */
export function fileProblem(l10n: FormL10n, item: UploadItem, describeError: (error: unknown) => string): { key: FormKey; params: MessageParams } | undefined {
  return uploadProblem(item, UPLOAD_MESSAGES, describeError, (bytes) => l10n.bytes(bytes));
}

/** The page of the documents asked for: one area each, their problems in the summary. */
export function attachmentsPage(
  view: Attachments,
  frame: { unmapped: readonly FieldError[]; primary: unknown; back: (() => void) | undefined; level: number },
): TemplateResult {
  const { l10n } = view;
  const problems = view.requirements.flatMap((requirement, index): Array<[unknown, string]> => {
    const text = view.problemText(requirement.documentCode);
    return text ? [[text, `doc${index}`]] : [];
  });
  return page({
    l10n,
    level: frame.level,
    title: l10n.t('form.step.attachments'),
    summary: problemSummary(l10n, problems, frame.unmapped),
    content: html`<p class="description">${l10n.t('form.attachments.intro')}</p>
      ${view.requirements.map((requirement, index) => documentTemplate(view, requirement, index))}`,
    primary: frame.primary,
    back: frame.back,
  });
}

function documentTemplate(view: Attachments, requirement: AttachmentRequirement, index: number): TemplateResult {
  const { l10n } = view;
  const id = `doc${index}`;
  const code = requirement.documentCode;
  const problemText = view.problemText(code);
  const items = view.uploads.items(code);
  const template = safeUrl(requirement.templateUrl);
  // The rules, once: types, size per file, how many ("tối đa 1 tệp", "up to 1 file").
  const rules = l10n.plural('form.attachments.rules', requirement.maxFiles, {
    types: isolate(typeLabels(requirement.accept)),
    size: l10n.bytes(requirement.maxBytes),
  });
  return html`<div class="field document ${problemText ? 'has-error' : ''}" data-document=${code}>
    <p class="label" id="${id}-label">${optionalMark(requirement.name, requirement.required, l10n)}</p>
    ${requirement.hint ? html`<p class="hint" id="${id}-hint">${requirement.hint}</p>` : nothing}
    <p class="hint" id="${id}-rules">${rules}</p>
    ${template
      ? html`<p><a class="link" href=${template} target="_blank" rel="noopener noreferrer"
          >${l10n.t('form.attachments.template')}<span class="visually-hidden">: ${requirement.name}</span></a
        ></p>`
      : nothing}
    ${errorTemplate(id, problemText, l10n)}
    ${fileChooser({
      id,
      label: l10n.plural('form.attachments.choose', requirement.maxFiles),
      purpose: requirement.name,
      accept: requirement.accept,
      multiple: requirement.maxFiles > 1,
      describedBy: `${requirement.hint ? `${id}-hint ` : ''}${id}-rules${problemText ? ` ${id}-error` : ''}`,
      dropHint: l10n.t('form.attachments.drop'),
      dragging: view.dragging === code,
      setDragging: (dragging) => view.setDragging(dragging ? code : undefined),
      choose: (files) => view.addFiles(requirement, files),
    })}
    ${items.length ? html`<ul class="files" aria-label=${l10n.t('form.attachments.chosen', { name: requirement.name })}>${items.map((item) => uploadTemplate(view, item))}</ul>` : nothing}
  </div>`;
}

function uploadTemplate(view: Attachments, item: UploadItem): TemplateResult {
  const { l10n, uploads } = view;
  const found = fileProblem(l10n, item, view.describeError);
  const problem = found ? l10n.isolated(found.key, found.params) : undefined;
  /** A button whose name says which file it acts on. */
  const action = (name: string, label: FormKey, act: () => void) => html`<button
    type="button"
    class="link"
    data-action=${name}
    @click=${act}
  >
    ${l10n.t(label)}<span class="visually-hidden">: ${item.name}</span>
  </button>`;
  return html`<li class="file ${item.status}" data-key=${item.key}>
    <span class="file-name">${item.name}</span> <span class="file-size">(${l10n.bytes(item.size)})</span>
    ${item.status === 'uploading'
      ? html`<progress max="100" .value=${Math.round(item.progress * 100)} aria-label="${l10n.t('form.upload.uploading')}: ${item.name}"></progress>
          ${action('cancel', 'form.upload.cancel', () => uploads.cancel(item.key))}`
      : nothing}
    ${item.status === 'done' ? html`<span class="file-status">${l10n.t('form.upload.done')}</span>` : nothing}
    ${problem ? html`<p class="error-message">${problem}</p>` : nothing}
    ${item.status === 'failed' && item.retryable ? action('retry', 'common.retry', () => uploads.retry(item.key)) : nothing}
    ${item.status !== 'uploading' ? action('remove', 'form.upload.remove', () => uploads.remove(item.key)) : nothing}
  </li>`;
}
