import { css } from '../../theme/css.js';

/**
 * Mobile first: one column from 320 px, filters side by side when there is room.
 *
 * Written for a search that re-renders on every key (comments here, not in the CSS, which
 * ships as written):
 * - Stacks are grids of one `minmax(0, 1fr)` column: as wide as the element, never as wide
 *   as their content. An `auto` column would measure the intrinsic width of every result,
 *   and of everything in it, on each render.
 * - No `content-visibility: auto` on results, though it makes a keystroke's layout about
 *   three times cheaper: a result that has not been on screen has no real size, so a tool
 *   that scrolls it into view and clicks at once lands elsewhere (test/e2e/pointer.test.mjs).
 * - Stacks share one gap; the few that differ set their own.
 * - The results are the exception, because a keystroke lays out twenty new ones: their list
 *   is a plain block with a margin between the cards, and each card a flex column. As a grid
 *   with rows sized by their content, a card laid its contents out twice (once to size the
 *   rows, once in them), its grid of facts included: the results' layout took 1.3 times a
 *   plain list's, against 1.05 times so (docs/decisions.md). They look the same: a flex gap is
 *   the card's own, as the grid's was (a margin would be in each child's font size).
 * - Results under a refined query dim only when its answer is slow (an animation that starts
 *   after 0.2 s): a fast answer replaces them before, so the twenty cards are not repainted
 *   dimmed, then repainted again, for a state nobody could see.
 *
 * The detail's title takes focus so that screen readers start there; it is not a control, so
 * it shows no focus ring.
 *
 * The filters fold by the element's own width (a container query): a portal's sidebar is
 * narrow on a wide screen. Headings are styled by class, since their level is the host page's
 * (`heading-level`).
 */
export const styles = css`
  [hidden] {
    display: none !important;
  }
  /* Server text may hold words longer than a 320 px phone is wide: they break anywhere
     rather than push the page sideways. */
  .root {
    overflow-wrap: anywhere;
  }
  .search-view {
    container: search / inline-size;
  }
  .filter-bar,
  .chips {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_gov-space-3);
  }
  .chips {
    gap: var(--_gov-space-1);
  }
  .filter-toggle {
    display: none;
    justify-self: start;
  }
  @container search (max-width: 36em) {
    .filter-toggle {
      display: inline-flex;
    }
    .filter-bar:not(.open) .filters {
      display: none;
    }
  }
  .chip-list {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gov-space-2);
    padding: 0;
    list-style: none;
  }
  .chip-list li {
    max-width: 100%;
  }
  .chip.remove {
    width: auto;
    max-width: 100%;
  }
  .heading,
  .result-title,
  .detail-title,
  .case-title,
  .subheading {
    margin: 0;
    font-family: var(--_gov-font-family-heading);
    font-weight: var(--_gov-font-weight-bold);
    line-height: 1.25;
  }
  .root,
  .search-view,
  .detail,
  .section,
  .skeleton,
  .sectors,
  .plain,
  .card,
  .panel,
  .detail-body,
  .skeleton-heading {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_gov-space-3);
  }
  .root,
  .search-view,
  .detail {
    gap: var(--_gov-space-5);
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
  .section + .section {
    margin-block-start: var(--_gov-space-5);
  }
  .heading {
    font-size: var(--_gov-font-size-large);
  }
  .detail-title {
    font-size: var(--_gov-font-size-xlarge);
  }
  .detail-title:focus {
    outline: none;
  }
  .detail-body {
    gap: var(--_gov-space-4);
  }
  .detail-body > * {
    max-width: 100%;
  }
  .detail-body .section + .section {
    margin-block-start: var(--_gov-space-2);
  }
  .stale {
    animation: stale 0s 0.2s forwards;
  }
  @keyframes stale {
    to {
      opacity: 0.6;
    }
  }
  .results,
  .skeleton,
  .sectors,
  .plain {
    list-style: none;
    padding: 0;
  }
  .card {
    gap: var(--_gov-space-2);
    padding: var(--_gov-space-4);
    border: var(--_gov-border-width) solid var(--_gov-color-border);
    border-radius: var(--_gov-radius-large);
    background: var(--_gov-color-background);
    box-shadow: var(--_gov-shadow);
    overflow-wrap: anywhere;
  }
  .results > * + * {
    margin-block-start: var(--_gov-space-3);
  }
  .results > .card {
    display: flex;
    flex-direction: column;
  }
  .results .badge {
    align-self: flex-start;
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
    gap: var(--_gov-space-2);
    justify-items: start;
  }
  .back {
    justify-self: start;
    min-height: var(--_gov-control-min-height);
  }
  .skeleton .card {
    min-height: 9.5em;
    align-content: start;
  }
  .skeleton-heading {
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
