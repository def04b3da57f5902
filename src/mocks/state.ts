/**
 * Everything one mock back end remembers. Tests reset it between cases; the catalogue,
 * being deterministic and costly to build, survives resets.
 */
import type { PaymentItem, StatusCode } from '../api/schemas.js';
import { AttachmentStore } from './attachments.js';
import { Catalogue, type ProcedureRecord } from './catalogue.js';
import { DEFAULT_REQUIREMENT } from './attachments.js';
import { DossierStore, verifiersOf, type DossierRecord, type RequestedDocument } from './dossiers.js';
import { Wording } from './english.js';
import { Faults } from './faults.js';
import { FormRegistry } from './forms/index.js';
import type { Locale } from './problems.js';
import { DAY_MS } from './time.js';
import { BIRTH_REGISTRATION, BUSINESS_HOUSEHOLD, CONSTRUCTION_PERMIT, JUDICIAL_RECORD, PERMANENT_RESIDENCE } from './well-known.js';

/**
 * What the mock's payment platform does when an applicant is handed to it: confirm the payment
 * at once (`paid`), let the applicant give up (`cancelled`: the request stays pending), or
 * leave it unconfirmed (`processing`) until a test calls `store.dossiers.settlePayment`.
 */
export type PaymentOutcome = 'paid' | 'cancelled' | 'processing';

export interface MockOptions {
  /** Where the API lives; relative to the page or absolute (cross-origin tests). */
  baseUrl?: string;
  /** Seed of the generated catalogue and figures. */
  seed?: number;
  /** The clock (tests freeze or move it). */
  now?: () => number;
  /** Delay before every answer, as a real network would add. */
  latencyMs?: number;
  /** When set, every dossier moves one planned status per this many milliseconds. */
  advanceEveryMs?: number;
  /** Failed lookups allowed per minute before 429. */
  lookupLimit?: number;
  /**
   * The languages the back end has its content in (forms, procedure texts, status notes).
   * `['vi']` by default: a Vietnamese-only back end, which answers Vietnamese to every
   * `Accept-Language`, as the contract allows. `['vi', 'en']` answers English where the mock has
   * it. Problem titles and messages are in both languages either way.
   */
  contentLanguages?: readonly Locale[];
  /** What the mock payment platform does at a checkout; `paid` by default. */
  paymentOutcome?: PaymentOutcome;
  /** The portal's tracking page; receipts then carry `trackingUrl` (`<page>?code=<code>`) for their QR code. */
  trackingPage?: string;
}

export interface ResolvedOptions {
  baseUrl: string;
  seed: number;
  latencyMs: number;
  advanceEveryMs: number | undefined;
  lookupLimit: number;
  contentLanguages: readonly Locale[];
  paymentOutcome: PaymentOutcome;
  trackingPage: string | undefined;
}

/** A seeded dossier in a given status, for the demo, stories and tests. */
export interface DemoDossier {
  code: string;
  /** Last 4 digits of the applicant's phone; the identity number's last 4 work too. */
  verifier: string;
  status: StatusCode;
  procedureCode: string;
  overdue: boolean;
  /** What the dossier shows, for story names and the demo's hint list. */
  label: string;
}

export const DEMO_APPLICANT = {
  fullName: 'Nguyễn Văn An',
  nationalId: '001190012345',
  phone: '0912345678',
  email: 'nguyen.van.an@example.vn',
};
export const DEMO_VERIFIER = '5678';

interface DemoSpec {
  label: string;
  procedure: string;
  daysAgo: number;
  path: StatusCode[];
  /** Contract 1.1 situations, after the path. */
  extension?: boolean;
  rated?: boolean;
  withdrawal?: string;
  /** Leave the payment due with the submission unpaid. */
  unpaid?: boolean;
}

/**
 * One dossier per national status, plus one that is late in processing; then the situations
 * of contract 1.1. Tests find a dossier by status with `find`, so new ones go last.
 */
const DEMO_SPECS: readonly DemoSpec[] = [
  { label: 'Mới đăng ký', procedure: BIRTH_REGISTRATION, daysAgo: 0, path: [] },
  { label: 'Đã tiếp nhận', procedure: JUDICIAL_RECORD, daysAgo: 1, path: [2] },
  { label: 'Không được tiếp nhận', procedure: CONSTRUCTION_PERMIT, daysAgo: 3, path: [3] },
  { label: 'Đang xử lý', procedure: PERMANENT_RESIDENCE, daysAgo: 2, path: [2, 4] },
  { label: 'Yêu cầu bổ sung', procedure: CONSTRUCTION_PERMIT, daysAgo: 6, path: [2, 4, 5] },
  { label: 'Yêu cầu nộp phí', procedure: BUSINESS_HOUSEHOLD, daysAgo: 2, path: [2, 4, 6] },
  {
    label: 'Đề nghị rút hồ sơ',
    procedure: JUDICIAL_RECORD,
    daysAgo: 4,
    path: [2],
    withdrawal: 'Tôi đã được cấp Phiếu lý lịch tư pháp tại nơi khác.',
  },
  { label: 'Dừng xử lý', procedure: CONSTRUCTION_PERMIT, daysAgo: 12, path: [2, 4, 8] },
  { label: 'Đã có kết quả', procedure: JUDICIAL_RECORD, daysAgo: 4, path: [2, 4, 9] },
  { label: 'Đã trả kết quả', procedure: CONSTRUCTION_PERMIT, daysAgo: 20, path: [2, 4, 5, 4, 9, 10] },
  { label: 'Quá hạn', procedure: PERMANENT_RESIDENCE, daysAgo: 30, path: [2, 4] },
  { label: 'Gia hạn, có phiếu xin lỗi', procedure: PERMANENT_RESIDENCE, daysAgo: 14, path: [2, 4], extension: true },
  { label: 'Chờ thanh toán khi nộp', procedure: BUSINESS_HOUSEHOLD, daysAgo: 0, path: [], unpaid: true },
  { label: 'Đã trả kết quả, đã đánh giá', procedure: JUDICIAL_RECORD, daysAgo: 9, path: [2, 4, 9, 10], rated: true },
];

const REJECTION = 'Hồ sơ không thuộc thẩm quyền giải quyết của cơ quan; đề nghị nộp tại Sở Xây dựng.';
const EXTENSION_REASON = {
  vi: 'Cần xác minh thông tin chỗ ở hợp pháp với cơ quan quản lý đất đai.',
  en: 'The lawful residence has to be verified with the land management office.',
};

export class MockState {
  readonly catalogue: Catalogue;
  readonly forms: FormRegistry;
  readonly dossiers: DossierStore;
  readonly attachments = new AttachmentStore();
  readonly faults = new Faults();
  readonly idempotency = new Map<string, { status: number; body: unknown; headers?: Record<string, string> }>();
  readonly lookupFailures: number[] = [];
  readonly options: ResolvedOptions;
  demo: DemoDossier[] = [];
  private readonly clock: () => number;

  constructor(options: MockOptions = {}) {
    this.options = {
      baseUrl: options.baseUrl ?? '/api/v1',
      seed: options.seed ?? 1,
      latencyMs: options.latencyMs ?? 0,
      advanceEveryMs: options.advanceEveryMs,
      lookupLimit: options.lookupLimit ?? 10,
      contentLanguages: options.contentLanguages ?? ['vi'],
      paymentOutcome: options.paymentOutcome ?? 'paid',
      trackingPage: options.trackingPage,
    };
    this.clock = options.now ?? (() => Date.now());
    this.catalogue = new Catalogue(this.options.seed);
    this.forms = new FormRegistry(this.catalogue, () => this.now());
    this.dossiers = new DossierStore(() => this.now());
    this.seedDemo();
  }

  now(): number {
    return this.clock();
  }

  verifies(record: DossierRecord, verifier: string): boolean {
    return verifiersOf(record.applicant).includes(verifier);
  }

  /** The language the content of an answer is in: English only when asked for and the back end has it. */
  contentLocale(asked: Locale): Locale {
    return asked === 'en' && this.options.contentLanguages.includes('en') ? 'en' : 'vi';
  }

  /** The fees a procedure takes with the submission, when it takes any (fixed amounts; "theo quy định" is paid later). */
  submissionItems(record: ProcedureRecord): PaymentItem[] {
    if (!record.wellKnown?.payAtSubmission) return [];
    return this.catalogue
      .feeItems(record, 'online', new Wording('vi'))
      .filter((item): item is typeof item & { amount: number } => item.amount !== null && item.amount > 0)
      .slice(0, 1)
      .map((item) => ({ kind: item.kind, name: item.name, amount: item.amount, quantity: 1, unitAmount: item.amount, ...(item.unit ? { unit: item.unit } : {}) }));
  }

  /** What a supplement request asks for again: the case's documents, with what the form accepts for each. */
  requestedDocuments(procedureCode: string): RequestedDocument[] {
    const detail = this.catalogue.detail(procedureCode);
    const form = this.forms.get(procedureCode);
    return (detail?.cases[0]?.documents ?? []).map(({ code, name }) => {
      const requirement = form?.attachments.find((a) => a.documentCode === code) ?? DEFAULT_REQUIREMENT;
      return { code, name, accept: [...requirement.accept], maxBytes: requirement.maxBytes };
    });
  }

  /** Forgets everything a session did: dossiers, uploads, published forms, faults, limits. */
  reset(): void {
    this.dossiers.clear();
    this.attachments.clear();
    this.forms.reset();
    this.faults.clear();
    this.idempotency.clear();
    this.lookupFailures.length = 0;
    this.seedDemo();
  }

  private seedDemo(): void {
    const now = this.now();
    this.demo = DEMO_SPECS.map((spec, index) => {
      const record = this.catalogue.get(spec.procedure);
      if (!record) throw new Error(`demo procedure ${spec.procedure} missing`);
      // Submitted during office hours, `daysAgo` days back; each later step a little after the previous one.
      const submittedAt = now - spec.daysAgo * DAY_MS - (index + 1) * 7 * 60_000 - 3_600_000;
      const dossier = this.dossiers.create(
        {
          procedure: { code: record.summary.code, name: record.summary.name },
          agency: record.agency,
          department: record.sector.department,
          processingTime: spec.label === 'Quá hạn' ? { value: 5, unit: 'working-day' } : record.summary.processingTime,
          applicant: DEMO_APPLICANT,
          answers: {},
          attachments: [],
          documents: this.requestedDocuments(spec.procedure),
          fee: record.summary.fee?.amount ?? 100_000,
          submissionItems: this.submissionItems(record),
        },
        { at: submittedAt, plan: [] },
      );
      // The demo's applicants paid what the submission asked for, unless the dossier shows that step.
      if (!spec.unpaid) {
        for (const payment of dossier.payments) this.dossiers.settlePayment(dossier.code, payment.id, 'paid', submittedAt + 5 * 60_000);
      }
      const steps = spec.path.length + (spec.extension ? 1 : 0) + (spec.rated ? 1 : 0) + (spec.withdrawal ? 1 : 0);
      const span = Math.max(now - submittedAt - 60_000, 60_000);
      const moment = (step: number) => submittedAt + Math.round((span * (step + 1)) / (steps + 1));
      spec.path.forEach((status, step) => {
        this.dossiers.setStatus(dossier.code, status, status === 3 ? REJECTION : undefined, moment(step));
      });
      let step = spec.path.length;
      if (spec.extension) this.dossiers.extend(dossier.code, EXTENSION_REASON, 3, moment(step++));
      if (spec.withdrawal) this.dossiers.requestWithdrawal(dossier.code, spec.withdrawal, moment(step++));
      if (spec.rated) {
        this.dossiers.rate(dossier.code, { convenience: 'very-satisfied', overall: 'satisfied', comment: 'Thủ tục nhanh, cán bộ hướng dẫn tận tình.' }, moment(step++));
      }
      // The demo shows each situation as it is: the agency has not decided on the withdrawal yet.
      dossier.plan = [];
      const shown = this.dossiers.status(dossier);
      return {
        code: dossier.code,
        verifier: DEMO_VERIFIER,
        status: dossier.status,
        procedureCode: spec.procedure,
        overdue: shown.overdue,
        label: spec.label,
      };
    });
  }
}
