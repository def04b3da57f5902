import { expect } from '@open-wc/testing';
import { until } from '../support/wait.js';
import { ApiClient } from '../../src/api/client.js';
import { ApiError } from '../../src/api/errors.js';
import type { DossierStatus, ProcedureList } from '../../src/api/schemas.js';
import { FakeClock } from './fakes.js';

interface Recorded {
  url: string;
  init: RequestInit;
}

/** A fetch double that records every call and answers from a queue of behaviours. */
function fakeFetch(...answers: Array<(call: Recorded) => Promise<Response>>) {
  const calls: Recorded[] = [];
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const call = { url: String(input), init };
    calls.push(call);
    const answer = answers[Math.min(calls.length - 1, answers.length - 1)]!;
    return answer(call);
  };
  return { fetch: fetch as typeof globalThis.fetch, calls };
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) => async () =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json', ...headers },
  });

const networkFailure = async (): Promise<Response> => {
  throw new TypeError('Failed to fetch');
};

/** Never answers; rejects like fetch does when its signal aborts. */
const hang = (call: Recorded) =>
  new Promise<Response>((_resolve, reject) => {
    call.init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
  });

const emptyList: ProcedureList = {
  items: [],
  total: 0,
  page: 1,
  pageSize: 20,
  facets: { sector: [], level: [], onlineLevel: [] },
};

const status: DossierStatus = {
  code: '000.00.01.H22-261122-0001',
  procedure: { code: '1.001193', name: 'Đăng ký khai sinh' },
  applicantName: 'Nguyễn V. A.',
  status: 4,
  submittedAt: '2026-11-22T09:30:00+07:00',
  overdue: false,
  timeliness: null,
  agency: { name: 'UBND phường Hồng Gai' },
  history: [{ at: '2026-11-22T09:30:00+07:00', status: 1 }],
};

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(ApiError);
    return error as ApiError;
  }
  throw new Error('expected the request to fail');
}

describe('ApiClient', () => {
  it('builds URLs from the base and drops empty query parameters', async () => {
    const { fetch, calls } = fakeFetch(json(emptyList));
    const client = new ApiClient({ baseUrl: 'https://api.example.gov.vn/api/v1/', fetch });
    await client.searchProcedures({ q: 'khai sinh', sector: '', page: 2 });
    expect(calls[0]!.url).to.equal('https://api.example.gov.vn/api/v1/procedures?q=khai+sinh&page=2');
  });

  it('sends Accept-Language from the locale and a bearer token from the async getter', async () => {
    const { fetch, calls } = fakeFetch(json(emptyList));
    const client = new ApiClient({ baseUrl: '/api', locale: 'en', fetch, getToken: async () => 'tok-123' });
    await client.searchProcedures({});
    const headers = calls[0]!.init.headers as Record<string, string>;
    expect(headers['Accept-Language']).to.equal('en');
    expect(headers['Authorization']).to.equal('Bearer tok-123');
  });

  it('sends no Authorization header when the getter has no token', async () => {
    const { fetch, calls } = fakeFetch(json(emptyList));
    const client = new ApiClient({ baseUrl: '/api', fetch, getToken: () => null });
    await client.searchProcedures({});
    expect(calls[0]!.init.headers as Record<string, string>).not.to.have.property('Authorization');
  });

  it('returns the validated body', async () => {
    const { fetch } = fakeFetch(json(status));
    const client = new ApiClient({ baseUrl: '/api', fetch });
    const result = await client.lookupDossier({ code: status.code, verifier: '5678' });
    expect(result.applicantName).to.equal('Nguyễn V. A.');
  });

  it('puts the verifier in the body, never in the URL', async () => {
    const { fetch, calls } = fakeFetch(json(status));
    const client = new ApiClient({ baseUrl: '/api', fetch });
    await client.lookupDossier({ code: status.code, verifier: '5678' });
    expect(calls[0]!.url).not.to.contain('5678');
    expect(calls[0]!.init.method).to.equal('POST');
    expect(JSON.parse(String(calls[0]!.init.body))).to.deep.equal({ code: status.code, verifier: '5678' });
  });

  it('turns a body that breaks the contract into an invalid-response error naming endpoint and field', async () => {
    const broken = { ...emptyList, items: [{ code: '1.001193', name: 'Đăng ký khai sinh' }] };
    const { fetch } = fakeFetch(json(broken));
    const error = await failure(new ApiClient({ baseUrl: '/api', fetch }).searchProcedures({}));
    expect(error.kind).to.equal('invalid-response');
    expect(error.endpoint).to.equal('GET /procedures');
    expect(error.field).to.equal('items.0.sector');
    expect(error.message).to.contain('GET /procedures').and.to.contain('items.0.sector');
  });

  it('treats a 2xx body that is not JSON as an invalid response', async () => {
    const { fetch } = fakeFetch(async () => new Response('<html>maintenance</html>', { status: 200 }));
    const error = await failure(new ApiClient({ baseUrl: '/api', fetch }).getStats());
    expect(error.kind).to.equal('invalid-response');
    expect(error.field).to.equal('(body)');
  });

  it('turns problem+json into an http error with its field errors', async () => {
    const problem = {
      type: 'https://motcua.dev/problems/validation-failed',
      title: 'Dữ liệu không hợp lệ',
      status: 422,
      errors: [{ field: 'answers.childName', code: 'required', message: 'Nhập họ tên của trẻ' }],
    };
    const { fetch } = fakeFetch(json(problem, 422));
    const client = new ApiClient({ baseUrl: '/api', fetch });
    const error = await failure(
      client.createDossier(
        {
          procedureCode: '1.001193',
          formVersion: '2025.07.1',
          answers: {},
          attachments: [],
          delivery: 'online',
          applicant: { fullName: 'Nguyễn Văn A', nationalId: '001099012345', phone: '0912345678' },
        },
        'key-1',
      ),
    );
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(422);
    expect(error.problemType).to.equal('validation-failed');
    expect(error.fieldErrors).to.deep.equal(problem.errors);
  });

  it('reads Retry-After of a 429', async () => {
    const problem = { type: 'https://motcua.dev/problems/rate-limited', title: 'Too many', status: 429 };
    const { fetch } = fakeFetch(json(problem, 429, { 'retry-after': '42' }));
    const error = await failure(
      new ApiClient({ baseUrl: '/api', fetch }).lookupDossier({ code: status.code, verifier: '1234' }),
    );
    expect(error.status).to.equal(429);
    expect(error.retryAfter).to.equal(42);
  });

  it('reads a Retry-After given as an HTTP date as the seconds left until then', async () => {
    // An HTTP date has whole seconds; the answer is the seconds left when the client read it,
    // which on a busy machine may be a little after it was written.
    const at = Math.floor(Date.now() / 1000) * 1000 + 60_000;
    const { fetch } = fakeFetch(async () => new Response('', { status: 503, headers: { 'retry-after': new Date(at).toUTCString() } }));
    const before = Date.now();
    const error = await failure(new ApiClient({ baseUrl: '/api', fetch, retries: 0 }).getStats());
    const after = Date.now();
    expect(error.status).to.equal(503);
    expect(error.retryAfter).to.be.within(Math.ceil((at - after) / 1000), Math.ceil((at - before) / 1000));
  });

  it('reads a Retry-After date against the answer’s own Date, so a device clock that is off does not matter', async () => {
    // The server's clock says an hour and a half ago; the phone's clock plays no part.
    const sent = Math.floor(Date.now() / 1000) * 1000 - 5_400_000;
    const headers = { date: new Date(sent).toUTCString(), 'retry-after': new Date(sent + 60_000).toUTCString() };
    const { fetch } = fakeFetch(async () => new Response('', { status: 503, headers }));
    const error = await failure(new ApiClient({ baseUrl: '/api', fetch, retries: 0 }).getStats());
    expect(error.retryAfter).to.equal(60);
  });

  it('takes the problem body’s retryAfter when the header is missing, and ignores a header it cannot read', async () => {
    const problem = { type: 'https://motcua.dev/problems/rate-limited', title: 'Too many', status: 429, retryAfter: 7 };
    const { fetch } = fakeFetch(json(problem, 429, { 'retry-after': 'soon' }));
    const error = await failure(new ApiClient({ baseUrl: '/api', fetch }).getStats());
    expect(error.retryAfter).to.equal(7);
  });

  it('keeps an error status without a problem body typed', async () => {
    const { fetch } = fakeFetch(async () => new Response('Bad gateway', { status: 502 }));
    const error = await failure(new ApiClient({ baseUrl: '/api', fetch, retries: 0 }).getStats());
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(502);
    expect(error.problem).to.equal(undefined);
  });

  it('retries an idempotent GET after network failures, with backoff, then succeeds', async () => {
    const { fetch, calls } = fakeFetch(networkFailure, networkFailure, json(emptyList));
    const client = new ApiClient({ baseUrl: '/api', fetch, retries: 2, retryDelayMs: 1 });
    const list = await client.searchProcedures({});
    expect(list.total).to.equal(0);
    expect(calls).to.have.length(3);
  });

  it('gives up after the configured retries with a network error', async () => {
    const { fetch, calls } = fakeFetch(networkFailure);
    const client = new ApiClient({ baseUrl: '/api', fetch, retries: 1, retryDelayMs: 1 });
    const error = await failure(client.searchProcedures({}));
    expect(error.kind).to.equal('network');
    expect(calls).to.have.length(2);
  });

  it('does not retry a server error: the server answered', async () => {
    const problem = { type: 'https://motcua.dev/problems/internal', title: 'Lỗi', status: 500 };
    const { fetch, calls } = fakeFetch(json(problem, 500));
    const client = new ApiClient({ baseUrl: '/api', fetch, retries: 2, retryDelayMs: 1 });
    const error = await failure(client.searchProcedures({}));
    expect(error.status).to.equal(500);
    expect(calls).to.have.length(1);
  });

  it('never retries a POST without an Idempotency-Key (lookup)', async () => {
    const { fetch, calls } = fakeFetch(networkFailure);
    const client = new ApiClient({ baseUrl: '/api', fetch, retries: 2, retryDelayMs: 1 });
    await failure(client.lookupDossier({ code: status.code, verifier: '1234' }));
    expect(calls).to.have.length(1);
  });

  it('retries a write that carries an Idempotency-Key, with the same key every time', async () => {
    const receipt = { dossierCode: status.code, receivedAt: '2026-11-22T10:00:00+07:00', status: 4 };
    const { fetch, calls } = fakeFetch(networkFailure, json(receipt, 202));
    const client = new ApiClient({ baseUrl: '/api', fetch, retries: 2, retryDelayMs: 1 });
    await client.submitSupplement(
      status.code,
      { verifier: '1234', attachments: [{ documentCode: 'TP1', attachmentId: 'att-1' }] },
      'intent-42',
    );
    expect(calls).to.have.length(2);
    const keys = calls.map((call) => (call.init.headers as Record<string, string>)['Idempotency-Key']);
    expect(keys).to.deep.equal(['intent-42', 'intent-42']);
  });

  it('reports a network failure as offline when the browser says it is offline', async () => {
    const { fetch } = fakeFetch(networkFailure);
    const onLine = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')!;
    Object.defineProperty(Navigator.prototype, 'onLine', { configurable: true, get: () => false });
    try {
      const error = await failure(new ApiClient({ baseUrl: '/api', fetch, retries: 0 }).getStats());
      expect(error.kind).to.equal('offline');
    } finally {
      Object.defineProperty(Navigator.prototype, 'onLine', onLine);
    }
  });

  it('times out a request that never answers, after 15 s by default', async () => {
    const { fetch, calls } = fakeFetch(hang);
    const clock = new FakeClock();
    const client = new ApiClient({ baseUrl: '/api', fetch, clock, retries: 0 });
    const pending = failure(client.getStats());
    await until(() => calls.length === 1, 'the request was never sent');
    clock.advance(14_999);
    expect(calls[0]!.init.signal!.aborted).to.equal(false);
    clock.advance(1);
    const error = await pending;
    expect(error.kind).to.equal('timeout');
    expect(error.endpoint).to.equal('GET /stats');
  });

  it('reports a caller abort as aborted and does not retry it', async () => {
    const { fetch, calls } = fakeFetch(hang);
    const client = new ApiClient({ baseUrl: '/api', fetch, retries: 2, retryDelayMs: 1 });
    const controller = new AbortController();
    const pending = client.searchProcedures({ q: 'stale' }, { signal: controller.signal });
    await until(() => calls.length === 1, 'the request was never sent');
    controller.abort();
    const error = await failure(pending);
    expect(error.kind).to.equal('aborted');
    expect(calls).to.have.length(1);
  });

  it('stops waiting between retries as soon as the caller aborts', async () => {
    const { fetch, calls } = fakeFetch(networkFailure);
    // A clock that never moves: only the abort can end the wait.
    const client = new ApiClient({ baseUrl: '/api', fetch, retries: 2, retryDelayMs: 60_000, clock: new FakeClock() });
    const controller = new AbortController();
    const pending = client.searchProcedures({}, { signal: controller.signal });
    await until(() => calls.length === 1, 'the request was never sent');
    controller.abort();
    const error = await failure(pending);
    expect(error.kind).to.equal('aborted');
    expect(calls).to.have.length(1);
  });

  it('does not even send a request whose signal is already aborted', async () => {
    const { fetch, calls } = fakeFetch(json(emptyList));
    const controller = new AbortController();
    controller.abort();
    const error = await failure(
      new ApiClient({ baseUrl: '/api', fetch }).searchProcedures({}, { signal: controller.signal }),
    );
    expect(error.kind).to.equal('aborted');
    expect(calls).to.have.length(0);
  });

  it('encodes path parameters', async () => {
    const { fetch, calls } = fakeFetch(json({}));
    await failure(new ApiClient({ baseUrl: '/api', fetch }).getProcedure('1.001193/../x'));
    expect(calls[0]!.url).to.equal('/api/procedures/1.001193%2F..%2Fx');
  });
});
