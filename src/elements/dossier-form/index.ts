import { defineElement } from '../shared/define.js';
import type { DossierReceipt } from '../../api/schemas.js';
import { GovDossierForm } from './dossier-form.js';

export { GovDossierForm };
export type { ApplicantPrefill } from './prefill.js';

defineElement('gov-dossier-form', GovDossierForm);

declare global {
  interface HTMLElementTagNameMap {
    'gov-dossier-form': GovDossierForm;
  }
  interface HTMLElementEventMap {
    'gov-dossier-submitted': CustomEvent<DossierReceipt>;
    'gov-track-dossier': CustomEvent<{ code: string }>;
  }
}
