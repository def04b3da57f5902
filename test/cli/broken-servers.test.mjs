// `motcua conform` against back ends that break the contract the way independently written ones
// did: each is the mock behind a proxy that breaks one thing, and the report must fail exactly
// the checks that name that thing, with a detail a back-end developer can act on.
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { idsWith, kit } from './support.mjs';

/**
 * A proxy to the mock that lets a test rewrite a request (`request`) or an answer (`answer`).
 * Answers are rewritten as parsed JSON when they are JSON.
 */
async function brokenProxy(target) {
  let breakage = {};
  const server = createServer(async (incoming, outgoing) => {
    const chunks = [];
    for await (const chunk of incoming) chunks.push(chunk);
    const request = {
      method: incoming.method,
      url: new URL(incoming.url, target),
      headers: new Headers(Object.entries(incoming.headers).filter(([name]) => name !== 'host' && name !== 'content-length')),
      body: Buffer.concat(chunks),
    };
    breakage.request?.(request);
    const response = await fetch(request.url, {
      method: request.method,
      headers: request.headers,
      ...(request.body.length ? { body: request.body } : {}),
      redirect: 'manual',
    });
    const answer = { status: response.status, headers: new Headers(response.headers), body: await response.text() };
    answer.headers.delete('content-length');
    answer.headers.delete('content-encoding');
    if (breakage.answer) {
      let json;
      try {
        json = JSON.parse(answer.body);
      } catch {
        json = undefined;
      }
      const changed = breakage.answer(request, answer, json);
      if (changed !== undefined) answer.body = JSON.stringify(changed);
    }
    outgoing.writeHead(answer.status, Object.fromEntries(answer.headers));
    outgoing.end(answer.body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/api/v1`,
    break(next) {
      breakage = next;
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

const isPath = (request, method, path) => request.method === method && request.url.pathname === `/api/v1${path}`;

describe('conform reports each broken back end precisely', () => {
  let mock;
  let proxy;
  let known;

  before(async () => {
    mock = await kit.startMockServer({ origins: ['http://localhost:8080'] });
    proxy = await brokenProxy(mock.origin);
  });
  after(async () => {
    await proxy.close();
    await mock.close();
  });
  beforeEach(() => {
    mock.reset();
    proxy.break({});
    const dossier = mock.api.demo.find((candidate) => candidate.status === 4);
    known = { code: dossier.code, verifier: dossier.verifier };
  });

  /** Conform with every check that can run, the rate limit's left out (it takes a minute to reset). */
  const conform = () =>
    kit.runConformance({ base: proxy.url, write: true, origin: 'http://localhost:8080', dossiers: [known], skip: ['lookupDossier.rate-limit'] });
  const check = (report, id) => report.endpoints.flatMap((endpoint) => endpoint.checks).find((candidate) => candidate.id === id && candidate.status === 'fail');

  it('the unbroken proxy conforms (the baseline of every case below)', async () => {
    const report = await conform();
    assert.deepEqual(idsWith(report, 'fail'), []);
  });

  it('reference lists as bare arrays', async () => {
    proxy.break({ answer: (request, answer, json) => (isPath(request, 'GET', '/sectors') && answer.status === 200 ? json.items : undefined) });
    const report = await conform();
    assert.deepEqual(idsWith(report, 'fail'), ['listSectors.schema']);
    const failure = check(report, 'listSectors.schema');
    assert.equal(failure.mismatch.path, '(root)');
    assert.equal(failure.mismatch.rule, 'object, not an array');
    assert.match(failure.hint, /not a bare array: \{ "items": \[\.\.\.\] \}/);
  });

  it('a missing field (agencies without level)', async () => {
    proxy.break({
      answer: (request, answer, json) => {
        if (!isPath(request, 'GET', '/agencies') || answer.status !== 200) return undefined;
        return { items: json.items.map(({ level: _level, ...agency }) => agency) };
      },
    });
    const report = await conform();
    assert.deepEqual(idsWith(report, 'fail'), ['listAgencies.schema']);
    const failure = check(report, 'listAgencies.schema');
    assert.equal(failure.mismatch.path, 'items.0.level');
    assert.equal(failure.mismatch.value, '(missing)');
    assert.equal(failure.mismatch.rule, 'required: one of "central", "province", "commune"');
  });

  it('a leaking lookup (a wrong verifier is told apart from an unknown code)', async () => {
    proxy.break({
      answer: (request, answer, json) => {
        if (!isPath(request, 'POST', '/dossiers/lookup') || answer.status !== 404) return undefined;
        const { code } = JSON.parse(request.body.toString() || '{}');
        return mock.api.store.dossiers.get(code) ? { ...json, detail: 'Mã hồ sơ đúng nhưng thông tin xác minh chưa đúng' } : undefined;
      },
    });
    const report = await conform();
    assert.deepEqual(idsWith(report, 'fail'), ['lookupDossier.uniform-404']);
    assert.equal(
      check(report, 'lookupDossier.uniform-404').detail,
      'a wrong verifier answered detail "Mã hồ sơ đúng nhưng thông tin xác minh chưa đúng" where an unknown code answered "Không tìm thấy hồ sơ với mã và thông tin xác minh đã nhập"',
    );
  });

  it('a missing CORS header (the preflight does not allow Idempotency-Key)', async () => {
    proxy.break({
      answer: (request, answer) => {
        if (request.method !== 'OPTIONS') return undefined;
        answer.headers.set('Access-Control-Allow-Headers', 'Authorization, Content-Type, Accept-Language');
        return undefined;
      },
    });
    const report = await conform();
    const expected = report.endpoints.map((endpoint) => `${endpoint.operationId}.cors.preflight`).sort();
    assert.deepEqual(idsWith(report, 'fail'), expected);
    assert.match(check(report, 'createDossier.cors.preflight').detail, /lacks idempotency-key$/);
  });

  it('CORS headers missing on error answers only', async () => {
    proxy.break({
      answer: (request, answer) => {
        if (isPath(request, 'GET', '/stats') && answer.status >= 400) answer.headers.delete('Access-Control-Allow-Origin');
        return undefined;
      },
    });
    const report = await conform();
    assert.deepEqual(idsWith(report, 'fail'), ['getStats.cors.origin']);
    assert.match(check(report, 'getStats.cors.origin').detail, /GET \/stats\?from=not-a-date → 400: Access-Control-Allow-Origin missing/);
  });

  it('ignored paging', async () => {
    proxy.break({
      request: (request) => {
        if (isPath(request, 'GET', '/procedures')) {
          request.url.searchParams.delete('page');
          request.url.searchParams.delete('pageSize');
        }
      },
    });
    const report = await conform();
    assert.deepEqual(idsWith(report, 'fail'), ['searchProcedures.paging', 'searchProcedures.paging.limit']);
    assert.match(check(report, 'searchProcedures.paging').detail, /pageSize=1 gave 20 items/);
  });

  it('duplicate dossiers on retry (the Idempotency-Key is not honoured)', async () => {
    proxy.break({
      request: (request) => {
        if (isPath(request, 'POST', '/dossiers') && request.headers.has('Idempotency-Key')) request.headers.set('Idempotency-Key', randomUUID());
      },
    });
    const report = await conform();
    assert.deepEqual(idsWith(report, 'fail'), ['createDossier.idempotency']);
    assert.match(check(report, 'createDossier.idempotency').detail, /the retry created a second dossier: \S+, then \S+/);
  });

  it('a redirect to another origin', async () => {
    proxy.break({
      answer: (request, answer) => {
        if (!isPath(request, 'GET', '/calendar')) return undefined;
        answer.status = 302;
        answer.headers.set('Location', 'https://login.example.gov.vn/sso');
        return {};
      },
    });
    const report = await conform();
    assert.ok(idsWith(report, 'fail').includes('getCalendar.redirect'));
    assert.ok(idsWith(report, 'fail').every((id) => id.startsWith('getCalendar.')));
  });

  it('errors that are not problem+json', async () => {
    proxy.break({
      answer: (request, answer) => {
        if (isPath(request, 'GET', '/procedures/motcua-conform-unknown') && answer.status === 404) {
          answer.headers.set('Content-Type', 'text/html');
          answer.body = '<h1>404 Not Found</h1>';
        }
        return undefined;
      },
    });
    const report = await conform();
    assert.deepEqual(idsWith(report, 'fail'), ['getProcedure.not-found']);
    assert.match(check(report, 'getProcedure.not-found').detail, /Content-Type is text\/html, not application\/problem\+json; the body is not JSON/);
  });
});

describe('the rate limit check', () => {
  it('passes on a 429 with Retry-After and retryAfter', async () => {
    const mock = await kit.startMockServer({ lookupLimit: 3 });
    try {
      const report = await kit.runConformance({ base: mock.url });
      assert.ok(idsWith(report, 'pass').includes('lookupDossier.rate-limit'));
    } finally {
      await mock.close();
    }
  });

  it('warns, and does not fail, when no 429 comes', async () => {
    const mock = await kit.startMockServer({ lookupLimit: 1000 });
    try {
      const report = await kit.runConformance({ base: mock.url, rateLimitAttempts: 2 });
      assert.ok(idsWith(report, 'warn').includes('lookupDossier.rate-limit'));
      assert.deepEqual(idsWith(report, 'fail'), []);
    } finally {
      await mock.close();
    }
  });

  it('calls a run the limit cut short inconclusive: not failed, not passed', async () => {
    const mock = await kit.startMockServer({ lookupLimit: 3 });
    try {
      const dossier = mock.api.demo[0];
      const report = await kit.runConformance({ base: mock.url, dossiers: [{ code: dossier.code, verifier: dossier.verifier }] });
      const uniform = report.endpoints.flatMap((endpoint) => endpoint.checks).find((check) => check.id === 'lookupDossier.uniform-404');
      assert.equal(uniform.status, 'skip');
      assert.match(uniform.detail, /^rate limited \(429, Retry-After \d+ s\): not checked$/);
      assert.deepEqual(idsWith(report, 'fail'), []);
      assert.ok(report.rateLimitedFor > 0);
      assert.equal(report.ok, false, 'a check that could not run has not passed');
      assert.match(kit.formatReport(report), /^INCONCLUSIVE: the server rate limited the checker; run again in \d+ s/m);
    } finally {
      await mock.close();
    }
  });

  it('a second run right after the first is inconclusive, not a list of false failures', async () => {
    const mock = await kit.startMockServer();
    try {
      const known = [{ code: mock.api.demo[3].code, verifier: mock.api.demo[3].verifier }];
      assert.equal((await kit.runConformance({ base: mock.url, dossiers: known })).ok, true);
      const again = await kit.runConformance({ base: mock.url, dossiers: known });
      assert.deepEqual(idsWith(again, 'fail'), []);
      assert.ok(idsWith(again, 'skip').includes('lookupDossier.schema'));
      assert.equal(again.ok, false);
    } finally {
      await mock.close();
    }
  });
});
