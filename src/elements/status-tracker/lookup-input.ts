/**
 * Validation and normalisation of what the applicant types into the lookup form.
 * Pure functions, so they are tested alone and the element stays a template.
 */
import { DOSSIER_CODE_PATTERN, dossierCodeFromText } from '../../api/dossier-code.js';

export type CodeProblem = 'missing' | 'format';
export type VerifierProblem = 'missing' | 'format';

/**
 * Invisible characters that ride along when text is copied from a PDF, a web page or a
 * chat app: zero-width space, non-joiner and joiner, word joiner, byte-order mark, soft
 * hyphen, and the bidi marks and isolates.
 */
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/**
 * What was typed, as plain ASCII where it can be: compatibility forms folded (NFKC turns
 * full-width `０１２` and `Ｈ` from a Vietnamese or CJK input method into `012` and `H`) and
 * invisible characters dropped. Normalised, never rejected: the applicant sees the same
 * digits either way.
 */
function plain(input: string): string {
  return input.normalize('NFKC').replace(INVISIBLE, '');
}

/**
 * The code as the national format writes it: no spaces (people copy codes from
 * PDFs and SMS with stray spaces or line breaks), upper case (`h22` → `H22`), and
 * typographic dashes turned into hyphens (word processors turn `-` into `–`). A tracking
 * link pasted whole (what a receipt's QR code holds, `…?code=…`) gives the code it carries
 * (`dossierCodeFromText`, the contract's reading).
 */
export function normalizeDossierCode(input: string): string {
  const text = plain(input);
  return dossierCodeFromText(text) ?? text.replace(/[\u2010-\u2015\u2212]/g, '-').replace(/\s+/g, '').toUpperCase();
}

/** The dossier code a page's address carries (`?code=`, or `maHoSo`), read as a pasted link is. */
export function codeFromPage(href: string): string | undefined {
  return /^https?:/i.test(href) ? dossierCodeFromText(href) : undefined;
}

/** `<unit code>-<YYMMDD>-<NNNN>` (Circular 01/2018/TT-VPCP) with a real calendar day. */
export function checkDossierCode(normalized: string): CodeProblem | undefined {
  if (normalized === '') return 'missing';
  if (!DOSSIER_CODE_PATTERN.test(normalized)) return 'format';
  const [yy, mm, dd] = normalized.slice(-11, -5).match(/\d\d/g)!.map(Number) as [number, number, number];
  // Date.UTC rolls a month 13 or a 31 June over into the next month: a real date comes back unchanged.
  const date = new Date(Date.UTC(2000 + yy, mm - 1, dd));
  return date.getUTCMonth() === mm - 1 && date.getUTCDate() === dd ? undefined : 'format';
}

/** Digits only: `12 34` and `12-34` are the same four digits. */
export function normalizeVerifier(input: string): string {
  return plain(input).replace(/[\s.\-\u2010-\u2015\u2212]/g, '');
}

export function checkVerifier(normalized: string): VerifierProblem | undefined {
  if (normalized === '') return 'missing';
  return /^\d{4}$/.test(normalized) ? undefined : 'format';
}
