// `motcua conform` against `motcua mock-server`, both as built by `npm run build` and run as a
// back-end team would run them (the "done when" of issue 17): every required check passes,
// and the checks that need data or --write run on the demo dossiers the server prints.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { builtCli, idsWith, kit, run, startCliMockServer } from './support.mjs';

/** The demo dossiers the server's banner lists: code, verifier, status. */
function demoDossiers(banner) {
  return [...banner.matchAll(/^\s+(\S+-\d{6}-\d{4})\s+(\d{4})\s+(\d+)\s+(.+)$/gm)].map(([, code, verifier, status, label]) => ({ code, verifier, status: Number(status), label }));
}

describe('motcua conform against motcua mock-server (built, over HTTP)', () => {
  let cli;
  let server;
  let dossiers;

  before(async () => {
    cli = await builtCli();
    server = await startCliMockServer(cli, ['--origin', 'http://localhost:8080']);
    dossiers = demoDossiers(server.banner);
  });
  after(() => server?.stop());

  it('passes every required check, writes included, and exits 0', async () => {
    const pick = (label) => dossiers.find((dossier) => dossier.label === label);
    const chosen = [pick('Yêu cầu bổ sung'), pick('Yêu cầu nộp phí'), pick('Đã có kết quả')];
    assert.equal(chosen.filter(Boolean).length, 3, server.banner);
    const args = ['conform', server.url, '--write', '--origin', 'http://localhost:8080', '--json'];
    for (const dossier of chosen) args.push('--dossier', dossier.code, '--verifier', dossier.verifier);
    const { code, stdout, stderr } = await run(cli, args);
    const report = JSON.parse(stdout);
    assert.deepEqual(idsWith(report, 'fail'), [], stderr);
    assert.equal(report.ok, true);
    assert.equal(code, 0);
    const passed = idsWith(report, 'pass');
    // The writes ran on dossiers in the state each needs, and their retries were replays.
    for (const id of ['submitSupplement', 'requestWithdrawal', 'rateDossier', 'startPayment']) {
      assert.ok(passed.includes(`${id}.accepted`), `${id}.accepted did not pass`);
      assert.ok(passed.includes(`${id}.idempotency`), `${id}.idempotency did not pass`);
    }
    for (const id of ['createDossier.idempotency', 'lookupDossier.uniform-404', 'lookupDossier.rate-limit', 'uploadAttachment.too-large', 'uploadAttachment.unsupported-type', 'rateDossier.already-rated']) {
      assert.ok(passed.includes(id), `${id} did not pass`);
    }
    // Every route of the table was called and its preflight checked.
    assert.equal(report.endpoints.length, 15);
    for (const endpoint of report.endpoints) assert.ok(passed.includes(`${endpoint.operationId}.cors.preflight`), endpoint.operationId);
    // What may only warn here: English (the mock is Vietnamese-only by default) and timing.
    for (const id of idsWith(report, 'warn')) assert.match(id, /\.(english|uniform-timing)$/);
  });

  it('prints a readable report grouped by endpoint', async () => {
    // A fresh server: the previous run used up the lookup rate limit for a minute.
    const fresh = await startCliMockServer(cli);
    try {
      const { code, stdout } = await run(cli, ['conform', fresh.url]);
      assert.equal(code, 0, stdout);
      assert.match(stdout, /^GET \/procedures {2}\(searchProcedures\)$/m);
      assert.match(stdout, /^ {2}✓ schema +GET \/procedures matches ProcedureList$/m);
      assert.match(stdout, /^ {2}- created +a submission creates a dossier$/m);
      assert.match(stdout, /needs --write/);
      assert.match(stdout, /^CONFORMS: every required check passed$/m);
    } finally {
      await fresh.stop();
    }
  });

  it('refuses a command line it cannot run, with exit code 2', async () => {
    const { code, stderr } = await run(cli, ['conform', 'not-a-url']);
    assert.equal(code, 2);
    assert.match(stderr, /not-a-url is not a URL/);
    const unpaired = await run(cli, ['conform', 'http://127.0.0.1:9/api/v1', '--dossier', 'X']);
    assert.equal(unpaired.code, 2);
    assert.match(unpaired.stderr, /one --verifier for each --dossier/);
  });
});

describe('runConformance without data or writes', () => {
  let server;
  before(async () => {
    server = await kit.startMockServer();
  });
  after(() => server.close());

  it('still checks the reads, and says which checks need what', async () => {
    const report = await kit.runConformance({ base: server.url });
    assert.equal(report.ok, true, JSON.stringify(idsWith(report, 'fail')));
    const skipped = report.endpoints.flatMap((endpoint) => endpoint.checks).filter((check) => check.status === 'skip');
    const reasons = new Map(skipped.map((check) => [check.id, check.detail]));
    assert.match(reasons.get('createDossier.created'), /--write/);
    assert.match(reasons.get('lookupDossier.uniform-404'), /--dossier CODE --verifier V, or --write/);
    assert.match(reasons.get('searchProcedures.cors.preflight'), /--origin/);
    // Without a known dossier the dossier writes still prove their uniform 404.
    assert.ok(idsWith(report, 'pass').includes('submitSupplement.uniform-404'));
  });

  it('leaves out what --skip names, by id or by prefix', async () => {
    server.reset();
    server.api.faults.add({ path: '/sectors', malformed: true });
    const report = await kit.runConformance({ base: server.url, skip: ['listSectors', 'getStats.progress.rate', 'lookupDossier.rate-limit'] });
    server.reset();
    assert.deepEqual(idsWith(report, 'fail'), []);
    const skipped = idsWith(report, 'skip');
    for (const id of ['listSectors.schema', 'listSectors.content-language', 'getStats.progress.rate', 'lookupDossier.rate-limit']) assert.ok(skipped.includes(id), id);
    assert.ok(idsWith(report, 'pass').includes('getStats.progress.balance'), 'a sibling check still runs');
  });

  it('turns the failures of 1.1 routes into warnings with --contract 1.0', async () => {
    server.api.faults.add({ path: '/calendar', status: 404 });
    const strict = await kit.runConformance({ base: server.url, skip: ['lookupDossier.rate-limit'] });
    assert.ok(idsWith(strict, 'fail').includes('getCalendar.schema'));
    server.reset();
    server.api.faults.add({ path: '/calendar', status: 404 });
    const lenient = await kit.runConformance({ base: server.url, contract: '1.0', skip: ['lookupDossier.rate-limit'] });
    assert.deepEqual(idsWith(lenient, 'fail'), []);
    assert.ok(idsWith(lenient, 'warn').includes('getCalendar.schema'));
    server.reset();
  });
});
