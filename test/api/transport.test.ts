import { expect } from '@open-wc/testing';
import { until } from '../support/wait.js';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { ApiClient } from '../../src/api/client.js';
import { ApiError } from '../../src/api/errors.js';
import { RedirectRefused } from '../../src/api/transport.js';
import { FakeClock, FakeXhr, fakeXhrClass, pretendOnline } from './fakes.js';

const attachment = { id: 'att-1', name: 'scan.pdf', size: 5 * 1024 * 1024, mediaType: 'application/pdf', sha256: 'a'.repeat(64) };
const target = { procedureCode: '1.001193', documentCode: 'GCS' };
const stats = { received: 1, resolved: 1, inProgress: 0, awaitingSupplement: 0, overdue: 0, onTimeRate: 1 };
const code = '000.00.01.H22-261122-0001';

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(ApiError);
    return error as ApiError;
  }
  throw new Error('expected the request to fail');
}

/** A fetch that records its calls and answers `stats`. */
function countingFetch() {
  const calls: string[] = [];
  const fetch = (async (input: RequestInfo | URL) => {
    calls.push(String(input));
    return Response.json(stats);
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

describe('ApiTransport: uploads give up on silence, not on length', () => {
  beforeEach(() => {
    FakeXhr.sent = [];
  });

  /** An upload through the fake XHR under the fake clock, and the XHR once it is sent. */
  async function startUpload(size: number, options: { uploadIdleMs?: number } = {}) {
    const clock = new FakeClock();
    const client = new ApiClient({ baseUrl: '/api', clock, XMLHttpRequest: fakeXhrClass, ...options });
    const file = new File([new Uint8Array(size)], 'scan.pdf', { type: 'application/pdf' });
    const progress: number[] = [];
    const pending = client.uploadAttachment(file, target, { onProgress: (fraction) => progress.push(fraction) });
    // Settle it now, so a test that fails early reports its own assertion, not an unhandled rejection.
    const outcome = pending.then(
      (value) => ({ ok: true as const, value }),
      (error: unknown) => ({ ok: false as const, error }),
    );
    await until(() => FakeXhr.sent.length === 1, 'the upload was never sent');
    return { clock, xhr: FakeXhr.sent[0]!, progress, outcome };
  }

  it('uploads a 5 MB scan over a 160 kbit/s uplink (about 262 s) without timing out', async () => {
    const size = 5 * 1024 * 1024;
    const bytesPerSecond = 160_000 / 8;
    const { clock, xhr, progress, outcome } = await startUpload(size);
    for (let sent = 0; sent < size; ) {
      clock.advance(1000);
      sent = Math.min(size, sent + bytesPerSecond);
      xhr.progress(sent, size);
    }
    expect(clock.time, 'simulated duration').to.be.at.least(262_000);
    // The server hashes and stores the file before it answers.
    clock.advance(5000);
    xhr.respond(201, attachment);
    const result = await outcome;
    expect(xhr.aborted, 'the upload was cut off').to.equal(false);
    expect(result).to.deep.equal({ ok: true, value: attachment });
    expect(progress.at(-1)).to.equal(1);
  });

  it('gives up after 30 s without progress, and not a moment earlier', async () => {
    const size = 1_000_000;
    const { clock, xhr, outcome } = await startUpload(size);
    xhr.progress(200_000, size);
    clock.advance(29_999);
    expect(xhr.aborted).to.equal(false);
    xhr.progress(250_000, size);
    clock.advance(29_999);
    expect(xhr.aborted).to.equal(false);
    clock.advance(1);
    expect(xhr.aborted).to.equal(true);
    const result = await outcome;
    expect(result.ok).to.equal(false);
    expect((result as { error: ApiError }).error.kind).to.equal('timeout');
    expect((result as { error: ApiError }).error.endpoint).to.equal('POST /attachments');
  });

  it('takes the idle limit from uploadIdleMs', async () => {
    const { clock, xhr, outcome } = await startUpload(10, { uploadIdleMs: 5000 });
    clock.advance(5000);
    expect(xhr.aborted).to.equal(true);
    expect(((await outcome) as { error: ApiError }).error.kind).to.equal('timeout');
  });

  it('gives the server the idle limit again once the body is sent', async () => {
    const size = 100;
    const { clock, xhr, outcome } = await startUpload(size);
    clock.advance(20_000);
    xhr.progress(size, size);
    clock.advance(25_000);
    xhr.respond(201, attachment);
    expect((await outcome).ok).to.equal(true);
  });

  it('calls a stall while the browser is offline what it is: offline', async () => {
    const { clock, xhr, outcome } = await startUpload(1000);
    xhr.progress(500, 1000);
    const restore = pretendOnline(false);
    let result: { error: ApiError };
    try {
      clock.advance(30_000);
      result = (await outcome) as { error: ApiError };
    } finally {
      restore();
    }
    expect(result.error.kind).to.equal('offline');
  });

  it('refuses an upload answer that came from another URL than the one asked (a redirect)', async () => {
    const { xhr, outcome } = await startUpload(10);
    xhr.respond(201, { ...attachment, id: 'attacker-chosen' }, { responseURL: 'https://evil.example/attachments' });
    const result = (await outcome) as { ok: boolean; error: ApiError };
    expect(result.ok).to.equal(false);
    expect(result.error.kind).to.equal('network');
    expect(result.error.cause).to.be.instanceOf(RedirectRefused);
  });
});

describe('ApiTransport: the token getter is under the timeout', () => {
  beforeEach(() => {
    FakeXhr.sent = [];
  });

  it('times a getter that never settles out like a request, and sends nothing', async () => {
    const clock = new FakeClock();
    const { fetch, calls } = countingFetch();
    const client = new ApiClient({ baseUrl: '/api', fetch, clock, retries: 0, getToken: () => new Promise<string>(() => undefined) });
    const pending = failure(client.getStats());
    clock.advance(14_999);
    clock.advance(1);
    const error = await pending;
    expect(error.kind).to.equal('timeout');
    expect(error.endpoint).to.equal('GET /stats');
    expect(calls).to.have.length(0);
  });

  it('times out an upload whose getter never settles, and opens no connection', async () => {
    const clock = new FakeClock();
    const client = new ApiClient({ baseUrl: '/api', clock, XMLHttpRequest: fakeXhrClass, getToken: () => new Promise<string>(() => undefined) });
    const pending = failure(client.uploadAttachment(new File(['x'], 'a.pdf'), target));
    clock.advance(30_000);
    expect((await pending).kind).to.equal('timeout');
    expect(FakeXhr.sent).to.have.length(0);
  });

  it('stops waiting for the getter when the caller aborts', async () => {
    const { fetch, calls } = countingFetch();
    const client = new ApiClient({ baseUrl: '/api', fetch, clock: new FakeClock(), getToken: () => new Promise<string>(() => undefined) });
    const controller = new AbortController();
    const pending = failure(client.getStats({}, { signal: controller.signal }));
    controller.abort();
    expect((await pending).kind).to.equal('aborted');
    expect(calls).to.have.length(0);
  });

  it('fails a request whose getter throws, with the getter’s error as the cause', async () => {
    const { fetch, calls } = countingFetch();
    const thrown = new Error('signed out');
    const client = new ApiClient({ baseUrl: '/api', fetch, retries: 0, getToken: () => {
      throw thrown;
    } });
    const error = await failure(client.getStats());
    expect(error.cause).to.equal(thrown);
    expect(calls).to.have.length(0);
  });

  it('still sends the token a slow getter returns in time', async () => {
    const clock = new FakeClock();
    let give: (token: string) => void = () => undefined;
    const seen: (string | null)[] = [];
    const fetch = (async (_input: RequestInfo | URL, init: RequestInit = {}) => {
      seen.push((init.headers as Record<string, string>)['Authorization'] ?? null);
      return Response.json(stats);
    }) as typeof globalThis.fetch;
    const client = new ApiClient({ baseUrl: '/api', fetch, clock, getToken: () => new Promise<string>((resolve) => (give = resolve)) });
    const pending = client.getStats();
    clock.advance(10_000);
    give('tok-slow');
    await pending;
    expect(seen).to.deep.equal(['Bearer tok-slow']);
  });
});

describe('ApiTransport: redirects are refused', () => {
  const base = '/t-transport-redirect/api/v1';
  const evil: { method: string; body: string }[] = [];
  const asked: string[] = [];
  const record = async ({ request }: { request: Request }) => {
    evil.push({ method: request.method, body: await request.text() });
    return HttpResponse.json(stats, { headers: { 'access-control-allow-origin': '*' } });
  };
  const redirect = (location: string) => ({ request }: { request: Request }) => {
    asked.push(`${request.method} ${new URL(request.url).pathname}`);
    return new HttpResponse(null, { status: 307, headers: { location } });
  };
  const worker = setupWorker(
    http.post(`${base}/dossiers/lookup`, redirect('https://evil.example/steal')),
    http.post(`${base}/dossiers/:code/supplements`, redirect('https://evil.example/steal')),
    http.get(`${base}/stats`, redirect(`${base}/stats-elsewhere`)),
    http.post(`${base}/attachments`, redirect('https://evil.example/steal')),
    http.all('https://evil.example/steal', record),
    http.get(`${base}/stats-elsewhere`, record),
  );

  before(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass' }));
  after(() => worker.stop());
  beforeEach(() => {
    evil.length = 0;
    asked.length = 0;
  });

  it('never re-posts the verifier to the origin a 307 points to', async () => {
    const error = await failure(new ApiClient({ baseUrl: base }).lookupDossier({ code, verifier: '5678' }));
    expect(error.kind).to.equal('network');
    expect(error.cause).to.be.instanceOf(RedirectRefused);
    expect(evil, 'what the other origin received').to.deep.equal([]);
  });

  it('never re-posts a supplement, and does not retry a redirect even with an Idempotency-Key', async () => {
    const client = new ApiClient({ baseUrl: base, retryDelayMs: 1 });
    const supplement = { verifier: '5678', attachments: [{ documentCode: 'TP1', attachmentId: 'att-1' }] };
    const error = await failure(client.submitSupplement(code, supplement, 'intent-1'));
    expect(error.cause).to.be.instanceOf(RedirectRefused);
    expect(evil).to.deep.equal([]);
    expect(asked).to.have.length(1);
  });

  it('refuses a redirect within the same origin too, without retrying a GET', async () => {
    const error = await failure(new ApiClient({ baseUrl: base, retryDelayMs: 1 }).getStats());
    expect(error.kind).to.equal('network');
    expect(error.cause).to.be.instanceOf(RedirectRefused);
    expect(evil).to.deep.equal([]);
    expect(asked).to.deep.equal([`GET ${base}/stats`]);
  });

  it('refuses the answer of a redirected upload (XHR follows redirects; see docs/security.md)', async () => {
    const file = new File(['%PDF-1.7'], 'a.pdf', { type: 'application/pdf' });
    const error = await failure(new ApiClient({ baseUrl: base }).uploadAttachment(file, target));
    expect(error.kind).to.equal('network');
    expect(error.cause).to.be.instanceOf(RedirectRefused);
  });
});
