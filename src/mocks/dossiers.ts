/**
 * Dossiers as a one-stop office holds them: created by submissions, looked up by code and
 * verifier, moved through the national statuses by the clock (or by a test), answering a
 * supplement request, a payment request, a withdrawal request and an evaluation, and timed
 * against their deadline the way Decision 766/QĐ-TTg counts it.
 *
 * Two moments are kept apart: the **deadline** the office is measured against (the first
 * appointment, moved only by the time spent waiting for the applicant's supplement) and the
 * **appointment** given to the applicant (the deadline, or a later one set by an extension
 * with an apology slip). An extension does not make a late dossier on time.
 */
import type {
  Applicant,
  AppointmentChange,
  DossierReceipt,
  DossierStatus,
  Duration,
  Evaluation,
  EvaluationIndex,
  HistoryEntry,
  PaymentItem,
  PaymentPlatform,
  PaymentRequest,
  PaymentStage,
  PrefillRecord,
  SatisfactionLevel,
  StatusCode,
  Timeliness,
} from '../api/schemas.js';
import type { AgencyData } from './catalogue-data.js';
import { addWorkingHours, closeOnWorkingDay, HOURS_PER_WORKING_DAY, workingDaysAfter, workingMsBetween } from './calendar.js';
import type { Locale, Text } from './problems.js';
import { addMonthsVn, DAY_MS, dateVn, isoVn, parseDateVn, yymmddVn } from './time.js';

const HOUR_MS = 3_600_000;

/** A document a supplement request asks for, with what the agency accepts for it. */
export interface RequestedDocument {
  code: string;
  name: string;
  accept?: string[];
  maxBytes?: number;
}

export interface PaymentRecord {
  id: string;
  stage: PaymentStage;
  /** `expired` is worked out when read, from `dueDay`. */
  state: 'pending' | 'processing' | 'paid' | 'cancelled';
  createdAt: number;
  items: PaymentItem[];
  /** Midnight (Vietnam) of the last day to pay. */
  dueDay: number;
  platform: PaymentPlatform;
  paidAt?: number;
  receiptUrl?: string;
}

interface AppointmentChangeRecord {
  at: number;
  cause: AppointmentChange['cause'];
  previous: number;
  next: number;
  reason: Text;
  slipUrl?: string;
}

interface Rating {
  convenience: SatisfactionLevel;
  overall: SatisfactionLevel;
  comment?: string;
  ratedAt: number;
}

export interface DossierRecord {
  code: string;
  procedure: { code: string; name: string };
  agency: AgencyData;
  department: string;
  applicant: Applicant;
  /** Keyed by field id, without a prototype: `__proto__` and `constructor` are ordinary ids here. */
  answers: Record<string, unknown>;
  attachments: Array<{ documentCode: string; attachmentId: string }>;
  prefill: PrefillRecord[];
  status: StatusCode;
  submittedAt: number;
  acceptedAt?: number;
  completedAt?: number;
  processingTime: Duration;
  /** What the office is measured against: the first appointment plus supplement waits. */
  deadline: number;
  /** What the applicant was told: the deadline, or later after an extension. */
  appointment: number;
  appointmentHistory: AppointmentChangeRecord[];
  /** How many times the agency asked for documents (more than one counts as late, 766). */
  supplementCount: number;
  /** Notes in Vietnamese, with their English when the mock wrote them (an officer's own words have none). */
  history: Array<{ at: number; status: StatusCode; department?: string; note?: string; noteEn?: string }>;
  supplementRequest?: { requestedAt: number; reason: string; reasonEn?: string; documents: RequestedDocument[]; dueDay: number };
  /** The lowest fee, asked for at status 6. */
  fee?: number;
  payments: PaymentRecord[];
  withdrawal?: { requestedAt: number; reason: string };
  rating?: Rating;
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
  prefill?: PrefillRecord[];
  /** Documents a supplement request would ask for again. */
  documents: RequestedDocument[];
  fee?: number;
  /** Fees to pay with the submission (procedures that take payment at submission). */
  submissionItems?: PaymentItem[];
}

/** The path a submitted dossier takes in the demo: accepted, processed, asked for a supplement… */
export const DEFAULT_PLAN: readonly StatusCode[] = [2, 4, 5, 4, 9, 10];

/** Statuses after which nothing more happens to a dossier's processing. */
const CLOSED: readonly StatusCode[] = [3, 7, 8, 9, 10];
/** Statuses from which the applicant may ask to withdraw. */
export const WITHDRAWABLE: readonly StatusCode[] = [1, 2, 4, 5, 6];

const NOTES: Partial<Record<StatusCode, Text>> = {
  1: { vi: 'Hồ sơ đã được nộp trực tuyến', en: 'The dossier was submitted online' },
  2: { vi: 'Bộ phận Một cửa đã tiếp nhận hồ sơ', en: 'The one-stop desk accepted the dossier' },
  3: { vi: 'Hồ sơ không thuộc thẩm quyền giải quyết', en: 'The dossier is outside the agency’s competence' },
  4: { vi: 'Chuyên viên đang thẩm định hồ sơ', en: 'An officer is examining the dossier' },
  5: { vi: 'Đề nghị bổ sung giấy tờ theo yêu cầu', en: 'Please send the documents asked for' },
  6: { vi: 'Đề nghị nộp phí, lệ phí', en: 'Please pay the fees' },
  7: { vi: 'Công dân đề nghị rút hồ sơ', en: 'The applicant asked to withdraw the dossier' },
  8: { vi: 'Dừng xử lý theo đề nghị của cơ quan có thẩm quyền', en: 'Processing stopped at the request of the competent authority' },
  9: { vi: 'Đã có kết quả, chờ trả cho công dân', en: 'The result is ready to be handed over' },
  10: { vi: 'Đã trả kết quả cho công dân', en: 'The result was handed over' },
};
const STOPPED_ON_REQUEST: Text = {
  vi: 'Dừng xử lý theo đề nghị rút hồ sơ của công dân',
  en: 'Processing stopped at the applicant’s request to withdraw',
};
const SUPPLEMENT_REASON: Text = {
  vi: 'Bản chụp giấy tờ chưa rõ nét, đề nghị bổ sung bản rõ hơn.',
  en: 'The scanned documents are not legible; please send clearer copies.',
};
const SUPPLEMENT_RECEIVED: Text = { vi: 'Đã nhận giấy tờ bổ sung, tiếp tục xử lý', en: 'The documents arrived; processing continues' };
const SUPPLEMENT_PAUSE: Text = {
  vi: 'Thời gian chờ bổ sung hồ sơ không tính vào thời hạn giải quyết.',
  en: 'The time spent waiting for the documents does not count towards the deadline.',
};
const PAID: Text = { vi: 'Đã hoàn thành nghĩa vụ tài chính, tiếp tục xử lý', en: 'The fees were paid; processing continues' };
const STATUS_6_FEE: Text = { vi: 'Lệ phí giải quyết thủ tục hành chính', en: 'Administrative procedure fee' };

/** The evaluation's indices (the evaluation of procedure handling, Decree 61/2018/NĐ-CP as amended). */
const INDEX_NAMES: Record<number, Text> = {
  1: { vi: 'Tổng thời gian giải quyết so với thời gian quy định', en: 'Total handling time against the prescribed time' },
  2: { vi: 'Thời gian thực hiện của từng cơ quan, đơn vị', en: 'Time taken by each agency and unit' },
  3: { vi: 'Số lần liên hệ để hoàn thiện hồ sơ', en: 'Contacts needed to complete the dossier' },
  4: { vi: 'Số cơ quan, đơn vị phải liên hệ', en: 'Agencies and units the applicant had to contact' },
  5: { vi: 'Thực hiện theo cơ chế một cửa, một cửa liên thông', en: 'Handled through the one-stop (and inter-agency one-stop) mechanism' },
  6: { vi: 'Công khai thủ tục hành chính', en: 'Publicity of the procedure' },
  7: { vi: 'Thái độ, tinh thần phục vụ của cán bộ, công chức', en: 'Attitude and service of the officers' },
  8: { vi: 'Tiếp nhận, xử lý phản ánh, kiến nghị', en: 'Handling of feedback and petitions' },
  9: { vi: 'Chất lượng dịch vụ công trực tuyến', en: 'Quality of the online public service' },
  10: { vi: 'Mức độ thuận tiện khi thực hiện thủ tục', en: 'Convenience of the service' },
  11: { vi: 'Mức độ hài lòng chung', en: 'Overall satisfaction' },
};
/** "Rất hài lòng" 2, "Hài lòng" 1, "Không hài lòng" 0. */
export const SATISFACTION_POINTS: Record<SatisfactionLevel, 0 | 1 | 2> = { 'very-satisfied': 2, satisfied: 1, dissatisfied: 0 };

/** A note as a history entry keeps it: the Vietnamese, and the English when it differs. */
function noteOf(text: Text): { note: string; noteEn?: string } {
  return text.en === text.vi ? { note: text.vi } : { note: text.vi, noteEn: text.en };
}

/** "Nguyễn Văn An" → "Nguyễn V. A.": enough for the applicant to recognise, not to identify. */
export function maskName(fullName: string): string {
  const words = fullName.trim().split(/\s+/).filter(Boolean);
  if (words.length <= 1) return words[0] ? `${words[0].charAt(0)}.` : '';
  return [words[0], ...words.slice(1).map((word) => `${word.charAt(0)}.`)].join(' ');
}

/**
 * The last 4 digits of the applicant's phone and identifier (CCCD, tax code, organisation
 * code or passport), and of the representative's phone and CCCD, open the dossier.
 */
export function verifiersOf(applicant: Applicant): string[] {
  const digits = (value: string | undefined) => (value ?? '').replace(/\D/g, '').slice(-4);
  const representative = applicant.representative;
  return [
    applicant.phone,
    applicant.nationalId,
    applicant.taxCode,
    applicant.organisationCode,
    applicant.passportNumber,
    representative?.phone,
    representative?.nationalId,
  ]
    .map(digits)
    .filter((value) => value.length === 4);
}

/**
 * The appointment for a dossier received at `receivedAt`. Working days are 8 working hours
 * each and working hours are counted inside office hours from the next working moment, so a
 * dossier received at 10:15 on Monday with 1 working day is due at 10:15 on Tuesday and one
 * received on Saturday is counted from Monday 8:00. `hour` (1.0) counts like `working-hour`.
 * Calendar days and months end at the same time of day, moved to the close of the next
 * working day when they end on a day off.
 */
export function appointmentFor(receivedAt: number, time: Duration): number {
  switch (time.unit) {
    case 'working-day':
      return addWorkingHours(receivedAt, time.value * HOURS_PER_WORKING_DAY);
    case 'working-hour':
    case 'hour':
      return addWorkingHours(receivedAt, time.value);
    case 'day':
      return closeOnWorkingDay(receivedAt + time.value * DAY_MS);
    case 'month':
      return closeOnWorkingDay(addMonthsVn(receivedAt, Math.floor(time.value)) + (time.value % 1) * 30 * DAY_MS);
  }
}

/** Own enumerable keys copied into objects without a prototype, arrays kept: a field id is never a property of Object.prototype. */
export function plainData(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plainData);
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = Object.create(null);
  for (const key of Object.keys(value)) copy[key] = plainData((value as Record<string, unknown>)[key]);
  return copy;
}

export class DossierStore {
  private readonly records = new Map<string, DossierRecord>();
  private readonly sequence = new Map<string, number>();
  private paymentCounter = 0;

  constructor(private readonly now: () => number) {}

  count(): number {
    return this.records.size;
  }

  clear(): void {
    this.records.clear();
    this.sequence.clear();
    this.paymentCounter = 0;
  }

  all(): DossierRecord[] {
    return [...this.records.values()];
  }

  get(code: string): DossierRecord | undefined {
    return this.records.get(code);
  }

  /**
   * Codes are `<unit>-<YYMMDD>-<NNNN>`: the unit's 13-character code, the day of receipt in
   * Vietnam (the day the system received the online submission), numbered per unit and day.
   */
  private nextCode(unitCode: string, at: number): string {
    const prefix = `${unitCode}-${yymmddVn(at)}`;
    const next = (this.sequence.get(prefix) ?? 0) + 1;
    this.sequence.set(prefix, next);
    return `${prefix}-${String(next).padStart(4, '0')}`;
  }

  private newPayment(stage: PaymentStage, items: PaymentItem[], at: number): PaymentRecord {
    this.paymentCounter += 1;
    return {
      id: `pay_${String(this.paymentCounter).padStart(6, '0')}`,
      stage,
      state: 'pending',
      createdAt: at,
      items,
      dueDay: parseDateVn(workingDaysAfter(at, 3)) as number,
      platform: 'dvcqg',
    };
  }

  create(input: NewDossier, options: { at?: number; plan?: readonly StatusCode[] } = {}): DossierRecord {
    const at = options.at ?? this.now();
    const appointment = appointmentFor(at, input.processingTime);
    const record: DossierRecord = {
      code: this.nextCode(input.agency.unitCode, at),
      procedure: input.procedure,
      agency: input.agency,
      department: input.department,
      applicant: input.applicant,
      answers: plainData(input.answers) as Record<string, unknown>,
      attachments: input.attachments,
      prefill: input.prefill ?? [],
      status: 1,
      submittedAt: at,
      processingTime: input.processingTime,
      deadline: appointment,
      appointment,
      appointmentHistory: [],
      supplementCount: 0,
      history: [{ at, status: 1, ...noteOf(NOTES[1] as Text) }],
      payments: [],
      plan: [...(options.plan ?? DEFAULT_PLAN)],
      changedAt: at,
    };
    if (input.fee) record.fee = input.fee;
    if (input.submissionItems?.length) record.payments.push(this.newPayment('submission', input.submissionItems, at));
    this.supplementDocuments.set(record.code, input.documents.length ? input.documents.slice(0, 2) : [{ code: 'HS01', name: 'Tờ khai' }]);
    this.records.set(record.code, record);
    return record;
  }

  /** What a supplement request would ask for again, per dossier. */
  private readonly supplementDocuments = new Map<string, RequestedDocument[]>();

  private require(code: string): DossierRecord {
    const record = this.records.get(code);
    if (!record) throw new Error(`no dossier ${code}`);
    return record;
  }

  /** Moves a dossier to `status` now, recording the step the way an officer would. */
  setStatus(code: string, status: StatusCode, note?: string | Text, at = this.now()): DossierRecord {
    const record = this.require(code);
    const text: Text | undefined = typeof note === 'string' ? { vi: note, en: note } : note;
    if (record.status === 5 && record.supplementRequest && status !== 5) this.endSupplementWait(record, status, at);
    record.status = status;
    record.changedAt = at;
    if (status === 2 && record.acceptedAt === undefined) record.acceptedAt = at;
    if ((status === 9 || status === 3 || status === 8) && record.completedAt === undefined) record.completedAt = at;
    if (status === 5) {
      record.supplementCount += 1;
      const reason = text ?? SUPPLEMENT_REASON;
      record.supplementRequest = {
        requestedAt: at,
        reason: reason.vi,
        documents: this.supplementDocuments.get(code) ?? [{ code: 'HS01', name: 'Tờ khai' }],
        dueDay: parseDateVn(workingDaysAfter(at, 5)) as number,
      };
      if (reason.en !== reason.vi) record.supplementRequest.reasonEn = reason.en;
    }
    if (status === 6 && !record.payments.some((p) => p.stage === 'processing' && (p.state === 'pending' || p.state === 'processing'))) {
      record.payments.push(this.newPayment('processing', [{ kind: 'le-phi', name: STATUS_6_FEE.vi, amount: record.fee ?? 100_000 }], at));
    }
    const shown = status === 5 ? (text ?? SUPPLEMENT_REASON) : (text ?? NOTES[status]);
    record.history.push({ at, status, department: record.department, ...(shown ? noteOf(shown) : {}) });
    // A status set by hand takes the dossier off its planned path up to that status.
    const index = record.plan.indexOf(status);
    if (index >= 0) record.plan.splice(0, index + 1);
    return record;
  }

  /** The applicant's answer to a supplement request ends the wait; the wait does not count against the office. */
  private endSupplementWait(record: DossierRecord, next: StatusCode, at: number): void {
    const request = record.supplementRequest as NonNullable<DossierRecord['supplementRequest']>;
    delete record.supplementRequest;
    const pausedHours = workingMsBetween(request.requestedAt, at) / HOUR_MS;
    if (pausedHours <= 0) return;
    const previous = record.appointment;
    record.deadline = addWorkingHours(record.deadline, pausedHours);
    record.appointment = addWorkingHours(record.appointment, pausedHours);
    if (CLOSED.includes(next)) return;
    record.appointmentHistory.push({ at, cause: 'supplement', previous, next: record.appointment, reason: SUPPLEMENT_PAUSE });
  }

  requestSupplement(code: string, reason?: string): DossierRecord {
    return this.setStatus(code, 5, reason);
  }

  /** The applicant's supplement arrived: processing resumes, the pause is not held against the office. */
  receiveSupplement(code: string, attachments: Array<{ documentCode: string; attachmentId: string }>, at = this.now()): DossierRecord {
    const record = this.setStatus(code, 4, SUPPLEMENT_RECEIVED, at);
    record.attachments.push(...attachments);
    return record;
  }

  /**
   * The agency cannot keep the appointment: it sets a new one `workingDays` later and issues
   * the apology-and-reschedule slip (phiếu xin lỗi và hẹn lại ngày trả kết quả). The deadline
   * the office is measured against does not move.
   */
  extend(code: string, reason: string | Text, workingDays: number, at = this.now()): DossierRecord {
    const record = this.require(code);
    const text = typeof reason === 'string' ? { vi: reason, en: reason } : reason;
    const previous = record.appointment;
    record.appointment = addWorkingHours(Math.max(previous, at), workingDays * HOURS_PER_WORKING_DAY);
    const slipUrl = `https://motcua.dev/phieu-xin-loi/${encodeURIComponent(record.code)}-${record.appointmentHistory.length + 1}.pdf`;
    record.appointmentHistory.push({ at, cause: 'extension', previous, next: record.appointment, reason: text, slipUrl });
    record.history.push({
      at,
      status: record.status,
      department: record.department,
      ...noteOf({ vi: `Gia hạn thời gian giải quyết: ${text.vi}`, en: `Handling time extended: ${text.en}` }),
    });
    return record;
  }

  /** Status 7: the applicant asks to withdraw; the agency decides at its next step (status 8). */
  requestWithdrawal(code: string, reason: string, at = this.now()): DossierRecord {
    const record = this.require(code);
    record.withdrawal = { requestedAt: at, reason };
    this.setStatus(code, 7, { vi: `${NOTES[7]?.vi}: ${reason}`, en: `${NOTES[7]?.en}: ${reason}` }, at);
    record.plan = [8];
    return record;
  }

  rate(code: string, rating: Omit<Rating, 'ratedAt'>, at = this.now()): Rating {
    const record = this.require(code);
    record.rating = { ...rating, ratedAt: at };
    return record.rating;
  }

  /** A payment request's state as of now: a pending request past its last day has expired. */
  paymentState(payment: PaymentRecord): PaymentRequest['state'] {
    if ((payment.state === 'pending' || payment.state === 'processing') && this.now() >= payment.dueDay + DAY_MS) return 'expired';
    return payment.state;
  }

  /** The platform confirmed a payment: the request is paid, with its e-receipt; a dossier waiting at status 6 goes on. */
  settlePayment(code: string, paymentId: string, outcome: 'paid' | 'failed', at = this.now()): PaymentRecord {
    const record = this.require(code);
    const payment = record.payments.find((p) => p.id === paymentId);
    if (!payment) throw new Error(`no payment ${paymentId} on ${code}`);
    if (outcome === 'failed') {
      payment.state = 'pending';
      return payment;
    }
    payment.state = 'paid';
    payment.paidAt = at;
    payment.receiptUrl = `https://motcua.dev/bien-lai/${encodeURIComponent(payment.id)}.pdf`;
    if (payment.stage === 'processing' && record.status === 6) this.setStatus(code, 4, PAID, at);
    return payment;
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
        const note = next === 8 && record.status === 7 ? STOPPED_ON_REQUEST : undefined;
        this.setStatus(record.code, next, note, record.changedAt + everyMs);
      }
    }
  }

  /**
   * Decision 766/QĐ-TTg: resolved before the deadline's day is early, on it on time, after it
   * late; more than one supplement request makes a dossier late whatever the dates.
   */
  timeliness(record: DossierRecord): Timeliness | null {
    if (record.completedAt === undefined || (record.status !== 9 && record.status !== 10)) return null;
    if (record.supplementCount > 1) return 'late';
    const done = dateVn(record.completedAt);
    const due = dateVn(record.deadline);
    return done < due ? 'early' : done === due ? 'on-time' : 'late';
  }

  /** Open (being processed, not waiting for the applicant) and past its deadline, or asked for documents more than once. */
  overdue(record: DossierRecord, at = this.now()): boolean {
    const timeliness = this.timeliness(record);
    if (timeliness !== null) return timeliness === 'late';
    if (record.status === 5 || CLOSED.includes(record.status)) return false;
    return record.supplementCount > 1 || at > record.deadline;
  }

  paymentRequest(payment: PaymentRecord, locale: Locale): PaymentRequest {
    const request: PaymentRequest = {
      id: payment.id,
      stage: payment.stage,
      state: this.paymentState(payment),
      createdAt: isoVn(payment.createdAt),
      items: payment.items.map((item) => ({ ...item, name: item.name === STATUS_6_FEE.vi ? STATUS_6_FEE[locale] : item.name })),
      amount: payment.items.reduce((sum, item) => sum + item.amount, 0),
      currency: 'VND',
      dueDate: dateVn(payment.dueDay),
      platform: payment.platform,
    };
    if (payment.paidAt !== undefined) request.paidAt = isoVn(payment.paidAt);
    if (payment.receiptUrl) request.receiptUrl = payment.receiptUrl;
    return request;
  }

  private evaluation(record: DossierRecord, locale: Locale): Evaluation | undefined {
    if (record.status !== 9 && record.status !== 10) return undefined;
    const timeliness = this.timeliness(record);
    const onTime: 0 | 1 | 2 = timeliness === 'early' ? 2 : timeliness === 'on-time' ? 1 : 0;
    const contacts: 0 | 1 | 2 = record.supplementCount === 0 ? 2 : record.supplementCount === 1 ? 1 : 0;
    const points: Array<[number, 0 | 1 | 2]> = [[1, onTime], [2, onTime], [3, contacts], [4, 2], [5, 2], [6, 2], [7, 2], [8, 2], [9, 2]];
    if (record.rating) points.push([10, SATISFACTION_POINTS[record.rating.convenience]], [11, SATISFACTION_POINTS[record.rating.overall]]);
    const indices: EvaluationIndex[] = points.map(([index, value]) => ({ index, name: (INDEX_NAMES[index] as Text)[locale], points: value }));
    const evaluation: Evaluation = { indices, ratingOpen: !record.rating };
    if (record.rating) {
      evaluation.rating = { convenience: record.rating.convenience, overall: record.rating.overall, ratedAt: isoVn(record.rating.ratedAt) };
      if (record.rating.comment) evaluation.rating.comment = record.rating.comment;
    }
    return evaluation;
  }

  status(record: DossierRecord, locale: Locale = 'vi', procedureName = record.procedure.name): DossierStatus {
    const timeliness = this.timeliness(record);
    const history: HistoryEntry[] = record.history.map((step) => {
      const entry: HistoryEntry = { at: isoVn(step.at), status: step.status, agency: record.agency.name };
      if (step.department) entry.department = step.department;
      if (step.note) entry.note = locale === 'en' ? (step.noteEn ?? step.note) : step.note;
      return entry;
    });
    const status: DossierStatus = {
      code: record.code,
      procedure: { code: record.procedure.code, name: procedureName },
      applicantName: maskName(record.applicant.fullName),
      status: record.status,
      submittedAt: isoVn(record.submittedAt),
      expectedReturnDate: dateVn(record.appointment),
      overdue: this.overdue(record),
      timeliness,
      agency: { name: record.agency.name },
      history,
      appointmentAt: isoVn(record.appointment),
      appointmentHistory: record.appointmentHistory.map((change) => {
        const shown: AppointmentChange = {
          at: isoVn(change.at),
          cause: change.cause,
          previous: isoVn(change.previous),
          next: isoVn(change.next),
          reason: change.reason[locale],
        };
        if (change.slipUrl) {
          const name = locale === 'en' ? 'Apology and new appointment slip' : 'Phiếu xin lỗi và hẹn lại ngày trả kết quả';
          shown.apologySlip = { name, url: change.slipUrl };
        }
        return shown;
      }),
      paymentRequests: record.payments.map((payment) => this.paymentRequest(payment, locale)),
    };
    if (record.acceptedAt !== undefined) status.acceptedAt = isoVn(record.acceptedAt);
    if (record.completedAt !== undefined) status.completedAt = isoVn(record.completedAt);
    if (record.supplementRequest) {
      status.supplementRequest = {
        requestedAt: isoVn(record.supplementRequest.requestedAt),
        reason: locale === 'en' ? (record.supplementRequest.reasonEn ?? record.supplementRequest.reason) : record.supplementRequest.reason,
        documents: record.supplementRequest.documents.map((document) => ({ ...document })),
        dueDate: dateVn(record.supplementRequest.dueDay),
      };
    }
    const due = record.payments.find((p) => p.stage === 'processing' && this.paymentState(p) === 'pending');
    if (record.status === 6 && due) {
      status.payment = {
        amount: due.items.reduce((sum, item) => sum + item.amount, 0),
        currency: 'VND',
        description: due.items.map((item) => (item.name === STATUS_6_FEE.vi ? STATUS_6_FEE[locale] : item.name)).join('; '),
        payUrl: `https://dichvucong.gov.vn/p/thanh-toan?ma-ho-so=${encodeURIComponent(record.code)}`,
      };
    }
    if (record.withdrawal) status.withdrawal = { requestedAt: isoVn(record.withdrawal.requestedAt), reason: record.withdrawal.reason };
    if (record.status === 9 || record.status === 10) status.result = this.result(record, locale, procedureName);
    const evaluation = this.evaluation(record, locale);
    if (evaluation) status.evaluation = evaluation;
    return status;
  }

  private result(record: DossierRecord, locale: Locale, procedureName: string): NonNullable<DossierStatus['result']> {
    const url = `https://motcua.dev/ket-qua/${encodeURIComponent(record.code)}.pdf`;
    const en = locale === 'en';
    return {
      summary: en ? `Result of the procedure: ${procedureName}` : `Kết quả giải quyết thủ tục ${procedureName}`,
      pickup:
        record.status === 9
          ? en
            ? `Collect the result at the one-stop desk of ${record.agency.name} (bring an identity document), or download the electronic copy once it is handed over.`
            : `Nhận kết quả tại Bộ phận Một cửa của ${record.agency.name} (mang theo giấy tờ tùy thân), hoặc tải bản điện tử khi đã được trả.`
          : en
            ? 'The result was handed over; its electronic copy is kept in your data store on the National Public Service Portal.'
            : 'Kết quả đã được trả; bản điện tử lưu trong kho dữ liệu cá nhân trên Cổng Dịch vụ công quốc gia.',
      documents: [
        {
          name: en ? `Result: ${procedureName} (electronic copy)` : `Kết quả ${procedureName} (bản điện tử)`,
          url,
          code: `KQ-${record.procedure.code}`,
          number: `${record.code.slice(-4)}/${dateVn(record.completedAt ?? record.changedAt).slice(0, 4)}/KQ`,
          issuedOn: dateVn(record.completedAt ?? record.changedAt),
          electronicCopy: { url, mediaType: 'application/pdf', signed: true },
        },
      ],
    };
  }

  receipt(record: DossierRecord, locale: Locale = 'vi', procedureName = record.procedure.name, trackingPage?: string): DossierReceipt {
    const receipt: DossierReceipt = {
      code: record.code,
      status: record.status,
      submittedAt: isoVn(record.submittedAt),
      expectedReturnDate: dateVn(record.appointment),
      procedure: { code: record.procedure.code, name: procedureName },
      appointmentAt: isoVn(record.appointment),
    };
    const submission = record.payments.filter((p) => p.stage === 'submission');
    if (submission.length) receipt.paymentRequests = submission.map((payment) => this.paymentRequest(payment, locale));
    if (trackingPage) {
      const url = new URL(trackingPage);
      url.searchParams.set('code', record.code);
      receipt.trackingUrl = url.href;
    }
    return receipt;
  }
}
