export { tokens, type Token } from './tokens.js';
export { baseStyles, hostStyles, tokenStyles } from './styles.js';
export { exampleThemes, themeDeclarations, type ExampleTheme } from './examples.js';
