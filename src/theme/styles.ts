/**
 * Styles shared by every element: the token aliases and a defensive host base.
 *
 * Shadow DOM already keeps the page's selectors out; what still reaches inside
 * is inheritance. The host base resets the inheritable properties a legacy page
 * tends to set globally (letter-spacing, text-transform, text-align…) so the
 * page's CSS cannot break our layout, while the font may still flow in.
 *
 * The resets are `!important` because legacy pages write `* { color: red !important }`:
 * such a rule matches the host element itself, and an important declaration of the
 * page beats a normal one of the shadow root, then flows inside by inheritance. An
 * important `:host` declaration beats the page's (the cascade lets the inner context
 * win among important ones). Portals theme through the `--gov-*` tokens instead; the
 * box (display, widths, background) stays theirs to set.
 */
import { unsafeCSS } from 'lit';
import { css } from './css.js';
import { tokenDefaults } from './tokens.js';

/** Built from the constant token table, never from user input. */
export const tokenStyles = unsafeCSS(
  `:host{${Object.entries(tokenDefaults)
    .map(([name, value]) => `--_${name}:var(--${name},${value});`)
    .join('')}}`,
);

export const hostStyles = css`
  :host {
    display: block;
    box-sizing: border-box !important;
    color: var(--_gov-color-text) !important;
    font-family: var(--_gov-font-family) !important;
    font-size: var(--_gov-font-size) !important;
    font-style: normal !important;
    font-weight: 400 !important;
    line-height: var(--_gov-line-height) !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-transform: none !important;
    text-shadow: none !important;
    white-space: normal !important;
    visibility: visible !important;
    cursor: auto !important;
    max-width: 100%;
    min-width: 0;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h1, h2, h3, h4, p, ul, ol, dl, dd, figure {
    margin: 0;
  }
  h1, h2, h3, h4 {
    font-family: var(--_gov-font-family-heading);
    font-weight: var(--_gov-font-weight-bold);
    line-height: 1.25;
  }
  button, input, select, textarea {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
  }
  :focus-visible {
    outline: var(--_gov-focus-width) solid var(--_gov-focus-color);
    outline-offset: var(--_gov-focus-offset);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    padding: 0 !important;
    margin: -1px !important;
    overflow: hidden !important;
    clip: rect(0, 0, 0, 0) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_gov-space-2);
    min-height: var(--_gov-control-min-height);
    padding: var(--_gov-space-2) var(--_gov-space-4);
    border: var(--_gov-control-border-width) solid var(--_gov-color-primary);
    border-radius: var(--_gov-radius);
    background: var(--_gov-color-primary);
    color: var(--_gov-color-on-primary);
    font-weight: var(--_gov-font-weight-bold);
    text-decoration: none;
    cursor: pointer;
  }
  .button:hover {
    background: var(--_gov-color-primary-hover);
    border-color: var(--_gov-color-primary-hover);
  }
  .button[disabled],
  .button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.7;
  }
  .button.secondary {
    background: var(--_gov-color-background);
    color: var(--_gov-color-primary);
  }
  .button.secondary:hover {
    background: var(--_gov-color-info-surface);
  }
  .link {
    color: var(--_gov-color-primary);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    background: none;
    border: none;
    padding: 0;
    font: inherit;
    cursor: pointer;
  }
  .link:hover {
    color: var(--_gov-color-primary-hover);
    text-decoration-thickness: 2px;
  }
  .panel {
    padding: var(--_gov-space-4);
    border: var(--_gov-border-width) solid var(--_gov-color-border);
    border-radius: var(--_gov-radius-large);
    background: var(--_gov-color-background);
  }
  .panel.error {
    border-color: var(--_gov-color-danger);
    background: var(--_gov-color-danger-surface);
  }
  .panel.warning {
    border-color: var(--_gov-color-warning);
    background: var(--_gov-color-warning-surface);
  }
  .panel.success {
    border-color: var(--_gov-color-success);
    background: var(--_gov-color-success-surface);
  }
  .panel.info {
    border-color: var(--_gov-color-info);
    background: var(--_gov-color-info-surface);
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
    }
  }
`;

/** Token aliases plus the host base: the first entry of every element's `styles`. */
export const baseStyles = [tokenStyles, hostStyles];
