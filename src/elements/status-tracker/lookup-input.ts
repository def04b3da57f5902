/**
 * Validation and normalisation of what the applicant types into the lookup form.
 * Pure functions, so they are tested alone and the element stays a template.
 */
import { DOSSIER_CODE_PATTERN } from '../../api/dossier-code.js';

export type CodeProblem = 'missing' | 'format';
export type VerifierProblem = 'missing' | 'format';

/**
 * The code as the national format writes it: no spaces (people copy codes from
 * PDFs and SMS with stray spaces or line breaks), upper case (`h22` → `H22`), and
 * typographic dashes turned into hyphens (word processors turn `-` into `–`).
 */
export function normalizeDossierCode(input: string): string {
  return input.replace(/[\u2010-\u2015\u2212]/g, '-').replace(/\s+/g, '').toUpperCase();
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
  return input.replace(/[\s.\-]/g, '');
}

export function checkVerifier(normalized: string): VerifierProblem | undefined {
  if (normalized === '') return 'missing';
  return /^\d{4}$/.test(normalized) ? undefined : 'format';
}
