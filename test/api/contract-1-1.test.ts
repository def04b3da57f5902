/**
 * The schemas contract 1.1 adds or extends (issue 15), judged by zod: what they accept, what
 * they refuse, and that every 1.0 answer still passes.
 */
import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import {
  ApplicantSchema,
  CalendarSchema,
  ConditionSchema,
  DossierReceiptSchema,
  DossierStatusSchema,
  DossierSubmissionSchema,
  EvaluationSchema,
  FeeItemSchema,
  FieldSchema,
  FormDefinitionSchema,
  PaymentCheckoutRequestSchema,
  PaymentRequestSchema,
  PrefillEntrySchema,
  RatingSubmissionSchema,
  StatsSchema,
  TIME_UNITS,
  WithdrawalRequestSchema,
  conditionOf,
} from '../../src/api/schemas.js';
import { formatDuration } from '../../src/i18n/format.js';
import { loadLocale, procedureCatalog, Translator } from '../../src/i18n/translator.js';

const ok = (schema: z.ZodMiniType, value: unknown) => expect(schema.safeParse(value).success, JSON.stringify(value)).to.equal(true);
const bad = (schema: z.ZodMiniType, value: unknown) => expect(schema.safeParse(value).success, JSON.stringify(value)).to.equal(false);
const firstPath = (schema: z.ZodMiniType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? undefined : result.error.issues[0]!.path.join('.');
};

const RECEIPT_1_0 = {
  code: '000.20.01.H22-261122-0001',
  status: 1,
  submittedAt: '2026-11-22T09:30:00+07:00',
  expectedReturnDate: '2026-11-23',
  procedure: { code: '1.001193', name: 'Đăng ký khai sinh' },
};

const PAYMENT = {
  id: 'pay_1',
  stage: 'processing',
  state: 'pending',
  createdAt: '2026-11-22T09:30:00+07:00',
  items: [{ kind: 'le-phi', name: 'Lệ phí', amount: 50000 }],
  amount: 50000,
  currency: 'VND',
};

describe('contract 1.1 schemas', () => {
  it('conditions: a leaf, or all / any / not, nested at any depth', () => {
    ok(ConditionSchema, { field: 'a', equals: 'x' });
    ok(ConditionSchema, { all: [{ field: 'a', filled: true }, { any: [{ field: 'b', in: [1, 2] }, { not: { field: 'c', equals: false } }] }] });
    ok(ConditionSchema, { not: { not: { not: { all: [{ field: 'deep' }] } } } });
    bad(ConditionSchema, { all: [] });
    bad(ConditionSchema, { any: [{ nope: 1 }] });
    bad(ConditionSchema, { not: 'a' });
    bad(ConditionSchema, {});
    expect(firstPath(ConditionSchema, { all: [{ field: '' }] }), 'the one branch that fits names the place').to.equal('all.0.field');
  });

  it('fields: a repeating group of one level, its rows checked as fields', () => {
    const group = {
      id: 'members',
      kind: 'group',
      label: 'Thành viên',
      minItems: 1,
      maxItems: 10,
      itemLabel: 'Thành viên',
      visibleWhen: { any: [{ field: 'kind', equals: 'ho-gia-dinh' }, { field: 'count', filled: true }] },
      fields: [{ id: 'name', kind: 'text', label: 'Họ và tên', required: true, visibleWhen: { field: 'id', filled: true } }],
    };
    ok(FieldSchema, group);
    const parsed = FieldSchema.parse(group);
    expect(conditionOf(parsed)).to.deep.equal(group.visibleWhen);
    bad(FieldSchema, { ...group, fields: [{ id: 'inner', kind: 'group', label: 'Nested' }] });
    bad(FieldSchema, { ...group, minItems: -1 });
    ok(FieldSchema, { id: 'x', kind: 'text', label: 'X', prefill: 'taxCode', prefillReadOnly: true });
    bad(FieldSchema, { id: 'x', kind: 'text', label: 'X', prefill: 'passport' });
  });

  it('forms: who may file them', () => {
    const form = { procedureCode: '1', version: '1', title: 'T', steps: [{ id: 's', title: 'S', fields: [] }], attachments: [] };
    ok(FormDefinitionSchema, form);
    ok(FormDefinitionSchema, { ...form, applicantTypes: ['business', 'organisation'], acceptsRepresentative: true });
    bad(FormDefinitionSchema, { ...form, applicantTypes: [] });
    bad(FormDefinitionSchema, { ...form, applicantTypes: ['robot'] });
  });

  it('fees: phí or lệ phí, per unit, and "theo quy định" as a null amount', () => {
    ok(FeeItemSchema, { kind: 'phi', name: 'Phí chứng thực', amount: 2000, currency: 'VND', unit: 'trang', exemptions: ['Người khuyết tật'] });
    ok(FeeItemSchema, { kind: 'le-phi', name: 'Lệ phí', amount: null, currency: 'VND', note: 'Theo quy định' });
    bad(FeeItemSchema, { kind: 'le-phi', name: 'Lệ phí', currency: 'VND' });
    bad(FeeItemSchema, { kind: 'fee', name: 'Lệ phí', amount: 1, currency: 'VND' });
    bad(FeeItemSchema, { kind: 'phi', name: 'Phí', amount: 1.5, currency: 'VND' });
  });

  it('time units: working hours, fractions, and words for every unit in both languages', async () => {
    expect(TIME_UNITS).to.include('working-hour');
    await loadLocale('en', [procedureCatalog]);
    const vi = new Translator('vi', [procedureCatalog]);
    const en = new Translator('en', [procedureCatalog]);
    for (const unit of TIME_UNITS) {
      for (const words of [formatDuration({ value: 2, unit }, vi), formatDuration({ value: 1, unit }, en)]) {
        expect(words, unit).to.not.match(/duration\./);
      }
    }
    expect(formatDuration({ value: 4, unit: 'working-hour' }, vi)).to.equal('4 giờ làm việc');
    expect(formatDuration({ value: 1, unit: 'working-hour' }, en)).to.equal('1 working hour');
    expect(formatDuration({ value: 0.5, unit: 'working-day' }, en)).to.equal('0.5 working days');
  });

  it('applicants: a type, an identifier per type, a representative with an authorisation', () => {
    ok(ApplicantSchema, { fullName: 'Nguyễn Văn An', nationalId: '001090012345', phone: '0912345678' });
    ok(ApplicantSchema, { type: 'business', fullName: 'Công ty TNHH An Bình', taxCode: '0314409058-002', phone: '0912345678' });
    ok(ApplicantSchema, { type: 'foreigner', fullName: 'John Smith', passportNumber: 'C1234567', nationality: 'GB', phone: '0912345678' });
    ok(ApplicantSchema, {
      fullName: 'Nguyễn Văn An',
      nationalId: '001090012345',
      phone: '0912345678',
      representative: { basis: 'authorised', fullName: 'Trần Thị Bình', nationalId: '001192034567', authorisation: { attachmentId: 'att_1', issuedOn: '2026-11-20' } },
    });
    bad(ApplicantSchema, { type: 'business', fullName: 'X', taxCode: '031440905', phone: '1' });
    bad(ApplicantSchema, { fullName: 'X', nationality: 'gb', phone: '1' });
    bad(ApplicantSchema, { fullName: 'X', phone: '1', representative: { basis: 'sometimes', fullName: 'Y' } });
  });

  it('submissions: prefill provenance, and answers of groups as rows', () => {
    const submission = {
      procedureCode: '2.000720',
      formVersion: '1',
      answers: { members: [{ name: 'A', nationalId: '001090012345' }] },
      attachments: [],
      delivery: 'online',
      applicant: { fullName: 'A', nationalId: '001090012345', phone: '0912345678' },
      prefill: [{ field: 'ownerName', source: 'vneid', changed: false }],
    };
    ok(DossierSubmissionSchema, submission);
    bad(DossierSubmissionSchema, { ...submission, prefill: [{ field: 'ownerName', source: 'facebook', changed: false }] });
    ok(PrefillEntrySchema, { key: 'permanentAddress', value: { provinceCode: '01', communeCode: '00004', street: 'x' }, source: 'population-db' });
    bad(PrefillEntrySchema, { key: 'ethnicity', value: 1, source: 'host' });
  });

  it('receipts and statuses: 1.0 answers still pass; the appointment, its history, payments, evaluation', () => {
    ok(DossierReceiptSchema, RECEIPT_1_0);
    ok(DossierReceiptSchema, { ...RECEIPT_1_0, appointmentAt: '2026-11-23T09:30:00+07:00', paymentRequests: [{ ...PAYMENT, stage: 'submission' }], trackingUrl: 'https://x/?code=1' });
    bad(DossierReceiptSchema, { ...RECEIPT_1_0, appointmentAt: '2026-11-23' });
    const status = {
      code: RECEIPT_1_0.code,
      procedure: RECEIPT_1_0.procedure,
      applicantName: 'Nguyễn V. A.',
      status: 7,
      submittedAt: RECEIPT_1_0.submittedAt,
      overdue: false,
      timeliness: null,
      agency: { name: 'UBND' },
      history: [],
    };
    ok(DossierStatusSchema, status);
    ok(DossierStatusSchema, {
      ...status,
      appointmentAt: '2026-11-25T10:05:00+07:00',
      appointmentHistory: [
        {
          at: '2026-11-24T16:00:00+07:00',
          cause: 'extension',
          previous: '2026-11-23T10:05:00+07:00',
          next: '2026-11-25T10:05:00+07:00',
          reason: 'Xác minh',
          apologySlip: { name: 'Phiếu xin lỗi và hẹn lại ngày trả kết quả', url: 'https://x/p.pdf' },
        },
      ],
      paymentRequests: [PAYMENT],
      withdrawal: { requestedAt: '2026-11-24T16:00:00+07:00', reason: 'Nộp nhầm' },
      result: { summary: 'Kết quả', documents: [{ name: 'Giấy phép', electronicCopy: { url: 'https://x/k.pdf', mediaType: 'application/pdf', signed: true } }] },
      supplementRequest: { requestedAt: '2026-11-22T14:20:00+07:00', reason: 'x', documents: [{ code: 'GCS', name: 'GCS', accept: ['application/pdf'], maxBytes: 1 }] },
    });
    bad(DossierStatusSchema, { ...status, appointmentHistory: [{ at: status.submittedAt, cause: 'whim', previous: status.submittedAt, next: status.submittedAt, reason: '' }] });
    bad(PaymentRequestSchema, { ...PAYMENT, items: [] });
    bad(PaymentRequestSchema, { ...PAYMENT, state: 'refunded' });
  });

  it('evaluation: indices 1–11, 2/1/0 points, the three levels a citizen answers', () => {
    ok(EvaluationSchema, { indices: [{ index: 1, name: 'Thời gian', points: 2 }, { index: 11, name: 'Hài lòng chung', points: 0 }], ratingOpen: true });
    bad(EvaluationSchema, { indices: [{ index: 12, name: 'x', points: 2 }], ratingOpen: true });
    bad(EvaluationSchema, { indices: [{ index: 1, name: 'x', points: 3 }], ratingOpen: true });
    ok(RatingSubmissionSchema, { verifier: '5678', convenience: 'very-satisfied', overall: 'dissatisfied' });
    bad(RatingSubmissionSchema, { verifier: '5678', convenience: 5, overall: 'satisfied' });
    bad(RatingSubmissionSchema, { verifier: '5678', convenience: 'satisfied', overall: 'satisfied', comment: 'x'.repeat(2001) });
    ok(WithdrawalRequestSchema, { verifier: '5678', reason: 'Nộp nhầm' });
    bad(WithdrawalRequestSchema, { verifier: '5678', reason: '' });
    bad(PaymentCheckoutRequestSchema, { verifier: '12345', returnUrl: 'https://x' });
  });

  it('stats: the 766 inputs, the satisfaction rate and a monthly series, optional for a 1.0 back end', () => {
    const stats10 = { received: 10, resolved: 8, inProgress: 1, awaitingSupplement: 1, overdue: 0, onTimeRate: 1 };
    ok(StatsSchema, stats10);
    ok(StatsSchema, {
      ...stats10,
      period: { from: '2026-01-01', to: '2026-01-31' },
      scope: { name: 'Sở Tư pháp', agency: { code: 'so-tu-phap', name: 'Sở Tư pháp' } },
      progress: {
        carriedOver: 1,
        received: { online: 6, inPerson: 3, post: 1 },
        resolved: { early: 5, onTime: 2, late: 1 },
        inProgress: { withinDeadline: 1, overdue: 0 },
        awaitingSupplement: 1,
        withdrawn: 1,
        onTimeRate: 0.8889,
      },
      satisfaction: { responses: 0, rate: null },
      monthly: [{ month: '2026-01', received: 10, resolved: 8, onTimeRate: null }],
    });
    bad(StatsSchema, { ...stats10, monthly: [{ month: '2026-13', received: 1, resolved: 1, onTimeRate: 1 }] });
    bad(StatsSchema, { ...stats10, satisfaction: { responses: 1, rate: 1.2 } });
  });

  it('calendar: holidays, days off and worked weekend days of a year, in Vietnam time', () => {
    const calendar = {
      year: 2026,
      timeZone: 'Asia/Ho_Chi_Minh',
      weekend: [0, 6],
      workingHours: [{ start: '08:00', end: '12:00' }],
      days: [{ date: '2026-01-01', kind: 'holiday', name: 'Tết Dương lịch' }, { date: '2026-01-10', kind: 'working-day', name: 'Làm bù', provisional: true }],
      sources: [{ number: '45/2019/QH14', title: 'Bộ luật Lao động' }],
    };
    ok(CalendarSchema, calendar);
    bad(CalendarSchema, { ...calendar, timeZone: 'UTC' });
    bad(CalendarSchema, { ...calendar, weekend: [7] });
    bad(CalendarSchema, { ...calendar, workingHours: [{ start: '8:00', end: '12:00' }] });
    bad(CalendarSchema, { ...calendar, days: [{ date: '2026-02-30', kind: 'holiday', name: 'x' }] });
  });
});
