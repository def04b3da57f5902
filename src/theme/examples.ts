/**
 * Three example provincial themes, shown in Storybook and the docs, and shipped as
 * `motcua/themes/<id>.css` (scripts/themes.mjs). Each is a plain map of token → value, as a
 * portal would write in its own stylesheet. All keep AA contrast with the default surfaces,
 * and none gives a state (information, success, warning) a colour that reads as another
 * state's (test/tools/themes.test.mjs).
 */
export interface ExampleTheme {
  readonly id: string;
  readonly name: string;
  readonly tokens: Readonly<Record<string, string>>;
}

export const exampleThemes: readonly ExampleTheme[] = [
  {
    id: 'red-heritage',
    name: 'Đỏ truyền thống (Red heritage)',
    tokens: {
      'gov-color-primary': '#a4161a',
      'gov-color-primary-hover': '#7a1013',
      // Information stays the default blue: in red it would read as an error
      // (docs/theming.md, "Brand colour and state colours").
      'gov-focus-color': '#1d4ed8',
      'gov-radius': '2px',
      'gov-radius-large': '2px',
    },
  },
  {
    id: 'coastal-teal',
    name: 'Xanh biển (Coastal teal)',
    tokens: {
      'gov-color-primary': '#0f5f66',
      'gov-color-primary-hover': '#0a454a',
      'gov-color-info': '#0f5f66',
      'gov-color-info-surface': '#ecf7f8',
      'gov-color-highlight': '#d9f2ee',
      'gov-radius': '10px',
      'gov-radius-large': '16px',
    },
  },
  {
    id: 'high-contrast',
    name: 'Tương phản cao (High contrast)',
    tokens: {
      'gov-color-primary': '#000000',
      'gov-color-primary-hover': '#1f1f1f',
      'gov-color-text': '#000000',
      'gov-color-text-muted': '#1f1f1f',
      'gov-color-border': '#000000',
      'gov-color-info': '#000000',
      'gov-color-highlight': '#ffdd00',
      'gov-focus-color': '#1d4ed8',
      'gov-focus-width': '4px',
      'gov-control-border-width': '3px',
      'gov-font-size': 'max(1.125rem, 18px)',
    },
  },
];

/** `--gov-x: y;` declarations for a style attribute or a stylesheet. */
export function themeDeclarations(theme: ExampleTheme): string {
  return Object.entries(theme.tokens)
    .map(([name, value]) => `--${name}: ${value};`)
    .join(' ');
}
