/**
 * Vietnamese-aware text folding for search and highlighting.
 *
 * `fold('ĐĂNG KÝ Khai sinh')` → `'dang ky khai sinh'`. NFD splits a precomposed
 * letter into its base and combining marks; the marks are dropped. đ/Đ is not a
 * base letter with a mark in Unicode, so it is mapped by hand, and so are the two
 * letters that old fonts and keyboards put in its place: Ð/ð (eth) and Ɖ/ɖ.
 *
 * Search goes one step further (`searchKey`, `searchTokens`; the rules are in
 * docs/search.md): i and y are one letter where Vietnamese spelling lets either be
 * written (`kí` = `ký`), and tone marks are compared wherever they were placed
 * (`hoà` = `hòa`).
 */
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const D_STROKE = /[đĐðÐɖƉ]/g;

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
 * Where i and y are the same letter. Vietnamese writes the vowel /i/ alone after a consonant
 * either way: `kí`/`ký`, `lí`/`lý`, `mĩ`/`mỹ`, `sĩ`/`sỹ`, `tỉ`/`tỷ`, `hi`/`hy`, `công ti`/
 * `công ty`, `qui`/`quy` (in `qu` the u belongs to the consonant). The 1984 spelling rules
 * of the Ministry of Education prefer i, administrative texts (and the national procedure
 * database) mostly keep y; people type both. Nowhere else is y an i: alone (`y tế`, `ý kiến`),
 * after a vowel (`tay` ≠ `tai`, `thúy` ≠ `thúi`), or in `yê`/`uyê` (`yêu`, `khuyên`). The
 * pattern matches a folded syllable (đ already d) or one that keeps its vowel marks.
 */
const I_OR_Y = /^(b|c|ch|d|đ|g|gh|h|k|kh|l|m|n|ng|ngh|nh|p|ph|qu|r|s|t|th|tr|v|x)y$/;
const I_OR_Y_IN_TEXT = /(?<![\p{L}\p{N}])(b|c|ch|d|g|gh|h|k|kh|l|m|n|ng|ngh|nh|p|ph|qu|r|s|t|th|tr|v|x)y(?![\p{L}\p{N}])/gu;

/** One spelling for a syllable that may be written with i or y (`ky` → `ki`); others unchanged. */
function oneIorY(syllable: string): string {
  return I_OR_Y.test(syllable) ? syllable.slice(0, -1) + 'i' : syllable;
}

/**
 * The key a word is searched by: folded (no marks, no case, đ → d) and with one spelling of
 * i/y. `searchKey('Ký')` = `searchKey('kí')` = `searchKey('KY')` = `'ki'`.
 */
export function searchKey(word: string): string {
  return oneIorY(fold(word));
}

/** The five tone marks (sắc, huyền, hỏi, ngã, nặng) as NFD combining characters. */
const TONE_DIGITS: Record<string, string> = { '\u0301': '1', '\u0300': '2', '\u0309': '3', '\u0303': '4', '\u0323': '5' };

/**
 * The word as written, with its marks, in one spelling: lower case, i/y as in `searchKey`, and
 * the tone taken off its vowel and put at the end as a digit (1 sắc, 2 huyền, 3 hỏi, 4 ngã,
 * 5 nặng). A syllable carries one tone, so where it was placed does not matter: the old and the
 * new placement (`hoà`/`hòa`, `thuý`/`thúy`, `hoá`/`hóa`, `khoẻ`/`khỏe`) give one key, as do
 * precomposed (NFC) and decomposed (NFD) input. The vowel marks (ă â ê ô ơ ư) and đ stay.
 */
export function accentKey(word: string): string {
  let letters = '';
  let tone = '';
  for (const char of word.normalize('NFD').toLowerCase()) {
    const digit = TONE_DIGITS[char];
    if (digit) tone = digit;
    else letters += char === 'ð' || char === 'ɖ' ? 'đ' : char;
  }
  return oneIorY(letters.normalize('NFC')) + tone;
}

/** A word of a text as search sees it. */
export interface SearchToken {
  /** `searchKey` of the word: what matching compares. */
  key: string;
  /** `accentKey` of the word: what tells `hồ` from `hộ` when the query was typed with marks. */
  accent: string;
  /** The word carries a mark or đ (its accent key differs from its key). */
  marked: boolean;
}

/**
 * Words are runs of letters and digits; a procedure code keeps its dot (`1.001193`), as do
 * other digit groups (`3.000`). Everything else (spaces, punctuation, hyphens) separates.
 */
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:\.\p{N}+)*/gu;
const tokenCache = new Map<string, SearchToken>();

/**
 * The words of a text, each with its search key and accent key. Used for the query and for
 * every indexed field, so both sides meet in the same form whatever the input's normalisation,
 * case, tone placement or i/y spelling.
 */
export function searchTokens(text: string): SearchToken[] {
  const tokens: SearchToken[] = [];
  for (const [word] of text.normalize('NFD').toLowerCase().matchAll(WORD)) {
    let token = tokenCache.get(word);
    if (!token) {
      const key = searchKey(word);
      const accent = accentKey(word);
      token = { key, accent, marked: accent !== key };
      // The vocabulary of a catalogue is a few thousand words; queries add a few each.
      if (tokenCache.size < 50_000) tokenCache.set(word, token);
    }
    tokens.push(token);
  }
  return tokens;
}

/** Folded text with one i/y spelling, keeping the length (y → i is one unit for one). */
function oneIorYInText(folded: string): string {
  return folded.replace(I_OR_Y_IN_TEXT, '$1i');
}

/**
 * Ranges `[start, end)` of `text` that match any of `words` after folding, merged
 * and sorted. Folding keeps one code unit per NFC letter for Vietnamese, so the
 * offsets of the folded text are the offsets of the original text. i and y are one
 * letter where spelling allows either (`dang ki` marks `Đăng ký`), on both sides.
 */
export function matchRanges(text: string, words: readonly string[]): Array<[number, number]> {
  const folded = oneIorYInText(foldPreservingLength(text));
  const ranges: Array<[number, number]> = [];
  for (const original of words) {
    if (original.length === 0) continue;
    const word = oneIorYInText(original);
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
