/**
 * Dossiers as a one-stop office holds them: created by submissions, looked up by code and
 * verifier, moved through the national statuses by the clock (or by a test), answering a
 * supplement request, and timed against the promised date the national way.
 */
import type {
  Applicant,
  DossierReceipt,
  DossierStatus,
  Duration,
  HistoryEntry,
  StatusCode,
} from '../api/schemas.js';
import type { AgencyData } from './catalogue-data.js';
import { addWorkingDays, DAY_MS, dateVn, isoVn, startOfDayVn, yymmddVn } from './time.js';

export interface DossierRecord {
  code: string;
  procedure: { code: string; name: string };
  agency: AgencyData;
  department: string;
  applicant: Applicant;
  answers: Record<string, unknown>;
  attachments: Array<{ documentCode: string; attachmentId: string }>;
  status: StatusCode;
  submittedAt: number;
  acceptedAt?: number;
  completedAt?: number;
  /** Midnight (Vietnam) of the promised day, before any supplement pause. */
  promisedDay: number;
  /** Time the dossier waited on the applicant; it does not count against the office. */
  pausedMs: number;
  history: Array<{ at: number; status: StatusCode; department?: string; note?: string }>;
  supplementRequest?: { requestedAt: number; reason: string; documents: Array<{ code: string; name: string }>; dueDay: number };
  payment?: { amount: number; description: string };
  /** Statuses still to come when the clock advances the dossier. */
  plan: StatusCode[];
  /** When the last status change happened (for the clock). */
  changedAt: number;
}

export interface NewDossier {
  procedure: { code: string; name: string };
  agency: AgencyData;
  department: string;
  processingTime: Duration;
  applicant: Applicant;
  answers: Record<string, unknown>;
  attachments: Array<{ documentCode: string; attachmentId: string }>;
  /** Documents a supplement request would ask for again. */
  documents: Array<{ code: string; name: string }>;
  fee?: number;
}

/** The path a submitted dossier takes in the demo: accepted, processed, asked for a supplement… */
export const DEFAULT_PLAN: readonly StatusCode[] = [2, 4, 5, 4, 9, 10];

const NOTES: Partial<Record<StatusCode, string>> = {
  1: 'Hồ sơ đã được nộp trực tuyến',
  2: 'Bộ phận Một cửa đã tiếp nhận hồ sơ',
  3: 'Hồ sơ không thuộc thẩm quyền giải quyết',
  4: 'Chuyên viên đang thẩm định hồ sơ',
  5: 'Đề nghị bổ sung giấy tờ theo yêu cầu',
  6: 'Đề nghị nộp phí, lệ phí',
  7: 'Công dân đề nghị rút hồ sơ',
  8: 'Dừng xử lý theo đề nghị của cơ quan có thẩm quyền',
  9: 'Đã có kết quả, chờ trả cho công dân',
  10: 'Đã trả kết quả cho công dân',
};

/** "Nguyễn Văn An" → "Nguyễn V. A.": enough for the applicant to recognise, not to identify. */
export function maskName(fullName: string): string {
  const words = fullName.trim().split(/\s+/).filter(Boolean);
  if (words.length <= 1) return words[0] ? `${words[0].charAt(0)}.` : '';
  return [words[0], ...words.slice(1).map((word) => `${word.charAt(0)}.`)].join(' ');
}

/** The last 4 digits of the phone and of the identity number both open the dossier. */
export function verifiersOf(applicant: Applicant): string[] {
  const digits = (value: string) => value.replace(/\D/g, '').slice(-4);
  return [digits(applicant.phone), digits(applicant.nationalId)];
}

export function promisedDayFor(submittedAt: number, time: Duration): number {
  switch (time.unit) {
    case 'working-day':
      return addWorkingDays(submittedAt, time.value);
    case 'day':
      return startOfDayVn(submittedAt) + time.value * DAY_MS;
    case 'month':
      return startOfDayVn(submittedAt) + time.value * 30 * DAY_MS;
    case 'hour':
      return addWorkingDays(submittedAt, Math.ceil(time.value / 8));
  }
}

export class DossierStore {
  private readonly records = new Map<string, DossierRecord>();
  private readonly sequence = new Map<string, number>();
  /** What a supplement request would ask for again, per dossier. */
  private readonly supplementDocuments = new Map<string, Array<{ code: string; name: string }>>();

  constructor(private readonly now: () => number) {}

  count(): number {
    return this.records.size;
  }

  clear(): void {
    this.records.clear();
    this.sequence.clear();
    this.supplementDocuments.clear();
  }

  all(): DossierRecord[] {
    return [...this.records.values()];
  }

  get(code: string): DossierRecord | undefined {
    return this.records.get(code);
  }

  /** Codes are `<unit>-<YYMMDD>-<NNNN>`, numbered per unit and day as the circular asks. */
  private nextCode(unitCode: string, at: number): string {
    const prefix = `${unitCode}-${yymmddVn(at)}`;
    const next = (this.sequence.get(prefix) ?? 0) + 1;
    this.sequence.set(prefix, next);
    return `${prefix}-${String(next).padStart(4, '0')}`;
  }

  create(input: NewDossier, options: { at?: number; plan?: readonly StatusCode[] } = {}): DossierRecord {
    const at = options.at ?? this.now();
    const record: DossierRecord = {
      code: this.nextCode(input.agency.unitCode, at),
      procedure: input.procedure,
      agency: input.agency,
      department: input.department,
      applicant: input.applicant,
      answers: input.answers,
      attachments: input.attachments,
      status: 1,
      submittedAt: at,
      promisedDay: promisedDayFor(at, input.processingTime),
      pausedMs: 0,
      history: [{ at, status: 1, note: NOTES[1] as string }],
      plan: [...(options.plan ?? DEFAULT_PLAN)],
      changedAt: at,
    };
    const documents = input.documents.length ? input.documents : [{ code: 'HS01', name: 'Tờ khai' }];
    this.supplementDocuments.set(record.code, documents.slice(0, 2));
    if (input.fee) record.payment = { amount: input.fee, description: 'Lệ phí giải quyết thủ tục hành chính' };
    this.records.set(record.code, record);
    return record;
  }

  /** Moves a dossier to `status` now, recording the step the way an officer would. */
  setStatus(code: string, status: StatusCode, note?: string, at = this.now()): DossierRecord {
    const record = this.records.get(code);
    if (!record) throw new Error(`no dossier ${code}`);
    if (record.status === 5 && record.supplementRequest && status !== 5) {
      record.pausedMs += Math.max(0, at - record.supplementRequest.requestedAt);
      delete record.supplementRequest;
    }
    record.status = status;
    record.changedAt = at;
    if (status === 2 && record.acceptedAt === undefined) record.acceptedAt = at;
    if ((status === 9 || status === 3 || status === 8) && record.completedAt === undefined) record.completedAt = at;
    if (status === 5) {
      record.supplementRequest = {
        requestedAt: at,
        reason: note ?? 'Bản chụp giấy tờ chưa rõ nét, đề nghị bổ sung bản rõ hơn.',
        documents: this.supplementDocuments.get(code) ?? [{ code: 'HS01', name: 'Tờ khai' }],
        dueDay: addWorkingDays(at, 5),
      };
    }
    const entry: DossierRecord['history'][number] = { at, status, department: record.department };
    const text = status === 5 ? record.supplementRequest?.reason : (note ?? NOTES[status]);
    if (text) entry.note = text;
    record.history.push(entry);
    // A status set by hand takes the dossier off its planned path up to that status.
    const index = record.plan.indexOf(status);
    if (index >= 0) record.plan.splice(0, index + 1);
    return record;
  }

  requestSupplement(code: string, reason?: string): DossierRecord {
    return this.setStatus(code, 5, reason);
  }

  /** The applicant's supplement arrived: processing resumes, the pause is not held against the office. */
  receiveSupplement(code: string, attachments: Array<{ documentCode: string; attachmentId: string }>, at = this.now()): DossierRecord {
    const record = this.setStatus(code, 4, 'Đã nhận giấy tờ bổ sung, tiếp tục xử lý', at);
    record.attachments.push(...attachments);
    return record;
  }

  /**
   * Advances every dossier one planned step per `everyMs` of the clock. A dossier waiting for
   * the applicant (status 5) only moves when the supplement arrives.
   */
  tick(everyMs: number | undefined): void {
    if (!everyMs || everyMs <= 0) return;
    const now = this.now();
    for (const record of this.records.values()) {
      while (record.plan.length && record.status !== 5 && now - record.changedAt >= everyMs) {
        const next = record.plan[0] as StatusCode;
        this.setStatus(record.code, next, undefined, record.changedAt + everyMs);
      }
    }
  }

  /** The national rule: on time when done by the promised day, extended by the time spent waiting on the applicant. */
  private deadline(record: DossierRecord): number {
    const pausedDays = Math.ceil(record.pausedMs / DAY_MS);
    return addWorkingDays(record.promisedDay, pausedDays) + DAY_MS;
  }

  status(record: DossierRecord): DossierStatus {
    const deadline = this.deadline(record);
    const end = record.completedAt;
    const waiting = record.status === 5;
    let timeliness: DossierStatus['timeliness'] = null;
    if (end !== undefined && (record.status === 9 || record.status === 10)) {
      timeliness = end >= deadline ? 'late' : end < startOfDayVn(deadline - DAY_MS) ? 'early' : 'on-time';
    }
    const overdue = end === undefined ? !waiting && this.now() >= deadline && ![3, 7, 8].includes(record.status) : timeliness === 'late';
    const history: HistoryEntry[] = record.history.map((step) => {
      const entry: HistoryEntry = { at: isoVn(step.at), status: step.status, agency: record.agency.name };
      if (step.department) entry.department = step.department;
      if (step.note) entry.note = step.note;
      return entry;
    });
    const status: DossierStatus = {
      code: record.code,
      procedure: record.procedure,
      applicantName: maskName(record.applicant.fullName),
      status: record.status,
      submittedAt: isoVn(record.submittedAt),
      expectedReturnDate: dateVn(deadline - DAY_MS),
      overdue,
      timeliness,
      agency: { name: record.agency.name },
      history,
    };
    if (record.acceptedAt !== undefined) status.acceptedAt = isoVn(record.acceptedAt);
    if (end !== undefined) status.completedAt = isoVn(end);
    if (record.supplementRequest) {
      status.supplementRequest = {
        requestedAt: isoVn(record.supplementRequest.requestedAt),
        reason: record.supplementRequest.reason,
        documents: record.supplementRequest.documents,
        dueDate: dateVn(record.supplementRequest.dueDay),
      };
    }
    if (record.status === 6 && record.payment) {
      status.payment = {
        amount: record.payment.amount,
        currency: 'VND',
        description: record.payment.description,
        payUrl: `https://dichvucong.gov.vn/p/thanh-toan?ma-ho-so=${encodeURIComponent(record.code)}`,
      };
    }
    if (record.status === 9 || record.status === 10) {
      status.result = {
        summary: `Kết quả giải quyết thủ tục ${record.procedure.name}`,
        pickup:
          record.status === 9
            ? `Nhận kết quả tại Bộ phận Một cửa của ${record.agency.name} (mang theo giấy tờ tùy thân), hoặc tải bản điện tử khi đã được trả.`
            : 'Kết quả đã được trả; bản điện tử lưu trong kho dữ liệu cá nhân trên Cổng Dịch vụ công quốc gia.',
        documents: [
          { name: `Kết quả ${record.procedure.name} (bản điện tử)`, url: `https://motcua.dev/ket-qua/${encodeURIComponent(record.code)}.pdf` },
        ],
      };
    }
    return status;
  }

  receipt(record: DossierRecord): DossierReceipt {
    return {
      code: record.code,
      status: record.status,
      submittedAt: isoVn(record.submittedAt),
      expectedReturnDate: dateVn(record.promisedDay),
      procedure: record.procedure,
    };
  }
}

