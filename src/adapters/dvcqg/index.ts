/**
 * `motcua/adapters/dvcqg`: pure functions between the national portal's JSON (DVCQG) and the
 * contract, so a province's gateway in front of its one-stop system can be a thin proxy:
 * procedure records of the national procedure database into `ProcedureDetail` (and back),
 * synchronised dossiers into `DossierStatus` and `DossierReceipt`, and a submission into the
 * synchronisation record. No dependency, no I/O, no clock: what they need (now, a deadline,
 * the form version) is passed in. docs/api.md maps every field, and lists the keys these
 * functions leave out (`UNMAPPED_PROCEDURE_KEYS`, `UNMAPPED_DOSSIER_KEYS`).
 */
export * from './types.js';
export { fromDvcqgDate, toDvcqgDate, plainText } from './values.js';
export {
  durationFromDvcqg,
  durationToDvcqg,
  feeItemFromDvcqg,
  feeItemToDvcqg,
  isInForce,
  levelFromDvcqg,
  procedureFromDvcqg,
  procedureSummary,
  procedureToDvcqg,
  type ProcedureOptions,
} from './procedure.js';
export {
  applicantTypeFromDvcqg,
  dossierReceiptFromDvcqg,
  dossierStatusFromDvcqg,
  dossierToDvcqg,
  historyEntryToDvcqg,
  maskName,
  paymentRequestsFromDvcqg,
  statusFromDvcqg,
  type DossierOptions,
} from './dossier.js';
export { UNMAPPED_DOSSIER_KEYS, UNMAPPED_PROCEDURE_KEYS } from './unmapped.js';
