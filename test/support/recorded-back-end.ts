/**
 * The mock back end of an element test file, with every request the page sends to it recorded:
 * one msw worker per file, started in `before`, the mock reset by the file as it needs.
 */
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { createMockApi, type MockApi, type MockOptions } from '../../src/mocks/index.js';
import { until } from './wait.js';

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
  /**
   * The requests the page sent to the back end (the base URL, or another origin), in order.
   * The page's own files are left out: an element fetches a part of itself when the browser
   * is idle, a moment that may fall inside a later test, and a module fetch there must not
   * count as a request the test made (nor be the last one it reads).
   */
  requests: RecordedRequest[];
  start(): Promise<void>;
  stop(): void;
  /** Requests to a path after the base, e.g. `calls('POST', '/dossiers')`. */
  calls(method: string, path: string | RegExp): RecordedRequest[];
  /**
   * Resolves once every request the page started before the call (or in the microtasks after
   * it) is in `requests`: requests of its own go through the worker behind them (the worker
   * hands requests over in order). For proving that something was *not* sent, without sleeping.
   */
  barrier(): Promise<void>;
  /**
   * Holds the next request to `path` (after the base; `:code` style parameters allowed) until
   * `release()`, then lets the mock answer it as usual: a loading state stays on screen for as
   * long as the test looks at it, however slow or fast the machine. `taken` is true once a
   * request is held: a test that aborts the first request and starts another waits on it
   * first, because a request aborted early may never reach the worker, and the hold would then
   * catch the second. `answered` is true once the mock has answered it.
   */
  hold(method: 'get' | 'post', path: string): { release: () => void; readonly taken: boolean; readonly answered: boolean };
}

let barriers = 0;
const BARRIER = '/__barrier__/';

/** `options`: the mock's other options (`contentLanguages: ['vi', 'en']` for English content). */
export function recordedBackEnd(baseUrl: string, options: Omit<MockOptions, 'baseUrl'> = {}): RecordedBackEnd {
  const mock = createMockApi({ ...options, baseUrl });
  // The barrier's own answer comes from here, so it never reaches the test server.
  const worker = setupWorker(http.get(`${BARRIER}:n`, () => new HttpResponse(null, { status: 204 })), ...mock.handlers);
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
    const pageFile = url.origin === location.origin && !url.pathname.startsWith(baseUrl) && !url.pathname.startsWith(BARRIER);
    if (!pageFile) requests.push(entry);
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
    hold: (method, path) => {
      let release: () => void = () => undefined;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const state = { release: () => release(), taken: false, answered: false };
      worker.use(
        http[method](
          `${baseUrl}${path}`,
          async ({ request, requestId }) => {
            state.taken = true;
            await gate;
            for (const handler of mock.handlers) {
              const result = await handler.run({ request: request.clone(), requestId });
              if (result?.response) {
                state.answered = true;
                return result.response;
              }
            }
            return undefined;
          },
          { once: true },
        ),
      );
      return state;
    },
    barrier: async () => {
      // Twice: a request the page starts a few microtasks from now (after awaiting a token)
      // may still start after the first one, never after the second.
      for (let round = 0; round < 2; round++) {
        const path = `${BARRIER}${++barriers}`;
        await fetch(path).catch(() => undefined);
        await until(() => requests.some((request) => request.url.pathname === path), 'the barrier request was never seen');
        requests.splice(
          requests.findIndex((request) => request.url.pathname === path),
          1,
        );
      }
    },
  };
}
