import { defineElement } from '../shared/define.js';
import { GovStatusTracker } from './status-tracker.js';

export { GovStatusTracker };
export type { TrackerState, TimelineOrder } from './status-tracker.js';
export { normalizeDossierCode, checkDossierCode, normalizeVerifier, checkVerifier } from './lookup-input.js';

defineElement('gov-status-tracker', GovStatusTracker);

declare global {
  interface HTMLElementTagNameMap {
    'gov-status-tracker': GovStatusTracker;
  }
}
