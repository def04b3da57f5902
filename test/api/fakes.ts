/**
 * Time and XMLHttpRequest under the test's control, for what must not be proved by waiting:
 * a 260 s upload, a 30 s stall, a token getter that never answers.
 */
import type { Clock } from '../../src/api/transport.js';

/** A clock that only moves when the test says so. */
export class FakeClock implements Clock {
  now = 0;
  #next = 1;
  readonly #timers = new Map<number, { at: number; callback: () => void }>();

  setTimeout(callback: () => void, ms: number): number {
    const handle = this.#next++;
    this.#timers.set(handle, { at: this.now + Math.max(0, ms), callback });
    return handle;
  }

  clearTimeout(handle: unknown): void {
    this.#timers.delete(handle as number);
  }

  /** Timers still waiting. */
  get pending(): number {
    return this.#timers.size;
  }

  /** Moves time on by `ms`, firing every timer that falls due, in order. */
  advance(ms: number): void {
    const end = this.now + ms;
    for (;;) {
      let due: [number, { at: number; callback: () => void }] | undefined;
      for (const entry of this.#timers) if (entry[1].at <= end && (!due || entry[1].at < due[1].at)) due = entry;
      if (!due) break;
      this.#timers.delete(due[0]);
      this.now = due[1].at;
      due[1].callback();
    }
    this.now = end;
  }
}

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
