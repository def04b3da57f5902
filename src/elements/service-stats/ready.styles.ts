import { css } from '../../theme/css.js';

/** The styles of the figures, the trend and the definitions: they come with the part that shows them (`ready.ts`). */
export const styles = css`
  .group-title {
    font-size: var(--_gov-font-size-large);
  }
  .hint,
  .figure dt,
  .legend {
    color: var(--_gov-color-text-muted);
  }
  .hint,
  .legend {
    font-size: var(--_gov-font-size-small);
  }

  .figures,
  .groups {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12em), 1fr));
    gap: var(--_gov-space-3);
  }
  .figure,
  .group {
    display: grid;
    align-content: start;
    gap: var(--_gov-space-1);
    min-height: 5.5em;
    padding: var(--_gov-space-3) var(--_gov-space-4);
    border: var(--_gov-border-width) solid var(--_gov-color-border);
    border-radius: var(--_gov-radius-large);
    background: var(--_gov-color-background);
  }
  .rate .figure {
    border-color: var(--_gov-color-primary);
  }
  dd {
    margin: 0;
  }
  .figure dd {
    display: grid;
    gap: var(--_gov-space-1);
  }
  .value {
    font-size: var(--_gov-font-size-xlarge);
    font-weight: var(--_gov-font-weight-bold);
    font-variant-numeric: tabular-nums;
  }
  .rate .value {
    color: var(--_gov-color-primary);
  }

  /* A group: its parts, then their total under a rule, as on a receipt. */
  .group dl {
    display: grid;
    margin: 0;
  }
  .part {
    display: flex;
    justify-content: space-between;
    gap: var(--_gov-space-2);
    padding-block: var(--_gov-space-1);
    font-variant-numeric: tabular-nums;
  }
  .part dd {
    font-weight: var(--_gov-font-weight-bold);
    white-space: nowrap;
  }
  .part.total {
    border-block-start: var(--_gov-border-width) solid var(--_gov-color-border);
    font-weight: var(--_gov-font-weight-bold);
  }
  /* The state's colour beside its name (the name says it; the colour helps to compare). */
  .early dt::before,
  .onTime dt::before,
  .late dt::before,
  .withinDeadline dt::before,
  .overdue dt::before {
    content: '';
    display: inline-block;
    inline-size: 0.75em;
    block-size: 0.75em;
    margin-inline-end: var(--_gov-space-2);
    border-radius: 2px;
    background: var(--_gov-color-info);
  }
  .early dt::before {
    background: var(--_gov-color-success);
  }
  .late dt::before,
  .overdue dt::before {
    background: var(--_gov-color-danger);
  }

  .definition dt {
    font-weight: var(--_gov-font-weight-bold);
    margin-block-start: var(--_gov-space-2);
  }
  summary {
    min-height: var(--_gov-control-min-height);
    padding-block: var(--_gov-space-2);
    cursor: pointer;
  }

  svg {
    display: block;
    width: 100%;
  }
  .rate-bar {
    height: 1em;
  }
  .track {
    fill: var(--_gov-color-surface);
  }
  .fill,
  .dot {
    fill: var(--_gov-color-primary);
  }

  /* The trend: grey bars for the volume, the rate as a line in the primary colour. */
  .trend {
    display: grid;
    gap: var(--_gov-space-2);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gov-space-1) var(--_gov-space-4);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .chart {
    /* One unit is one pixel at 320 px; wider, it grows up to about twice that, no further. */
    height: auto;
    max-width: 40em;
  }
  .grid {
    stroke: var(--_gov-color-surface);
  }
  .axis {
    font-size: 11px;
    fill: var(--_gov-color-text-muted);
  }
  .volume {
    fill: var(--_gov-color-border);
  }
  .line {
    fill: none;
    stroke: var(--_gov-color-primary);
    stroke-width: 2.5;
    pointer-events: none;
  }
  .hit {
    fill: transparent;
  }
  .point {
    outline: none;
  }
  .point:focus-visible .hit {
    stroke: var(--_gov-focus-color);
    stroke-width: 3;
  }

  table {
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
    padding: var(--_gov-space-1);
    border-block-end: var(--_gov-border-width) solid var(--_gov-color-border);
    text-align: start;
  }
  .count {
    text-align: end;
  }

  @media (forced-colors: active) {
    .fill,
    .dot {
      fill: Highlight;
    }
    .line {
      stroke: Highlight;
    }
    .volume {
      fill: GrayText;
    }
    .track {
      fill: Canvas;
      stroke: CanvasText;
    }
  }
`;
