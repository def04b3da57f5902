// The generated validators (src/api/validators.generated.ts, checked by src/api/conform.ts) are
// fresh and judge exactly as zod does. Run with `node --test test/tools/`.
//
// zod is the oracle: every answer the mock back end gives (all procedures, every form, a dossier
// in each national status, stats, units, sectors, agencies, problems) and the documentation's
// examples are checked by both, whole and after systematic mutations at every place the schema
// describes (a key dropped, set to null, to another type, to an empty string, -1, 1.5, a bad
// date, an unknown enum value, an extra key, an empty array...). Both must give the same
// verdict; where both accept, the same value (unknown keys stripped); where both reject, our
// path must be zod's first issue path. Contract 1.1's recursive Condition is checked the same way,
// at every depth of nesting.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { importTypeScript } from '../../scripts/generated-file.mjs';
import { EXAMPLES, PROBLEM_EXAMPLES, ROOT } from '../../scripts/openapi.mjs';
import * as z from 'zod/mini';
import { MODULES_FOLDER, OUTPUT, generate, render, responseIds } from '../../scripts/validators.mjs';
import { elementNames } from '../../scripts/size.mjs';

const GENERATOR = resolve(ROOT, 'scripts/validators.mjs');
const BASE = 'http://mock.test/api/v1';
/** A fixed clock: the demo dossiers are seeded relative to it. */
const NOW = Date.parse('2026-11-23T03:00:00Z');
/** How many samples a given mutation is tried on at a given place of a schema. */
const SAMPLES_PER_MUTATION = 3;

let contract;
/** Contract ids of the bodies the client validates: every route's answer and Problem. */
let RESPONSES;
/** path relative to src/api → text, as the generator writes them */
let generatedFiles;
let runtime; // { validators, conform }
/** contract id → [{ label, body }] */
const samples = new Map();

before(async () => {
  const started = Date.now();
  ({ contract, files: generatedFiles } = await generate());
  RESPONSES = responseIds(contract);
  runtime = await importTypeScript(
    "export * as validators from './src/api/validators.generated.ts';\nexport { conform } from './src/api/conform.ts';\n",
    'validators-entry.ts',
  );
  await collectSamples();
  console.log(`validators.test: contract, runtime and samples loaded in ${Date.now() - started} ms`);
});

// ------------------------------------------------------------------ samples from the mock back end

function addSample(id, label, body) {
  if (!samples.has(id)) samples.set(id, []);
  samples.get(id).push({ label, body });
}

async function collectSamples() {
  const mock = await importTypeScript(
    "export { createMockApi, DEMO_VERIFIER, HAND_WRITTEN_FORM_CODES, BUSINESS_HOUSEHOLD } from './src/mocks/index.ts';\nexport { getResponse } from 'msw';\n",
    'mock-entry.ts',
  );
  const api = mock.createMockApi({ baseUrl: BASE, now: () => NOW, lookupLimit: 5, contentLanguages: ['vi', 'en'], paymentOutcome: 'processing' });
  const ask = async (id, path, { method = 'GET', json, body, headers = {}, status } = {}) => {
    const init = { method, headers: { 'accept-language': 'vi', ...headers } };
    if (json !== undefined) {
      init.body = JSON.stringify(json);
      init.headers['content-type'] = 'application/json';
    }
    if (body !== undefined) init.body = body;
    const response = await mock.getResponse(api.handlers, new Request(`${BASE}${path}`, init));
    assert.ok(response, `the mock answers ${method} ${path}`);
    const answer = await response.json();
    if (status !== undefined) assert.equal(response.status, status, `${method} ${path}: ${JSON.stringify(answer)}`);
    addSample(response.status < 300 ? id : 'Problem', `${method} ${path}`, answer);
    return answer;
  };

  // Procedures: every page of the catalogue, filters, both locales, then every detail and form.
  const first = await ask('ProcedureList', '/procedures?pageSize=100', { status: 200 });
  const codes = first.items.map((item) => item.code);
  for (let page = 2; page <= Math.ceil(first.total / 100); page++) {
    const list = await ask('ProcedureList', `/procedures?pageSize=100&page=${page}`, { status: 200 });
    codes.push(...list.items.map((item) => item.code));
  }
  for (const query of ['q=khai+sinh', 'level=commune', 'onlineLevel=full&audience=business', 'pageSize=1', 'q=zzzz', 'page=999']) {
    await ask('ProcedureList', `/procedures?${query}`, { status: 200 });
  }
  await ask('ProcedureList', '/procedures?q=birth', { headers: { 'accept-language': 'en' }, status: 200 });
  const sectors = await ask('SectorList', '/sectors', { status: 200 });
  const agencies = await ask('AgencyList', '/agencies', { status: 200 });
  await ask('ProcedureList', `/procedures?sector=${sectors.items[0].code}&agency=${agencies.items[0].code}`, { status: 200 });
  await ask('AgencyList', '/agencies', { headers: { 'accept-language': 'en' }, status: 200 });

  let form;
  let offline;
  for (const code of codes) {
    const detail = await ask('ProcedureDetail', `/procedures/${encodeURIComponent(code)}`, { status: 200 });
    if (detail.formVersion === null) {
      offline ??= code;
      continue;
    }
    form = await ask('FormDefinition', `/procedures/${encodeURIComponent(code)}/form`, { status: 200 });
    for (const { id } of detail.cases.slice(1)) {
      await ask('FormDefinition', `/procedures/${encodeURIComponent(code)}/form?case=${encodeURIComponent(id)}`);
    }
  }

  assert.ok(form && offline, 'the catalogue has procedures filed online and others');

  // Contract 1.1: the hand-written forms in English, and a form with a repeating group and
  // compound conditions nested three deep (the recursive Condition).
  for (const code of mock.HAND_WRITTEN_FORM_CODES) {
    await ask('FormDefinition', `/procedures/${encodeURIComponent(code)}/form`, { headers: { 'accept-language': 'en' }, status: 200 });
    await ask('ProcedureDetail', `/procedures/${encodeURIComponent(code)}`, { headers: { 'accept-language': 'en' }, status: 200 });
  }
  api.store.forms.bump(mock.BUSINESS_HOUSEHOLD, (draft) => {
    const fields = draft.steps[0].fields;
    const members = fields.findIndex((field) => field.id === 'members');
    fields[members] = {
      id: 'members',
      kind: 'group',
      label: 'Thành viên hộ gia đình',
      itemLabel: 'Thành viên',
      minItems: 1,
      maxItems: 10,
      visibleWhen: { all: [{ field: 'ownerKind', equals: 'ho-gia-dinh' }, { not: { any: [{ field: 'ownerName', filled: false }, { field: 'ownerId', in: ['000000000000'] }] } }] },
      fields: [
        { id: 'name', kind: 'text', label: 'Họ và tên', required: true },
        { id: 'nationalId', kind: 'national-id', label: 'Số định danh cá nhân', required: true },
        { id: 'relation', kind: 'select', label: 'Quan hệ', options: [{ value: 'vo-chong', label: 'Vợ, chồng' }], visibleWhen: { field: 'name', filled: true } },
      ],
    };
  });
  await ask('FormDefinition', `/procedures/${mock.BUSINESS_HOUSEHOLD}/form`, { status: 200 });
  await ask('FormDefinition', `/procedures/${mock.BUSINESS_HOUSEHOLD}/form`, { headers: { 'accept-language': 'en' }, status: 200 });

  // Dossiers: one in each national status (1–10, and one overdue), with its receipt.
  for (const dossier of api.demo) {
    await ask('DossierStatus', '/dossiers/lookup', { method: 'POST', json: { code: dossier.code, verifier: mock.DEMO_VERIFIER }, status: 200 });
    await ask('DossierStatus', '/dossiers/lookup', {
      method: 'POST',
      json: { code: dossier.code, verifier: mock.DEMO_VERIFIER },
      headers: { 'accept-language': 'en' },
      status: 200,
    });
    const record = api.store.dossiers.get(dossier.code);
    addSample('DossierReceipt', `receipt of ${dossier.code}`, JSON.parse(JSON.stringify(api.store.dossiers.receipt(record, 'vi', record.procedure.name, 'https://portal.example/tra-cuu'))));
  }
  const statuses = new Set(samples.get('DossierStatus').map((sample) => sample.body.status));
  assert.deepEqual([...statuses].sort((a, b) => a - b), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);

  // An upload, and a supplement for the dossier that waits for one.
  const waiting = samples.get('DossierStatus').find((sample) => sample.body.status === 5).body;
  const requested = waiting.supplementRequest.documents[0];
  const upload = new FormData();
  upload.append('file', new File(['%PDF-1.4 sample'], 'giay-to.pdf', { type: 'application/pdf' }));
  upload.append('procedureCode', waiting.procedure.code);
  upload.append('documentCode', requested.code);
  const attachment = await ask('Attachment', '/attachments', { method: 'POST', body: upload, status: 201 });
  await ask('SupplementReceipt', `/dossiers/${waiting.code}/supplements`, {
    method: 'POST',
    json: { verifier: mock.DEMO_VERIFIER, note: 'Bổ sung', attachments: [{ documentCode: requested.code, attachmentId: attachment.id }] },
    headers: { 'idempotency-key': 'differential-test' },
    status: 202,
  });

  // Contract 1.1: withdrawal, rating, a payment hand-off, the calendar.
  const statusOf = (status) => samples.get('DossierStatus').find((sample) => sample.body.status === status).body;
  await ask('WithdrawalReceipt', `/dossiers/${statusOf(4).code}/withdrawal`, {
    method: 'POST',
    json: { verifier: mock.DEMO_VERIFIER, reason: 'Tôi nộp nhầm thủ tục.' },
    headers: { 'idempotency-key': 'withdraw-1' },
    status: 202,
  });
  for (const status of [9, 10]) {
    await ask('RatingReceipt', `/dossiers/${statusOf(status).code}/rating`, {
      method: 'POST',
      json: { verifier: mock.DEMO_VERIFIER, convenience: 'satisfied', overall: 'very-satisfied', comment: 'Tốt' },
      headers: { 'idempotency-key': `rate-${status}` },
      status: 201,
    });
  }
  const payable = api.demo.map((d) => api.store.dossiers.get(d.code)).find((d) => d.payments.some((p) => p.state === 'pending'));
  await ask('PaymentCheckout', `/dossiers/${payable.code}/payments/${payable.payments.find((p) => p.state === 'pending').id}/checkout`, {
    method: 'POST',
    json: { verifier: mock.DEMO_VERIFIER, returnUrl: 'https://portal.example/tra-cuu?code=x' },
    headers: { 'idempotency-key': 'pay-1' },
    status: 201,
  });
  await ask('DossierStatus', '/dossiers/lookup', { method: 'POST', json: { code: payable.code, verifier: mock.DEMO_VERIFIER }, status: 200 });
  for (const year of [2025, 2026, 2027]) {
    await ask('Calendar', `/calendar?year=${year}`, { status: 200 });
    await ask('Calendar', `/calendar?year=${year}`, { headers: { 'accept-language': 'en' }, status: 200 });
  }
  await ask('Calendar', '/calendar', { status: 200 });
  await ask('Problem', '/calendar?year=2031', { status: 404 });
  await ask('Problem', '/calendar?year=soon', { status: 400 });

  // Figures and reference data.
  await ask('Stats', '/stats', { status: 200 });
  await ask('Stats', '/stats', { headers: { 'accept-language': 'en' }, status: 200 });
  await ask('Stats', '/stats?from=2025-01-01&to=2026-12-31', { status: 200 });
  await ask('Stats', '/stats?from=2026-01-01&to=2026-06-30', { status: 200 });
  for (const agency of agencies.items.slice(0, 5)) await ask('Stats', `/stats?agency=${encodeURIComponent(agency.code)}`, { status: 200 });
  const provinces = await ask('AdministrativeUnitList', '/administrative-units', { status: 200 });
  for (const province of provinces.items.slice(0, 6)) {
    await ask('AdministrativeUnitList', `/administrative-units?parent=${province.code}`, { status: 200 });
  }

  // Problems the mock gives: unknown resources, bad parameters, bad bodies, rate limits, faults.
  await ask('Problem', '/procedures/0.000000', { status: 404 });
  await ask('Problem', '/procedures?page=0&pageSize=500&level=galaxy&onlineLevel=x&audience=y', { status: 400 });
  await ask('Problem', '/stats?from=2026-13-01&to=x&agency=none', { status: 400 });
  await ask('Problem', '/administrative-units?parent=99', { status: 404 });
  await ask('Problem', `/procedures/${encodeURIComponent(offline)}/form`, { headers: { 'accept-language': 'en' }, status: 404 });
  await ask('Problem', '/dossiers', { method: 'POST', json: { procedureCode: '' }, status: 400 });
  await ask('Problem', '/dossiers', { method: 'POST', json: { procedureCode: '' }, headers: { 'idempotency-key': 'a' }, status: 400 });
  const emptyAnswers = {
    procedureCode: form.procedureCode,
    formVersion: form.version,
    answers: {},
    attachments: [],
    delivery: 'online',
    applicant: { fullName: 'Nguyễn Văn An', nationalId: '001190012345', phone: '0912345678' },
  };
  await ask('Problem', '/dossiers', { method: 'POST', json: emptyAnswers, headers: { 'idempotency-key': 'b' }, status: 422 });
  await ask('Problem', '/dossiers', { method: 'POST', json: { ...emptyAnswers, formVersion: '0' }, headers: { 'idempotency-key': 'c' }, status: 409 });
  for (let attempt = 0; attempt < 6; attempt++) {
    await ask('Problem', '/dossiers/lookup', { method: 'POST', json: { code: api.demo[0].code, verifier: '0000' } });
  }
  api.faults.add({ path: '/stats', status: 503, retryAfter: 30, times: 1 });
  await ask('Problem', '/stats', { status: 503 });

  // The documentation's examples.
  for (const [id, example] of Object.entries(EXAMPLES)) if (RESPONSES.includes(id)) addSample(id, `example ${id}`, example);
  for (const [kind, example] of Object.entries(PROBLEM_EXAMPLES)) addSample('Problem', `example ${kind}`, example);
}

// ------------------------------------------------------------------ the oracle

/**
 * Judges `value` with zod and with conform. Returns conform's verdict and, when the two
 * disagree (verdict, value kept, or path), a description of the difference.
 */
function judge(id, value) {
  const expected = contract.safeParse(contract.schemasById.get(id), value);
  const actual = runtime.conform(runtime.validators[id], value);
  const zodSays = expected.success ? 'accepts' : `rejects at "${expected.error.issues[0].path.join('.')}"`;
  const weSay = actual.ok ? 'accepts' : `rejects at "${actual.path}"`;
  let difference = null;
  if (actual.ok !== expected.success) {
    difference = `zod ${zodSays}, conform ${weSay}`;
  } else if (expected.success) {
    try {
      assert.deepStrictEqual(actual.value, expected.data);
    } catch {
      difference = 'both accept, but the values differ';
    }
  } else {
    const paths = expected.error.issues.map((issue) => issue.path.join('.'));
    if (actual.path !== paths[0]) difference = `zod ${zodSays} (all: ${paths.join(', ')}), conform ${weSay}`;
  }
  return { ok: actual.ok, difference };
}

// ------------------------------------------------------------------ mutations

const ABSENT = Symbol('absent');
/** What a place is set to. Fresh objects per use are not needed: neither side mutates its input. */
const PALETTE = [
  ['dropped', ABSENT],
  ['null', null],
  ['true', true],
  ['false', false],
  ['0', 0],
  ['1', 1],
  ['-1', -1],
  ['1.5', 1.5],
  ['-0.5', -0.5],
  ['10', 10],
  ['11', 11],
  ['100', 100],
  ['101', 101],
  ['2^53', 2 ** 53],
  ['an empty string', ''],
  ['a word', 'x'],
  ['an unknown enum value', 'not-a-known-value'],
  ['VND', 'VND'],
  ['a bad date', '2026-02-30'],
  ['a date', '2026-11-23'],
  ['a bad date-time', '2026-11-23T24:00:00+07:00'],
  ['a date-time with an offset', '2026-11-23T10:15:00+07:00'],
  ['a date-time in UTC', '2026-11-23T03:15:00.123Z'],
  ['a local date-time', '2026-11-23T10:15:00'],
  ['a dossier code', '000.00.01.H22-261122-0001'],
  ['a sha256', 'ab'.repeat(32)],
  ['an empty array', []],
  ['an array of null', [null]],
  ['an array of a word', ['x']],
  ['an empty object', {}],
  ['a code and a name', { code: 'x', name: 'y' }],
];

/** The schema under optional/nullable, for finding the keys and elements a place may have. */
function bare(schema) {
  let current = schema;
  while (current && (current._zod.def.type === 'optional' || current._zod.def.type === 'nullable')) current = current._zod.def.innerType;
  return current;
}

/**
 * Every place of `value` the schema describes, as [holder, key, where]: each key of an object
 * (present or not, plus one the schema does not know) and the first and last element of an
 * array. `where` names the place in the schema, array indexes as `[]`.
 */
function places(value, schema, where, out = []) {
  const def = bare(schema)?._zod.def;
  if (def?.type === 'object' && value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const key of Object.keys(def.shape)) {
      out.push([value, key, `${where}.${key}`]);
      if (key in value) places(value[key], def.shape[key], `${where}.${key}`, out);
    }
    out.push([value, 'unexpectedKey', `${where}.unexpectedKey`]);
  } else if (def?.type === 'array' && Array.isArray(value) && value.length > 0) {
    for (const index of new Set([0, value.length - 1])) {
      out.push([value, index, `${where}[]`]);
      places(value[index], def.element, `${where}[]`, out);
    }
  }
  return out;
}

/** Sets holder[key] for the length of `run`, then puts it back as it was. */
function withValue(holder, key, value, run) {
  const had = Object.prototype.hasOwnProperty.call(holder, key);
  const before = holder[key];
  if (value === ABSENT) {
    if (Array.isArray(holder)) holder[key] = undefined; // a hole is not JSON; an undefined element is the closest
    else delete holder[key];
  } else {
    holder[key] = value;
  }
  try {
    return run();
  } finally {
    if (had) holder[key] = before;
    else delete holder[key];
  }
}

// ------------------------------------------------------------------ tests

describe('validators.generated.ts and validators/', () => {
  const API = dirname(OUTPUT);
  const module = (name) => generatedFiles.get(`${MODULES_FOLDER}/${name}.ts`);
  /** Every file of a render, one text (for the tests that look for a rule wherever it is). */
  const allText = (files) => [...files.values()].join('\n');

  test('are fresh: the files on disk are what the generator writes, and no other file is in validators/', () => {
    for (const [path, text] of generatedFiles) assert.equal(readFileSync(join(API, path), 'utf8'), text, `${path} is stale: run npm run validators`);
    const onDisk = readdirSync(join(API, MODULES_FOLDER)).map((name) => `${MODULES_FOLDER}/${name}`);
    assert.deepEqual(onDisk.sort(), [...generatedFiles.keys()].filter((path) => path !== 'validators.generated.ts').sort());
  });

  test('export one validator per response, and no other export, each from a module of its own', () => {
    assert.deepEqual(Object.keys(runtime.validators).sort(), [...RESPONSES].sort());
    const index = generatedFiles.get('validators.generated.ts');
    for (const id of RESPONSES) {
      assert.match(index, new RegExp(`^export \\{ ${id} \\} from './${MODULES_FOLDER}/${id}\\.js';$`, 'm'));
      assert.match(module(id), new RegExp(`^export const ${id}: Validator<api\\.${id}> = `, 'm'));
    }
    assert.doesNotMatch(allText(generatedFiles), /from 'zod/);
  });

  test('put a part two responses use in a module of its own, and a part one response uses in that response', () => {
    // Every response module imports only shared parts, never another response's private part.
    const reachedBy = new Map();
    const visit = (name, response) => {
      if (reachedBy.get(name)?.has(response)) return;
      reachedBy.set(name, (reachedBy.get(name) ?? new Set()).add(response));
      for (const [, imported] of module(name).matchAll(/^import \{ [^}]+ \} from '\.\/([^']+)\.js';$/gm)) visit(imported, response);
    };
    for (const id of RESPONSES) visit(id, id);
    for (const [name, responses] of reachedBy) {
      if (RESPONSES.includes(name)) continue;
      assert.ok(responses.size >= 2, `validators/${name}.ts is used by ${[...responses]} alone: it belongs in that module`);
    }
    // Examples: the search's and the tracker's responses share no module; each writes the date
    // patterns it uses itself, so no page needs a chunk of formats (one more file, one more
    // round trip on an HTTP/1.1 host).
    const shared = [...reachedBy].filter(([, responses]) => responses.has('ProcedureList') && responses.has('DossierStatus'));
    assert.deepEqual(shared.map(([name]) => name), []);
    assert.match(module('ProcedureList'), /^const ProcedureSummary: Rule = /m);
    assert.match(module('DossierStatus'), /^import \{ PaymentRequest \} from '\.\/PaymentRequest\.js';$/m);
    assert.match(module('ProcedureList'), /^const isoDateTime = \/\^/m);
    assert.match(module('DossierStatus'), /^const isoDateTime = \/\^/m);
    assert.ok(!generatedFiles.has('validators/formats.ts'), 'a module of formats is generated again');
  });

  test('--check passes on the repository and fails on a stale, missing or left-over module', () => {
    const fresh = spawnSync(process.execPath, [GENERATOR, '--check'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(fresh.status, 0, fresh.stderr);
    const dir = mkdtempSync(join(tmpdir(), 'validators-'));
    const scratch = join(dir, 'validators.generated.ts');
    const run = (...flags) => spawnSync(process.execPath, [GENERATOR, ...flags, '--output', scratch], { cwd: ROOT, encoding: 'utf8' });
    const stats = join(dir, MODULES_FOLDER, 'Stats.ts');
    const fails = (pattern) => {
      const { status, stderr } = run('--check');
      assert.equal(status, 1, stderr);
      assert.match(stderr, pattern);
    };
    try {
      const written = run();
      assert.equal(written.status, 0, written.stderr);
      for (const [path, text] of generatedFiles) assert.equal(readFileSync(join(dir, path), 'utf8'), text, path);
      const passes = run('--check');
      assert.equal(passes.status, 0, passes.stderr);

      const changed = module('Stats').replace("['number', 0, 1]", "['number', 0, 2]");
      assert.notEqual(changed, module('Stats'));
      writeFileSync(stats, changed);
      fails(/validators\/Stats\.ts is stale: run npm run validators/);
      rmSync(stats);
      fails(/validators\/Stats\.ts is missing: run npm run validators/);
      writeFileSync(stats, module('Stats'));
      writeFileSync(join(dir, MODULES_FOLDER, 'Gone.ts'), 'export const Gone = {};\n');
      fails(/validators\/Gone\.ts is no longer generated: run npm run validators/);
      // Writing removes what is no longer generated.
      assert.equal(run().status, 0);
      assert.ok(!existsSync(join(dir, MODULES_FOLDER, 'Gone.ts')));
      rmSync(scratch);
      fails(/validators\.generated\.ts is missing: run npm run validators/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('refuses a schema conform.ts cannot check, naming where', () => {
    // DossierSubmission is a request body: its `answers` record is checked by the mock, with zod.
    assert.throws(() => render(contract, ['DossierSubmission']), /DossierSubmission\.answers uses zod type "record"/);
  });

  test('writes a schema that refers to itself as a rule that refers to itself, and refuses two that refer to each other', () => {
    assert.match(module('FormDefinition'), /^const Condition: Rule = \/\* @__PURE__ \*\/ cyclic\(\[\], \(Condition\) => \[$/m);
    const registry = z.registry();
    const Tree = z.object({
      label: z.string(),
      get children() {
        return z.array(Tree);
      },
    });
    const Ping = z.object({
      get pong() {
        return z.optional(Pong);
      },
    });
    const Pong = z.object({
      get ping() {
        return z.optional(Ping);
      },
    });
    registry.add(Tree, { id: 'Tree' }).add(Ping, { id: 'Ping' }).add(Pong, { id: 'Pong' });
    const fake = { contract: registry, schemasById: new Map([['Tree', Tree], ['Ping', Ping]]) };
    assert.match(render(fake, ['Tree']).get(`${MODULES_FOLDER}/Tree.ts`), /cyclic\(\{\}, \(Tree\) => \{\n {2}label: \['string'\],\n {2}children: \['array', Tree\],\n\}\)/);
    assert.throws(() => render(fake, ['Ping']), /Pong uses "Ping", which refers back to it \(mutually recursive schemas\)/);
  });
});

describe('conform judges API answers as zod does', () => {
  test('on every answer of the mock back end and every documented example', () => {
    const problems = [];
    for (const id of RESPONSES) {
      const list = samples.get(id) ?? [];
      assert.ok(list.length > 0, `no sample of ${id}`);
      for (const { label, body } of list) {
        assert.ok(contract.safeParse(contract.schemasById.get(id), body).success, `${id} ${label} is a valid sample`);
        const { difference } = judge(id, body);
        if (difference) problems.push(`${id} ${label}: ${difference}`);
      }
    }
    assert.deepEqual(problems.slice(0, 20), []);
    const total = [...samples.values()].reduce((sum, list) => sum + list.length, 0);
    assert.ok(total > 1000, `${total} samples`);
  });

  test('after every mutation at every place of every response', () => {
    const problems = [];
    const stats = {};
    for (const id of RESPONSES) {
      const schema = contract.schemasById.get(id);
      const tried = new Map();
      const count = (stats[id] = { accepted: 0, rejected: 0, places: new Set() });
      const compare = (label, value) => {
        const { ok, difference } = judge(id, value);
        if (difference) problems.push(`${id} ${label}: ${difference}`);
        else if (ok) count.accepted++;
        else count.rejected++;
      };
      for (const [name, value] of PALETTE) if (value !== ABSENT) compare(`root set to ${name}`, value);
      // Smallest first: a mutation is tried on the first few samples that reach its place.
      const bySize = samples
        .get(id)
        .map((sample) => ({ ...sample, size: JSON.stringify(sample.body).length }))
        .sort((a, b) => a.size - b.size);
      for (const { label, body } of bySize) {
        for (const [holder, key, where] of places(body, schema, id)) {
          count.places.add(where);
          for (const [name, value] of PALETTE) {
            const seen = `${where} ${name}`;
            const times = tried.get(seen) ?? 0;
            if (times >= SAMPLES_PER_MUTATION) continue;
            tried.set(seen, times + 1);
            withValue(holder, key, value, () => compare(`${label}, ${where} ${name}`, body));
          }
        }
      }
    }
    assert.deepEqual(problems.slice(0, 20), [], `${problems.length} disagreements`);
    for (const [id, { accepted, rejected, places: seen }] of Object.entries(stats)) {
      assert.ok(accepted > 0 && rejected > 0, `${id}: ${accepted} accepted, ${rejected} rejected mutants`);
      assert.ok(seen.size >= 3, `${id}: only ${seen.size} places`);
    }
  });

  test('in every element of every list of the largest answers', () => {
    // The mutation test above tries the first and last element; a bad element in the middle
    // must be named by its own index too.
    const problems = [];
    for (const id of ['ProcedureList', 'AdministrativeUnitList', 'FormDefinition']) {
      const sizes = samples.get(id).map((sample) => JSON.stringify(sample.body).length);
      const { body } = samples.get(id)[sizes.indexOf(Math.max(...sizes))];
      const list = id === 'FormDefinition' ? body.steps.flatMap((step) => step.fields) : body.items;
      assert.ok(list.length > 10, `${id} has a long list`);
      const holders = id === 'FormDefinition' ? body.steps.map((step) => step.fields) : [body.items];
      for (const holder of holders) {
        for (let index = 0; index < holder.length; index++) {
          withValue(holder, index, { code: 'x' }, () => {
            const { difference } = judge(id, body);
            if (difference) problems.push(`${id} element ${index}: ${difference}`);
          });
        }
      }
    }
    assert.deepEqual(problems.slice(0, 20), []);
  });

  test('on conditions nested at any depth, as zod judges them', () => {
    const form = samples.get('FormDefinition').find((sample) => JSON.stringify(sample.body).includes('"kind":"group"')).body;
    const field = form.steps.flatMap((step) => step.fields).find((candidate) => candidate.kind === 'group');
    const original = field.visibleWhen;
    const leaves = [
      { field: 'a', equals: 1 },
      { field: 'b', in: ['x', 2, null] },
      { field: 'c', filled: true },
      { field: '' },
      { nope: 1 },
      { field: 'd', filled: 'yes' },
      null,
      [],
      'all',
    ];
    const wrap = (inner, depth) => {
      let condition = inner;
      for (let level = 0; level < depth; level++) {
        condition = [{ all: [{ field: 'z' }, condition] }, { any: [condition] }, { not: condition }][level % 3];
      }
      return condition;
    };
    const problems = [];
    let accepted = 0;
    let rejected = 0;
    try {
      for (const leaf of leaves) {
        for (let depth = 0; depth <= 7; depth++) {
          for (const variant of [wrap(leaf, depth), { all: [] }, { any: [wrap(leaf, depth), wrap(leaf, depth + 1)] }, { not: wrap(leaf, depth), field: 'x' }]) {
            field.visibleWhen = variant;
            const { ok, difference } = judge('FormDefinition', form);
            if (difference) problems.push(`${JSON.stringify(variant)}: ${difference}`);
            else if (ok) accepted++;
            else rejected++;
          }
        }
      }
    } finally {
      field.visibleWhen = original;
    }
    assert.deepEqual(problems.slice(0, 10), []);
    assert.ok(accepted > 20 && rejected > 20, `${accepted} accepted, ${rejected} rejected`);
  });

  test('strips unknown keys into fresh objects and keeps nothing of the input', () => {
    const body = structuredClone(samples.get('DossierStatus').find((sample) => sample.body.payment).body);
    body.unexpected = { nested: true };
    body.payment.extra = 1;
    body.history[0].extra = 'x';
    const verdict = runtime.conform(runtime.validators.DossierStatus, body);
    assert.ok(verdict.ok);
    assert.equal('unexpected' in verdict.value, false);
    assert.equal('extra' in verdict.value.payment, false);
    assert.equal('extra' in verdict.value.history[0], false);
    assert.notEqual(verdict.value, body);
    assert.notEqual(verdict.value.history, body.history);
  });

  test('reports the rule it expected where the value breaks it, never the value', () => {
    const body = structuredClone(samples.get('Stats')[0].body);
    body.onTimeRate = 1.5;
    const verdict = runtime.conform(runtime.validators.Stats, body);
    assert.equal(verdict.ok, false);
    assert.equal(verdict.path, 'onTimeRate');
    assert.deepEqual(verdict.expected, ['number', 0, 1]);
    assert.equal(runtime.conform(runtime.validators.Stats, null).path, '');
  });

  test('is not fooled by a page that pollutes Object.prototype and Array.prototype', () => {
    const clean = RESPONSES.map((id) => samples.get(id).slice(0, 5).map(({ body }) => runtime.conform(runtime.validators[id], body)));
    // Enumerable junk, as hostile host pages add it (docs/security.md).
    Object.prototype.pollution = ['string'];
    Array.prototype.pollution = 'x';
    try {
      const polluted = RESPONSES.map((id) => samples.get(id).slice(0, 5).map(({ body }) => runtime.conform(runtime.validators[id], body)));
      assert.deepEqual(polluted, clean);
    } finally {
      delete Object.prototype.pollution;
      delete Array.prototype.pollution;
    }
  });
});

describe('element bundles', () => {
  const bundles = new Map();
  before(async () => {
    for (const name of await elementNames()) {
      const result = await build({
        entryPoints: [join(ROOT, 'src/elements', name, 'index.ts')],
        bundle: true,
        minify: true,
        format: 'esm',
        platform: 'browser',
        target: 'es2022',
        write: false,
        metafile: true,
        logLevel: 'silent',
      });
      // Every module esbuild reached is listed; only those that put bytes in the output count.
      const [output] = Object.values(result.metafile.outputs);
      const inputs = Object.entries(output.inputs).filter(([, input]) => input.bytesInOutput > 0).map(([path]) => path);
      bundles.set(name, { inputs, text: result.outputFiles[0].text });
    }
  });
  after(() => bundles.clear());

  test('carry no zod', () => {
    for (const [name, { inputs }] of bundles) {
      assert.deepEqual(inputs.filter((input) => /node_modules\/zod\//.test(input)), [], `${name} bundles zod`);
    }
  });

  test('carry only the rules of the endpoints they call', () => {
    // service-stats calls GET /stats and GET /agencies: no form definition, no dossier, no route it does not call.
    const { text } = bundles.get('service-stats');
    assert.match(text, /onTimeRate/);
    assert.doesNotMatch(text, /checkboxes|supplementRequest|legalBasis|acceptsRepresentative|\/checkout|\/withdrawal/);
  });
});
