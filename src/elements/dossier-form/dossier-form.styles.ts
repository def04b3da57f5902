import { css } from '../../theme/css.js';

/**
 * GOV.UK-like form layout on the shared tokens (baseStyles already resets margins, styles
 * headings, buttons, links, panels and the focus ring); one column, usable from 320 px.
 *
 * Why some rules are as they are (comments inside the template would ship in every bundle):
 * - Vertical rhythm comes from margins in block flow: flex columns cost far more layout on
 *   a long form.
 * - What only the documents page, the review, the receipt and the rarer notices show is
 *   styled in `later.styles.ts`, which comes with that part of the form (`later.ts`); so is printing,
 *   which is for the receipt.
 * - No `content-visibility: auto` on questions, though it would lay out a long step faster:
 *   a skipped question has no size until scrolled to, so a click aimed after scrolling can
 *   land on the wrong control, and checks of target size see 0 px (docs/decisions.md).
 * - On a phone the step count says it all; the list of steps would take the whole screen.
 * - Text from the server (labels, names, codes, messages) may hold a word longer than a
 *   320 px screen: every box may break a word anywhere rather than overflow, and that counts
 *   in min-content sizes too (flex and grid items shrink instead of pushing the page wider).
 */
export const styles = css`
  .root {
    overflow-wrap: anywhere;
  }
  .root > * + * {
    margin-top: var(--_gov-space-4);
  }
  .page > * + * {
    margin-top: var(--_gov-space-5);
  }
  .state > * + *,
  .restore-prompt > * + *,
  .field > * + *,
  .fieldset > * + *,
  .address > * + *,
  .choices > * + * {
    margin-top: var(--_gov-space-2);
  }
  .loading > * + * {
    margin-top: var(--_gov-space-3);
  }
  .page {
    max-width: 44em;
  }
  .form-title,
  .description,
  .hint,
  .steps li {
    color: var(--_gov-color-text-muted);
  }
  .form-title,
  .step-count,
  .step-number,
  .steps li.current,
  .label,
  .legend,
  .inline-error {
    font-weight: var(--_gov-font-weight-bold);
  }
  .page-heading {
    font-size: var(--_gov-font-size-xlarge);
  }
  .state-title,
  .error-summary h2,
  .section-title {
    font-size: var(--_gov-font-size-large);
  }
  .steps ol {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gov-space-2) var(--_gov-space-4);
    margin-top: var(--_gov-space-2);
    padding: 0;
    list-style: none;
    font-size: var(--_gov-font-size-small);
  }
  .steps li {
    display: flex;
    align-items: center;
    gap: var(--_gov-space-2);
  }
  .step-number {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: 1.75em;
    height: 1.75em;
    border: var(--_gov-control-border-width) solid currentColor;
    border-radius: 50%;
  }
  .steps li.current {
    color: var(--_gov-color-primary);
  }
  .steps li.current .step-number {
    background: var(--_gov-color-primary);
    border-color: var(--_gov-color-primary);
    color: var(--_gov-color-on-primary);
  }
  .steps li.done .step-number {
    color: var(--_gov-color-success);
  }
  .inline-error {
    color: var(--_gov-color-danger);
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
  }
  .choice input {
    accent-color: var(--_gov-color-primary);
  }
  .choice label {
    cursor: pointer;
  }
  .section-title {
    padding-top: var(--_gov-space-3);
    border-top: var(--_gov-border-width) solid var(--_gov-color-border);
  }
  .provenance {
    display: block;
    font-style: italic;
  }
  .note {
    padding: var(--_gov-space-3) var(--_gov-space-4);
    border-inline-start: 4px solid var(--_gov-color-info);
    background: var(--_gov-color-info-surface);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_gov-space-3);
  }
  .device-data {
    padding-top: var(--_gov-space-3);
    border-top: var(--_gov-border-width) solid var(--_gov-color-border);
  }
  .device-confirm > * + * {
    margin-top: var(--_gov-space-2);
  }
  .device-question:focus {
    outline: var(--_gov-focus-width) solid var(--_gov-focus-color);
    outline-offset: var(--_gov-focus-offset);
  }
  .skeleton {
    height: 2.75em;
    border-radius: var(--_gov-radius);
    background: var(--_gov-color-surface);
  }
  .skeleton.short {
    width: 60%;
  }
  @media (max-width: 40em) {
    .steps ol {
      display: none;
    }
  }
`;
