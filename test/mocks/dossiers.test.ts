/**
 * The mock's dossiers under contract 1.1: applicants of every type, the appointment and its
 * history, the 766 timing rules, withdrawal, rating, payments (with the payment platform's
 * round trip) and result documents.
 */
import { expect } from '@open-wc/testing';
import { DossierStatusSchema, type DossierStatus, type FormDefinition } from '../../src/api/schemas.js';
import { BUSINESS_HOUSEHOLD, CONSTRUCTION_PERMIT, DEMO_VERIFIER, JUDICIAL_RECORD, PERMANENT_RESIDENCE } from '../../src/mocks/index.js';
import { isoVn } from '../../src/mocks/time.js';
import { MONDAY, mockBackEnd, type Asking } from './support.js';

const HOUR = 3_600_000;

/** A complete construction permit (every applicant type may file it), ready to send. */
async function constructionPermit(backEnd: Asking, applicant: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  const { body: form } = await backEnd.ask(`/procedures/${CONSTRUCTION_PERMIT}/form`);
  const answers: Record<string, unknown> = {
    ownerName: 'Trần Thị Bình',
    ownerId: '079195001234',
    ownerPhone: '0987654321',
    ownerAddress: { provinceCode: '01', communeCode: '00004', street: 'Số 1' },
    siteAddress: { provinceCode: '01', communeCode: '00004', street: 'Số 2' },
    parcels: [{ parcelNumber: '12', mapSheet: '3', area: 80 }],
    buildingKind: 'nha-pho',
    floors: 3,
    buildingArea: 60,
    totalFloorArea: 180,
    height: 12,
    startDate: '2027-01-04',
    durationMonths: 6,
  };
  const attachments = [];
  for (const requirement of (form as FormDefinition).attachments.filter((a) => a.required)) {
    attachments.push({ documentCode: requirement.documentCode, attachmentId: await backEnd.upload(CONSTRUCTION_PERMIT, requirement.documentCode) });
  }
  return { procedureCode: CONSTRUCTION_PERMIT, formVersion: form.version, answers, attachments, delivery: 'online', applicant, ...extra };
}

const CITIZEN = { fullName: 'Trần Thị Bình', nationalId: '079195001234', phone: '0987654321' };
const errorsOf = (body: { errors?: Array<{ field: string; code: string }> }) => (body.errors ?? []).map((e) => `${e.field} ${e.code}`);

describe('mock back end: dossiers of contract 1.1', () => {
  describe('applicants', () => {
    const backEnd = mockBackEnd();
    const { post } = backEnd;

    it('takes a citizen as 1.0 sent one, and a business, an organisation, a foreigner by their identifiers', async () => {
      for (const applicant of [
        CITIZEN,
        { type: 'business', fullName: 'Công ty TNHH An Bình', taxCode: '0100233488', phone: '0912345678' },
        { type: 'business', fullName: 'Chi nhánh An Bình', taxCode: '0314409058-002', phone: '0912345678' },
        { type: 'organisation', fullName: 'Trường Tiểu học Ba Đình', organisationCode: '000.00.05.H22', phone: '0912345678' },
        { type: 'foreigner', fullName: 'John Smith', passportNumber: 'C1234567', nationality: 'GB', phone: '0912345678' },
      ]) {
        const created = await post('/dossiers', await constructionPermit(backEnd, applicant));
        expect(created.status, JSON.stringify(created.body)).to.equal(201);
      }
    });

    it('checks the identifier of each type: CCCD province and year, MST check digit, passport', async () => {
      const check = async (applicant: Record<string, unknown>) => errorsOf((await post('/dossiers', await constructionPermit(backEnd, applicant))).body);
      expect(await check({ ...CITIZEN, nationalId: undefined })).to.include('applicant.nationalId required');
      expect(await check({ ...CITIZEN, nationalId: '003195001234' })).to.include('applicant.nationalId national-id');
      expect(await check({ ...CITIZEN, nationalId: '079295001234' }), 'born in 2095').to.include('applicant.nationalId national-id');
      expect(await check({ type: 'business', fullName: 'X', phone: '0912345678' })).to.include('applicant.taxCode required');
      expect(await check({ type: 'business', fullName: 'X', taxCode: '0100233480', phone: '0912345678' })).to.include('applicant.taxCode tax-code');
      expect(await check({ type: 'organisation', fullName: 'X', organisationCode: 'a b', phone: '0912345678' })).to.include('applicant.organisationCode pattern');
      expect(await check({ type: 'foreigner', fullName: 'X', phone: '0912345678' })).to.include.members([
        'applicant.passportNumber required',
        'applicant.nationality required',
      ]);
    });

    it('refuses an applicant type the form does not take', async () => {
      const { body: form } = await backEnd.ask(`/procedures/${PERMANENT_RESIDENCE}/form`);
      expect(form.applicantTypes).to.deep.equal(['citizen']);
      const business = { type: 'business', fullName: 'Công ty', taxCode: '0100233488', phone: '0912345678' };
      const answer = await post('/dossiers', { procedureCode: PERMANENT_RESIDENCE, formVersion: form.version, answers: {}, attachments: [], delivery: 'online', applicant: business });
      expect(errorsOf(answer.body)).to.include('applicant.type option');
    });

    it('takes a representative with an uploaded authorisation, and refuses one without', async () => {
      const authorisation = await backEnd.upload(CONSTRUCTION_PERMIT, 'UQ');
      const representative = { basis: 'authorised', fullName: 'Lê Văn Cường', nationalId: '001090012345', phone: '0911222333' };
      const withDocument = { ...CITIZEN, representative: { ...representative, authorisation: { attachmentId: authorisation, number: '12/UQ', issuedOn: '2026-11-20' } } };
      const created = await post('/dossiers', await constructionPermit(backEnd, withDocument));
      expect(created.status, JSON.stringify(created.body)).to.equal(201);
      // The representative's phone opens the dossier too.
      expect((await post('/dossiers/lookup', { code: created.body.code, verifier: '2333' })).status).to.equal(200);
      expect(errorsOf((await post('/dossiers', await constructionPermit(backEnd, { ...CITIZEN, representative }))).body)).to.include(
        'applicant.representative.authorisation required',
      );
      const unknown = { ...CITIZEN, representative: { ...representative, authorisation: { attachmentId: 'att-999999' } } };
      expect(errorsOf((await post('/dossiers', await constructionPermit(backEnd, unknown))).body)).to.include(
        'applicant.representative.authorisation unknown-attachment',
      );
      const expired = { ...CITIZEN, representative: { ...representative, authorisation: { attachmentId: authorisation, validUntil: '2026-11-01' } } };
      expect(errorsOf((await post('/dossiers', await constructionPermit(backEnd, expired))).body)).to.include('applicant.representative.authorisation expired');
      const legal = { type: 'business', fullName: 'Công ty', taxCode: '0100233488', phone: '0912345678', representative: { ...representative, basis: 'legal' } };
      expect((await post('/dossiers', await constructionPermit(backEnd, legal))).status, 'a legal representative needs no authorisation').to.equal(201);
    });

    it('records which answers were prefilled, from where, and whether they changed', async () => {
      const prefill = [
        { field: 'ownerName', source: 'vneid', changed: false },
        { field: 'ownerAddress', source: 'population-db', changed: true },
      ];
      const created = await post('/dossiers', await constructionPermit(backEnd, CITIZEN, { prefill }));
      expect(created.status).to.equal(201);
      expect(backEnd.api.store.dossiers.get(created.body.code)!.prefill).to.deep.equal(prefill);
      const unknown = await post('/dossiers', await constructionPermit(backEnd, CITIZEN, { prefill: [{ field: 'nope', source: 'host', changed: false }] }));
      expect(errorsOf(unknown.body)).to.include('prefill.0 unknown-field');
    });
  });

  describe('the appointment and the 766 timing rules', () => {
    const backEnd = mockBackEnd();
    const { post } = backEnd;
    const store = () => backEnd.api.store.dossiers;
    const lookup = async (code: string): Promise<DossierStatus> => (await post('/dossiers/lookup', { code, verifier: '4321' })).body;

    it('gives the appointment as a date-time in Vietnam, and the unit part and day of receipt in the code', async () => {
      const created = await post('/dossiers', await constructionPermit(backEnd, CITIZEN));
      expect(created.body.code).to.match(/^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}-261123-\d{4}$/);
      // 15 calendar days from Monday 23 November 10:00.
      expect(created.body.appointmentAt).to.equal('2026-12-08T10:00:00+07:00');
      expect(created.body.expectedReturnDate).to.equal('2026-12-08');
      const status = await lookup(created.body.code);
      expect(status.appointmentAt).to.equal('2026-12-08T10:00:00+07:00');
      expect(status.appointmentHistory).to.deep.equal([]);
    });

    it('moves the appointment by the working time spent waiting for a supplement, and records why', async () => {
      const { body: receipt } = await post('/dossiers', await constructionPermit(backEnd, CITIZEN));
      store().setStatus(receipt.code, 2, undefined, MONDAY + HOUR);
      store().setStatus(receipt.code, 5, undefined, MONDAY + 2 * HOUR);
      store().setStatus(receipt.code, 4, undefined, MONDAY + 26 * HOUR); // Tuesday 12:00: 8 working hours later
      const status = await lookup(receipt.code);
      expect(status.appointmentHistory).to.have.length(1);
      const [change] = status.appointmentHistory!;
      expect(change).to.include({ cause: 'supplement', previous: '2026-12-08T10:00:00+07:00', next: '2026-12-09T10:00:00+07:00' });
      expect(status.appointmentAt).to.equal('2026-12-09T10:00:00+07:00');
    });

    it('counts a dossier asked for documents twice as late, however early it ends', async () => {
      const { body: receipt } = await post('/dossiers', await constructionPermit(backEnd, CITIZEN));
      for (const status of [2, 5, 4, 5, 4, 9] as const) store().setStatus(receipt.code, status, undefined, MONDAY + HOUR);
      const status = await lookup(receipt.code);
      expect(status.timeliness).to.equal('late');
      expect(status.overdue).to.equal(true);
      expect(status.evaluation!.indices.find((index) => index.index === 3)!.points, 'contacts needed').to.equal(0);
    });

    it('tells early, on time and late apart by the day of the deadline', async () => {
      const timed = async (at: number) => {
        const { body: receipt } = await post('/dossiers', await constructionPermit(backEnd, CITIZEN));
        store().setStatus(receipt.code, 9, undefined, at);
        return (await lookup(receipt.code)).timeliness;
      };
      expect(await timed(Date.parse('2026-12-07T10:00:00+07:00'))).to.equal('early');
      expect(await timed(Date.parse('2026-12-08T16:30:00+07:00')), 'the same day, after the hour').to.equal('on-time');
      expect(await timed(Date.parse('2026-12-09T08:00:00+07:00'))).to.equal('late');
    });

    it('extends with an apology slip: a new appointment for the applicant, the deadline unmoved', async () => {
      const { body: receipt } = await post('/dossiers', await constructionPermit(backEnd, CITIZEN));
      store().extend(receipt.code, 'Cần xác minh thêm', 2, Date.parse('2026-12-07T16:00:00+07:00'));
      const status = await lookup(receipt.code);
      expect(status.appointmentAt).to.equal('2026-12-10T10:00:00+07:00');
      const [change] = status.appointmentHistory!;
      expect(change).to.include({ cause: 'extension', previous: '2026-12-08T10:00:00+07:00', next: '2026-12-10T10:00:00+07:00', reason: 'Cần xác minh thêm' });
      expect(change!.apologySlip!.name).to.equal('Phiếu xin lỗi và hẹn lại ngày trả kết quả');
      expect(change!.apologySlip!.url).to.match(/^https:\/\/motcua\.dev\/phieu-xin-loi\/.+\.pdf$/);
      expect(status.history.at(-1)!.note).to.equal('Gia hạn thời gian giải quyết: Cần xác minh thêm');
      store().setStatus(receipt.code, 9, undefined, Date.parse('2026-12-10T09:00:00+07:00'));
      expect((await lookup(receipt.code)).timeliness, 'the apology does not make it on time').to.equal('late');
    });

    it('counts an open dossier past its deadline as overdue, one waiting for the applicant as not', async () => {
      const { body: receipt } = await post('/dossiers', await constructionPermit(backEnd, CITIZEN));
      store().setStatus(receipt.code, 4, undefined, MONDAY + HOUR);
      backEnd.setNow(Date.parse('2026-12-08T10:01:00+07:00'));
      expect((await lookup(receipt.code)).overdue).to.equal(true);
      store().setStatus(receipt.code, 5);
      expect((await lookup(receipt.code)).overdue).to.equal(false);
      backEnd.setNow(MONDAY);
    });

    it('asks for documents with what the agency accepts for each', async () => {
      const { body: receipt } = await post('/dossiers', await constructionPermit(backEnd, CITIZEN));
      store().setStatus(receipt.code, 5);
      const documents = (await lookup(receipt.code)).supplementRequest!.documents;
      expect(documents.length).to.be.greaterThan(0);
      for (const document of documents) {
        expect(document.accept!.length).to.be.greaterThan(0);
        expect(document.maxBytes).to.be.greaterThan(0);
      }
      // As the form takes the document: the land use certificate up to 10 MB.
      expect(documents.find((document) => document.code === 'QSDD')).to.deep.include({ maxBytes: 10 * 1024 * 1024 });
    });
  });

  describe('withdrawal (status 7 is the applicant’s request; the agency sets 8)', () => {
    const backEnd = mockBackEnd({ advanceEveryMs: 60_000 });
    const { post } = backEnd;

    it('records the request with its reason once, and the agency stops processing next', async () => {
      const { body: receipt } = await post('/dossiers', await constructionPermit(backEnd, CITIZEN));
      const body = { verifier: '4321', reason: 'Tôi nộp nhầm thủ tục.' };
      const headers = { 'idempotency-key': 'withdraw-once' };
      const first = await post(`/dossiers/${receipt.code}/withdrawal`, body, headers);
      expect(first.status).to.equal(202);
      expect(first.body).to.deep.equal({ dossierCode: receipt.code, requestedAt: isoVn(MONDAY), status: 7 });
      const replay = await post(`/dossiers/${receipt.code}/withdrawal`, body, headers);
      expect(replay.body).to.deep.equal(first.body);
      expect(replay.headers.get('idempotent-replayed')).to.equal('true');
      const status = (await post('/dossiers/lookup', { code: receipt.code, verifier: '4321' })).body;
      expect(status.status).to.equal(7);
      expect(status.withdrawal).to.deep.equal({ requestedAt: isoVn(MONDAY), reason: 'Tôi nộp nhầm thủ tục.' });
      expect((await post(`/dossiers/${receipt.code}/withdrawal`, body)).status, 'asked already').to.equal(409);
      backEnd.setNow(MONDAY + 61_000);
      const decided = (await post('/dossiers/lookup', { code: receipt.code, verifier: '4321' })).body;
      expect(decided.status).to.equal(8);
      expect(decided.history.at(-1).note).to.equal('Dừng xử lý theo đề nghị rút hồ sơ của công dân');
      backEnd.setNow(MONDAY);
    });

    it('gives the uniform 404 for a wrong verifier, 400 without a reason, 409 once decided', async () => {
      const demo = backEnd.api.demo.find((dossier) => dossier.status === 10)!;
      expect((await post(`/dossiers/${demo.code}/withdrawal`, { verifier: '0000', reason: 'x' })).status).to.equal(404);
      expect((await post(`/dossiers/${demo.code}/withdrawal`, { verifier: DEMO_VERIFIER, reason: '' })).status).to.equal(400);
      const decided = await post(`/dossiers/${demo.code}/withdrawal`, { verifier: DEMO_VERIFIER, reason: 'x' });
      expect(decided.status).to.equal(409);
      expect(decided.body.type).to.match(/\/invalid-state$/);
    });
  });

  describe('evaluation and rating', () => {
    const backEnd = mockBackEnd();
    const { post } = backEnd;

    it('shows the back end’s indices 1–9 once there is a result, and takes the citizen’s 10 and 11 once', async () => {
      const demo = backEnd.api.demo.find((dossier) => dossier.status === 9)!;
      const before = (await post('/dossiers/lookup', { code: demo.code, verifier: demo.verifier })).body;
      expect(before.evaluation.ratingOpen).to.equal(true);
      expect(before.evaluation.indices.map((index: { index: number }) => index.index)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8, 9]);
      for (const index of before.evaluation.indices) expect(index.points).to.be.oneOf([0, 1, 2]);
      const rating = { verifier: demo.verifier, convenience: 'satisfied', overall: 'very-satisfied', comment: '  Đúng hẹn.  ' };
      const rated = await post(`/dossiers/${demo.code}/rating`, rating);
      expect(rated.status).to.equal(201);
      expect(rated.body).to.deep.equal({ dossierCode: demo.code, ratedAt: isoVn(MONDAY), convenience: 'satisfied', overall: 'very-satisfied' });
      const after = (await post('/dossiers/lookup', { code: demo.code, verifier: demo.verifier })).body;
      expect(after.evaluation.ratingOpen).to.equal(false);
      expect(after.evaluation.rating).to.deep.equal({ convenience: 'satisfied', overall: 'very-satisfied', comment: 'Đúng hẹn.', ratedAt: isoVn(MONDAY) });
      expect(after.evaluation.indices.slice(-2)).to.deep.equal([
        { index: 10, name: 'Mức độ thuận tiện khi thực hiện thủ tục', points: 1 },
        { index: 11, name: 'Mức độ hài lòng chung', points: 2 },
      ]);
      const again = await post(`/dossiers/${demo.code}/rating`, rating);
      expect(again.status).to.equal(409);
      expect(again.body.type).to.match(/\/already-rated$/);
    });

    it('refuses a rating before the result, with a wrong verifier, or outside the three levels', async () => {
      const open = backEnd.api.demo.find((dossier) => dossier.status === 4)!;
      const early = await post(`/dossiers/${open.code}/rating`, { verifier: open.verifier, convenience: 'satisfied', overall: 'satisfied' });
      expect(early.status).to.equal(409);
      expect(early.body.type).to.match(/\/invalid-state$/);
      const done = backEnd.api.demo.find((dossier) => dossier.status === 10)!;
      expect((await post(`/dossiers/${done.code}/rating`, { verifier: '0000', convenience: 'satisfied', overall: 'satisfied' })).status).to.equal(404);
      expect((await post(`/dossiers/${done.code}/rating`, { verifier: done.verifier, convenience: 'good', overall: 'satisfied' })).status).to.equal(400);
    });
  });

  describe('payments', () => {
    it('asks for the fee with the submission of a procedure that takes it then, and the platform round trip pays it', async () => {
      const backEnd = mockBackEnd();
      const { body: form } = await backEnd.ask(`/procedures/${JUDICIAL_RECORD}/form`);
      const answers = {
        fullName: 'Trần Thị Bình',
        gender: 'nu',
        dateOfBirth: '1995-04-02',
        birthPlace: 'Hà Nội',
        nationality: 'VN',
        nationalId: '079195001234',
        phone: '0987654321',
        permanentAddress: { provinceCode: '01', communeCode: '00004', street: 'Số 1' },
        recordType: '1',
        purpose: 'xin-viec',
        copies: 1,
        residenceHistory: 'Từ 2013 đến nay: Hà Nội, nhân viên văn phòng',
      };
      const attachments = [{ documentCode: 'CCCD', attachmentId: await backEnd.upload(JUDICIAL_RECORD, 'CCCD') }];
      const created = await backEnd.post('/dossiers', { procedureCode: JUDICIAL_RECORD, formVersion: form.version, answers, attachments, delivery: 'online', applicant: CITIZEN });
      expect(created.status, JSON.stringify(created.body)).to.equal(201);
      const [request] = created.body.paymentRequests;
      expect(request).to.deep.include({ stage: 'submission', state: 'pending', amount: 100000, currency: 'VND', platform: 'dvcqg', dueDate: '2026-11-26' });
      expect(request.items).to.deep.equal([{ kind: 'le-phi', name: 'Lệ phí cấp Phiếu lý lịch tư pháp', amount: 100000, quantity: 1, unitAmount: 100000, unit: 'Phiếu' }]);

      const returnUrl = 'https://portal.example.gov.vn/tra-cuu?code=' + encodeURIComponent(created.body.code);
      const checkout = await backEnd.post(`/dossiers/${created.body.code}/payments/${request.id}/checkout`, { verifier: '4321', returnUrl });
      expect(checkout.status).to.equal(201);
      const redirect = new URL(checkout.body.redirectUrl);
      expect(redirect.origin, 'back to the portal, without leaving its origin').to.equal('https://portal.example.gov.vn');
      expect(redirect.searchParams.get('code')).to.equal(created.body.code);
      expect(redirect.searchParams.get('motcua-payment')).to.equal(request.id);
      expect(checkout.body.expiresAt).to.equal('2026-11-23T10:15:00+07:00');
      const status = (await backEnd.post('/dossiers/lookup', { code: created.body.code, verifier: '4321' })).body;
      const [paid] = status.paymentRequests;
      expect(paid).to.deep.include({ state: 'paid', paidAt: isoVn(MONDAY) });
      expect(paid.receiptUrl).to.match(/^https:\/\/motcua\.dev\/bien-lai\/pay_\d+\.pdf$/);
      expect((await backEnd.post(`/dossiers/${created.body.code}/payments/${request.id}/checkout`, { verifier: '4321', returnUrl })).status, 'paid already').to.equal(409);
    });

    it('keeps a request pending when the applicant gives up at the platform', async () => {
      const backEnd = mockBackEnd({ paymentOutcome: 'cancelled' });
      const demo = backEnd.api.demo.find((dossier) => dossier.label === 'Chờ thanh toán khi nộp')!;
      const record = backEnd.api.store.dossiers.get(demo.code)!;
      const checkout = await backEnd.post(`/dossiers/${demo.code}/payments/${record.payments[0]!.id}/checkout`, { verifier: demo.verifier, returnUrl: 'https://p.example/x' });
      expect(new URL(checkout.body.redirectUrl).searchParams.get('motcua-payment-result')).to.equal('cancelled');
      const status = (await backEnd.post('/dossiers/lookup', { code: demo.code, verifier: demo.verifier })).body;
      expect(status.paymentRequests[0].state).to.equal('pending');
    });

    it('waits for the platform’s confirmation, then goes on from status 6; an unpaid request expires', async () => {
      const backEnd = mockBackEnd({ paymentOutcome: 'processing' });
      const demo = backEnd.api.demo.find((dossier) => dossier.status === 6)!;
      const lookup = async () => (await backEnd.post('/dossiers/lookup', { code: demo.code, verifier: demo.verifier })).body as DossierStatus;
      const due = (await lookup()).paymentRequests!.find((request) => request.stage === 'processing' && request.state === 'pending')!;
      expect((await lookup()).payment?.amount, '1.0 readers keep the amount due').to.equal(due.amount);
      await backEnd.post(`/dossiers/${demo.code}/payments/${due.id}/checkout`, { verifier: demo.verifier, returnUrl: 'https://p.example/x' });
      expect((await lookup()).paymentRequests!.find((request) => request.id === due.id)!.state).to.equal('processing');
      backEnd.api.store.dossiers.settlePayment(demo.code, due.id, 'paid');
      const after = await lookup();
      expect(after.status).to.equal(4);
      expect(after.history.at(-1)!.note).to.equal('Đã hoàn thành nghĩa vụ tài chính, tiếp tục xử lý');
      expect(DossierStatusSchema.safeParse(after).success).to.equal(true);

      const unpaid = backEnd.api.demo.find((dossier) => dossier.label === 'Chờ thanh toán khi nộp')!;
      backEnd.setNow(Date.parse('2026-12-01T09:00:00+07:00'));
      const expired = (await backEnd.post('/dossiers/lookup', { code: unpaid.code, verifier: unpaid.verifier })).body;
      expect(expired.paymentRequests[0].state).to.equal('expired');
      const late = await backEnd.post(`/dossiers/${unpaid.code}/payments/${expired.paymentRequests[0].id}/checkout`, { verifier: unpaid.verifier, returnUrl: 'https://p.example/x' });
      expect(late.status).to.equal(409);
    });

    it('refuses a return address that is not a web page, and answers the uniform 404 for an unknown request', async () => {
      const backEnd = mockBackEnd();
      const demo = backEnd.api.demo.find((dossier) => dossier.label === 'Chờ thanh toán khi nộp')!;
      const id = backEnd.api.store.dossiers.get(demo.code)!.payments[0]!.id;
      const script = await backEnd.post(`/dossiers/${demo.code}/payments/${id}/checkout`, { verifier: demo.verifier, returnUrl: 'javascript:alert(1)' });
      expect(script.status).to.equal(422);
      expect(script.body.errors[0].field).to.equal('returnUrl');
      expect((await backEnd.post(`/dossiers/${demo.code}/payments/pay_999999/checkout`, { verifier: demo.verifier, returnUrl: 'https://p.example/' })).status).to.equal(404);
      expect((await backEnd.post(`/dossiers/${demo.code}/payments/${id}/checkout`, { verifier: '0000', returnUrl: 'https://p.example/' })).status).to.equal(404);
    });
  });

  describe('results and the demo dossiers', () => {
    const backEnd = mockBackEnd({ trackingPage: 'https://portal.example.gov.vn/tra-cuu', contentLanguages: ['vi', 'en'] });

    it('offers each result document with its electronic copy, signed', async () => {
      const demo = backEnd.api.demo.find((dossier) => dossier.status === 10)!;
      const status = (await backEnd.post('/dossiers/lookup', { code: demo.code, verifier: demo.verifier })).body as DossierStatus;
      const [document] = status.result!.documents!;
      expect(document!.electronicCopy).to.deep.include({ mediaType: 'application/pdf', signed: true });
      expect(document!.url, 'the 1.0 link stays').to.equal(document!.electronicCopy!.url);
      expect(document!.issuedOn).to.match(/^\d{4}-\d{2}-\d{2}$/);
    });

    it('seeds the situations of 1.1 after the dossier of each status, every one a valid answer in both languages', async () => {
      const labels = backEnd.api.demo.map((dossier) => dossier.label);
      expect(labels.slice(-3)).to.deep.equal(['Gia hạn, có phiếu xin lỗi', 'Chờ thanh toán khi nộp', 'Đã trả kết quả, đã đánh giá']);
      for (const demo of backEnd.api.demo) {
        for (const language of ['vi', 'en']) {
          const answer = await backEnd.post('/dossiers/lookup', { code: demo.code, verifier: demo.verifier }, { 'accept-language': language });
          expect(DossierStatusSchema.safeParse(answer.body).success, `${demo.label} ${language}`).to.equal(true);
        }
      }
      const extended = backEnd.api.demo.find((dossier) => dossier.label.startsWith('Gia hạn'))!;
      const english = (await backEnd.post('/dossiers/lookup', { code: extended.code, verifier: extended.verifier }, { 'accept-language': 'en' })).body;
      expect(english.appointmentHistory[0].apologySlip.name).to.equal('Apology and new appointment slip');
      expect(english.procedure.name).to.equal('Permanent residence registration');
    });

    it('puts the tracking page in the receipt, with the code for the QR code', async () => {
      const { body: form } = await backEnd.ask(`/procedures/${BUSINESS_HOUSEHOLD}/form`);
      const created = await backEnd.post('/dossiers', {
        procedureCode: BUSINESS_HOUSEHOLD,
        formVersion: form.version,
        answers: {
          ownerName: 'Trần Thị Bình',
          ownerDateOfBirth: '1995-04-02',
          ownerGender: 'nu',
          ownerId: '079195001234',
          ownerPhone: '0987654321',
          ownerAddress: { provinceCode: '01', communeCode: '00004', street: 'Số 1' },
          ownerKind: 'ca-nhan',
          businessName: 'Hộ kinh doanh An Bình',
          businessAddress: { provinceCode: '01', communeCode: '00004', street: 'Số 1' },
          lines: ['4711'],
          capital: 50000000,
        },
        attachments: [],
        delivery: 'online',
        applicant: CITIZEN,
      });
      expect(created.status, JSON.stringify(created.body)).to.equal(201);
      const url = new URL(created.body.trackingUrl);
      expect(url.origin + url.pathname).to.equal('https://portal.example.gov.vn/tra-cuu');
      expect(url.searchParams.get('code')).to.equal(created.body.code);
    });
  });
});
