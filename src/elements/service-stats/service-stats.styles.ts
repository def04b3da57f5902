import { css } from '../../theme/css.js';

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
  h2 {
    font-size: var(--_gov-font-size-xlarge);
  }
  h3 {
    font-size: var(--_gov-font-size-large);
  }
  .period,
  .hint,
  .loading {
    color: var(--_gov-color-text-muted);
  }
  .hint {
    font-size: var(--_gov-font-size-small);
  }

  .figures {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 10em), 1fr));
    gap: var(--_gov-space-3);
  }
  .figure {
    display: grid;
    align-content: start;
    gap: var(--_gov-space-1);
    min-height: 5.5em;
    padding: var(--_gov-space-3) var(--_gov-space-4);
    border: var(--_gov-border-width) solid var(--_gov-color-border);
    border-radius: var(--_gov-radius-large);
    background: var(--_gov-color-background);
  }
  .figure.rate {
    grid-column: 1 / -1;
    border-color: var(--_gov-color-primary);
  }
  .figure dt {
    color: var(--_gov-color-text-muted);
  }
  .figure dd {
    display: grid;
    gap: var(--_gov-space-1);
  }
  .value {
    font-size: var(--_gov-font-size-xlarge);
    font-weight: var(--_gov-font-weight-bold);
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
  .rate .value {
    color: var(--_gov-color-primary);
  }
  .overdue .value {
    color: var(--_gov-color-danger);
  }
  .placeholder .figure {
    border-color: transparent;
    background: var(--_gov-color-surface);
  }

  svg {
    display: block;
    width: 100%;
    height: 0.75em;
  }
  .rate-bar {
    height: 1em;
  }
  .track {
    fill: var(--_gov-color-surface);
  }
  .fill {
    fill: var(--_gov-color-primary);
  }
  .overdue .fill {
    fill: var(--_gov-color-danger);
  }

  .chart {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: var(--_gov-font-weight-bold);
    padding-block-end: var(--_gov-space-2);
  }
  th,
  td {
    padding: var(--_gov-space-2);
    border-block-end: var(--_gov-border-width) solid var(--_gov-color-border);
    text-align: start;
    vertical-align: middle;
  }
  thead th {
    font-size: var(--_gov-font-size-small);
    color: var(--_gov-color-text-muted);
  }
  .count {
    text-align: end;
    white-space: nowrap;
  }
  .share {
    width: 45%;
  }
  .share span {
    font-size: var(--_gov-font-size-small);
  }

  /* Narrow screens: the table stays a table, only tighter. */
  @container (max-width: 30em) {
    th,
    td {
      padding: var(--_gov-space-1);
    }
    .share {
      width: 35%;
    }
  }

  @media (forced-colors: active) {
    .fill {
      fill: CanvasText;
    }
    .track {
      fill: Canvas;
      stroke: CanvasText;
    }
  }

  @media print {
    .fill {
      fill: #000;
    }
    .track {
      fill: #fff;
      stroke: #000;
    }
    [role='status'],
    .retry {
      display: none !important;
    }
  }
`;
