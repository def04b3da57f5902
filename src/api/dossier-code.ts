/**
 * The national dossier code, apart from the schemas so that an element can check what an
 * applicant types without importing `schemas.ts` (whose `import 'zod/mini'` a build that
 * keeps zod external would leave in the element's module). `schemas.ts` re-exports it.
 */

/** Circular 01/2018/TT-VPCP: `<unit code>-<YYMMDD>-<NNNN>`, e.g. `000.00.01.H22-261122-0001`. */
export const DOSSIER_CODE_PATTERN = /^[0-9A-Z.]{1,30}-\d{6}-\d{4}$/;
