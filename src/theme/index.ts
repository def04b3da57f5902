export { tokenDefaults, type TokenName } from './tokens.js';
export { tokens, type Token, type TokenGroup } from './token-docs.js';
export { baseStyles, hostStyles, tokenStyles } from './styles.js';
export { exampleThemes, themeDeclarations, type ExampleTheme } from './examples.js';
