import { css } from '../../theme/css.js';

/**
 * Styles of the detail's sections, which come with the detail part (`detail-part.ts`) and are
 * adopted into the element's shadow root when it arrives.
 */
export const detailStyles = css`
  .case,
  .documents li,
  .fees li {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
  }
  .case {
    gap: var(--_gov-space-2);
    justify-items: start;
    padding-block: var(--_gov-space-3);
    border-block-start: var(--_gov-border-width) solid var(--_gov-color-border);
  }
  .case > * {
    max-width: 100%;
  }
  .case-title {
    font-size: 1.125em;
  }
  .subheading {
    font-size: 1em;
    margin-block-start: var(--_gov-space-3);
  }
  .apply {
    justify-self: start;
  }
  ol,
  ul:not([class]) {
    padding-inline-start: 1.5em;
  }
  .documents li,
  .fees li {
    gap: var(--_gov-space-1);
    justify-items: start;
    padding-block: var(--_gov-space-2);
  }
  .fees li + li,
  .agencies li + li {
    border-block-start: var(--_gov-border-width) solid var(--_gov-color-border);
  }
  .fee-kind {
    padding: 0 var(--_gov-space-2);
    border-radius: 999px;
    background: var(--_gov-color-surface);
    font-size: var(--_gov-font-size-small);
    font-weight: var(--_gov-font-weight-bold);
  }
`;
