/**
 * The checks Vietnamese identifiers carry beyond their shape: the province code of a CCCD and
 * the check digit of a tax code (MST). One implementation for the mock back end and the form
 * element (issue 16); zod-free and side-effect free, like `dossier-code.ts`, so an element
 * bundle takes only what it calls. The CCCD's check is a module of its own (`national-id.ts`):
 * the form's first step asks for a CCCD, while the identifiers of a business, an organisation
 * or a foreigner come with the form's on-demand questions.
 */

export { CCCD_PROVINCE_CODES, nationalIdProblem, type NationalIdProblem } from './national-id.js';

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
