import { css } from 'lit';

/** GOV.UK-like form layout on the shared tokens; one column, usable from 320 px. */
export const styles = css`
  /* Vertical rhythm by margins in block flow: flex columns cost far more layout on a long form. */
  .root > * + *,
  .notice > * + *,
  .state > * + * {
    margin-top: var(--_gov-space-4);
  }
  .notice > * + *,
  .state > * + *,
  .error-summary ul {
    margin-top: var(--_gov-space-2);
  }
  .form-title {
    color: var(--_gov-color-text-muted);
    font-weight: var(--_gov-font-weight-bold);
  }
  .page {
    max-width: 44em;
  }
  .page > * + * {
    margin-top: var(--_gov-space-5);
  }
  .page-heading {
    font-size: var(--_gov-font-size-xlarge);
  }
  .page-heading:focus {
    outline: none;
  }
  .page-heading:focus-visible {
    outline: var(--_gov-focus-width) solid var(--_gov-focus-color);
  }
  .description,
  .hint {
    color: var(--_gov-color-text-muted);
  }

  /* Step indicator */
  .steps ol {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gov-space-2) var(--_gov-space-4);
    margin: var(--_gov-space-2) 0 0;
    padding: 0;
    list-style: none;
    font-size: var(--_gov-font-size-small);
  }
  .steps li {
    display: flex;
    align-items: center;
    gap: var(--_gov-space-2);
    color: var(--_gov-color-text-muted);
  }
  .step-number {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: 1.75em;
    height: 1.75em;
    border: var(--_gov-control-border-width) solid currentColor;
    border-radius: 50%;
    font-weight: var(--_gov-font-weight-bold);
  }
  .steps li.current {
    color: var(--_gov-color-primary);
    font-weight: var(--_gov-font-weight-bold);
  }
  .steps li.current .step-number {
    background: var(--_gov-color-primary);
    border-color: var(--_gov-color-primary);
    color: var(--_gov-color-on-primary);
  }
  .steps li.done .step-number {
    border-color: var(--_gov-color-success);
    color: var(--_gov-color-success);
  }
  .step-count {
    font-weight: var(--_gov-font-weight-bold);
  }
  @media (max-width: 40em) {
    /* On a phone the count says it all; the list would take the whole screen. */
    .steps ol {
      display: none;
    }
  }

  /* Notices and summaries */
  .notice h2,
  .state h2,
  .error-summary h2 {
    font-size: var(--_gov-font-size-large);
  }
  .error-summary {
    border-width: var(--_gov-control-border-width);
  }
  .error-summary:focus {
    outline: var(--_gov-focus-width) solid var(--_gov-focus-color);
    outline-offset: var(--_gov-focus-offset);
  }
  .error-summary ul {
    margin: var(--_gov-space-2) 0 0;
    padding-inline-start: var(--_gov-space-5);
  }
  .error-summary a {
    color: var(--_gov-color-danger);
    font-weight: var(--_gov-font-weight-bold);
  }
  .version-notice:focus {
    outline: var(--_gov-focus-width) solid var(--_gov-focus-color);
  }

  /* Fields */
  /* A long step lays out only the questions on screen. Its paint containment would clip
     the focus ring of a control at the question's edge: none while a control has focus. */
  .field {
    min-width: 0;
    content-visibility: auto;
    contain-intrinsic-size: auto 6em;
  }
  .field:focus-within {
    content-visibility: visible;
  }
  .field > * + *,
  .fieldset > * + *,
  .address > * + * {
    margin-top: var(--_gov-space-2);
  }
  .field.has-error {
    padding-inline-start: var(--_gov-space-4);
    border-inline-start: 4px solid var(--_gov-color-danger);
  }
  .label,
  .legend {
    font-weight: var(--_gov-font-weight-bold);
  }
  .optional {
    font-weight: 400;
  }
  .fieldset {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .legend {
    padding: 0;
  }
  .error-message,
  .inline-error {
    color: var(--_gov-color-danger);
    font-weight: var(--_gov-font-weight-bold);
  }
  .input,
  .select {
    display: block;
    width: 100%;
    min-height: var(--_gov-control-min-height);
    padding: var(--_gov-space-2);
    border: var(--_gov-control-border-width) solid var(--_gov-color-border);
    border-radius: var(--_gov-radius);
    background: var(--_gov-color-background);
  }
  .select[aria-disabled='true'] {
    background: var(--_gov-color-surface);
  }
  .input[aria-invalid='true'],
  .select[aria-invalid='true'] {
    border-color: var(--_gov-color-danger);
  }
  .textarea {
    resize: vertical;
  }
  .width-id {
    max-width: 16ch;
  }
  .width-number {
    max-width: 20ch;
  }
  .width-2 {
    max-width: 5ch;
  }
  .width-year {
    max-width: 8ch;
  }
  .date {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gov-space-4);
  }
  .date-label {
    display: block;
    margin-bottom: var(--_gov-space-1);
  }
  .choices > * + * {
    margin-top: var(--_gov-space-2);
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: var(--_gov-space-3);
  }
  .choice input {
    flex: none;
    width: 1.5em;
    height: 1.5em;
    margin: 0.1em 0 0;
    accent-color: var(--_gov-color-primary);
  }
  .choice label {
    cursor: pointer;
  }
  .section h3 {
    font-size: var(--_gov-font-size-large);
    padding-top: var(--_gov-space-3);
    border-top: var(--_gov-border-width) solid var(--_gov-color-border);
  }
  .note {
    padding: var(--_gov-space-3) var(--_gov-space-4);
    border-inline-start: 4px solid var(--_gov-color-info);
    background: var(--_gov-color-info-surface);
  }

  /* Attachments */
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
    display: flex;
    flex-direction: column;
    gap: var(--_gov-space-2);
    margin: 0;
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
    font-weight: var(--_gov-font-weight-bold);
  }
  .file-size {
    color: var(--_gov-color-text-muted);
  }
  progress {
    flex: 1 1 8em;
    accent-color: var(--_gov-color-primary);
  }

  /* Review and receipt */
  .review-heading {
    font-size: var(--_gov-font-size-large);
  }
  .summary-row {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(0, 3fr) auto;
    gap: var(--_gov-space-2) var(--_gov-space-4);
    padding: var(--_gov-space-3) 0;
    border-bottom: var(--_gov-border-width) solid var(--_gov-color-border);
  }
  .summary-row dt {
    font-weight: var(--_gov-font-weight-bold);
  }
  .summary-row dd {
    overflow-wrap: anywhere;
    white-space: pre-line;
  }
  .summary-row dd.empty {
    color: var(--_gov-color-text-muted);
  }
  .review-file {
    display: block;
  }
  @media (max-width: 40em) {
    .summary-row {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .declaration-text {
    padding: var(--_gov-space-3) var(--_gov-space-4);
    border-inline-start: 4px solid var(--_gov-color-border);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_gov-space-3);
  }
  .confirmation {
    text-align: center;
    border-color: var(--_gov-color-success);
  }
  .confirmation .page-heading {
    color: var(--_gov-color-success);
  }
  .code {
    font-size: var(--_gov-font-size-xlarge);
    font-weight: var(--_gov-font-weight-bold);
    overflow-wrap: anywhere;
  }

  /* Loading */
  .loading {
    display: flex;
    flex-direction: column;
    gap: var(--_gov-space-3);
  }
  .skeleton {
    height: 2.75em;
    border-radius: var(--_gov-radius);
    background: var(--_gov-color-surface);
  }
  .skeleton.short {
    width: 60%;
  }

  @media print {
    .field {
      content-visibility: visible;
    }
    .no-print,
    .notice,
    button {
      display: none !important;
    }
    .panel {
      border-color: #000;
      background: none;
    }
    .confirmation .page-heading,
    .form-title {
      color: #000;
    }
  }
`;
