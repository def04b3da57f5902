/**
 * Time and XMLHttpRequest under the test's control, for what must not be proved by waiting:
 * a 260 s upload, a 30 s stall, a token getter that never answers.
 */
export { FakeClock } from '../support/fake-clock.js';

type Handler = ((event: ProgressEvent) => void) | null;

/**
 * An XMLHttpRequest the test drives: it reports upload progress and answers when told. Every
 * instance is in `FakeXhr.sent`, in order.
 */
export class FakeXhr {
  static sent: FakeXhr[] = [];

  method = '';
  url = '';
  body: unknown;
  readonly headers: Record<string, string> = {};
  status = 0;
  responseText = '';
  responseURL = '';
  aborted = false;
  readonly upload: { onprogress: Handler; onload: Handler } = { onprogress: null, onload: null };
  onprogress: Handler = null;
  onload: Handler = null;
  onerror: Handler = null;
  onabort: Handler = null;
  #responseHeaders: Record<string, string> = {};

  open(method: string, url: string): void {
    this.method = method;
    this.url = url;
  }

  setRequestHeader(name: string, value: string): void {
    this.headers[name] = value;
  }

  getResponseHeader(name: string): string | null {
    return this.#responseHeaders[name.toLowerCase()] ?? null;
  }

  send(body: unknown): void {
    this.body = body;
    FakeXhr.sent.push(this);
  }

  abort(): void {
    this.aborted = true;
    this.onabort?.(new ProgressEvent('abort'));
  }

  // ---- driven by the test

  /** `loaded` of `total` bytes of the body have gone out. */
  progress(loaded: number, total: number): void {
    this.upload.onprogress?.(new ProgressEvent('progress', { lengthComputable: true, loaded, total }));
    if (loaded === total) this.upload.onload?.(new ProgressEvent('load'));
  }

  /** The server answers; `responseURL` is where the answer came from (the URL asked, resolved, by default). */
  respond(status: number, body: unknown, { responseURL, headers = {} }: { responseURL?: string; headers?: Record<string, string> } = {}): void {
    this.status = status;
    this.responseText = typeof body === 'string' ? body : JSON.stringify(body);
    this.responseURL = responseURL ?? new URL(this.url, document.baseURI).href;
    this.#responseHeaders = headers;
    this.onload?.(new ProgressEvent('load'));
  }

  /** The connection drops. */
  fail(): void {
    this.onerror?.(new ProgressEvent('error'));
  }
}

/** The class to inject as `XMLHttpRequest`. */
export const fakeXhrClass = FakeXhr as unknown as typeof XMLHttpRequest;

/** Makes `navigator.onLine` say `online` until the returned function is called. */
export function pretendOnline(online: boolean): () => void {
  const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')!;
  Object.defineProperty(Navigator.prototype, 'onLine', { configurable: true, get: () => online });
  return () => Object.defineProperty(Navigator.prototype, 'onLine', original);
}
