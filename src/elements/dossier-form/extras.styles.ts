/** Styles of the form's on-demand questions (extras.ts): repeating groups and read-only answers. */
import { css } from '../../theme/css.js';

export const extrasStyles = css`
  .group-row {
    margin: 0;
    padding: var(--_gov-space-3) var(--_gov-space-4);
    border: var(--_gov-border-width) solid var(--_gov-color-border);
    min-inline-size: 0;
  }
  .group-row > * + *,
  .fieldset > .group-row + .group-row {
    margin-top: var(--_gov-space-4);
  }
  .row-legend {
    padding-inline: var(--_gov-space-2);
    font-weight: var(--_gov-font-weight-bold);
  }
  .group-remove {
    display: block;
    min-height: 44px;
  }
  .read-only-value {
    padding: var(--_gov-space-2) var(--_gov-space-3);
    border-inline-start: 4px solid var(--_gov-color-border);
    overflow-wrap: anywhere;
  }
`;
