import { css } from '../../theme/css.js';

/**
 * Styles of the kit's patterns that show (`error-summary.ts`, `field.ts`, and the wrapping row
 * of `copy-code.ts` and `file-chooser.ts`), for the elements that use them:
 * `static styles = [...baseStyles, kitStyles, styles]`.
 *
 * The summary takes the focus to be read first: its ring shows however the focus moved
 * there. A control in error is marked by its border, and its question by a bar on the side
 * of its box: a colour and a shape, never colour alone.
 *
 * @internal Part of the elements' kit (docs/contributing.md).
 */
export const kitStyles = css`
  .error-summary {
    border-width: var(--_gov-control-border-width);
  }
  .error-summary:focus {
    outline: var(--_gov-focus-width) solid var(--_gov-focus-color);
    outline-offset: var(--_gov-focus-offset);
  }
  .error-summary ul {
    margin-top: var(--_gov-space-2);
    padding-inline-start: var(--_gov-space-5);
  }
  .error-summary a,
  .error-message {
    color: var(--_gov-color-danger);
    font-weight: var(--_gov-font-weight-bold);
  }
  .field {
    min-width: 0;
  }
  .field.has-error {
    padding-inline-start: var(--_gov-space-4);
    border-inline-start: 4px solid var(--_gov-color-danger);
  }
  [aria-invalid='true'] {
    border-color: var(--_gov-color-danger);
  }
  /* Side by side while they fit, one under the other on a narrow element: a code and its copy button, a file button and its hint. */
  .wrap-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_gov-space-2) var(--_gov-space-3);
  }
`;
