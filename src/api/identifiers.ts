/**
 * The checks Vietnamese identifiers carry beyond their shape: the province code of a CCCD and
 * the check digit of a tax code (MST). One implementation for the mock back end today and the
 * form element tomorrow (issue 16); zod-free and side-effect free, like `dossier-code.ts`, so
 * an element bundle takes only what it calls.
 */

/**
 * Province codes of the 12-digit personal identification number (CCCD), Circular
 * 07/2016/TT-BCA as amended by Circular 59/2021/TT-BCA: the place of birth registration among
 * the 63 provinces as they were. The 2025 merger renumbered no one, so these stay the valid
 * prefixes.
 */
export const CCCD_PROVINCE_CODES: ReadonlySet<string> = new Set(
  (
    '001 002 004 006 008 010 011 012 014 015 017 019 020 022 024 025 026 027 030 031 033 034 035 036 037 038 ' +
    '040 042 044 045 046 048 049 051 052 054 056 058 060 062 064 066 067 068 070 072 074 075 077 079 080 082 ' +
    '083 084 086 087 089 091 092 093 094 095 096'
  ).split(' '),
);

export type NationalIdProblem = 'format' | 'province' | 'century';

/**
 * What is wrong with a CCCD number, or null: 12 digits; a province code of birth registration
 * (digits 1–3); century and gender (digit 4: 0/1 for births in 1900–1999, 2/3 in 2000–2099;
 * later codes belong to centuries not yet begun); a year of birth (digits 5–6) not after
 * `currentYear`.
 */
export function nationalIdProblem(value: string, currentYear: number): NationalIdProblem | null {
  if (!/^\d{12}$/.test(value)) return 'format';
  if (!CCCD_PROVINCE_CODES.has(value.slice(0, 3))) return 'province';
  const centuryAndGender = Number(value[3]);
  if (centuryAndGender > 3) return 'century';
  const year = (centuryAndGender < 2 ? 1900 : 2000) + Number(value.slice(4, 6));
  return year > currentYear ? 'century' : null;
}

/** An MST: 10 digits, or 10 + "-" + 3 for a dependent unit (branch, representative office). */
export const TAX_CODE_PATTERN = /^\d{10}(?:-\d{3})?$/;

/** Weights of the first nine digits of an MST in its check digit. */
const TAX_CODE_WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3] as const;

export type TaxCodeProblem = 'format' | 'check-digit';

/**
 * What is wrong with a tax code (mã số thuế), or null. Digits 1–2 are a province code, 3–9 a
 * sequence that is never 0000000, 10 the check digit: 10 − (Σ digit × weight mod 11), a
 * result of 10 being a number the tax authority never issues; a branch suffix is 001–999.
 * The structure is that of the tax registration rules (Circular 105/2020/TT-BTC); the
 * weights are those every public implementation uses (python-stdnum's `vn.mst`, for one) and
 * are our reading, not a published text.
 */
export function taxCodeProblem(value: string): TaxCodeProblem | null {
  if (!TAX_CODE_PATTERN.test(value)) return 'format';
  if (value.slice(2, 9) === '0000000' || value.endsWith('-000')) return 'format';
  let sum = 0;
  TAX_CODE_WEIGHTS.forEach((weight, index) => {
    sum += weight * Number(value[index]);
  });
  return String(10 - (sum % 11)) === value[9] ? null : 'check-digit';
}

/** A passport number: letters and digits, 6 to 20 (a Vietnamese one is a letter and 7 digits). */
export const PASSPORT_PATTERN = /^[A-Z0-9]{6,20}$/;

/**
 * An organisation's code: the electronic identifier of an agency or organisation (mã định
 * danh điện tử, Decision 20/2020/QĐ-TTg, `000.00.01.H22`), its budget-unit code or its tax
 * code; digits, capitals, dots and hyphens. Which one a form asks for: adapter decides.
 */
export const ORGANISATION_CODE_PATTERN = /^[0-9A-Z][0-9A-Z.-]{2,29}$/;
