import { css } from '../../theme/css.js';

export const styles = css`
  /* Server text (names, notes, reasons, file names) may hold words longer than a 320 px
     phone is wide: they break anywhere rather than push the page sideways. */
  .root {
    overflow-wrap: anywhere;
  }
  /* Headings by class: their level follows the host's heading-level. */
  .title {
    font-size: var(--_gov-font-size-xlarge);
  }
  .result-title,
  .outcome-title {
    font-size: var(--_gov-font-size-large);
  }
  .section-title,
  .subsection-title,
  .status-label,
  .error-summary h5 {
    font-size: 1em;
  }

  .lookup,
  .result,
  fieldset {
    display: grid;
    gap: var(--_gov-space-4);
  }
  .outcome-panel,
  .action,
  .appointments,
  .timeline {
    display: grid;
    gap: var(--_gov-space-3);
  }
  /* A button in a grid keeps its own width. */
  .button {
    justify-self: start;
  }

  .intro,
  .hint,
  .procedure,
  .fetched-at,
  .fact dt,
  .status-label,
  .step time,
  .step-note {
    color: var(--_gov-color-text-muted);
  }
  .hint,
  .fact dt,
  .status-label,
  .step time,
  .change-at,
  .document-meta {
    font-size: var(--_gov-font-size-small);
  }
  label,
  legend,
  .status-name,
  .badge,
  .fact dd,
  .change-cause,
  .step-status {
    font-weight: var(--_gov-font-weight-bold);
  }

  .field {
    display: grid;
    /* minmax(0, …): an auto column takes its widest child's min-content, and the browser's
       file control is about 350 px wide at its smallest, wider than a 320 px phone. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_gov-space-1);
    max-width: 32em;
  }
  input[type='text'],
  textarea {
    width: 100%;
    min-height: var(--_gov-control-min-height);
    padding: var(--_gov-space-2) var(--_gov-space-3);
    border: var(--_gov-control-border-width) solid var(--_gov-color-border);
    border-radius: var(--_gov-radius);
    background: var(--_gov-color-background);
  }
  input,
  .step time {
    font-variant-numeric: tabular-nums;
  }
  .code-input {
    letter-spacing: 0.02em;
  }
  .verifier-input {
    max-width: 8em;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    margin-block-end: var(--_gov-space-2);
  }
  .documents {
    padding-inline-start: 1.25em;
  }

  .outcome {
    margin-block-start: var(--_gov-space-5);
  }
  .loading {
    display: flex;
    align-items: center;
    gap: var(--_gov-space-2);
    min-height: var(--_gov-control-min-height);
  }
  .spinner {
    width: 1.25em;
    height: 1.25em;
    border: 3px solid var(--_gov-color-surface);
    border-top-color: var(--_gov-color-primary);
    border-radius: 50%;
    animation: spin 0.9s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }

  /* The status card is a panel of its tone (see the template) with a thick bar instead of a frame. */
  .status {
    display: grid;
    gap: var(--_gov-space-2);
    border-width: 0;
    border-inline-start-width: 6px;
    border-radius: var(--_gov-radius);
  }
  .status-label {
    font-weight: 400;
  }
  .status-name {
    font-size: var(--_gov-font-size-large);
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gov-space-2);
    padding: 0;
    list-style: none;
  }
  .badge {
    padding: var(--_gov-space-1) var(--_gov-space-3);
    border: 2px solid currentColor;
    border-radius: 999px;
    background: var(--_gov-color-background);
    color: var(--_gov-color-info);
  }
  .good {
    color: var(--_gov-color-success);
  }

  .bad {
    color: var(--_gov-color-danger);
  }

  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14em), 1fr));
    gap: var(--_gov-space-3) var(--_gov-space-5);
  }
  .facts.compact {
    grid-template-columns: 1fr;
  }

  /* Block layout, not grid: a 200-step history must lay out within a frame. */
  .timeline ol {
    padding: 0;
    list-style: none;
  }
  .step {
    position: relative;
    /* Steps out of view are neither laid out nor painted until scrolled to (still read by screen readers). */
    content-visibility: auto;
    contain-intrinsic-size: auto 5em;
    padding-inline-start: var(--_gov-space-6);
    padding-block-end: var(--_gov-space-4);
  }
  /* The line between steps and the dot of each step, drawn, not announced. */
  .step::before,
  .step::after {
    content: '';
    position: absolute;
    border: 0 solid var(--_gov-color-border);
  }
  .step::before {
    inset-inline-start: 0.45em;
    inset-block: 0.4em 0;
    border-inline-start-width: 2px;
  }
  .step:last-child::before {
    border-color: transparent;
  }
  .step::after {
    inset-inline-start: 0;
    inset-block-start: 0.35em;
    width: 1.1em;
    height: 1.1em;
    border-width: 2px;
    border-radius: 50%;
    background: var(--_gov-color-background);
  }
  [aria-current]::after {
    border-color: var(--_gov-color-primary);
    background: var(--_gov-color-primary);
  }
  .step > * {
    display: block;
  }
  .step > [hidden] {
    display: none;
  }
  [aria-current] .step-status {
    color: var(--_gov-color-primary);
  }

  /* Each change of the appointment: when, why, from and to, and the apology slip. */
  .changes {
    display: grid;
    gap: var(--_gov-space-3);
    padding: 0;
    list-style: none;
  }
  .change {
    display: grid;
    gap: var(--_gov-space-2);
    padding-block-end: var(--_gov-space-3);
    border-block-end: 1px solid var(--_gov-color-border);
  }

  .result-footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_gov-space-3);
  }

  /* One clean status sheet: no form, no buttons, black on white, no breaks inside a block. */
  @media print {
    :host {
      /* important: the host base's resets are (see theme/styles.ts) */
      color: #000 !important;
      font-size: 11pt !important;
    }
    .lookup,
    .button,
    .copy-button,
    .supplement,
    .withdrawal,
    .withdrawal-open,
    .rating-form,
    .spinner,
    [role='status'] {
      display: none !important;
    }
    .outcome {
      margin: 0;
    }
    .status,
    .panel,
    .badge {
      background: none !important;
      color: #000 !important;
      border-color: #000 !important;
    }
    .step::after {
      background: #fff;
      border-color: #000;
    }
    [aria-current]::after {
      background: #000;
      border-color: #000;
    }
    [aria-current] .step-status,
    .step time,
    .step-note,
    .fetched-at,
    .procedure,
    .fact dt,
    .status-label {
      color: #000;
    }
    .result {
      gap: 0.6em;
    }
    .facts {
      grid-template-columns: repeat(2, 1fr);
    }
    .status,
    .fact,
    .step,
    .action {
      break-inside: avoid;
    }
    .step {
      content-visibility: visible;
      padding-block-end: 0.4em;
    }
    :focus-visible {
      outline: none;
    }
    a[href]::after {
      content: ' (' attr(href) ')';
      font-size: 0.85em;
      overflow-wrap: anywhere;
    }
  }
`;
