#!/usr/bin/env node
// The theme files of the package (npm run build), from src/theme/ — the same source as the
// token table of docs/theming.md and Storybook's theme toolbar:
//   dist/themes/<id>.css          each example provincial theme as a stylesheet (`:root`)
//   dist/themes/tokens.json       every design token with its default and description, in the
//                                 Design Tokens Community Group format (DTCG)
// A portal links a theme (`motcua/themes/red-heritage.css`) or copies it as a start; design
// tools read tokens.json.
//   node scripts/themes.mjs [--out dist/themes]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { importTypeScript, ROOT } from './generated-file.mjs';

/** The theme module's data: `exampleThemes` and `tokens` (with groups and descriptions). */
export async function themeSource() {
  return importTypeScript(
    "export { exampleThemes } from './src/theme/examples.ts';\nexport { tokens } from './src/theme/token-docs.ts';\n",
    'themes.ts',
  );
}

/** One example theme as a stylesheet. */
export function themeCss(theme) {
  const declarations = Object.entries(theme.tokens).map(([name, value]) => `  --${name}: ${value};`);
  return `/* motcua example theme "${theme.id}": ${theme.name}.
 * Generated from src/theme/examples.ts; docs/theming.md explains each token. Link it as it
 * is, or copy it into the portal's own stylesheet and change what the province needs. */
:root {
${declarations.join('\n')}
}
`;
}

/**
 * A default value as the DTCG format (2025.10) types it, where the format has a type for it:
 * a hex colour (sRGB), a length in px or rem, a font weight, a unitless number. Values it has
 * no type for (`inherit`, `max(1rem, 16px)`, lengths in `em`, a shadow written as CSS) carry
 * no `$type` and keep their CSS text; `$extensions` names the CSS property either way.
 */
export function dtcgValue(token) {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(token.value);
  if (hex) {
    const components = hex.slice(1).map((pair) => Math.round((Number.parseInt(pair, 16) / 255) * 10_000) / 10_000);
    return { $type: 'color', $value: { colorSpace: 'srgb', components, hex: token.value.toLowerCase() } };
  }
  if (/-weight-/.test(token.name) && /^\d{3}$/.test(token.value)) return { $type: 'fontWeight', $value: Number(token.value) };
  const length = /^(\d*\.?\d+)(px|rem)$/.exec(token.value);
  if (length) return { $type: 'dimension', $value: { value: Number(length[1]), unit: length[2] } };
  if (/^\d*\.?\d+$/.test(token.value)) return { $type: 'number', $value: Number(token.value) };
  return { $value: token.value };
}

/** Every token as DTCG JSON: `gov` → `color-primary` → `{ $type, $value, $description }`. */
export function dtcgTokens(tokens) {
  const gov = {};
  for (const token of tokens) {
    gov[token.name.replace(/^gov-/, '')] = {
      ...dtcgValue(token),
      $description: token.description,
      $extensions: { 'dev.motcua': { cssProperty: `--${token.name}`, group: token.group } },
    };
  }
  return {
    $description: 'motcua design tokens: the defaults of the --gov-* CSS custom properties (src/theme/tokens.ts). Generated; docs/theming.md is the reference.',
    gov,
  };
}

export async function themeFiles() {
  const { exampleThemes, tokens } = await themeSource();
  return {
    ...Object.fromEntries(exampleThemes.map((theme) => [`${theme.id}.css`, themeCss(theme)])),
    'tokens.json': `${JSON.stringify(dtcgTokens(tokens), null, 2)}\n`,
  };
}

function option(name, fallback) {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : fallback;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const out = resolve(option('--out', join(ROOT, 'dist/themes')));
  mkdirSync(out, { recursive: true });
  for (const [name, contents] of Object.entries(await themeFiles())) writeFileSync(join(out, name), contents);
}
