/**
 * Text as people type it, made comparable: pure functions any element can use.
 *
 * The same Vietnamese word arrives in two encodings (precomposed "ệ" from most keyboards,
 * "e" + two combining marks from some macOS and Telex setups, or from a copied PDF), digits
 * arrive full-width from an East Asian IME (`０９１２`), and copy-paste from chat apps and
 * PDFs brings invisible characters (zero-width space, byte-order mark, direction marks).
 * An applicant sees none of that, so none of it may make an answer fail, count twice
 * against a length limit, or reach the back end.
 *
 * - Free text is put in Unicode NFC (what the back end stores and compares) and nothing
 *   else changes: it is the applicant's text.
 * - Numbers and identifiers (CCCD, phone, amounts, dates) are put in NFKC, which turns
 *   full-width digits and signs into ASCII, and lose every invisible format character.
 */

/** Invisible format characters (Unicode category Cf): ZWSP, ZWJ/ZWNJ, BOM, LRM/RLM, soft hyphen… */
const FORMAT_CHARACTERS = /\p{Cf}/gu;

/** Free text in NFC. */
export function nfc(text: string): string {
  return text.normalize('NFC');
}

/**
 * Length as a limit counts it: characters (code points) after NFC, so "Nguyễn" is 6
 * whichever way it was typed, and a character outside the BMP counts once.
 */
export function characterCount(text: string): number {
  let count = 0;
  for (const _ of nfc(text)) count++;
  return count;
}

/** True when nothing visible is left: spaces and invisible characters only. */
export function isBlank(text: string): boolean {
  return text.replace(FORMAT_CHARACTERS, '').trim() === '';
}

/** Without invisible format characters: for values that are never prose (emails, codes). */
export function withoutInvisibles(text: string): string {
  return text.replace(FORMAT_CHARACTERS, '');
}

/**
 * Digits and signs as ASCII (`０９１２` → `0912`, `＋84` → `+84`, a no-break space → a
 * space), without invisible characters. Letters keep their compatibility form folded,
 * so use it only on numbers and identifiers.
 */
export function plainDigits(text: string): string {
  return withoutInvisibles(text.normalize('NFKC'));
}

/** A CCCD as typed (`001 090 012345`, full-width, with a copied zero-width space): its digits. */
export function nationalIdDigits(raw: string): string {
  return plainDigits(raw).replace(/[\s.\-]/g, '');
}

/**
 * A Vietnamese phone number in national form as far as it can be read: the country code
 * written `+84`, `0084` or `84` (with enough digits after it to be one) becomes the leading
 * `0`, and a `(0)` after it, as some write it, goes. Not validated: `0912345678` for
 * `+84 (0) 912 345 678`, `0084 912.345.678` or `０９１２ ３４５ ６７８`.
 */
export function phoneDigits(raw: string): string {
  let digits = plainDigits(raw)
    .replace(/\(0\)/g, '')
    .replace(/[\s.\-()/]/g, '');
  if (digits.startsWith('+84')) digits = `0${digits.slice(3)}`;
  else if (digits.startsWith('0084')) digits = `0${digits.slice(4)}`;
  else if (digits.startsWith('84') && digits.length >= 11) digits = `0${digits.slice(2)}`;
  return digits;
}
