/**
 * A code the applicant must keep (the dossier code on the receipt and in the tracker), with a
 * button that copies it. People write these codes down or paste them into a message to a
 * relative; a 25-character code read off a phone screen is easy to get wrong.
 *
 * The code never breaks across lines: `000.00.01.H22-261122-0001` broken at a hyphen reads as
 * two codes. It shrinks with the width of the element instead (container units; without a
 * container they follow the viewport), down to the body size, which fits 25 characters at
 * 320 px.
 *
 * Copying uses the asynchronous Clipboard API only (no `execCommand`, deprecated). Where it is
 * missing or refused (a page served over plain HTTP on a LAN, a browser policy), the code is
 * selected instead and the applicant is told to copy it themselves: nothing fails silently.
 *
 * @internal Part of the elements' kit (docs/contributing.md).
 */
import { html, type TemplateResult } from 'lit';
import { css } from '../../theme/css.js';

export interface CopyCodeOptions {
  code: string;
  /** The button's words ("Sao chép mã"). */
  label: string;
  /** Said by the live region once the code is on the clipboard. */
  copied: string;
  /** Said when the browser would not copy: the code is selected instead. */
  failed: string;
  /** The element's live region (`announcer.announce`). */
  announce(text: string): void;
  /** The code's class besides `code`, for the element's own sizing. */
  class?: string;
}

/** The code, then its copy button; they wrap onto two lines on a narrow element. */
export function copyCode({ code, label, copied, failed, announce, class: className = '' }: CopyCodeOptions): TemplateResult {
  const copy = async (event: Event): Promise<void> => {
    const button = event.currentTarget as HTMLElement;
    try {
      // `navigator.clipboard` is undefined outside secure contexts: the TypeError lands below.
      await navigator.clipboard.writeText(code);
      announce(copied);
    } catch {
      const shown = button.parentElement?.querySelector('.code');
      const selection = (button.getRootNode() as Document).getSelection?.() ?? document.getSelection();
      if (shown && selection) selection.selectAllChildren(shown);
      announce(failed);
    }
  };
  return html`<div class="copy-code wrap-row">
    <span class="code ${className}" part="code" translate="no">${code}</span>
    <button type="button" class="button secondary copy-button" part="copy-button" @click=${copy}>${label}</button>
  </div>`;
}

/** With `kitStyles`, which lays out the row (`.wrap-row`). */
export const copyCodeStyles = css`
  .copy-code .code {
    white-space: nowrap;
    overflow-wrap: normal;
    font-variant-numeric: tabular-nums;
    font-size: clamp(1em, 6cqi, var(--_gov-font-size-xlarge));
    font-weight: var(--_gov-font-weight-bold);
    user-select: all;
  }
  .copy-code .copy-button {
    min-height: 44px;
  }
`;
