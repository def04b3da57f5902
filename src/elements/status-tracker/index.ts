import { defineElement } from '../shared/define.js';
import type { StatusCode } from '../../api/schemas.js';
import { GovStatusTracker } from './status-tracker.js';

export { GovStatusTracker };
export type { TrackerState, TimelineOrder } from './status-tracker.js';
export { normalizeDossierCode, checkDossierCode, normalizeVerifier, checkVerifier } from './lookup-input.js';

defineElement('gov-status-tracker', GovStatusTracker);

declare global {
  interface HTMLElementTagNameMap {
    'gov-status-tracker': GovStatusTracker;
  }
  interface HTMLElementEventMap {
    'gov-dossier-found': CustomEvent<{ status: StatusCode }>;
    'gov-dossier-status-change': CustomEvent<{ from: StatusCode; to: StatusCode }>;
    'gov-supplement-sent': CustomEvent<{ status: StatusCode }>;
  }
}
