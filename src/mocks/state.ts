/**
 * Everything one mock back end remembers. Tests reset it between cases; the catalogue,
 * being deterministic and costly to build, survives resets.
 */
import type { StatusCode } from '../api/schemas.js';
import { AttachmentStore } from './attachments.js';
import { Catalogue } from './catalogue.js';
import { DossierStore, verifiersOf, type DossierRecord } from './dossiers.js';
import { Faults } from './faults.js';
import { FormRegistry } from './forms/index.js';
import { DAY_MS } from './time.js';
import { BIRTH_REGISTRATION, BUSINESS_HOUSEHOLD, CONSTRUCTION_PERMIT, JUDICIAL_RECORD, PERMANENT_RESIDENCE } from './well-known.js';

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
}

export interface ResolvedOptions {
  baseUrl: string;
  seed: number;
  latencyMs: number;
  advanceEveryMs: number | undefined;
  lookupLimit: number;
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
}

/** One dossier per national status, plus one that is late in processing. */
const DEMO_SPECS: readonly DemoSpec[] = [
  { label: 'Mới đăng ký', procedure: BIRTH_REGISTRATION, daysAgo: 0, path: [] },
  { label: 'Đã tiếp nhận', procedure: JUDICIAL_RECORD, daysAgo: 1, path: [2] },
  { label: 'Không được tiếp nhận', procedure: CONSTRUCTION_PERMIT, daysAgo: 3, path: [3] },
  { label: 'Đang xử lý', procedure: PERMANENT_RESIDENCE, daysAgo: 2, path: [2, 4] },
  { label: 'Yêu cầu bổ sung', procedure: CONSTRUCTION_PERMIT, daysAgo: 6, path: [2, 4, 5] },
  { label: 'Yêu cầu nộp phí', procedure: BUSINESS_HOUSEHOLD, daysAgo: 2, path: [2, 4, 6] },
  { label: 'Đã rút hồ sơ', procedure: JUDICIAL_RECORD, daysAgo: 4, path: [2, 7] },
  { label: 'Dừng xử lý', procedure: CONSTRUCTION_PERMIT, daysAgo: 12, path: [2, 4, 8] },
  { label: 'Đã có kết quả', procedure: JUDICIAL_RECORD, daysAgo: 4, path: [2, 4, 9] },
  { label: 'Đã trả kết quả', procedure: CONSTRUCTION_PERMIT, daysAgo: 20, path: [2, 4, 5, 4, 9, 10] },
  { label: 'Quá hạn', procedure: PERMANENT_RESIDENCE, daysAgo: 30, path: [2, 4] },
];

const REJECTION = 'Hồ sơ không thuộc thẩm quyền giải quyết của cơ quan; đề nghị nộp tại Sở Xây dựng.';

export class MockState {
  readonly catalogue: Catalogue;
  readonly forms: FormRegistry;
  readonly dossiers: DossierStore;
  readonly attachments = new AttachmentStore();
  readonly faults = new Faults();
  readonly idempotency = new Map<string, { status: number; body: unknown }>();
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
    };
    this.clock = options.now ?? (() => Date.now());
    this.catalogue = new Catalogue(this.options.seed);
    this.forms = new FormRegistry(this.catalogue);
    this.dossiers = new DossierStore(() => this.now());
    this.seedDemo();
  }

  now(): number {
    return this.clock();
  }

  verifies(record: DossierRecord, verifier: string): boolean {
    return verifiersOf(record.applicant).includes(verifier);
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
      const detail = this.catalogue.detail(spec.procedure);
      const dossier = this.dossiers.create(
        {
          procedure: { code: record.summary.code, name: record.summary.name },
          agency: record.agency,
          department: record.sector.department,
          processingTime: spec.label === 'Quá hạn' ? { value: 5, unit: 'working-day' } : record.summary.processingTime,
          applicant: DEMO_APPLICANT,
          answers: {},
          attachments: [],
          documents: detail?.cases[0]?.documents.map(({ code, name }) => ({ code, name })) ?? [],
          fee: record.summary.fee?.amount ?? 100_000,
        },
        { at: submittedAt, plan: [] },
      );
      const span = Math.max(now - submittedAt - 60_000, 60_000);
      spec.path.forEach((status, step) => {
        const at = submittedAt + Math.round((span * (step + 1)) / (spec.path.length + 1));
        this.dossiers.setStatus(dossier.code, status, status === 3 ? REJECTION : undefined, at);
      });
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
