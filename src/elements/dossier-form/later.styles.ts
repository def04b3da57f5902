import { css } from '../../theme/css.js';

/**
 * Styles of the part of `<gov-dossier-form>` loaded on demand (`later.ts`): the documents page,
 * the review, the panel of a submission that made no dossier, the receipt, the rarer notices
 * (`later-notices.ts`) and printing. They join the element's styles when the part arrives,
 * before any of these shows. Printing is for the receipt; a step printed before the part
 * arrived (it is fetched when the browser is idle after the first step) prints as the screen.
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
  .panel-heading,
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
  .confirmation .copy-code {
    justify-content: center;
  }
  .copy-code .code.long {
    min-width: 0;
    white-space: normal;
    overflow-wrap: anywhere;
  }
  .confirmation .page-heading {
    color: var(--_gov-color-success);
  }
  /* The review: one "Thay đổi" per answer when the element is wide, one per step when narrow
     (its own width: a wide page may give it a narrow column). */
  .review-answers {
    container-type: inline-size;
  }
  .summary-group-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--_gov-space-2) var(--_gov-space-4);
  }
  .group-change {
    display: none;
  }
  @container (max-width: 36em) {
    .summary-row {
      grid-template-columns: minmax(0, 1fr);
      gap: var(--_gov-space-1);
    }
    .summary-cell {
      display: none;
    }
    .group-change {
      display: inline-flex;
    }
  }
  /* Fees and payment: a line per fee, its amount never hidden. */
  .fee-lines {
    padding: 0;
    list-style: none;
  }
  .fee-line {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr) auto;
    gap: var(--_gov-space-1) var(--_gov-space-3);
    padding: var(--_gov-space-2) 0;
    border-bottom: var(--_gov-border-width) solid var(--_gov-color-border);
    overflow-wrap: anywhere;
  }
  .fee-kind {
    font-weight: var(--_gov-font-weight-bold);
  }
  .fee-amount {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .fee-note,
  .fee-exemptions,
  .fee-exemption-list,
  .fee-total-note {
    grid-column: 1 / -1;
    color: var(--_gov-color-text-muted);
  }
  .fee-exemption-list {
    margin: 0;
    padding-inline-start: var(--_gov-space-5);
  }
  .fee-total-note {
    display: block;
  }
  .fees,
  .payment {
    margin-top: var(--_gov-space-5);
  }
  .payment > * + * {
    margin-top: var(--_gov-space-3);
  }
  /* The receipt: its details beside the QR code where there is room. */
  .receipt-body {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gov-space-4);
    align-items: flex-start;
  }
  .receipt-details {
    flex: 1 1 18em;
    min-width: 0;
  }
  .receipt-qr {
    flex: 0 0 auto;
    margin: 0 auto;
    text-align: center;
  }
  .qr {
    display: block;
    width: 9rem;
    height: 9rem;
    margin: 0 auto;
  }
  .print-only {
    display: none;
  }
  .notice > * + * {
    margin-top: var(--_gov-space-2);
  }
  .notice-title {
    font-size: var(--_gov-font-size-large);
  }
  /* A notice or a question read first: its ring shows however the focus moved there. */
  .version-notice:focus,
  .tab-notice:focus {
    outline: var(--_gov-focus-width) solid var(--_gov-focus-color);
    outline-offset: var(--_gov-focus-offset);
  }
  @media (max-width: 40em) {
    .summary-row,
    .fact {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  /* The printed receipt: black on white, one A4 column, the QR code at a size phones read. */
  @media print {
    .no-print,
    .notice,
    button {
      display: none !important;
    }
    .panel {
      border-color: #000;
      background: none;
    }
    .form-title {
      color: #000;
    }
    .confirmation .page-heading {
      color: #000;
    }
    .print-only {
      display: block;
    }
    .receipt-title {
      font-size: var(--_gov-font-size-large);
      font-weight: var(--_gov-font-weight-bold);
      text-align: center;
      text-transform: uppercase;
    }
    .receipt,
    .receipt * {
      color: #000;
    }
    .receipt {
      max-width: 180mm;
    }
    .qr {
      width: 35mm;
      height: 35mm;
    }
    .summary-row,
    .fact,
    .fee-line,
    .receipt-qr {
      break-inside: avoid;
    }
    .summary-group-head,
    .review-heading {
      break-after: avoid;
    }
  }
`;
