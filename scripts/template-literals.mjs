// The build's rewrite of our Lit templates, for rollup (the npm and CDN builds) and esbuild
// (scripts/size.mjs, which measures each element entry as the npm build ships it): CSS in
// css`` minified (css-literals.mjs), indentation in html`` dropped (html-literals.mjs).
// Both keep the incoming source map: the stylesheets hold nothing but templates, and the
// html rewrite moves no line.

import { readFile } from 'node:fs/promises';
import { CSS_SOURCES, minifyCssTemplates } from './css-literals.mjs';
import { HTML_SOURCES, dedentHtmlTemplates } from './html-literals.mjs';

/** The module's rewritten source, or null when it has nothing to rewrite. */
function rewrite(code, id) {
  let out = code;
  if (CSS_SOURCES.test(id) && out.includes('css`')) out = minifyCssTemplates(out);
  if (HTML_SOURCES.test(id) && (out.includes('html`') || out.includes('svg`'))) out = dedentHtmlTemplates(out);
  return out === code ? null : out;
}

/** Rollup plugin: runs before the TypeScript transform. */
export function templateLiterals() {
  return {
    name: 'template-literals',
    transform(code, id) {
      const out = rewrite(code, id);
      return out === null ? null : { code: out, map: null };
    },
  };
}

/** The same for esbuild. */
export function templateLiteralsEsbuild() {
  return {
    name: 'template-literals',
    setup(build) {
      build.onLoad({ filter: /\/src\/.*\.ts$/ }, async (args) => {
        const code = await readFile(args.path, 'utf8');
        return { contents: rewrite(code, args.path) ?? code, loader: 'ts' };
      });
    },
  };
}
