// Drops the indentation inside Lit's html`…` templates of our sources at build time.
//
// JavaScript minifiers leave template literals alone, so the indentation of every template
// line used to ship to every page (0.7 KB gzip on the CDN bundle). In HTML a newline followed
// by spaces renders exactly as the newline alone: both are one collapsible white space, and
// `white-space: pre-line` (the only pre-like rule we use) keeps the newline and drops the
// spaces. So each newline stays and only the spaces and tabs after it go. Keeping every
// newline keeps every line number, so the source maps stay right to the line.
//
// The scanner reads TypeScript just well enough to know where it is: code, comments, quoted
// strings, regular expressions, template literals and their nested `${…}`. Only the static
// text of templates tagged `html` or `svg` is touched; a plain template keeps every space.

/** Tags whose templates are markup. */
const MARKUP_TAGS = new Set(['html', 'svg']);

/** After one of these (or at the start) a `/` begins a regular expression, not a division. */
const BEFORE_REGEX = new Set(['', '(', ',', '=', ':', '[', '!', '&', '|', '?', '{', '}', ';', '+', '-', '*', '%', '<', '>', '~', '^']);

const KEYWORDS_BEFORE_REGEX = new Set(['return', 'typeof', 'case', 'do', 'else', 'in', 'of', 'void', 'yield', 'await', 'throw', 'delete', 'new']);

const INDENT_AFTER_NEWLINE = /\n[ \t]+/g;

/** The identifier that ends just before `index` (skipping nothing: a tag touches its backtick). */
function identifierBefore(source, index) {
  let start = index;
  while (start > 0 && /[\w$]/.test(source[start - 1])) start--;
  return source.slice(start, index);
}

/**
 * The source with the indentation after each newline removed from the static text of its
 * html`` and svg`` templates. Anything it cannot read to its end (a string, comment or
 * template that never closes) is an error, so the build fails loudly instead of shipping a
 * half-rewritten module.
 */
export function dedentHtmlTemplates(source) {
  let out = '';
  // One entry per open template literal: whether it is markup, and the brace depth of the
  // `${…}` we are in (0 while in the template's own text).
  const templates = [];
  let lastSignificant = '';
  let i = 0;

  const fail = (what) => {
    throw new Error(`html-literals: ${what} never ends`);
  };

  while (i < source.length) {
    const template = templates.at(-1);
    if (template && template.depth === 0) {
      // Inside a template's text: copy up to its end or the next interpolation.
      let end = i;
      while (end < source.length && source[end] !== '`' && !(source[end] === '$' && source[end + 1] === '{')) {
        end += source[end] === '\\' ? 2 : 1;
      }
      if (end >= source.length) fail('a template');
      const text = source.slice(i, end);
      out += template.markup ? text.replace(INDENT_AFTER_NEWLINE, '\n') : text;
      if (source[end] === '`') {
        out += '`';
        templates.pop();
        lastSignificant = '`';
        i = end + 1;
      } else {
        out += '${';
        template.depth = 1;
        lastSignificant = '{';
        i = end + 2;
      }
      continue;
    }

    const char = source[i];
    const next = source[i + 1];
    if (char === '/' && next === '/') {
      const end = source.indexOf('\n', i);
      const stop = end === -1 ? source.length : end;
      out += source.slice(i, stop);
      i = stop;
      continue;
    }
    if (char === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      if (end === -1) fail('a comment');
      out += source.slice(i, end + 2);
      i = end + 2;
      continue;
    }
    if (char === '"' || char === "'" || (char === '/' && BEFORE_REGEX.has(lastSignificant))) {
      let end = i + 1;
      let inClass = false;
      while (end < source.length) {
        const c = source[end];
        if (c === '\\') {
          end += 2;
          continue;
        }
        if (c === '\n' && char !== '/') fail('a string');
        if (char === '/' && c === '[') inClass = true;
        else if (char === '/' && c === ']') inClass = false;
        else if (c === char && !inClass) break;
        end++;
      }
      if (end >= source.length) fail(char === '/' ? 'a regular expression' : 'a string');
      out += source.slice(i, end + 1);
      lastSignificant = 'a';
      i = end + 1;
      continue;
    }
    if (char === '`') {
      templates.push({ markup: MARKUP_TAGS.has(identifierBefore(source, i)), depth: 0 });
      out += char;
      i++;
      continue;
    }
    if (template && char === '{') template.depth++;
    // Back to depth 0: the interpolation closed and the template's text goes on.
    else if (template && char === '}') template.depth--;
    if (/[\w$]/.test(char)) {
      // A keyword such as `return` may stand before a regular expression; a name may not.
      let end = i;
      while (end < source.length && /[\w$]/.test(source[end])) end++;
      const word = source.slice(i, end);
      out += word;
      lastSignificant = KEYWORDS_BEFORE_REGEX.has(word) ? '(' : 'a';
      i = end;
      continue;
    }
    if (!/\s/.test(char)) lastSignificant = char === ')' || char === ']' ? 'a' : char;
    out += char;
    i++;
  }
  if (templates.length > 0) fail('a template');
  return out;
}

/** Our element sources: where the html`` templates are. */
export const HTML_SOURCES = /\/src\/elements\/.*\.ts$/;
