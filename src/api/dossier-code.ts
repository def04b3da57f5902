/**
 * The national dossier code, apart from the schemas so that an element can check what an
 * applicant types without importing `schemas.ts` (whose `import 'zod/mini'` a build that
 * keeps zod external would leave in the element's module). `schemas.ts` re-exports it.
 */

/**
 * `<unit code>-<YYMMDD>-<NNNN>`, e.g. `000.00.01.H22-261122-0001` (Circular 01/2018/TT-VPCP,
 * carried on by Circular 03/2025/TT-VPCP). What every answer must match: lenient on the unit
 * part, so that codes issued by one-stop systems before contract 1.1 stay readable.
 */
export const DOSSIER_CODE_PATTERN = /^[0-9A-Z.]{1,30}-\d{6}-\d{4}$/;

/**
 * Contract 1.1: the code a back end issues. The unit part is the agency's 13-character
 * electronic identifier (mã định danh điện tử, Decision 20/2020/QĐ-TTg: `000.00.01.H22`), the
 * date part the day of receipt in Vietnam (YYMMDD), the sequence the dossier's number that day
 * at that unit.
 */
export const NATIONAL_DOSSIER_CODE_PATTERN = /^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}-\d{6}-\d{4}$/;

/** The query parameters a tracking URL may carry the code in (`trackingUrl`, the receipt's QR). */
const CODE_PARAMETERS = ['code', 'maHoSo', 'MaHoSo', 'ma-ho-so'] as const;

/**
 * The dossier code in what an applicant pastes or a QR code holds, normalised, or undefined.
 * Accepts the bare code (spaces and line breaks dropped, lower case raised, typographic dashes
 * turned into hyphens, as copied from a PDF or an SMS) and a tracking URL that carries the code
 * in `code` (or `maHoSo`, `ma-ho-so`): the receipt's QR code encodes `DossierReceipt.trackingUrl`
 * when the back end gives one, else the bare code. The result matches `DOSSIER_CODE_PATTERN`.
 */
export function dossierCodeFromText(text: string): string | undefined {
  const trimmed = text.trim();
  let candidate = trimmed;
  if (/^https?:\/\//i.test(trimmed)) {
    let url: URL;
    try {
      url = new URL(trimmed);
    } catch {
      return undefined;
    }
    const found = CODE_PARAMETERS.map((name) => url.searchParams.get(name)).find((value) => value);
    if (!found) return undefined;
    candidate = found;
  }
  const code = candidate.replace(/[\u2010-\u2015\u2212]/g, '-').replace(/\s+/g, '').toUpperCase();
  return DOSSIER_CODE_PATTERN.test(code) ? code : undefined;
}
