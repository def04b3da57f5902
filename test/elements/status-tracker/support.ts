/** Shared set-up of the tracker tests: one msw worker per file, a request log, typing helpers. */
import { sendKeys } from '@web/test-runner-commands';
import type { DossierStatus, StatusCode } from '../../../src/api/schemas.js';
import type { GovStatusTracker } from '../../../src/elements/status-tracker/status-tracker.js';
import type { DemoDossier, MockApi } from '../../../src/mocks/index.js';
import { until } from '../../support/wait.js';

/** The tracker tests' back end: see test/support/recorded-back-end.ts. */
export { recordedBackEnd as mockBackEnd } from '../../support/recorded-back-end.js';
export { until } from '../../support/wait.js';

export function demoWith(mock: MockApi, status: StatusCode, overdue = false): DemoDossier {
  const found = mock.demo.find((dossier) => dossier.status === status && dossier.overdue === overdue);
  if (!found) throw new Error(`no demo dossier in status ${status}`);
  return found;
}

export function part<T extends Element = HTMLElement>(el: GovStatusTracker, selector: string): T {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

export function text(el: GovStatusTracker, selector: string): string {
  return (part(el, selector).textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function liveRegion(el: GovStatusTracker): string {
  return text(el, '[role="status"]').replace(/\u200b/g, '');
}

/**
 * Every text the live region shows from now on, in order. A later announcement (the new
 * status after a background reload) may replace an earlier one within milliseconds; a
 * screen reader still hears both, and so does a test that records them.
 */
export function recordAnnouncements(el: GovStatusTracker): string[] {
  const heard: string[] = [];
  const region = part(el, '[role="status"]');
  const note = () => {
    const now = liveRegion(el);
    if (now && heard[heard.length - 1] !== now) heard.push(now);
  };
  new MutationObserver(note).observe(region, { subtree: true, childList: true, characterData: true });
  note();
  return heard;
}

/** Types into an input of the tracker like a person: focus, select what is there, type. */
export async function typeInto(el: GovStatusTracker, selector: string, value: string): Promise<void> {
  const input = part<HTMLInputElement>(el, selector);
  input.focus();
  if (input.value) {
    input.select();
    await sendKeys({ press: 'Backspace' });
  }
  if (value) await sendKeys({ type: value });
}

/** Fills the form and presses Enter in the verifier field. */
export async function lookUp(el: GovStatusTracker, code: string, verifier: string): Promise<void> {
  await typeInto(el, '#code', code);
  await typeInto(el, '#verifier', verifier);
  await sendKeys({ press: 'Enter' });
}

export async function settled(el: GovStatusTracker, states: string[] = ['found', 'not-found', 'error', 'offline', 'rate-limited']): Promise<void> {
  await until(() => states.includes(el.state), `tracker stuck in ${el.state}`);
  await el.updateComplete;
}

/** Waits until `selector` matches in the tracker, then for its render. */
export async function shown(el: GovStatusTracker, selector: string): Promise<HTMLElement> {
  await until(() => el.shadowRoot!.querySelector(selector), `${selector} never appeared`);
  await el.updateComplete;
  return part<HTMLElement>(el, selector);
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

/** Puts one file on a file input the way the browser does after the picker closes. */
export function chooseFile(input: HTMLInputElement, file: File): void {
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

export function pdf(name: string): File {
  return new File(['%PDF-1.7 supplement'], name, { type: 'application/pdf' });
}
