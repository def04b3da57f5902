import { expect } from '@open-wc/testing';
import { ApiClient } from '../../src/api/client.js';
import { dossierCodeFromText, DOSSIER_CODE_PATTERN, NATIONAL_DOSSIER_CODE_PATTERN } from '../../src/api/dossier-code.js';
import * as endpoints from '../../src/api/endpoints.js';
import { ApiError } from '../../src/api/errors.js';
import { nationalIdProblem, taxCodeProblem } from '../../src/api/identifiers.js';
import * as routeModules from '../../src/api/routes/index.js';
import { ROUTES, routeName, routePath, getProcedureRoute, startPaymentRoute } from '../../src/api/routes.js';
import { ApiTransport } from '../../src/api/transport.js';

interface Sent {
  method: string;
  url: URL;
  headers: Headers;
}

/** A transport whose `fetch` records the request and answers a 503 problem: enough to see what an endpoint sends. */
function recording(): { transport: ApiTransport; sent: Sent[] } {
  const sent: Sent[] = [];
  const transport = new ApiTransport({
    baseUrl: 'https://api.example/api/v1',
    retries: 0,
    fetch: async (input, init) => {
      sent.push({ method: init?.method ?? 'GET', url: new URL(String(input)), headers: new Headers(init?.headers) });
      return new Response(JSON.stringify({ type: 'https://motcua.dev/problems/service-unavailable', title: 'x', status: 503 }), {
        status: 503,
        headers: { 'Content-Type': 'application/problem+json' },
      });
    },
  });
  return { transport, sent };
}

/** Calls every endpoint function once, with the path parameters `code`, `paymentId`. */
const CALLS: Record<string, (t: ApiTransport) => Promise<unknown>> = {
  searchProcedures: (t) => endpoints.searchProcedures(t, { q: 'x' }),
  getProcedure: (t) => endpoints.getProcedure(t, '1.001193'),
  getForm: (t) => endpoints.getForm(t, '1.001193'),
  uploadAttachment: (t) => endpoints.uploadAttachment(t, new Blob(['x']), { procedureCode: '1.001193', documentCode: 'GCS' }),
  createDossier: (t) => endpoints.createDossier(t, {} as never, 'key'),
  lookupDossier: (t) => endpoints.lookupDossier(t, { code: '000.20.01.H22-261122-0001', verifier: '5678' }),
  submitSupplement: (t) => endpoints.submitSupplement(t, '000.20.01.H22-261122-0001', {} as never, 'key'),
  requestWithdrawal: (t) => endpoints.requestWithdrawal(t, '000.20.01.H22-261122-0001', { verifier: '5678', reason: 'x' }, 'key'),
  rateDossier: (t) => endpoints.rateDossier(t, '000.20.01.H22-261122-0001', { verifier: '5678', convenience: 'satisfied', overall: 'satisfied' }, 'key'),
  startPayment: (t) => endpoints.startPayment(t, '000.20.01.H22-261122-0001', 'pay 1', { verifier: '5678', returnUrl: 'https://p.example/' }, 'key'),
  getStats: (t) => endpoints.getStats(t, {}),
  getCalendar: (t) => endpoints.getCalendar(t, 2026),
  listSectors: (t) => endpoints.listSectors(t),
  listAgencies: (t) => endpoints.listAgencies(t),
  listAdministrativeUnits: (t) => endpoints.listAdministrativeUnits(t),
};

describe('the route table', () => {
  it('names each route once, by operation and by method and path, and only reads are safe to retry', () => {
    expect(new Set(ROUTES.map((route) => route.operationId)).size).to.equal(ROUTES.length);
    expect(new Set(ROUTES.map(routeName)).size).to.equal(ROUTES.length);
    for (const route of ROUTES) {
      expect(route.idempotency === 'safe', route.operationId).to.equal(route.method === 'GET');
      expect(typeof (ApiClient.prototype as unknown as Record<string, unknown>)[route.operationId], route.operationId).to.equal('function');
      expect(route.path).to.match(/^\/[a-z/{}A-Z-]+$/);
    }
    expect(Object.keys(CALLS).sort()).to.deep.equal(ROUTES.map((route) => route.operationId).sort());
  });

  it('holds every route module: a route added to routes/index.ts but not to the table fails here', () => {
    const inTable = new Set<unknown>(ROUTES);
    const missing = Object.entries(routeModules).filter(([, route]) => !inTable.has(route)).map(([name]) => name);
    expect(missing).to.deep.equal([]);
    expect(ROUTES.length).to.equal(Object.keys(routeModules).length);
  });

  it('fills path parameters URL-encoded and refuses a missing one', () => {
    expect(routePath(getProcedureRoute, { code: '1.001193' })).to.equal('/procedures/1.001193');
    expect(routePath(startPaymentRoute, { code: 'A/B', paymentId: 'p q' })).to.equal('/dossiers/A%2FB/payments/p%20q/checkout');
    expect(() => routePath(startPaymentRoute, { code: 'x' })).to.throw(/missing path parameter paymentId/);
    expect(() => routePath(getProcedureRoute, Object.create({ code: 'inherited' }) as Record<string, string>)).to.throw(/missing path parameter code/);
    expect(routeName(getProcedureRoute)).to.equal('GET /procedures/{code}');
  });

  it('is what every endpoint function sends: its method, its path, and a key exactly when it needs one', async () => {
    for (const route of ROUTES) {
      // The upload goes through XMLHttpRequest (test/api/upload.test.ts covers it).
      if ('request' in route && route.request === 'multipart') continue;
      const { transport, sent } = recording();
      const error = await CALLS[route.operationId]!(transport).catch((caught: unknown) => caught);
      expect(error, route.operationId).to.be.instanceOf(ApiError);
      expect((error as ApiError).endpoint, route.operationId).to.equal(routeName(route));
      expect(sent, route.operationId).to.have.length(1);
      const [request] = sent;
      expect(request!.method, route.operationId).to.equal(route.method);
      const template = new RegExp(`^/api/v1${route.path.replace(/\{\w+\}/g, '[^/]+')}$`);
      expect(request!.url.pathname, route.operationId).to.match(template);
      expect(request!.headers.has('Idempotency-Key'), route.operationId).to.equal(route.idempotency === 'key');
      expect(request!.url.search, `${route.operationId}: no verifier in a URL`).to.not.match(/verifier|5678/);
    }
  });
});

describe('dossier codes (contract 1.1)', () => {
  it('issues the 13-character unit format and still reads older codes', () => {
    expect(NATIONAL_DOSSIER_CODE_PATTERN.test('000.00.01.H22-261122-0001')).to.equal(true);
    expect(NATIONAL_DOSSIER_CODE_PATTERN.test('H22-261122-0001')).to.equal(false);
    expect(NATIONAL_DOSSIER_CODE_PATTERN.test('000.00.01.H2-261122-0001')).to.equal(false);
    expect(DOSSIER_CODE_PATTERN.test('H22-261122-0001'), 'an older code stays readable').to.equal(true);
  });

  it('takes the code from a pasted code or a QR code’s tracking URL', () => {
    expect(dossierCodeFromText(' 000.00.01.h22 – 261122 – 0001\n')).to.equal('000.00.01.H22-261122-0001');
    expect(dossierCodeFromText('https://dichvucong.example.gov.vn/tra-cuu?code=000.00.01.H22-261122-0001')).to.equal('000.00.01.H22-261122-0001');
    expect(dossierCodeFromText('https://x.example/hs?maHoSo=000.20.01.H22-261122-0002&lang=vi')).to.equal('000.20.01.H22-261122-0002');
    expect(dossierCodeFromText('https://x.example/tra-cuu')).to.equal(undefined);
    expect(dossierCodeFromText('https://x.example/?code=not-a-code')).to.equal(undefined);
    expect(dossierCodeFromText('javascript:alert(1)')).to.equal(undefined);
    expect(dossierCodeFromText('')).to.equal(undefined);
  });
});

describe('identifier checks (contract 1.1)', () => {
  it('checks a tax code’s check digit, its sequence and its branch suffix', () => {
    expect(taxCodeProblem('0100233488')).to.equal(null);
    expect(taxCodeProblem('0314409058-002')).to.equal(null);
    expect(taxCodeProblem('0100233480')).to.equal('check-digit');
    expect(taxCodeProblem('0100233489')).to.equal('check-digit');
    expect(taxCodeProblem('0100000000')).to.equal('format');
    expect(taxCodeProblem('0314409058-000')).to.equal('format');
    expect(taxCodeProblem('031440905')).to.equal('format');
    expect(taxCodeProblem('0314409058002')).to.equal('format');
  });

  it('checks a CCCD’s province of birth registration and its year', () => {
    expect(nationalIdProblem('001090012345', 2026)).to.equal(null);
    expect(nationalIdProblem('003090012345', 2026), '003 is no province').to.equal('province');
    expect(nationalIdProblem('001490012345', 2026), 'digit 4 = 4 is the 22nd century').to.equal('century');
    expect(nationalIdProblem('001230012345', 2026), 'born in 2030').to.equal('century');
    expect(nationalIdProblem('00109001234', 2026)).to.equal('format');
  });
});
