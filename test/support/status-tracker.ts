/**
 * Test harness of `<gov-status-tracker>`: the demo dossiers, a lookup typed like a person, the
 * wait for its outcome, and dossiers asking for a supplement; the shared kit (`dom.ts`) does
 * the reading and typing.
 */
import { sendKeys } from '@web/test-runner-commands';
import type { DossierStatus, StatusCode } from '../../src/api/schemas.js';
import type { GovStatusTracker } from '../../src/elements/status-tracker/status-tracker.js';
import type { DemoDossier, MockApi } from '../../src/mocks/index.js';
import { $, liveRegion as region, pdf as file, recordAnnouncements as record, typeInto } from './dom.js';
import { until } from './wait.js';

export { $, chooseFiles, shown, text, typeInto } from './dom.js';
/** The tracker tests' back end: see test/support/recorded-back-end.ts. */
export { recordedBackEnd as mockBackEnd } from './recorded-back-end.js';
export { until } from './wait.js';

export function demoWith(mock: MockApi, status: StatusCode, overdue = false): DemoDossier {
  const found = mock.demo.find((dossier) => dossier.status === status && dossier.overdue === overdue);
  if (!found) throw new Error(`no demo dossier in status ${status}`);
  return found;
}

/** Fills the form and presses Enter in the verifier field. */
export async function lookUp(el: GovStatusTracker, code: string, verifier: string): Promise<void> {
  await typeInto($<HTMLInputElement>(el, '#code'), code);
  await typeInto($<HTMLInputElement>(el, '#verifier'), verifier);
  await sendKeys({ press: 'Enter' });
}

export async function settled(el: GovStatusTracker, states: string[] = ['found', 'not-found', 'error', 'offline', 'rate-limited']): Promise<void> {
  await until(() => states.includes(el.state), `tracker stuck in ${el.state}`);
  await el.updateComplete;
}

/** A dossier in status 5 whose supplement request asks for `documents` (codes and names as given). */
export function supplementDossier(dossier: DossierStatus, documents: NonNullable<DossierStatus['supplementRequest']>['documents'], extra: Partial<DossierStatus> = {}): DossierStatus {
  return {
    ...dossier,
    status: 5,
    supplementRequest: { requestedAt: dossier.submittedAt, reason: 'Thiếu giấy tờ', ...dossier.supplementRequest, documents },
    ...extra,
  };
}

/**
 * What the live region says, with the isolates around the server's words (a dossier code, a
 * file name): the tracker's tests check that each is isolated.
 */
export const liveRegion = (el: GovStatusTracker): string => region(el, true);
export const recordAnnouncements = (el: GovStatusTracker): string[] => record(el, true);

/** A scan small enough to read as 1 KB. */
export function pdf(name: string): File {
  return file(name, 19);
}
