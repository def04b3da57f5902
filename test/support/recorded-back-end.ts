/**
 * The mock back end of an element test file, with every request the page sends recorded:
 * one msw worker per file, started in `before`, the mock reset by the file as it needs.
 */
import { setupWorker } from 'msw/browser';
import { createMockApi, type MockApi } from '../../src/mocks/index.js';

export interface RecordedRequest {
  method: string;
  /** The whole URL as sent: privacy tests check that nothing personal is in it. */
  url: URL;
  /** The path after the base URL (`/dossiers/lookup`); the whole path for other origins' requests. */
  path: string;
  /** Lower-case header names. */
  headers: Record<string, string>;
  /** The body as text (uploads too, as multipart text), filled in shortly after the request starts. */
  body: string;
}

export interface RecordedBackEnd {
  mock: MockApi;
  /** For answers the mock cannot give (a 422 the browser could not foresee). */
  worker: ReturnType<typeof setupWorker>;
  /** Every request the page sent, in order, to the mock or elsewhere. */
  requests: RecordedRequest[];
  start(): Promise<void>;
  stop(): void;
  /** Requests to a path after the base, e.g. `calls('POST', '/dossiers')`. */
  calls(method: string, path: string | RegExp): RecordedRequest[];
}

export function recordedBackEnd(baseUrl: string): RecordedBackEnd {
  const mock = createMockApi({ baseUrl });
  const worker = setupWorker(...mock.handlers);
  const requests: RecordedRequest[] = [];
  worker.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    const entry: RecordedRequest = {
      method: request.method,
      url,
      path: url.pathname.startsWith(baseUrl) ? url.pathname.slice(baseUrl.length) : url.pathname,
      headers: Object.fromEntries(request.headers.entries()),
      body: '',
    };
    requests.push(entry);
    // Read a clone: the handler still needs the body.
    void request
      .clone()
      .text()
      .then(
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
    calls: (method, path) =>
      requests.filter((r) => r.method === method && (typeof path === 'string' ? r.path === path : path.test(r.path))),
  };
}
