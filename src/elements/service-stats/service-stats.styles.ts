import { css } from '../../theme/css.js';

/** The first view's styles: the title, the period and its choice, loading, errors. The figures' come with them (`ready.styles.ts`). */
export const styles = css`
  :host {
    /* Narrow is the element's width, not the window's: it may sit in a sidebar. */
    container-type: inline-size;
  }
  section {
    display: grid;
    gap: var(--_gov-space-4);
    /* An agency's name or a server's reason may hold words longer than a 320 px phone is
       wide: they break anywhere rather than push the page sideways. */
    overflow-wrap: anywhere;
  }
  .title {
    font-size: var(--_gov-font-size-xlarge);
  }
  .failure-title {
    font-size: var(--_gov-font-size-large);
  }
  .period,
  .loading {
    color: var(--_gov-color-text-muted);
  }

  /* The periods' choice: three radio buttons drawn as one row of 44 px targets. */
  .presets {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gov-space-2);
    margin: 0;
    padding: 0;
    border: 0;
  }
  .presets legend {
    padding: 0 0 var(--_gov-space-2);
    font-weight: var(--_gov-font-weight-bold);
  }
  .preset {
    display: inline-flex;
    align-items: center;
    gap: var(--_gov-space-2);
    min-height: var(--_gov-control-min-height);
    padding: 0 var(--_gov-space-3);
    border: var(--_gov-border-width) solid var(--_gov-color-border);
    border-radius: var(--_gov-radius);
    cursor: pointer;
  }
  .preset:has(:checked) {
    border-color: var(--_gov-color-primary);
    box-shadow: inset 0 0 0 1px var(--_gov-color-primary);
  }

  /* Placeholders the size of the figures while they load (no layout jump). */
  .placeholder {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14em), 1fr));
    gap: var(--_gov-space-3);
  }
  .placeholder div {
    min-height: 5.5em;
    border-radius: var(--_gov-radius-large);
    background: var(--_gov-color-surface);
  }

  @media print {
    [role='status'],
    .retry,
    .presets {
      display: none !important;
    }
  }
`;
