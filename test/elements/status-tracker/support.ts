/** Shared set-up of the tracker tests: one msw worker per file, a request log, typing helpers. */
import { sendKeys } from '@web/test-runner-commands';
import { setupWorker } from 'msw/browser';
import type { StatusCode } from '../../../src/api/schemas.js';
import type { GovStatusTracker } from '../../../src/elements/status-tracker/status-tracker.js';
import { createMockApi, type DemoDossier, type MockApi } from '../../../src/mocks/index.js';

export interface RecordedRequest {
  method: string;
  url: string;
  body: string;
  headers: Record<string, string>;
}

export interface MockHarness {
  mock: MockApi;
  worker: ReturnType<typeof setupWorker>;
  requests: RecordedRequest[];
  start(): Promise<void>;
  stop(): void;
}

/** A mock back end at `baseUrl` whose every request (URL, headers, body) is recorded. */
export function mockBackEnd(baseUrl: string): MockHarness {
  const mock = createMockApi({ baseUrl });
  const worker = setupWorker(...mock.handlers);
  const requests: RecordedRequest[] = [];
  worker.events.on('request:start', ({ request }) => {
    // Read a clone: the handler still needs the body.
    const copy = request.clone();
    const entry: RecordedRequest = {
      method: request.method,
      url: request.url,
      body: '',
      headers: Object.fromEntries(request.headers.entries()),
    };
    requests.push(entry);
    void copy.text().then(
      (text) => (entry.body = text),
      () => undefined,
    );
  });
  return {
    mock,
    worker,
    requests,
    start: async () => {
      await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
    },
    stop: () => worker.stop(),
  };
}

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
  const deadline = Date.now() + 5000;
  while (!states.includes(el.state)) {
    if (Date.now() > deadline) throw new Error(`tracker stuck in ${el.state}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await el.updateComplete;
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
