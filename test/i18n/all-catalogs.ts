import type { Catalog } from '../../src/i18n/translator.js';
import { catalog as procedureSearch } from '../../src/elements/procedure-search/messages.js';
import { catalog as statusTracker } from '../../src/elements/status-tracker/messages.js';
import { catalog as serviceStats } from '../../src/elements/service-stats/messages.js';
import { catalog as dossierForm } from '../../src/elements/dossier-form/messages.js';

/** Element catalogues checked for parity; add each element's catalogue here. */
export const catalogs: Array<[string, Catalog]> = [
  ['procedure-search', procedureSearch],
  ['status-tracker', statusTracker],
  ['service-stats', serviceStats],
  ['dossier-form', dossierForm],
];
