import { matchRanges } from '../../i18n/fold.js';

/** A piece of text, marked when it matched the query. */
export interface TextPiece {
  text: string;
  match: boolean;
}

/**
 * Splits a server string into pieces around the words of the query, matched
 * without diacritics (`dang ky` marks `Đăng ký`). The pieces are rendered as text
 * nodes inside `<mark>`: the server's string is never parsed as HTML.
 */
export function highlightPieces(text: string, words: readonly string[]): TextPiece[] {
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const [start, end] of matchRanges(text, words)) {
    const last = pieces[pieces.length - 1];
    const gap = text.slice(at, start);
    if (last?.match && /^\s*$/.test(gap)) {
      // "Đăng ký khai sinh" is one mark, not four: easier to read and to hear.
      last.text += gap + text.slice(start, end);
    } else {
      if (gap) pieces.push({ text: gap, match: false });
      pieces.push({ text: text.slice(start, end), match: true });
    }
    at = end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), match: false });
  return pieces;
}
