/**
 * The design tokens as documentation: every token of `tokens.ts` with its group and what
 * it is for. Read by the handbook's checks, Storybook's theming page and portals' tooling;
 * never by the elements, so none of this text reaches a page that only embeds them.
 */
import { tokenDefaults, type TokenName } from './tokens.js';

export type TokenGroup = 'colour' | 'typography' | 'spacing' | 'shape' | 'focus';

export interface Token {
  /** Without the leading `--`. */
  readonly name: TokenName;
  readonly value: string;
  readonly group: TokenGroup;
  readonly description: string;
}

/** Typed by TokenName, so a token added to tokens.ts without a description fails to compile. */
const about: Readonly<Record<TokenName, readonly [TokenGroup, string]>> = {
  'gov-color-primary': ['colour', 'Buttons, links, selected filters, the current step.'],
  'gov-color-primary-hover': ['colour', 'Primary colour under the pointer.'],
  'gov-color-on-primary': ['colour', 'Text on the primary colour.'],
  'gov-color-text': ['colour', 'Body text.'],
  'gov-color-text-muted': ['colour', 'Hints, secondary details (7.5:1 on white).'],
  'gov-color-background': ['colour', 'Background of the elements.'],
  'gov-color-surface': ['colour', 'Cards, panels, skeletons.'],
  'gov-color-border': ['colour', 'Borders of inputs and cards (3.9:1 on white).'],
  'gov-color-highlight': ['colour', 'Background of matched words in search results.'],
  'gov-color-danger': ['colour', 'Errors, overdue dossiers.'],
  'gov-color-danger-surface': ['colour', 'Background of error panels.'],
  'gov-color-success': ['colour', 'Success, on-time dossiers, received files.'],
  'gov-color-success-surface': ['colour', 'Background of success panels.'],
  'gov-color-warning': ['colour', 'Warnings, actions the applicant must take.'],
  'gov-color-warning-surface': ['colour', 'Background of warning panels.'],
  'gov-color-info': ['colour', 'Information, in-progress states.'],
  'gov-color-info-surface': ['colour', 'Background of information panels.'],

  'gov-font-family': ['typography', 'Text font; inherits the portal’s font by default.'],
  'gov-font-family-heading': ['typography', 'Heading font.'],
  'gov-font-size': ['typography', 'Base size; never below 16 px even when the page shrinks the root size.'],
  'gov-font-size-small': ['typography', 'Hints and metadata.'],
  'gov-font-size-large': ['typography', 'Section headings.'],
  'gov-font-size-xlarge': ['typography', 'Element headings.'],
  'gov-line-height': ['typography', 'Body line height.'],
  'gov-font-weight-bold': ['typography', 'Headings, labels, emphasis.'],

  'gov-space-1': ['spacing', 'Smallest gap.'],
  'gov-space-2': ['spacing', 'Between a label and its control.'],
  'gov-space-3': ['spacing', 'Inside controls.'],
  'gov-space-4': ['spacing', 'Between fields.'],
  'gov-space-5': ['spacing', 'Between groups.'],
  'gov-space-6': ['spacing', 'Between sections.'],
  'gov-control-min-height': ['spacing', 'Minimum height of buttons and inputs (44 px target size).'],

  'gov-radius': ['shape', 'Corners of inputs and buttons.'],
  'gov-radius-large': ['shape', 'Corners of cards and panels.'],
  'gov-border-width': ['shape', 'Borders of cards.'],
  'gov-control-border-width': ['shape', 'Borders of inputs.'],
  'gov-shadow': ['shape', 'Shadow of cards.'],

  'gov-focus-color': ['focus', 'Focus ring (3.4:1 on white, distinct from the primary colour).'],
  'gov-focus-width': ['focus', 'Thickness of the focus ring.'],
  'gov-focus-offset': ['focus', 'Gap between a control and its focus ring.'],
};

export const tokens: readonly Token[] = (Object.keys(tokenDefaults) as TokenName[]).map((name) => ({
  name,
  value: tokenDefaults[name],
  group: about[name][0],
  description: about[name][1],
}));
