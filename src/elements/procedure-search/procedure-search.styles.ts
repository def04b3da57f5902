import { css } from 'lit';

/** Mobile first: one column from 320 px, filters side by side when there is room. */
export const styles = css`
  [hidden] {
    display: none !important;
  }
  .root {
    display: grid;
    gap: var(--_gov-space-5);
    min-width: 0;
  }
  .search-view,
  .detail {
    display: grid;
    gap: var(--_gov-space-5);
    min-width: 0;
  }
  .label,
  .legend,
  .strong,
  .panel-title {
    font-weight: var(--_gov-font-weight-bold);
  }
  .label {
    display: block;
  }
  .hint,
  .muted,
  .shown,
  dt {
    color: var(--_gov-color-text-muted);
    font-size: var(--_gov-font-size-small);
  }
  .hint {
    margin-block: var(--_gov-space-1) var(--_gov-space-2);
  }
  .search-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gov-space-2);
  }
  input,
  select {
    min-height: var(--_gov-control-min-height);
    padding: var(--_gov-space-2) var(--_gov-space-3);
    border: var(--_gov-control-border-width) solid var(--_gov-color-border);
    border-radius: var(--_gov-radius);
    background: var(--_gov-color-background);
    max-width: 100%;
  }
  input {
    flex: 1 1 12em;
    min-width: 0;
  }
  select {
    width: 100%;
  }
  .filters {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .legend {
    padding: 0;
    margin-block-end: var(--_gov-space-2);
  }
  .filter-grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 13em), 1fr));
    gap: var(--_gov-space-3);
  }
  .filter .label {
    margin-block-end: var(--_gov-space-1);
  }
  .clear {
    margin-block-start: var(--_gov-space-3);
    min-height: var(--_gov-control-min-height);
  }
  .body {
    min-width: 0;
  }
  .section {
    display: grid;
    gap: var(--_gov-space-3);
    min-width: 0;
  }
  .section + .section {
    margin-block-start: var(--_gov-space-5);
  }
  .heading {
    font-size: var(--_gov-font-size-large);
  }
  .detail-title {
    font-size: var(--_gov-font-size-xlarge);
  }
  /* Focus is moved to the title so screen readers start there; it is not a control. */
  .detail-title:focus {
    outline: none;
  }
  .detail-body {
    display: grid;
    gap: var(--_gov-space-4);
    justify-items: start;
  }
  .detail-body > * {
    max-width: 100%;
    justify-self: stretch;
  }
  .detail-body > .badge,
  .detail-body > .apply {
    justify-self: start;
  }
  .detail-body .section + .section {
    margin-block-start: var(--_gov-space-2);
  }
  .case-title {
    font-size: 1.125em;
  }
  .subheading {
    font-size: 1em;
    margin-block-start: var(--_gov-space-3);
  }
  .stale {
    opacity: 0.6;
  }
  .results,
  .skeleton,
  .sectors,
  .plain {
    list-style: none;
    padding: 0;
    display: grid;
    gap: var(--_gov-space-3);
  }
  .card {
    display: grid;
    gap: var(--_gov-space-2);
    padding: var(--_gov-space-4);
    border: var(--_gov-border-width) solid var(--_gov-color-border);
    border-radius: var(--_gov-radius-large);
    background: var(--_gov-color-background);
    box-shadow: var(--_gov-shadow);
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .result-title {
    font-size: 1.125em;
  }
  .result-title .link {
    text-align: start;
  }
  mark {
    background: var(--_gov-color-highlight);
    color: inherit;
    border-radius: 2px;
  }
  .badge {
    justify-self: start;
    padding: 0 var(--_gov-space-2);
    border: var(--_gov-border-width) solid currentColor;
    border-radius: 999px;
    font-size: var(--_gov-font-size-small);
    font-weight: var(--_gov-font-weight-bold);
  }
  .badge.full {
    color: var(--_gov-color-success);
    background: var(--_gov-color-success-surface);
  }
  .badge.partial {
    color: var(--_gov-color-info);
    background: var(--_gov-color-info-surface);
  }
  .badge.none {
    color: var(--_gov-color-text-muted);
    background: var(--_gov-color-surface);
  }
  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 9em), 1fr));
    gap: var(--_gov-space-2) var(--_gov-space-4);
  }
  dd {
    margin: 0;
  }
  .sectors {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14em), 1fr));
  }
  .chip {
    width: 100%;
    min-height: var(--_gov-control-min-height);
    padding: var(--_gov-space-2) var(--_gov-space-3);
    border: var(--_gov-border-width) solid var(--_gov-color-border);
    border-radius: var(--_gov-radius);
    background: var(--_gov-color-surface);
    color: var(--_gov-color-primary);
    text-align: start;
    cursor: pointer;
  }
  .chip:hover {
    border-color: var(--_gov-color-primary);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gov-space-2);
  }
  .panel {
    display: grid;
    gap: var(--_gov-space-2);
    justify-items: start;
  }
  .back {
    justify-self: start;
    min-height: var(--_gov-control-min-height);
  }
  .apply {
    justify-self: start;
  }
  .case {
    display: grid;
    gap: var(--_gov-space-2);
    justify-items: start;
    padding-block: var(--_gov-space-3);
    border-block-start: var(--_gov-border-width) solid var(--_gov-color-border);
  }
  .case > * {
    max-width: 100%;
  }
  ol,
  ul:not(.plain, .results, .skeleton, .sectors) {
    padding-inline-start: 1.5em;
  }
  .documents li {
    display: grid;
    gap: var(--_gov-space-1);
    justify-items: start;
    padding-block: var(--_gov-space-2);
  }
  .skeleton .card {
    min-height: 9.5em;
    align-content: start;
  }
  .skeleton-heading {
    display: grid;
    gap: var(--_gov-space-3);
    padding-block-end: var(--_gov-space-1);
  }
  .bone.heading {
    height: 1.6em;
    width: 14em;
    max-width: 80%;
  }
  .bone {
    display: block;
    height: 1em;
    width: 70%;
    border-radius: var(--_gov-radius);
    background: var(--_gov-color-surface);
    animation: pulse 1.2s ease-in-out infinite alternate;
  }
  .bone.title {
    height: 1.4em;
    width: 90%;
  }
  .bone.short {
    width: 40%;
  }
  @keyframes pulse {
    to {
      opacity: 0.5;
    }
  }
`;
