/**
 * Vietnamese-aware text folding for search and highlighting.
 *
 * `fold('ĐĂNG KÝ Khai sinh')` → `'dang ky khai sinh'`. NFD splits a precomposed
 * letter into its base and combining marks; the marks are dropped. đ/Đ is not a
 * base letter with a mark in Unicode, so it is mapped by hand.
 */
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const D_STROKE = /[đĐ]/g;

export function fold(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').replace(D_STROKE, 'd').toLowerCase();
}

/** Folded words of a query, without empties; the unit the search matches on. */
export function foldedWords(query: string): string[] {
  return fold(query)
    .split(/[^\p{L}\p{N}.]+/u)
    .filter((word) => word.length > 0);
}

/**
 * Ranges `[start, end)` of `text` that match any of `words` after folding, merged
 * and sorted. Folding keeps one code unit per NFC letter for Vietnamese, so the
 * offsets of the folded text are the offsets of the original text.
 */
export function matchRanges(text: string, words: readonly string[]): Array<[number, number]> {
  const folded = foldPreservingLength(text);
  const ranges: Array<[number, number]> = [];
  for (const word of words) {
    if (word.length === 0) continue;
    let from = 0;
    for (;;) {
      const at = folded.indexOf(word, from);
      if (at < 0) break;
      ranges.push([at, at + word.length]);
      from = at + word.length;
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/**
 * Each character's fold, remembered: highlighting folds every character of every result on
 * every keystroke, and `normalize` per character is the costly part. Vietnamese text uses a
 * few hundred distinct characters, so the table stays small.
 */
const foldedCharacters = new Map<string, string>();

/** Folds character by character so that the result has exactly the length of `text`. */
function foldPreservingLength(text: string): string {
  let out = '';
  for (const char of text) {
    let folded = foldedCharacters.get(char);
    if (folded === undefined) {
      const plain = fold(char);
      // A character that folds to nothing or to several units keeps its place.
      folded = plain.length === char.length ? plain : char.toLowerCase().padEnd(char.length, ' ').slice(0, char.length);
      foldedCharacters.set(char, folded);
    }
    out += folded;
  }
  return out;
}
