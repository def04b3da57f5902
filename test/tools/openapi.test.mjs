// The generated OpenAPI document is fresh, complete and self-consistent, and the examples in it
// and in docs/api.md obey the zod contract. Run with `node --test test/tools/`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { importTypeScript } from '../../scripts/generated-file.mjs';
import { OUTPUT, ROOT, generate, serialize } from '../../scripts/openapi.mjs';

const GENERATOR = resolve(ROOT, 'scripts/openapi.mjs');
const API_DOC = resolve(ROOT, 'docs/api.md');

/** Every endpoint of shared/design/api-v1.md and of contract 1.1 (issue 15), written out independently of the route table. */
const DESIGN_ENDPOINTS = [
  ['get', '/procedures'],
  ['get', '/procedures/{code}'],
  ['get', '/procedures/{code}/form'],
  ['post', '/attachments'],
  ['post', '/dossiers'],
  ['post', '/dossiers/lookup'],
  ['post', '/dossiers/{code}/supplements'],
  ['post', '/dossiers/{code}/withdrawal'],
  ['post', '/dossiers/{code}/rating'],
  ['post', '/dossiers/{code}/payments/{paymentId}/checkout'],
  ['get', '/stats'],
  ['get', '/calendar'],
  ['get', '/sectors'],
  ['get', '/agencies'],
  ['get', '/administrative-units'],
];

/** Error statuses the design names for a given endpoint. */
const DESIGN_ERRORS = {
  'post /attachments': [413, 415],
  'post /dossiers': [409, 422],
  'post /dossiers/lookup': [404],
  'post /dossiers/{code}/withdrawal': [404, 409],
  'post /dossiers/{code}/rating': [404, 409],
  'post /dossiers/{code}/payments/{paymentId}/checkout': [404, 409, 422],
  'get /calendar': [400, 404],
};

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

let contract;
let doc;
let text;

before(async () => {
  ({ contract, document: doc, text } = await generate());
});

function operations() {
  const out = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of HTTP_METHODS) if (item[method]) out.push({ path, method, op: item[method] });
  }
  return out;
}

/** Resolves a local `$ref` (`#/a/b`) against the document; undefined when it points nowhere. */
function resolvePointer(pointer) {
  assert.ok(pointer.startsWith('#/'), `only local references are expected, got ${pointer}`);
  let node = doc;
  for (const raw of pointer.slice(2).split('/')) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (node === null || typeof node !== 'object' || !(key in node)) return undefined;
    node = node[key];
  }
  return node;
}

function deref(node) {
  let current = node;
  for (let hops = 0; current && typeof current === 'object' && '$ref' in current; hops++) {
    assert.ok(hops < 10, 'reference cycle');
    current = resolvePointer(current.$ref);
  }
  return current;
}

function walk(node, visit, path = []) {
  if (node === null || typeof node !== 'object') return;
  visit(node, path);
  for (const [key, value] of Object.entries(node)) walk(value, visit, [...path, key]);
}

const schemaIdOf = (schema) => schema?.$ref?.startsWith('#/components/schemas/') ? schema.$ref.slice('#/components/schemas/'.length) : undefined;

function assertValid(id, value, where) {
  const schema = contract.schemasById.get(id);
  assert.ok(schema, `${where}: no schema registered as ${id}`);
  const result = contract.safeParse(schema, value);
  if (!result.success) {
    const issue = result.error.issues[0];
    assert.fail(`${where}: example is not a valid ${id} at "${issue.path.join('.')}": ${issue.message}`);
  }
}

describe('docs/openapi.json is fresh', () => {
  let scratch;
  before(() => {
    scratch = mkdtempSync(join(tmpdir(), 'motcua-openapi-'));
  });
  after(() => rmSync(scratch, { recursive: true, force: true }));

  const runGenerator = (...args) => spawnSync(process.execPath, [GENERATOR, ...args], { cwd: ROOT, encoding: 'utf8' });

  test('the checked-in file is what the generator produces (npm run openapi)', () => {
    const result = runGenerator('--check');
    assert.equal(result.status, 0, result.stderr || result.stdout);
    assert.equal(readFileSync(OUTPUT, 'utf8'), text);
  });

  test('--check fails with a clear message when the file differs', () => {
    const stale = join(scratch, 'openapi.json');
    writeFileSync(stale, text.replace('"title": "motcua API"', '"title": "motcua API (old)"'));
    const result = runGenerator('--check', '--output', stale);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /is stale: run npm run openapi/);
    assert.equal(readFileSync(stale, 'utf8').includes('(old)'), true, 'check mode must not rewrite the file');
  });

  test('--check fails when the file is missing', () => {
    const result = runGenerator('--check', '--output', join(scratch, 'absent.json'));
    assert.equal(result.status, 1);
    assert.match(result.stderr, /is missing: run npm run openapi/);
  });

  test('output is stable: 2-space JSON with a trailing newline, identical on every run', async () => {
    assert.equal(text, `${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    const again = await generate();
    assert.equal(again.text, text);
    assert.equal(serialize(again.document), text);
  });
});

describe('docs/openapi.json is complete', () => {
  test('is an OpenAPI 3.1 document for the motcua API, contract 1.1, with servers', () => {
    assert.match(doc.openapi, /^3\.1\.\d+$/);
    assert.equal(doc.info.title, 'motcua API');
    assert.equal(doc.info.version, '1.1.0');
    assert.ok(doc.servers.length > 0);
    for (const server of doc.servers) assert.match(server.url, /\/api\/v1$/);
  });

  test('every endpoint of the design is present, and nothing else', () => {
    const actual = operations().map(({ method, path }) => `${method} ${path}`).sort();
    const expected = DESIGN_ENDPOINTS.map(([method, path]) => `${method} ${path}`).sort();
    assert.deepEqual(actual, expected);
  });

  test('the paths are the route table: method, template, success status, request and response schemas, the key header', () => {
    const fromTable = contract.ROUTES.map((route) => `${route.method.toLowerCase()} ${route.path}`).sort();
    assert.deepEqual(operations().map(({ method, path }) => `${method} ${path}`).sort(), fromTable);
    for (const route of contract.ROUTES) {
      const op = doc.paths[route.path][route.method.toLowerCase()];
      const where = `${route.method} ${route.path}`;
      assert.equal(op.operationId, route.operationId, where);
      assert.deepEqual(Object.keys(op.responses).filter((status) => /^2\d\d$/.test(status)), [String(route.success)], where);
      assert.equal(schemaIdOf(op.responses[route.success].content['application/json'].schema), route.response, where);
      if (route.request === 'multipart') assert.ok(op.requestBody.content['multipart/form-data'], where);
      else if (route.request) assert.equal(schemaIdOf(op.requestBody.content['application/json'].schema), route.request, where);
      else assert.equal(op.requestBody, undefined, where);
      const key = (op.parameters ?? []).map(deref).some((p) => p.name === 'Idempotency-Key');
      assert.equal(key, route.idempotency === 'key', `${where}: Idempotency-Key`);
      assert.equal(route.idempotency === 'safe', route.method === 'GET', `${where}: only reads are safe`);
    }
  });

  test('every schema in the contract registry is a component, and every component is registered', () => {
    const registered = [...contract.schemasById.keys()].sort();
    assert.ok(registered.length >= 30, `expected the whole contract, found ${registered.length} schemas`);
    assert.deepEqual(Object.keys(doc.components.schemas).sort(), registered);
  });

  test('every $ref resolves', () => {
    const refs = [];
    walk(doc, (node, path) => {
      if (typeof node.$ref === 'string') refs.push([node.$ref, path.join('/')]);
    });
    assert.ok(refs.length > 50, `found only ${refs.length} references`);
    for (const [ref, where] of refs) assert.notEqual(resolvePointer(ref), undefined, `${where}: ${ref} does not resolve`);
  });

  test('component schemas reference each other by #/components/schemas/<Id> and carry no $id or $schema', () => {
    for (const [id, schema] of Object.entries(doc.components.schemas)) {
      assert.equal(schema.$id, undefined, id);
      assert.equal(schema.$schema, undefined, id);
    }
    const dossierStatus = doc.components.schemas.DossierStatus;
    assert.equal(dossierStatus.properties.status.$ref, '#/components/schemas/StatusCode');
    assert.deepEqual(doc.components.schemas.StatusCode.enum, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  test('operation ids are unique and each names the ApiClient method that calls it', async () => {
    const ids = operations().map(({ op }) => op.operationId);
    assert.equal(new Set(ids).size, ids.length);
    const { ApiClient } = await importTypeScript("export { ApiClient } from './src/api/client.ts';\n");
    for (const id of ids) assert.equal(typeof ApiClient.prototype[id], 'function', `ApiClient has no method ${id}`);
  });

  test('path parameters are declared for every template segment', () => {
    for (const { path, method, op } of operations()) {
      const declared = (op.parameters ?? []).map(deref).filter((p) => p.in === 'path');
      const templated = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      assert.deepEqual(declared.map((p) => p.name).sort(), templated.sort(), `${method} ${path}`);
      for (const parameter of declared) assert.equal(parameter.required, true, `${method} ${path} ${parameter.name}`);
    }
  });

  test('every operation takes Accept-Language; exactly the creating writes require Idempotency-Key', () => {
    const withKey = [];
    for (const { path, method, op } of operations()) {
      const headers = (op.parameters ?? []).map(deref).filter((p) => p.in === 'header');
      assert.ok(headers.some((p) => p.name === 'Accept-Language'), `${method} ${path} lacks Accept-Language`);
      const key = headers.find((p) => p.name === 'Idempotency-Key');
      if (key) {
        assert.equal(key.required, true);
        withKey.push(`${method} ${path}`);
      }
    }
    assert.deepEqual(withKey.sort(), [
      'post /dossiers',
      'post /dossiers/{code}/payments/{paymentId}/checkout',
      'post /dossiers/{code}/rating',
      'post /dossiers/{code}/supplements',
      'post /dossiers/{code}/withdrawal',
    ]);
  });

  test('query parameters of the design are present with their constraints', () => {
    const queryOf = (path) =>
      Object.fromEntries(
        doc.paths[path].get.parameters
          .map(deref)
          .filter((p) => p.in === 'query')
          .map((p) => [p.name, p.schema]),
      );
    const levelParameter = doc.paths['/procedures'].get.parameters.map(deref).find((p) => p.name === 'level');
    assert.equal(levelParameter.style, 'form');
    assert.equal(levelParameter.explode, true);
    const search = queryOf('/procedures');
    assert.deepEqual(Object.keys(search).sort(), ['agency', 'audience', 'level', 'onlineLevel', 'page', 'pageSize', 'q', 'sector']);
    // Filters take several values as a repeated parameter (the mock reads them with getAll).
    for (const name of ['sector', 'level', 'agency', 'onlineLevel', 'audience']) assert.equal(search[name].type, 'array', name);
    assert.deepEqual(search.level.items.enum, ['central', 'province', 'commune']);
    assert.deepEqual(search.onlineLevel.items.enum, ['full', 'partial', 'none']);
    assert.deepEqual(search.audience.items.enum, ['citizen', 'business', 'organisation']);
    assert.equal(search.pageSize.maximum, 100);
    assert.equal(search.pageSize.default, 20);
    assert.equal(search.page.minimum, 1);
    assert.deepEqual(Object.keys(queryOf('/stats')).sort(), ['agency', 'from', 'to']);
    assert.deepEqual(Object.keys(queryOf('/administrative-units')), ['parent']);
    assert.deepEqual(Object.keys(queryOf('/procedures/{code}/form')), ['case']);
    assert.deepEqual(queryOf('/calendar'), { year: { type: 'integer', minimum: 2000, maximum: 2100 } });
  });

  test('the upload is multipart with file, procedureCode and documentCode', () => {
    const body = doc.paths['/attachments'].post.requestBody;
    const schema = body.content['multipart/form-data'].schema;
    assert.deepEqual([...schema.required].sort(), ['documentCode', 'file', 'procedureCode']);
    assert.equal(schema.properties.file.type, 'string');
    assert.equal(schema.properties.file.contentMediaType, 'application/octet-stream');
  });

  test('the verifier never appears in a URL: no query or path parameter carries it', () => {
    for (const { path, method, op } of operations()) {
      for (const parameter of (op.parameters ?? []).map(deref)) {
        assert.doesNotMatch(parameter.name, /verifier/i, `${method} ${path}`);
      }
      assert.doesNotMatch(path, /verifier/i);
    }
    assert.equal(doc.paths['/dossiers/lookup'].post.requestBody.content['application/json'].schema.$ref, '#/components/schemas/DossierLookup');
  });

  test('success bodies point at the contract schemas the client validates', () => {
    const success = (path, method, status) => schemaIdOf(doc.paths[path][method].responses[status].content['application/json'].schema);
    assert.equal(success('/procedures', 'get', '200'), 'ProcedureList');
    assert.equal(success('/procedures/{code}', 'get', '200'), 'ProcedureDetail');
    assert.equal(success('/procedures/{code}/form', 'get', '200'), 'FormDefinition');
    assert.equal(success('/attachments', 'post', '201'), 'Attachment');
    assert.equal(success('/dossiers', 'post', '201'), 'DossierReceipt');
    assert.equal(success('/dossiers/lookup', 'post', '200'), 'DossierStatus');
    assert.equal(success('/dossiers/{code}/supplements', 'post', '202'), 'SupplementReceipt');
    assert.equal(success('/stats', 'get', '200'), 'Stats');
    assert.equal(success('/calendar', 'get', '200'), 'Calendar');
    assert.equal(success('/dossiers/{code}/withdrawal', 'post', '202'), 'WithdrawalReceipt');
    assert.equal(success('/dossiers/{code}/rating', 'post', '201'), 'RatingReceipt');
    assert.equal(success('/dossiers/{code}/payments/{paymentId}/checkout', 'post', '201'), 'PaymentCheckout');
    assert.equal(success('/sectors', 'get', '200'), 'SectorList');
    assert.equal(success('/agencies', 'get', '200'), 'AgencyList');
    assert.equal(success('/administrative-units', 'get', '200'), 'AdministrativeUnitList');
  });

  test('every error answer is application/problem+json with the Problem schema', () => {
    let count = 0;
    for (const { path, method, op } of operations()) {
      for (const [status, raw] of Object.entries(op.responses)) {
        if (/^2\d\d$/.test(status)) continue;
        const response = deref(raw);
        const content = response.content ?? {};
        assert.deepEqual(Object.keys(content), ['application/problem+json'], `${method} ${path} ${status}`);
        assert.equal(schemaIdOf(content['application/problem+json'].schema), 'Problem', `${method} ${path} ${status}`);
        count++;
      }
    }
    assert.ok(count >= 40, `only ${count} error answers documented`);
  });

  test('the error statuses the design names are documented', () => {
    for (const [endpoint, statuses] of Object.entries(DESIGN_ERRORS)) {
      const [method, path] = endpoint.split(' ');
      for (const status of statuses) assert.ok(doc.paths[path][method].responses[status], `${endpoint} lacks ${status}`);
    }
    const formChanged = deref(doc.paths['/dossiers'].post.responses['409']).content['application/problem+json'].example;
    assert.match(formChanged.type, /\/form-version-changed$/);
  });

  test('every operation documents 429 with a Retry-After header', () => {
    for (const { path, method, op } of operations()) {
      const response = deref(op.responses['429']);
      assert.ok(response, `${method} ${path} lacks 429`);
      const header = deref(response.headers?.['Retry-After']);
      assert.ok(header?.schema, `${method} ${path}: 429 without Retry-After`);
    }
  });

  test('authentication is an optional bearer token', () => {
    assert.equal(doc.components.securitySchemes.bearerAuth.type, 'http');
    assert.equal(doc.components.securitySchemes.bearerAuth.scheme, 'bearer');
    assert.ok(doc.security.some((requirement) => Object.keys(requirement).length === 0), 'anonymous access must be allowed');
  });
});

describe('examples obey the contract', () => {
  test('every example in docs/openapi.json is valid against its zod schema', () => {
    let checked = 0;
    walk(doc, (node, path) => {
      const id = schemaIdOf(node.schema);
      if (id === undefined) return;
      const where = path.join('/');
      if ('example' in node) {
        assertValid(id, node.example, where);
        checked++;
      }
      for (const [name, example] of Object.entries(node.examples ?? {})) {
        assertValid(id, deref(example).value, `${where}/examples/${name}`);
        checked++;
      }
    });
    assert.ok(checked >= 25, `only ${checked} examples validated`);
  });

  test('problem examples use the motcua problem types and the status of their answer', () => {
    for (const { path, method, op } of operations()) {
      for (const [status, raw] of Object.entries(op.responses)) {
        if (!/^[45]\d\d$/.test(status)) continue;
        const media = deref(raw).content['application/problem+json'];
        const examples = media.example ? [media.example] : Object.values(media.examples ?? {}).map((e) => deref(e).value);
        assert.ok(examples.length > 0, `${method} ${path} ${status} has no example`);
        for (const example of examples) {
          assert.equal(String(example.status), status, `${method} ${path}`);
          assert.match(example.type, /^https:\/\/motcua\.dev\/problems\/[a-z-]+$/);
        }
      }
    }
  });

  test('every annotated example in docs/api.md is valid against its zod schema', () => {
    const markdown = readFileSync(API_DOC, 'utf8');
    const blocks = [...markdown.matchAll(/<!-- example: (\w+) -->\s*```json\n([\s\S]*?)```/g)];
    assert.ok(blocks.length >= 12, `only ${blocks.length} annotated examples in docs/api.md`);
    for (const [, id, json] of blocks) {
      let value;
      try {
        value = JSON.parse(json);
      } catch (error) {
        assert.fail(`docs/api.md: the ${id} example is not JSON: ${error.message}`);
      }
      assertValid(id, value, `docs/api.md ${id} example`);
    }
  });
});

describe('contract 1.1 schemas in the document', () => {
  test('Condition is recursive through $ref and visibleWhen points at it, in fields and in group rows', () => {
    const condition = doc.components.schemas.Condition;
    assert.deepEqual(condition.anyOf[0], { $ref: '#/components/schemas/VisibleWhen' });
    const refs = JSON.stringify(condition.anyOf.slice(1));
    assert.equal(refs.match(/#\/components\/schemas\/Condition/g).length, 3);
    assert.equal(doc.components.schemas.Field.properties.visibleWhen.$ref, '#/components/schemas/Condition');
    assert.equal(doc.components.schemas.GroupItemField.properties.visibleWhen.$ref, '#/components/schemas/Condition');
    assert.ok(doc.components.schemas.Field.properties.kind.enum.includes('group'));
    assert.ok(!doc.components.schemas.GroupItemField.properties.kind.enum.includes('group'), 'groups do not nest');
    assert.equal(doc.components.schemas.Field.properties.fields.items.$ref, '#/components/schemas/GroupItemField');
  });

  test('a "theo quy định" fee is a null amount, never free', () => {
    const amount = doc.components.schemas.FeeItem.properties.amount;
    assert.deepEqual(amount.anyOf.map((branch) => branch.type).sort(), ['integer', 'null']);
    assert.ok(doc.components.schemas.FeeItem.required.includes('amount'), 'the amount is stated, as null when not fixed');
  });

  test('1.1 answers stay readable from a 1.0 back end: every new response field is optional', () => {
    const required = (id) => doc.components.schemas[id].required ?? [];
    assert.deepEqual(required('DossierReceipt').sort(), ['code', 'procedure', 'status', 'submittedAt']);
    assert.deepEqual(
      required('DossierStatus').sort(),
      ['agency', 'applicantName', 'code', 'history', 'overdue', 'procedure', 'status', 'submittedAt', 'timeliness'].sort(),
    );
    assert.deepEqual(required('Stats').sort(), ['awaitingSupplement', 'inProgress', 'onTimeRate', 'overdue', 'received', 'resolved']);
    assert.deepEqual(required('ProcedureSummary').sort(), ['agencies', 'code', 'fee', 'levels', 'name', 'onlineLevel', 'processingTime', 'sector', 'updatedAt']);
    assert.deepEqual(required('Channel').sort(), ['fees', 'kind', 'processingTime']);
    assert.deepEqual(required('Agency').sort(), ['code', 'level', 'name']);
    assert.deepEqual(required('FormDefinition').sort(), ['attachments', 'procedureCode', 'steps', 'title', 'version']);
  });
});

describe('docs/api.md covers the contract', () => {
  let markdown;
  before(() => {
    markdown = readFileSync(API_DOC, 'utf8');
  });

  test('documents every endpoint', () => {
    for (const [method, path] of DESIGN_ENDPOINTS) {
      assert.ok(markdown.includes(`${method.toUpperCase()} ${path}`), `docs/api.md does not mention ${method.toUpperCase()} ${path}`);
    }
  });

  test('names every national status code 1–10', () => {
    for (let code = 1; code <= 10; code++) {
      assert.match(markdown, new RegExp(`^\\| ${code} \\|`, 'm'), `status ${code} has no row`);
    }
  });

  /**
   * The DVCQG mapping must keep up with the schemas: each top-level field of these resources
   * needs a row (first cell `field` or `field.sub`) under the heading that names the resource.
   */
  test('the DVCQG mapping has a row for every field of the mapped resources', () => {
    const mapped = [
      'ProcedureDetail',
      'Channel',
      'FeeItem',
      'ProcedureCase',
      'RequiredDocument',
      'Field',
      'DossierSubmission',
      'Applicant',
      'Representative',
      'PrefillRecord',
      'Attachment',
      'DossierReceipt',
      'DossierStatus',
      'AppointmentChange',
      'PaymentRequest',
      'PaymentItem',
      'ResultDocument',
      'Evaluation',
      'HistoryEntry',
      'StatsProgress',
      'Stats',
      'Calendar',
      'CalendarDay',
      'Sector',
      'Agency',
    ];
    for (const id of mapped) {
      const heading = new RegExp(`^#### .*\`${id}\``, 'm');
      const start = markdown.search(heading);
      assert.ok(start >= 0, `docs/api.md has no mapping heading naming \`${id}\``);
      const rest = markdown.slice(markdown.indexOf('\n', start) + 1);
      const end = rest.search(/^#{2,4} /m);
      const section = end === -1 ? rest : rest.slice(0, end);
      // Every field named in a row's first cell: "| `fullName`, `nationalId`, `phone` | …" maps three.
      const rows = [...section.matchAll(/^\| (`[^|]+)\|/gm)].flatMap((m) => [...m[1].matchAll(/`([\w.[\]]+)`/g)].map((f) => f[1].split(/[.[]/)[0]));
      const properties = Object.keys(doc.components.schemas[id].properties ?? {});
      assert.ok(properties.length > 0, id);
      for (const property of properties) assert.ok(rows.includes(property), `docs/api.md: mapping of \`${id}\` lacks \`${property}\``);
    }
  });
});
