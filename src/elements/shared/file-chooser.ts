/**
 * The control that picks files for an upload (the form's documents, the tracker's supplement):
 * a 44 px "Chọn tệp" button in the element's language, rather than the browser's own control,
 * which speaks the browser's language ("Choose Files / No file chosen" inside a Vietnamese
 * form) and is about 24 px tall. The native `<input type="file">` stays in the DOM, hidden,
 * and the button opens it; the files chosen are listed by the element (`UploadsController`
 * items), each with its size and a remove button.
 *
 * A drop zone, and the words "kéo và thả", only where dragging exists: a fine pointer that
 * hovers (`@media (hover: hover) and (pointer: fine)`); a phone never sees them. Dropping still
 * works wherever the browser delivers a drop.
 *
 * @internal Part of the elements' kit (docs/contributing.md).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { css } from '../../theme/css.js';

export interface FileChooser {
  /** The button's id: error links and labels point at it. */
  id: string;
  /** "Chọn tệp". */
  label: string;
  /** What the files are for (a document's name), read after the label: "Chọn tệp: Giấy chứng sinh". */
  purpose: unknown;
  accept: readonly string[];
  multiple: boolean;
  describedBy: string;
  /** "Hoặc kéo và thả tệp vào đây", shown only where dragging exists. */
  dropHint?: string | undefined;
  disabled?: boolean;
  /** Files are being dragged over this chooser. */
  dragging: boolean;
  setDragging: (dragging: boolean) => void;
  choose: (files: File[]) => void;
}

export function fileChooser(view: FileChooser): TemplateResult {
  const dragOver = (event: DragEvent) => {
    event.preventDefault();
    if (!view.dragging) view.setDragging(true);
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    view.setDragging(false);
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length && !view.disabled) view.choose(files);
  };
  return html`<div
    class="file-chooser wrap-row ${view.dragging ? 'dragging' : ''}"
    @dragover=${dragOver}
    @dragleave=${() => view.setDragging(false)}
    @drop=${drop}
  >
    <input
      class="file-chooser-input"
      type="file"
      tabindex="-1"
      aria-hidden="true"
      ?multiple=${view.multiple}
      accept=${view.accept.join(',')}
      @change=${(event: Event) => {
        const input = event.target as HTMLInputElement;
        const files = [...(input.files ?? [])];
        // The same file chosen again after a removal must fire `change` again.
        input.value = '';
        if (files.length) view.choose(files);
      }}
    />
    <button
      type="button"
      class="button secondary file-chooser-button"
      id=${view.id}
      aria-describedby=${view.describedBy}
      aria-disabled=${view.disabled ? 'true' : 'false'}
      @click=${(event: Event) => {
        if (view.disabled) return;
        (event.currentTarget as HTMLElement).parentElement?.querySelector<HTMLInputElement>('.file-chooser-input')?.click();
      }}
    >
      ${view.label}<span class="visually-hidden">: ${view.purpose}</span>
    </button>
    ${view.dropHint ? html`<span class="drop-hint" aria-hidden="true">${view.dropHint}</span>` : nothing}
  </div>`;
}

/** With `kitStyles`, which lays out the row (`.wrap-row`). */
export const fileChooserStyles = css`
  .file-chooser {
    margin-top: var(--_gov-space-2);
  }
  .file-chooser-input,
  .drop-hint {
    display: none;
  }
  .file-chooser-button {
    min-height: 2.75rem;
  }
  /* The files listed under it: each action as tall as a finger needs. */
  .file .link {
    min-height: 2.75rem;
    min-width: 2.75rem;
  }
  @media (hover: hover) and (pointer: fine) {
    .file-chooser {
      padding: var(--_gov-space-4);
      border: var(--_gov-border-width) dashed var(--_gov-color-border);
      border-radius: var(--_gov-radius);
    }
    .file-chooser.dragging {
      border-color: var(--_gov-color-primary);
      background: var(--_gov-color-info-surface);
    }
    .drop-hint {
      display: inline;
      color: var(--_gov-color-text-muted);
    }
  }
`;
