// Minifies the CSS inside Lit's css`…` templates of our sources at build time.
//
// JavaScript minifiers leave template literals alone, so without this every comment,
// indent and newline of the *.styles.ts files ships to every page. The rewrite is
// deliberately small and conservative: it removes comments, collapses whitespace, drops
// the whitespace that CSS never needs (around `{ } ; ,`, after `:` and `(`, before `)`) and
// the semicolon before a `}`.
// It never touches quoted strings (`content: ' (' attr(href) ')'`), never removes the space
// before a `:` (`.card :focus` is not `.card:focus`) or before a `(` (`and (max-width…)`),
// and leaves `${…}` interpolations exactly as written.

const DROP_AROUND = new Set(['{', '}', ';', ',']);
const DROP_AFTER = new Set([...DROP_AROUND, ':', '(']);
const DROP_BEFORE = new Set([...DROP_AROUND, ')']);

/**
 * One static piece of a css`` template (the text between interpolations), minified.
 * `first`/`last`: the piece starts/ends the whole template, so its edge whitespace goes;
 * next to an interpolation one space is kept, since `${a} ${b}` needs it.
 */
export function minifyCssText(text, { first = true, last = true } = {}) {
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end === -1) throw new Error('css-literals: unterminated comment in a css`` template');
      i = end + 1;
      pendingSpace = true;
      continue;
    }
    if (/\s/.test(char)) {
      pendingSpace = true;
      continue;
    }
    if (pendingSpace) {
      const previous = out.at(-1);
      const atStart = out.length === 0;
      const keep = (atStart ? !first : !DROP_AFTER.has(previous)) && !DROP_BEFORE.has(char);
      if (keep) out += ' ';
      pendingSpace = false;
    }
    if (char === '"' || char === "'") {
      let end = i + 1;
      while (end < text.length && text[end] !== char) end += text[end] === '\\' ? 2 : 1;
      out += text.slice(i, end + 1);
      i = end;
      continue;
    }
    // The last declaration of a block needs no semicolon.
    if (char === '}' && out.at(-1) === ';') out = out.slice(0, -1);
    out += char;
  }
  if (pendingSpace && !last && out.length > 0 && !DROP_AFTER.has(out.at(-1))) out += ' ';
  if (pendingSpace && !last && out.length === 0) out += ' ';
  return out;
}

/**
 * Every css`…` template in a module's source, minified. Escapes (`\\`) and nested braces
 * inside `${…}` are respected; a template it cannot read to its end is an error, so the
 * build fails loudly rather than ship a half-rewritten stylesheet.
 */
export function minifyCssTemplates(source) {
  let out = '';
  let from = 0;
  const opening = /\bcss`/g;
  let match;
  while ((match = opening.exec(source))) {
    const start = match.index + match[0].length;
    out += source.slice(from, start);
    const pieces = [];
    let piece = '';
    let i = start;
    for (; i < source.length; i++) {
      const char = source[i];
      if (char === '\\') {
        piece += char + source[i + 1];
        i++;
      } else if (char === '`') {
        break;
      } else if (char === '$' && source[i + 1] === '{') {
        let depth = 1;
        let end = i + 2;
        for (; end < source.length && depth > 0; end++) {
          if (source[end] === '{') depth++;
          else if (source[end] === '}') depth--;
        }
        pieces.push(piece, source.slice(i, end));
        piece = '';
        i = end - 1;
      } else {
        piece += char;
      }
    }
    if (i >= source.length) throw new Error('css-literals: a css`` template never ends');
    pieces.push(piece);
    // pieces alternate text, interpolation, text, …, text.
    out += pieces
      .map((part, index) =>
        index % 2 === 1 ? part : minifyCssText(part, { first: index === 0, last: index === pieces.length - 1 }),
      )
      .join('');
    out += '`';
    from = i + 1;
    opening.lastIndex = from;
  }
  return out + source.slice(from);
}

/**
 * Our stylesheet modules (`*.styles.ts`, src/theme/styles.ts): nothing in them but the
 * templates, so the lines the rewrite removes shift no code a debugger steps through, and
 * the transform can keep the incoming source map. A tiny css`` elsewhere (gov-config) is
 * not worth a source map of its own.
 */
export const CSS_SOURCES = /\/src\/.*styles\.ts$/;
