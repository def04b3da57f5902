import { expect } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import { ApiClient } from '../../src/api/client.js';
import { ApiError } from '../../src/api/errors.js';
import { FIELD_KINDS, type DossierSubmission, type FormDefinition } from '../../src/api/schemas.js';
import {
  BIRTH_REGISTRATION,
  createMockApi,
  DEMO_APPLICANT,
  DEMO_DOSSIERS,
  HAND_WRITTEN_FORM_CODES,
  JUDICIAL_RECORD,
} from '../../src/mocks/index.js';
import { sampleAnswer } from './support.js';

const baseUrl = '/t-mock/api/v1';
let clock = Date.parse('2026-11-23T02:00:00Z'); // a Monday, 09:00 in Vietnam
const mock = createMockApi({ baseUrl, now: () => clock, advanceEveryMs: 60_000, lookupLimit: 3 });
const worker = setupWorker(...mock.handlers);
const client = new ApiClient({ baseUrl, retries: 0 });
const enClient = new ApiClient({ baseUrl, retries: 0, locale: 'en' });

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(ApiError);
    return error as ApiError;
  }
  throw new Error('expected the request to fail');
}

async function upload(documentCode: string, procedureCode = BIRTH_REGISTRATION, type = 'application/pdf', size = 2048) {
  const file = new File([new Uint8Array(size).fill(7)], `${documentCode}.pdf`, { type });
  return client.uploadAttachment(file, { procedureCode, documentCode });
}

/** A complete, valid birth registration as a citizen would file it. */
async function birthSubmission(form: FormDefinition): Promise<DossierSubmission> {
  const answers: Record<string, unknown> = {};
  for (const step of form.steps) {
    for (const field of step.fields) {
      if (!field.required) continue;
      answers[field.id] = sampleAnswer(field);
    }
  }
  const attachments = [];
  for (const requirement of form.attachments.filter((a) => a.required)) {
    const stored = await upload(requirement.documentCode, form.procedureCode);
    attachments.push({ documentCode: requirement.documentCode, attachmentId: stored.id });
  }
  return {
    procedureCode: form.procedureCode,
    formVersion: form.version,
    answers,
    attachments,
    delivery: 'online',
    applicant: { fullName: 'Trần Thị Bình', nationalId: '079195001234', phone: '0987654321' },
  };
}

describe('mock back end', () => {
  before(async () => {
    await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
  });
  after(() => worker.stop());
  beforeEach(() => mock.reset());

  describe('procedures', () => {
    it('holds over 1,000 procedures, the real ones included', async () => {
      const all = await client.searchProcedures({ pageSize: 100 });
      expect(all.total).to.be.greaterThan(1000);
      expect(all.items[0]?.code).to.equal(BIRTH_REGISTRATION);
      expect(all.items[0]?.name).to.equal('Đăng ký khai sinh');
    });

    it('finds with or without diacritics and đ/Đ, and by code', async () => {
      for (const q of ['dang ky khai sinh', 'ĐĂNG KÝ KHAI SINH', 'Đăng ký khai sinh', '1.001193', '001193']) {
        const list = await client.searchProcedures({ q });
        expect(list.items[0]?.code, q).to.equal(BIRTH_REGISTRATION);
      }
      const permits = await client.searchProcedures({ q: 'giay phep xay dung' });
      expect(permits.total).to.be.greaterThan(0);
      expect(permits.items.every((item) => /giấy phép xây dựng/i.test(item.name) || item.sector.name.length > 0)).to.equal(true);
    });

    it('answers an empty list, never an error, when nothing matches', async () => {
      const list = await client.searchProcedures({ q: 'zzzz khong co thu tuc nay' });
      expect(list.total).to.equal(0);
      expect(list.items).to.deep.equal([]);
    });

    it('counts facets disjunctively: a chosen sector still shows the other sectors', async () => {
      const all = await client.searchProcedures({});
      const hoTich = all.facets?.sector.find((facet) => facet.value === 'ho-tich');
      expect(hoTich?.count).to.be.greaterThan(0);
      const filtered = await client.searchProcedures({ sector: 'ho-tich' });
      expect(filtered.total).to.equal(hoTich?.count);
      expect(filtered.facets?.sector.length).to.equal(all.facets?.sector.length);
      const onlineTotal = (filtered.facets?.onlineLevel ?? []).reduce((sum, facet) => sum + facet.count, 0);
      expect(onlineTotal).to.equal(filtered.total);
      const full = await client.searchProcedures({ sector: 'ho-tich', onlineLevel: 'full' });
      expect(full.items.every((item) => item.onlineLevel === 'full' && item.sector.code === 'ho-tich')).to.equal(true);
    });

    it('pages, and rejects a page size over 100 with a field error', async () => {
      const second = await client.searchProcedures({ page: 2, pageSize: 10 });
      expect(second.items).to.have.length(10);
      expect(second.page).to.equal(2);
      const error = await failure(client.searchProcedures({ pageSize: 101 }));
      expect(error.status).to.equal(400);
      expect(error.fieldErrors.map((e) => e.field)).to.include('pageSize');
    });

    it('gives details with a form version, null for information-only procedures', async () => {
      const birth = await client.getProcedure(BIRTH_REGISTRATION);
      expect(birth.formVersion).to.be.a('string');
      expect(birth.cases.length).to.be.greaterThan(0);
      expect(birth.legalBasis.length).to.be.greaterThan(0);
      const infoOnly = (await client.searchProcedures({ onlineLevel: 'none' })).items[0];
      const detail = await client.getProcedure(infoOnly?.code ?? '');
      expect(detail.formVersion).to.equal(null);
      const error = await failure(client.getForm(infoOnly?.code ?? ''));
      expect(error.status).to.equal(404);
      expect((await failure(client.getProcedure('9.999999'))).status).to.equal(404);
    });

    it('names facets in the requested language', async () => {
      const list = await enClient.searchProcedures({});
      expect(list.facets?.onlineLevel.map((f) => f.label)).to.include('Fully online');
    });
  });

  describe('forms', () => {
    it('has a valid form for every online procedure of a page, and hand-written forms using every field kind', async () => {
      const online = await client.searchProcedures({ onlineLevel: 'partial', pageSize: 30 });
      for (const item of online.items) {
        const form = await client.getForm(item.code);
        expect(form.procedureCode).to.equal(item.code);
        expect(form.steps.length).to.be.greaterThan(0);
      }
      expect(HAND_WRITTEN_FORM_CODES.length).to.be.at.least(5);
      const kinds = new Set<string>();
      for (const code of HAND_WRITTEN_FORM_CODES) {
        const form = await client.getForm(code);
        form.steps.forEach((step) => step.fields.forEach((field) => kinds.add(field.kind)));
      }
      // Every kind, the 1.1 group included (the household's members, the building's parcels).
      expect([...kinds].sort()).to.deep.equal([...FIELD_KINDS].sort());
    });

    it('serves the case variant with its mandatory documents', async () => {
      const detail = await client.getProcedure(BIRTH_REGISTRATION);
      const proxy = detail.cases.find((c) => c.id === 'nop-thay');
      expect(proxy).to.not.equal(undefined);
      const form = await client.getForm(BIRTH_REGISTRATION, 'nop-thay');
      expect(form.caseId).to.equal('nop-thay');
      expect((await failure(client.getForm(BIRTH_REGISTRATION, 'khong-co'))).status).to.equal(404);
    });
  });

  describe('attachments', () => {
    it('stores a file with its SHA-256 and checks size and type first', async () => {
      const form = await client.getForm(BIRTH_REGISTRATION);
      const requirement = form.attachments[0];
      expect(requirement).to.not.equal(undefined);
      const stored = await upload(requirement?.documentCode ?? '');
      expect(stored.sha256).to.match(/^[0-9a-f]{64}$/);
      expect(stored.size).to.equal(2048);
      const tooLarge = await failure(upload(requirement?.documentCode ?? '', BIRTH_REGISTRATION, 'application/pdf', (requirement?.maxBytes ?? 0) + 1));
      expect(tooLarge.status).to.equal(413);
      expect(tooLarge.problemType).to.equal('file-too-large');
      const wrongType = await failure(upload(requirement?.documentCode ?? '', BIRTH_REGISTRATION, 'application/x-msdownload'));
      expect(wrongType.status).to.equal(415);
    });
  });

  describe('dossiers', () => {
    it('creates one dossier per Idempotency-Key, with a national code and a promised date', async () => {
      const form = await client.getForm(BIRTH_REGISTRATION);
      const submission = await birthSubmission(form);
      const before = mock.store.dossiers.count();
      const first = await client.createDossier(submission, 'key-1');
      const again = await client.createDossier(submission, 'key-1');
      expect(again).to.deep.equal(first);
      expect(mock.store.dossiers.count()).to.equal(before + 1);
      expect(first.code).to.match(/^000\.20\.01\.H22-261123-\d{4}$/);
      expect(first.status).to.equal(1);
      expect(first.expectedReturnDate).to.equal('2026-11-24');
      const second = await client.createDossier(submission, 'key-2');
      expect(second.code).to.not.equal(first.code);
    });

    it('answers 422 with field paths for missing answers and attachments', async () => {
      const form = await client.getForm(BIRTH_REGISTRATION);
      const submission = await birthSubmission(form);
      const firstRequired = form.steps.flatMap((s) => s.fields).find((f) => f.required);
      delete submission.answers[firstRequired?.id ?? ''];
      submission.attachments = [];
      const error = await failure(client.createDossier(submission, 'key-422'));
      expect(error.status).to.equal(422);
      const fields = error.fieldErrors.map((e) => e.field);
      expect(fields).to.include(`answers.${firstRequired?.id}`);
      expect(fields.some((f) => f.startsWith('attachments.'))).to.equal(true);
      expect(error.fieldErrors[0]?.message).to.match(/[ạ-ỹđ]|Chưa/);
    });

    it('rejects an address whose commune is not in the province', async () => {
      const form = await client.getForm(BIRTH_REGISTRATION);
      const submission = await birthSubmission(form);
      const addressField = form.steps.flatMap((s) => s.fields).find((f) => f.kind === 'address' && f.required && !f.visibleWhen);
      submission.answers[addressField?.id ?? ''] = { provinceCode: '79', communeCode: '00004', street: 'x' };
      const error = await failure(client.createDossier(submission, 'key-address'));
      expect(error.fieldErrors.map((e) => e.field)).to.include(`answers.${addressField?.id}`);
    });

    it('answers 409 form-version-changed after a new version is published', async () => {
      const form = await client.getForm(BIRTH_REGISTRATION);
      const submission = await birthSubmission(form);
      const next = mock.store.forms.bump(BIRTH_REGISTRATION);
      expect(next.version).to.not.equal(form.version);
      const error = await failure(client.createDossier(submission, 'key-409'));
      expect(error.status).to.equal(409);
      expect(error.problemType).to.equal('form-version-changed');
      expect((await client.getProcedure(BIRTH_REGISTRATION)).formVersion).to.equal(next.version);
    });

    it('requires an Idempotency-Key', async () => {
      const response = await fetch(`${baseUrl}/dossiers`, { method: 'POST', body: '{}', headers: { 'Content-Type': 'application/json' } });
      expect(response.status).to.equal(400);
    });
  });

  describe('lookup', () => {
    it('seeds one demo dossier per national status, and one overdue', async () => {
      expect(mock.demo.map((d) => d.status).sort((a, b) => a - b)).to.include.members([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      expect(mock.demo.some((d) => d.overdue && d.status === 4)).to.equal(true);
      expect(DEMO_DOSSIERS.length).to.equal(mock.demo.length);
      for (const demo of mock.demo) {
        const status = await client.lookupDossier({ code: demo.code, verifier: demo.verifier });
        expect(status.status).to.equal(demo.status);
        expect(status.applicantName).to.equal('Nguyễn V. A.');
        expect(status.history[0]?.status).to.equal(1);
        if (demo.status === 5) expect(status.supplementRequest?.documents.length).to.be.greaterThan(0);
        if (demo.status === 6) expect(status.payment?.amount).to.be.greaterThan(0);
        if (demo.status >= 9) expect(status.result?.summary).to.be.a('string');
        if (demo.status === 10) expect(status.timeliness).to.be.oneOf(['early', 'on-time']);
      }
    });

    it('opens with the last 4 digits of the identity number too', async () => {
      const demo = mock.demo[0];
      const status = await client.lookupDossier({ code: demo?.code ?? '', verifier: DEMO_APPLICANT.nationalId.slice(-4) });
      expect(status.code).to.equal(demo?.code);
    });

    it('gives the same 404 for an unknown code and a wrong verifier, then 429 with Retry-After', async () => {
      const demo = mock.demo[0];
      const unknown = await failure(client.lookupDossier({ code: '000.20.01.H22-200101-9999', verifier: '5678' }));
      const wrong = await failure(client.lookupDossier({ code: demo?.code ?? '', verifier: '0000' }));
      expect(unknown.status).to.equal(404);
      expect(wrong.status).to.equal(404);
      expect(wrong.problem).to.deep.equal(unknown.problem);
      await failure(client.lookupDossier({ code: demo?.code ?? '', verifier: '1111' }));
      const limited = await failure(client.lookupDossier({ code: demo?.code ?? '', verifier: demo?.verifier ?? '' }));
      expect(limited.status).to.equal(429);
      expect(limited.retryAfter).to.be.within(1, 60);
      clock += 61_000;
      expect((await client.lookupDossier({ code: demo?.code ?? '', verifier: demo?.verifier ?? '' })).code).to.equal(demo?.code);
    });

    it('moves a new dossier through statuses with the clock and waits on the applicant at 5', async () => {
      const form = await client.getForm(JUDICIAL_RECORD);
      const submission = await birthSubmission(form);
      const receipt = await client.createDossier(submission, 'key-advance').catch((error: ApiError) => {
        throw new Error(JSON.stringify(error.fieldErrors));
      });
      const verifier = '4321';
      clock += 60_000;
      expect((await client.lookupDossier({ code: receipt.code, verifier })).status).to.equal(2);
      clock += 120_000;
      const waiting = await client.lookupDossier({ code: receipt.code, verifier });
      expect(waiting.status).to.equal(5);
      clock += 600_000;
      expect((await client.lookupDossier({ code: receipt.code, verifier })).status, 'waits for the applicant').to.equal(5);
      const documentCode = waiting.supplementRequest?.documents[0]?.code ?? '';
      const file = await upload(documentCode, JUDICIAL_RECORD);
      const supplement = { verifier, attachments: [{ documentCode, attachmentId: file.id }] };
      const first = await client.submitSupplement(receipt.code, supplement, 'supp-1');
      const replay = await client.submitSupplement(receipt.code, supplement, 'supp-1');
      expect(replay).to.deep.equal(first);
      expect(first?.status).to.equal(4);
      const other = await failure(client.submitSupplement(receipt.code, supplement, 'supp-2'));
      expect(other.status, 'a second supplement is not accepted once processing resumed').to.equal(409);
      clock += 180_000;
      const done = await client.lookupDossier({ code: receipt.code, verifier });
      expect(done.status).to.equal(10);
      expect(done.history.map((h) => h.status)).to.deep.equal([1, 2, 4, 5, 4, 9, 10]);
      expect(done.timeliness).to.be.oneOf(['early', 'on-time']);
    });
  });

  describe('stats and reference data', () => {
    it('gives transparency figures that add up, and checks the period', async () => {
      const stats = await client.getStats({ from: '2026-10-01', to: '2026-10-31' });
      expect(stats.received).to.be.greaterThan(1000);
      const progress = stats.progress!;
      expect(progress.carriedOver + stats.received).to.equal(stats.resolved + stats.inProgress + stats.awaitingSupplement + progress.withdrawn);
      expect(stats.onTimeRate).to.be.within(0.9, 1);
      expect(await client.getStats({ from: '2026-10-01', to: '2026-10-31' })).to.deep.equal(stats);
      const error = await failure(client.getStats({ from: '2026-11-01', to: '2026-10-01' }));
      expect(error.status).to.equal(400);
      expect((await failure(client.getStats({ agency: 'khong-co' }))).status).to.equal(400);
    });

    it('serves the 34 provinces and 3,321 communes of 2025, sectors and agencies', async () => {
      const provinces = await client.listAdministrativeUnits();
      expect(provinces).to.have.length(34);
      let communes = 0;
      for (const province of provinces) communes += (await client.listAdministrativeUnits(province.code)).length;
      expect(communes).to.equal(3321);
      expect((await failure(client.listAdministrativeUnits('99'))).status).to.equal(404);
      expect((await client.listSectors()).length).to.be.greaterThan(5);
      expect((await client.listAgencies()).some((a) => a.level === 'commune')).to.equal(true);
    });
  });

  describe('faults', () => {
    it('injects offline, server errors, malformed bodies and delays, and removes them', async () => {
      const remove = mock.faults.add({ path: '/procedures', offline: true });
      expect((await failure(client.searchProcedures({}))).kind).to.be.oneOf(['network', 'offline']);
      remove();
      mock.faults.add({ method: 'GET', path: /^\/procedures/, status: 503, retryAfter: 7, times: 1 });
      const unavailable = await failure(client.getProcedure(BIRTH_REGISTRATION));
      expect(unavailable.status).to.equal(503);
      expect(unavailable.retryAfter).to.equal(7);
      expect((await client.getProcedure(BIRTH_REGISTRATION)).code, 'times: 1 is used up').to.equal(BIRTH_REGISTRATION);
      mock.faults.add({ path: '/sectors', malformed: true, times: 1 });
      const invalid = await failure(client.listSectors());
      expect(invalid.kind).to.equal('invalid-response');
      mock.faults.add({ path: '/agencies', delayMs: 150, times: 1 });
      const started = performance.now();
      await client.listAgencies();
      expect(performance.now() - started).to.be.at.least(140);
    });

    it('reset forgets dossiers, published forms and faults', async () => {
      mock.store.forms.bump(BIRTH_REGISTRATION);
      mock.faults.add({ path: '/sectors', status: 500 });
      mock.reset();
      expect(mock.store.dossiers.count()).to.equal(mock.demo.length);
      expect((await client.getForm(BIRTH_REGISTRATION)).version).to.equal('2025.07.1');
      expect((await client.listSectors()).length).to.be.greaterThan(0);
    });
  });
});
