/**
 * The check a CCCD number carries beyond its shape (re-exported by `identifiers.ts`, with the
 * other identifiers' checks): a module of its own, so a page that asks only for a CCCD does
 * not download the checks of a tax code, a passport or an organisation's code.
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
