import { css } from 'lit';

export const styles = css`
  :host {
    --_tracker-gap: var(--_gov-space-4);
  }

  .lookup,
  .result,
  .supplement {
    display: grid;
    gap: var(--_tracker-gap);
  }

  h2 {
    font-size: var(--_gov-font-size-xlarge);
  }
  h3 {
    font-size: var(--_gov-font-size-large);
  }
  h4,
  h5 {
    font-size: 1em;
  }

  .intro,
  .hint,
  .procedure,
  .fetched-at {
    color: var(--_gov-color-text-muted);
  }
  .hint {
    font-size: var(--_gov-font-size-small);
  }

  .field {
    display: grid;
    gap: var(--_gov-space-1);
    max-width: 32em;
  }
  label,
  legend {
    font-weight: var(--_gov-font-weight-bold);
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
  .code-input {
    font-variant-numeric: tabular-nums;
    letter-spacing: 0.02em;
  }
  .verifier-input {
    max-width: 8em;
    font-variant-numeric: tabular-nums;
  }
  input[type='file'] {
    max-width: 100%;
    min-height: var(--_gov-control-min-height);
  }
  .field.invalid {
    border-inline-start: 4px solid var(--_gov-color-danger);
    padding-inline-start: var(--_gov-space-3);
  }
  .field.invalid input,
  .field.invalid textarea {
    border-color: var(--_gov-color-danger);
  }
  .error {
    color: var(--_gov-color-danger);
    font-weight: var(--_gov-font-weight-bold);
  }
  .lookup > .button,
  .supplement > .button {
    justify-self: start;
  }
  fieldset {
    display: grid;
    gap: var(--_gov-space-4);
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    margin-block-end: var(--_gov-space-2);
  }

  .summary ul {
    margin-block-start: var(--_gov-space-2);
    padding-inline-start: 1.25em;
  }
  .summary a {
    color: var(--_gov-color-danger);
    font-weight: var(--_gov-font-weight-bold);
  }

  .outcome {
    margin-block-start: var(--_gov-space-5);
  }
  .outcome-panel {
    display: grid;
    gap: var(--_gov-space-3);
  }
  .outcome-panel .button {
    justify-self: start;
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

  #result-title {
    overflow-wrap: anywhere;
  }
  .status {
    display: grid;
    gap: var(--_gov-space-2);
    padding: var(--_gov-space-4);
    border-inline-start: 6px solid var(--_gov-color-info);
    background: var(--_gov-color-info-surface);
    border-radius: var(--_gov-radius);
  }
  .status-3,
  .status-8 {
    border-color: var(--_gov-color-danger);
    background: var(--_gov-color-danger-surface);
  }
  .status-5,
  .status-6 {
    border-color: var(--_gov-color-warning);
    background: var(--_gov-color-warning-surface);
  }
  .status-9,
  .status-10 {
    border-color: var(--_gov-color-success);
    background: var(--_gov-color-success-surface);
  }
  .status-label {
    font-size: var(--_gov-font-size-small);
    font-weight: 400;
    color: var(--_gov-color-text-muted);
  }
  .status-name {
    font-size: var(--_gov-font-size-large);
    font-weight: var(--_gov-font-weight-bold);
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
    font-weight: var(--_gov-font-weight-bold);
    background: var(--_gov-color-background);
  }
  .badge.good {
    color: var(--_gov-color-success);
  }
  .badge.bad {
    color: var(--_gov-color-danger);
  }
  .badge.neutral {
    color: var(--_gov-color-info);
  }

  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14em), 1fr));
    gap: var(--_gov-space-3) var(--_gov-space-5);
  }
  .facts.compact {
    grid-template-columns: 1fr;
  }
  .fact dt {
    font-size: var(--_gov-font-size-small);
    color: var(--_gov-color-text-muted);
  }
  .fact dd {
    font-weight: var(--_gov-font-weight-bold);
    overflow-wrap: anywhere;
  }

  .action {
    display: grid;
    gap: var(--_gov-space-3);
  }
  .action .button {
    justify-self: start;
  }
  .documents {
    padding-inline-start: 1.25em;
  }
  .upload-status {
    font-size: var(--_gov-font-size-small);
  }
  .upload-status.uploaded {
    color: var(--_gov-color-success);
  }
  .upload-status.failed {
    color: var(--_gov-color-danger);
  }

  .timeline {
    display: grid;
    gap: var(--_gov-space-3);
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
  .step::before {
    content: '';
    position: absolute;
    inset-inline-start: 0.45em;
    inset-block: 0.4em 0;
    border-inline-start: 2px solid var(--_gov-color-border);
  }
  .step:last-child::before {
    border-inline-start-color: transparent;
  }
  .step::after {
    content: '';
    position: absolute;
    inset-inline-start: 0;
    inset-block-start: 0.35em;
    width: 1.1em;
    height: 1.1em;
    border: 2px solid var(--_gov-color-border);
    border-radius: 50%;
    background: var(--_gov-color-background);
  }
  .step.current::after {
    border-color: var(--_gov-color-primary);
    background: var(--_gov-color-primary);
  }
  .step > * {
    display: block;
  }
  .step > [hidden] {
    display: none;
  }
  .step time {
    font-size: var(--_gov-font-size-small);
    color: var(--_gov-color-text-muted);
    font-variant-numeric: tabular-nums;
  }
  .step-status {
    font-weight: var(--_gov-font-weight-bold);
  }
  .step.current .step-status {
    color: var(--_gov-color-primary);
  }
  .step-where,
  .step-note {
    overflow-wrap: anywhere;
  }
  .step-note {
    color: var(--_gov-color-text-muted);
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
    /* important: the host base's resets are (see theme/styles.ts) */
    :host {
      color: #000 !important;
      font-size: 11pt !important;
    }
    .lookup,
    .button,
    .supplement,
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
    .step::after,
    .step.current::after {
      background: #fff;
      border-color: #000;
    }
    .step.current::after {
      background: #000;
    }
    :focus-visible {
      outline: none;
    }
    .step.current .step-status,
    .step time,
    .step-note,
    .fetched-at,
    .procedure,
    .fact dt {
      color: #000;
    }
    a[href]::after {
      content: ' (' attr(href) ')';
      font-size: 0.85em;
      overflow-wrap: anywhere;
    }
  }
`;
