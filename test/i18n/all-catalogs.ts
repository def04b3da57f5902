import type { Catalog } from '../../src/i18n/translator.js';
import { catalog as procedureSearch } from '../../src/elements/procedure-search/messages.js';
import { catalog as statusTracker } from '../../src/elements/status-tracker/messages.js';
import { catalog as serviceStats } from '../../src/elements/service-stats/messages.js';
import { catalog as dossierForm } from '../../src/elements/dossier-form/messages.js';
import { laterVi as dossierFormLater } from '../../src/elements/dossier-form/messages-later.vi.js';
import { comboboxVi as dossierFormCombobox } from '../../src/elements/dossier-form/messages-combobox.vi.js';
import { extrasVi as dossierFormExtras } from '../../src/elements/dossier-form/messages-extras.vi.js';
import { readyVi as serviceStatsReady } from '../../src/elements/service-stats/messages-ready.vi.js';
import { detailVi as procedureSearchDetail } from '../../src/elements/procedure-search/messages-detail.vi.js';
import { actionsVi as statusTrackerActions } from '../../src/elements/status-tracker/messages-actions.vi.js';

/** Element catalogues checked for parity; add each element's catalogue here. */
export const catalogs: Array<[string, Catalog]> = [
  // The search's detail words come with its part loaded on demand; its English pack has them.
  ['procedure-search', { ...procedureSearch, vi: { ...procedureSearch.vi, ...procedureSearchDetail } }],
  // The tracker's words of what the applicant can do come with its actions part (messages-actions.vi.ts).
  ['status-tracker', { ...statusTracker, vi: { ...statusTracker.vi, ...statusTrackerActions } }],
  // The stats' words of the figures come with the part loaded with them.
  ['service-stats', { ...serviceStats, vi: { ...serviceStats.vi, ...serviceStatsReady } }],
  // The form's Vietnamese words come in two parts (the second with the part loaded on demand);
  // its English pack has every key of both.
  ['dossier-form', { ...dossierForm, vi: { ...dossierForm.vi, ...dossierFormLater, ...dossierFormExtras, ...dossierFormCombobox } }],
];
