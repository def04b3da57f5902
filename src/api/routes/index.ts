/**
 * Every route module, by name: the public names of `motcua/contract` and the table's source
 * (`../routes.ts`). An endpoint function imports its route's own module, not this one.
 */
export { searchProceduresRoute } from './search-procedures.js';
export { getProcedureRoute } from './get-procedure.js';
export { getFormRoute } from './get-form.js';
export { uploadAttachmentRoute } from './upload-attachment.js';
export { createDossierRoute } from './create-dossier.js';
export { lookupDossierRoute } from './lookup-dossier.js';
export { submitSupplementRoute } from './submit-supplement.js';
export { requestWithdrawalRoute } from './request-withdrawal.js';
export { rateDossierRoute } from './rate-dossier.js';
export { startPaymentRoute } from './start-payment.js';
export { getStatsRoute } from './get-stats.js';
export { getCalendarRoute } from './get-calendar.js';
export { listSectorsRoute } from './list-sectors.js';
export { listAgenciesRoute } from './list-agencies.js';
export { listAdministrativeUnitsRoute } from './list-administrative-units.js';
