// motcua mock-server: the msw handlers of motcua/mocks over real HTTP, with CORS for a portal and
// the admin routes a team uses to reset the state, move the clock and inject faults.
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { kit } from './support.mjs';

describe('the mock server', () => {
  let server;
  before(async () => {
    server = await kit.startMockServer({ origins: ['http://localhost:8080'] });
  });
  after(() => server.close());
  beforeEach(() => server.reset());

  const admin = (method, route, body) =>
    fetch(`${server.origin}/__motcua${route}`, { method, ...(body ? { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) } : {}) });

  it('answers the contract from the same handlers, under any host name', async () => {
    const viaLocalhost = await fetch(server.url.replace('127.0.0.1', 'localhost') + '/sectors');
    assert.equal(viaLocalhost.status, 200);
    const sectors = await viaLocalhost.json();
    assert.ok(sectors.items.length > 5);
    assert.deepEqual(sectors.items, (await (await fetch(`${server.url}/sectors`)).json()).items);
    const missing = await fetch(`${server.origin}/api/v2/sectors`);
    assert.equal(missing.status, 404);
    assert.equal(missing.headers.get('Content-Type'), 'application/problem+json; charset=utf-8');
  });

  it('allows the listed origin by CORS, errors and preflights included, and no other', async () => {
    const preflight = await fetch(`${server.url}/dossiers`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:8080', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization,content-type,idempotency-key' },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('Access-Control-Allow-Origin'), 'http://localhost:8080');
    assert.equal(preflight.headers.get('Access-Control-Allow-Headers'), 'Authorization, Content-Type, Accept-Language, Idempotency-Key');
    const error = await fetch(`${server.url}/procedures/unknown`, { headers: { Origin: 'http://localhost:8080' } });
    assert.equal(error.status, 404);
    assert.equal(error.headers.get('Access-Control-Allow-Origin'), 'http://localhost:8080');
    assert.match(error.headers.get('Access-Control-Expose-Headers'), /Retry-After/);
    const stranger = await fetch(`${server.url}/sectors`, { headers: { Origin: 'https://evil.example' } });
    assert.equal(stranger.headers.get('Access-Control-Allow-Origin'), null);
    assert.equal(stranger.headers.get('Vary'), 'Origin, Accept-Language', 'both, so no cache hands one origin\'s answer to another');
  });

  it('resets what clients did', async () => {
    const dossier = server.api.demo[0];
    const lookup = () => fetch(`${server.url}/dossiers/lookup`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ code: dossier.code, verifier: dossier.verifier }) });
    const withdraw = await fetch(`${server.url}/dossiers/${dossier.code}/withdrawal`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'k1' },
      body: JSON.stringify({ verifier: dossier.verifier, reason: 'Thử' }),
    });
    assert.equal(withdraw.status, 202);
    assert.equal((await (await lookup()).json()).status, 7);
    const reset = await admin('POST', '/reset');
    assert.equal(reset.status, 200);
    const { demo } = await reset.json();
    const again = await fetch(`${server.url}/dossiers/lookup`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ code: demo[0].code, verifier: demo[0].verifier }) });
    assert.equal((await again.json()).status, 1);
  });

  it('moves the clock: a dossier in processing becomes overdue', async () => {
    const processing = server.api.demo.find((dossier) => dossier.label === 'Đang xử lý');
    const status = async () => (await (await fetch(`${server.url}/dossiers/lookup`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ code: processing.code, verifier: processing.verifier }) })).json()).overdue;
    assert.equal(await status(), false);
    const before = server.now();
    const moved = await admin('POST', '/clock', { advance: '60d' });
    assert.equal(moved.status, 200);
    const clock = await moved.json();
    assert.equal(clock.offsetMs, 60 * 86_400_000);
    assert.ok(Date.parse(clock.now) - before >= 60 * 86_400_000);
    assert.equal(await status(), true);
    assert.equal((await admin('POST', '/clock', { advance: 'soon' })).status, 400);
    assert.deepEqual([kit.durationMs('90s'), kit.durationMs('15m'), kit.durationMs('3h'), kit.durationMs(1500), kit.durationMs('x')], [90_000, 900_000, 10_800_000, 1500, undefined]);
  });

  it('injects faults through the admin routes: a 503 with Retry-After, a dropped connection', async () => {
    assert.equal((await admin('POST', '/faults', { path: '/stats', status: 503, retryAfter: 30, times: 1 })).status, 201);
    const unavailable = await fetch(`${server.url}/stats`);
    assert.equal(unavailable.status, 503);
    assert.equal(unavailable.headers.get('Retry-After'), '30');
    assert.equal((await fetch(`${server.url}/stats`)).status, 200, 'times: 1');
    await admin('POST', '/faults', { path: '/sectors', offline: true });
    await assert.rejects(fetch(`${server.url}/sectors`), TypeError);
    assert.equal((await (await admin('GET', '/faults')).json()).length, 1);
    await admin('DELETE', '/faults');
    assert.equal((await fetch(`${server.url}/sectors`)).status, 200);
    assert.equal((await admin('POST', '/faults', { path: 'stats' })).status, 400);
  });

  it('lists its admin routes and demo dossiers', async () => {
    const index = await (await admin('GET', '')).json();
    assert.equal(index.api, '/api/v1');
    assert.equal(index.demo.length, server.api.demo.length);
    assert.ok(Object.keys(index.routes).includes('POST /__motcua/clock'));
    assert.equal((await admin('GET', '/nothing')).status, 404);
  });
});

describe('motcua mock-server options', () => {
  it('refuses bad options with exit code 2', async () => {
    const { main } = kit;
    const errors = [];
    const io = { out: () => {}, err: (text) => errors.push(text), tty: false };
    assert.equal(await main(['mock-server', '--languages', 'fr'], io), 2);
    assert.match(errors[0], /--languages is vi or vi,en/);
    assert.equal(await main(['mock-server', '--port', 'abc'], io), 2);
    assert.equal(await main(['nonsense'], io), 2);
  });
});
