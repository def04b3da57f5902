import { css } from '../../theme/css.js';

/**
 * Styles of the part of `<gov-dossier-form>` loaded on demand (`later.ts`): the documents page,
 * the review, the panel of a submission that made no dossier, and the receipt. They join the
 * element's styles when the part arrives, before any of these pages shows.
 */
export const laterStyles = css`
  .confirm-new > * + *,
  .files > * + * {
    margin-top: var(--_gov-space-2);
  }
  .file-size,
  .summary-row dd.empty {
    color: var(--_gov-color-text-muted);
  }
  .file-status,
  .summary-row dt,
  .fact dt,
  .code {
    font-weight: var(--_gov-font-weight-bold);
  }
  .code {
    font-size: var(--_gov-font-size-xlarge);
    overflow-wrap: anywhere;
  }
  .confirm-new h2,
  .review-heading {
    font-size: var(--_gov-font-size-large);
  }
  .confirm-new:focus {
    outline: var(--_gov-focus-width) solid var(--_gov-focus-color);
    outline-offset: var(--_gov-focus-offset);
  }
  .declaration-text {
    padding: var(--_gov-space-3) var(--_gov-space-4);
    border-inline-start: 4px solid var(--_gov-color-border);
  }
  .document {
    padding: var(--_gov-space-4);
    border: var(--_gov-border-width) solid var(--_gov-color-border);
    border-radius: var(--_gov-radius-large);
  }
  .document.dragging {
    border-style: dashed;
    border-color: var(--_gov-color-primary);
    background: var(--_gov-color-info-surface);
  }
  .file-input {
    max-width: 100%;
  }
  .files {
    padding: 0;
    list-style: none;
  }
  .file {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_gov-space-2) var(--_gov-space-3);
    padding: var(--_gov-space-2) var(--_gov-space-3);
    background: var(--_gov-color-surface);
    border-radius: var(--_gov-radius);
    overflow-wrap: anywhere;
  }
  .file .error-message {
    flex-basis: 100%;
  }
  .file-status {
    color: var(--_gov-color-success);
  }
  progress {
    flex: 1 1 8em;
    accent-color: var(--_gov-color-primary);
  }
  .summary-row,
  .fact {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(0, 3fr) auto;
    gap: var(--_gov-space-2) var(--_gov-space-4);
    padding: var(--_gov-space-3) 0;
    border-bottom: var(--_gov-border-width) solid var(--_gov-color-border);
  }
  .summary-row dd,
  .fact dd {
    overflow-wrap: anywhere;
    white-space: pre-line;
  }
  .review-file {
    display: block;
  }
  .confirmation {
    text-align: center;
  }
  .confirmation .page-heading {
    color: var(--_gov-color-success);
  }
  @media (max-width: 40em) {
    .summary-row,
    .fact {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  @media print {
    .confirmation .page-heading {
      color: #000;
    }
  }
`;
