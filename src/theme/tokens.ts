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
 */
export interface Token {
  /** Without the leading `--`. */
  readonly name: string;
  readonly value: string;
  readonly group: 'colour' | 'typography' | 'spacing' | 'shape' | 'focus';
  readonly description: string;
}

export const tokens: readonly Token[] = [
  { name: 'gov-color-primary', value: '#0b4f9c', group: 'colour', description: 'Buttons, links, selected filters, the current step.' },
  { name: 'gov-color-primary-hover', value: '#083b75', group: 'colour', description: 'Primary colour under the pointer.' },
  { name: 'gov-color-on-primary', value: '#ffffff', group: 'colour', description: 'Text on the primary colour.' },
  { name: 'gov-color-text', value: '#1a1f26', group: 'colour', description: 'Body text.' },
  { name: 'gov-color-text-muted', value: '#4b5563', group: 'colour', description: 'Hints, secondary details (7.5:1 on white).' },
  { name: 'gov-color-background', value: '#ffffff', group: 'colour', description: 'Background of the elements.' },
  { name: 'gov-color-surface', value: '#f3f5f8', group: 'colour', description: 'Cards, panels, skeletons.' },
  { name: 'gov-color-border', value: '#737d8c', group: 'colour', description: 'Borders of inputs and cards (3.9:1 on white).' },
  { name: 'gov-color-highlight', value: '#fff1a8', group: 'colour', description: 'Background of matched words in search results.' },
  { name: 'gov-color-danger', value: '#b42318', group: 'colour', description: 'Errors, overdue dossiers.' },
  { name: 'gov-color-danger-surface', value: '#fef3f2', group: 'colour', description: 'Background of error panels.' },
  { name: 'gov-color-success', value: '#05603a', group: 'colour', description: 'Success, on-time dossiers, received files.' },
  { name: 'gov-color-success-surface', value: '#ecfdf3', group: 'colour', description: 'Background of success panels.' },
  { name: 'gov-color-warning', value: '#7a2e0e', group: 'colour', description: 'Warnings, actions the applicant must take.' },
  { name: 'gov-color-warning-surface', value: '#fffaeb', group: 'colour', description: 'Background of warning panels.' },
  { name: 'gov-color-info', value: '#0b4f9c', group: 'colour', description: 'Information, in-progress states.' },
  { name: 'gov-color-info-surface', value: '#eef4fb', group: 'colour', description: 'Background of information panels.' },

  { name: 'gov-font-family', value: 'inherit', group: 'typography', description: 'Text font; inherits the portal’s font by default.' },
  { name: 'gov-font-family-heading', value: 'inherit', group: 'typography', description: 'Heading font.' },
  { name: 'gov-font-size', value: 'max(1rem, 16px)', group: 'typography', description: 'Base size; never below 16 px even when the page shrinks the root size.' },
  { name: 'gov-font-size-small', value: '0.875em', group: 'typography', description: 'Hints and metadata.' },
  { name: 'gov-font-size-large', value: '1.25em', group: 'typography', description: 'Section headings.' },
  { name: 'gov-font-size-xlarge', value: '1.5em', group: 'typography', description: 'Element headings.' },
  { name: 'gov-line-height', value: '1.5', group: 'typography', description: 'Body line height.' },
  { name: 'gov-font-weight-bold', value: '700', group: 'typography', description: 'Headings, labels, emphasis.' },

  { name: 'gov-space-1', value: '0.25em', group: 'spacing', description: 'Smallest gap.' },
  { name: 'gov-space-2', value: '0.5em', group: 'spacing', description: 'Between a label and its control.' },
  { name: 'gov-space-3', value: '0.75em', group: 'spacing', description: 'Inside controls.' },
  { name: 'gov-space-4', value: '1em', group: 'spacing', description: 'Between fields.' },
  { name: 'gov-space-5', value: '1.5em', group: 'spacing', description: 'Between groups.' },
  { name: 'gov-space-6', value: '2em', group: 'spacing', description: 'Between sections.' },
  { name: 'gov-control-min-height', value: '2.75em', group: 'spacing', description: 'Minimum height of buttons and inputs (44 px target size).' },

  { name: 'gov-radius', value: '4px', group: 'shape', description: 'Corners of inputs and buttons.' },
  { name: 'gov-radius-large', value: '8px', group: 'shape', description: 'Corners of cards and panels.' },
  { name: 'gov-border-width', value: '1px', group: 'shape', description: 'Borders of cards.' },
  { name: 'gov-control-border-width', value: '2px', group: 'shape', description: 'Borders of inputs.' },
  { name: 'gov-shadow', value: '0 1px 2px rgb(16 24 40 / 0.12)', group: 'shape', description: 'Shadow of cards.' },

  { name: 'gov-focus-color', value: '#c2410c', group: 'focus', description: 'Focus ring (3.4:1 on white, distinct from the primary colour).' },
  { name: 'gov-focus-width', value: '3px', group: 'focus', description: 'Thickness of the focus ring.' },
  { name: 'gov-focus-offset', value: '2px', group: 'focus', description: 'Gap between a control and its focus ring.' },
];
