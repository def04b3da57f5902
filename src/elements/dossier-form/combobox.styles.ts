/** Styles of the address combobox (combobox.ts): the list opens under the field, within its width. */
import { css } from '../../theme/css.js';

export const comboboxStyles = css`
  gov-unit-combobox {
    display: block;
    position: relative;
  }
  /* The select it replaces, kept for when the list is not loaded ('.select' would show it). */
  gov-unit-combobox.shows > select {
    display: none;
  }
  .combobox-input {
    padding-inline-end: var(--_gov-space-6);
  }
  /* The arrow that says a list opens here: drawn, not an image (a strict CSP may refuse data: URLs). */
  gov-unit-combobox.shows::after {
    content: '';
    position: absolute;
    inset-inline-end: var(--_gov-space-3);
    top: calc(var(--_gov-control-min-height) / 2 - 0.175rem);
    border: 0.35rem solid transparent;
    border-top-color: currentColor;
    pointer-events: none;
  }
  .combobox-listbox {
    position: absolute;
    z-index: 2;
    inset-inline: 0;
    top: 100%;
    max-height: min(20rem, 60vh);
    overflow-y: auto;
    margin: 0;
    padding: 0;
    list-style: none;
    border: var(--_gov-control-border-width) solid var(--_gov-color-border);
    border-radius: var(--_gov-radius);
    background: var(--_gov-color-background);
    color: var(--_gov-color-text);
    box-shadow: var(--_gov-shadow);
  }
  .combobox-option {
    display: flex;
    align-items: center;
    min-height: 44px;
    padding: var(--_gov-space-2) var(--_gov-space-3);
    overflow-wrap: anywhere;
    cursor: pointer;
  }
  .combobox-option.chosen {
    font-weight: var(--_gov-font-weight-bold);
  }
  .combobox-option[aria-selected='true'] {
    background: var(--_gov-color-primary);
    color: var(--_gov-color-on-primary);
  }
  .combobox-none {
    margin: var(--_gov-space-2) 0 0;
  }
  @media (forced-colors: active) {
    .combobox-option[aria-selected='true'] {
      outline: 2px solid Highlight;
      outline-offset: -2px;
    }
  }
`;
