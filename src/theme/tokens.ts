/**
 * Design tokens. A portal themes every element by setting these CSS custom
 * properties anywhere above the elements (`:root`, `body`, a wrapper) or on the
 * elements themselves; it never needs to fork a stylesheet.
 *
 * Inside the shadow roots the elements read private aliases (`--_gov-…`) that
 * fall back to these defaults, so a token the host does not set still has a
 * value and a token it does set wins wherever it is set.
 *
 * The defaults meet WCAG 2.2 AA: text colours have at least 4.5:1 against their
 * surfaces, borders and the focus ring at least 3:1.
 *
 * Only names and defaults live here, because this module ships in every element; what
 * each token is for is in `token-docs.ts` (the handbook, Storybook and the tests).
 */
export const tokenDefaults = {
  'gov-color-primary': '#0b4f9c',
  'gov-color-primary-hover': '#083b75',
  'gov-color-on-primary': '#ffffff',
  'gov-color-text': '#1a1f26',
  'gov-color-text-muted': '#4b5563',
  'gov-color-background': '#ffffff',
  'gov-color-surface': '#f3f5f8',
  'gov-color-border': '#737d8c',
  'gov-color-highlight': '#fff1a8',
  'gov-color-danger': '#b42318',
  'gov-color-danger-surface': '#fef3f2',
  'gov-color-success': '#05603a',
  'gov-color-success-surface': '#ecfdf3',
  'gov-color-warning': '#7a2e0e',
  'gov-color-warning-surface': '#fffaeb',
  'gov-color-info': '#0b4f9c',
  'gov-color-info-surface': '#eef4fb',

  'gov-font-family': 'inherit',
  'gov-font-family-heading': 'inherit',
  'gov-font-size': 'max(1rem, 16px)',
  'gov-font-size-small': '0.875em',
  'gov-font-size-large': '1.25em',
  'gov-font-size-xlarge': '1.5em',
  'gov-line-height': '1.5',
  'gov-font-weight-bold': '700',

  'gov-space-1': '0.25em',
  'gov-space-2': '0.5em',
  'gov-space-3': '0.75em',
  'gov-space-4': '1em',
  'gov-space-5': '1.5em',
  'gov-space-6': '2em',
  'gov-control-min-height': '2.75em',

  'gov-radius': '4px',
  'gov-radius-large': '8px',
  'gov-border-width': '1px',
  'gov-control-border-width': '2px',
  'gov-shadow': '0 1px 2px rgb(16 24 40 / 0.12)',

  'gov-focus-color': '#c2410c',
  'gov-focus-width': '3px',
  'gov-focus-offset': '2px',
} as const;

/** A token name without the leading `--`, e.g. `gov-color-primary`. */
export type TokenName = keyof typeof tokenDefaults;
