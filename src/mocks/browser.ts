/**
 * Starts the mock back end in a page through msw's service worker: the demo portal, the
 * e2e pages and Storybook use it. The worker script must be served at `workerUrl`.
 */
import { setupWorker } from 'msw/browser';
import { createMockApi, type MockApi, type MockOptions } from './index.js';

export * from './index.js';

export interface StartOptions extends MockOptions {
  /** Where the page serves `mockServiceWorker.js`. */
  workerUrl?: string;
  quiet?: boolean;
}

export async function startMockWorker(options: StartOptions = {}): Promise<MockApi & { stop(): void }> {
  const { workerUrl = '/mockServiceWorker.js', quiet = true, ...mockOptions } = options;
  const api = createMockApi(mockOptions);
  const worker = setupWorker(...api.handlers);
  await worker.start({ serviceWorker: { url: workerUrl }, quiet, onUnhandledRequest: 'bypass' });
  // Object.assign keeps the live `demo` getter that a spread would freeze.
  return Object.assign(api, { stop: () => worker.stop() });
}
