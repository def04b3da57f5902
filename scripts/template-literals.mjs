// The build's rewrite of our Lit templates, for rollup (the npm and CDN builds): the CSS in
// css`` templates is minified by esbuild, and the indentation after each newline in html``
// and svg`` templates is dropped. JavaScript minifiers leave template literals alone, so
// without this every comment, indent and newline of the templates ships to every page.
//
// Templates are found by TypeScript's own parser (the project's compiler, already a
// dependency), not by a lexer of ours: it knows every string, comment, regular expression
// and nested `${…}`. Only the static text of tagged templates changes; newlines in html``
// stay (a newline followed by spaces renders exactly as the newline alone, and keeping it
// keeps every line number, so source maps stay right), and our stylesheet modules hold
// nothing but templates, so the lines CSS minification removes move no code.
// Measurements are in docs/decisions.md ("Template rewrite by parsers").
import { transformSync } from 'esbuild';
import ts from 'typescript';

/** Tags whose templates are markup. */
const MARKUP_TAGS = new Set(['html', 'svg']);

/**
 * Browsers the CSS may be written for: those that run the ES2022 bundles (esbuild then uses
 * no syntax they lack, e.g. when it shortens colours).
 */
export const CSS_TARGET = ['chrome94', 'edge94', 'firefox93', 'safari16'];

/** Our stylesheet modules and `<gov-config>`'s one rule: where css`` templates are. */
export const CSS_SOURCES = /\/src\/.*(styles\.ts|gov-config\.ts)$/;

/** Our element sources: where the html`` templates are. */
export const HTML_SOURCES = /\/src\/elements\/.*\.ts$/;

/** The CSS text of a css`` template, minified by esbuild (throws on CSS it cannot parse). */
export function minifyCss(text, file = 'a css`` template') {
  const { code, warnings } = transformSync(text, { loader: 'css', minify: true, target: CSS_TARGET, logLevel: 'silent' });
  if (warnings.length > 0) throw new Error(`template-literals: ${file}: ${warnings[0].text}`);
  return code.trimEnd();
}

/** The tag's name: `html` for html`…`, also for `lit.html` or `this.html`. */
function tagName(node) {
  if (ts.isIdentifier(node.tag)) return node.tag.text;
  if (ts.isPropertyAccessExpression(node.tag)) return node.tag.name.text;
  return '';
}

/** The [start, end) source ranges of a template literal's static text pieces. */
function textRanges(template, sourceFile) {
  if (ts.isNoSubstitutionTemplateLiteral(template)) return [[template.getStart(sourceFile) + 1, template.end - 1]];
  const ranges = [[template.head.getStart(sourceFile) + 1, template.head.end - 2]];
  for (const span of template.templateSpans) {
    const literal = span.literal;
    const closing = ts.isTemplateTail(literal) ? 1 : 2; // "`" or "${"
    ranges.push([literal.getStart(sourceFile) + 1, literal.end - closing]);
  }
  return ranges;
}

/**
 * The module's source with its css`` templates minified (when `css`) and the indentation
 * after each newline removed from the static text of its html`` and svg`` templates (when
 * `html`). Everything else, interpolations included, is left exactly as written.
 */
export function rewriteTemplates(source, { file = 'module.ts', css = true, html = true } = {}) {
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node)) {
      const tag = tagName(node);
      if (css && tag === 'css') {
        if (!ts.isNoSubstitutionTemplateLiteral(node.template)) {
          throw new Error(`template-literals: ${file}: a css\`\` template with \${…} (our css tag takes constant text only)`);
        }
        const [start, end] = textRanges(node.template, sourceFile)[0];
        const raw = source.slice(start, end);
        if (raw.includes('\\')) throw new Error(`template-literals: ${file}: an escape in a css\`\` template; write the character itself`);
        const minified = minifyCss(raw, file);
        if (/`|\$\{|\\/.test(minified)) throw new Error(`template-literals: ${file}: minified CSS would need escaping`);
        edits.push({ start, end, text: minified });
      } else if (html && MARKUP_TAGS.has(tag)) {
        for (const [start, end] of textRanges(node.template, sourceFile)) {
          const text = source.slice(start, end);
          const dedented = text.replace(/\n[ \t]+/g, '\n');
          if (dedented !== text) edits.push({ start, end, text: dedented });
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  let out = source;
  for (const { start, end, text } of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, start) + text + out.slice(end);
  return out;
}

/** The module's rewritten source, or null when it has nothing to rewrite. */
function rewrite(code, id) {
  const css = CSS_SOURCES.test(id) && code.includes('css`');
  const html = HTML_SOURCES.test(id) && (code.includes('html`') || code.includes('svg`'));
  if (!css && !html) return null;
  const out = rewriteTemplates(code, { file: id, css, html });
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
