/**
 * Dossiers as one-stop systems synchronise them with DVCQG (MaHoSo, TrangThaiHoSo, NgayHenTra as
 * yyyyMMddHHmmss, DanhSachHoSoBoSung, DanhSachLePhi, DanhSachGiayToKetQua; the processing steps
 * of CapNhatTienDoHoSoMC) into the contract's `DossierStatus` and `DossierReceipt`, and a
 * submission with its receipt back into a synchronisation record. The tables of docs/api.md
 * ("Receipt", "Status", "Payments", "Result documents") are the spec.
 */
import type {
  Applicant,
  ApplicantType,
  AppointmentChange,
  DossierReceipt,
  DossierStatus,
  DossierSubmission,
  HistoryEntry,
  PaymentItem,
  PaymentRequest,
  PaymentState,
  ResultDocument,
  StatusCode,
  Timeliness,
} from '../../api/schemas.js';
import type { DvcqgDossier, DvcqgDossierFee, DvcqgStep, DvcqgSupplement } from './types.js';
import { folded, fromDvcqgDate, looseInt, plainText, text, toDvcqgDate, vnDay } from './values.js';

export interface DossierOptions {
  /** The progress updates (CapNhatTienDoHoSoMC), in any order: its `history`. A whole batch may be passed: steps of other dossiers (by MaHoSo) are left out. */
  steps?: readonly DvcqgStep[];
  /** Now, for `overdue`: the adapter's clock, passed in so the mapping stays pure. */
  now: string;
  /**
   * The deadline timeliness is measured against (766): by default the appointment, NgayHenTra.
   * Give it when the one-stop system knows a deadline that extensions did not move.
   */
  deadline?: string;
  /** The state of a payment request: by default `pending` for fees asked during processing at status 6, else `paid`. */
  paymentState?: (fees: readonly DvcqgDossierFee[], stage: PaymentRequest['stage'], record: DvcqgDossier) => PaymentState;
  /** One sentence for the applicant once there is a result; a default in Vietnamese otherwise. */
  resultSummary?: string;
  /** The last day to send a requested supplement. */
  supplementDueDate?: string;
}

/** TrangThaiHoSo as the national status 1–10; a RangeError for anything else. */
export function statusFromDvcqg(value: unknown): StatusCode {
  const status = looseInt(value);
  if (status === undefined || status < 1 || status > 10) throw new RangeError(`TrangThaiHoSo ${JSON.stringify(value)} is not a national status 1–10`);
  return status as StatusCode;
}

/** "Nguyễn Văn An" → "Nguyễn V. A.": what a lookup may show (docs/api.md, lookup). */
export function maskName(fullName: string): string {
  const words = fullName.trim().split(/\s+/).filter(Boolean);
  if (words.length <= 1) return words[0] ? `${words[0].charAt(0)}.` : '';
  return [words[0], ...words.slice(1).map((word) => `${word.charAt(0)}.`)].join(' ');
}

const LOAI_DOI_TUONG: Readonly<Record<ApplicantType, number>> = { citizen: 1, business: 2, organisation: 4, foreigner: 1 };

/** LoaiDoiTuong 1 công dân, 2 doanh nghiệp, 3 cơ quan nhà nước, 4 tổ chức (one implementation's values). */
export function applicantTypeFromDvcqg(value: unknown): ApplicantType {
  switch (looseInt(value)) {
    case 2:
      return 'business';
    case 3:
    case 4:
      return 'organisation';
    default:
      return 'citizen';
  }
}

function stageOf(fee: DvcqgDossierFee): PaymentRequest['stage'] {
  return text(fee.HinhThucThu) === '1' || text(fee.HinhThucThu) === '' ? 'submission' : 'processing';
}

function paymentItem(fee: DvcqgDossierFee): PaymentItem {
  const name = plainText(fee.TenPhiLePhi) || 'Phí, lệ phí';
  const item: PaymentItem = { kind: /^le phi\b/.test(folded(name)) ? 'le-phi' : 'phi', name, amount: Math.max(0, Math.round(Number(looseInt(fee.Gia) ?? 0))) };
  if (text(fee.MaPhiLePhi)) item.code = text(fee.MaPhiLePhi);
  return item;
}

function defaultPaymentState(_fees: readonly DvcqgDossierFee[], stage: PaymentRequest['stage'], record: DvcqgDossier): PaymentState {
  return stage === 'processing' && looseInt(record.TrangThaiHoSo) === 6 ? 'pending' : 'paid';
}

/** DanhSachLePhi: one payment request per HinhThucThu (when the fees are asked for). */
export function paymentRequestsFromDvcqg(record: DvcqgDossier, options: Pick<DossierOptions, 'paymentState'> = {}): PaymentRequest[] {
  const byStage = new Map<string, DvcqgDossierFee[]>();
  for (const fee of record.DanhSachLePhi ?? []) {
    const key = text(fee.HinhThucThu) || '1';
    byStage.set(key, [...(byStage.get(key) ?? []), fee]);
  }
  // Fees are asked for from the submission on; the record has no date of the request itself.
  const createdAt = fromDvcqgDate(record.NgayNopHoSo) ?? fromDvcqgDate(record.NgayTiepNhan);
  return [...byStage.entries()].flatMap(([key, fees]) => {
    const items = fees.map(paymentItem);
    if (!items.length || !createdAt) return [];
    const stage = stageOf(fees[0]!);
    return [{
      id: `${record.MaHoSo}-${key}`,
      stage,
      state: (options.paymentState ?? defaultPaymentState)(fees, stage, record),
      createdAt,
      items,
      amount: items.reduce((sum, item) => sum + item.amount, 0),
      currency: 'VND' as const,
    }];
  });
}

function documentsOf(supplement: DvcqgSupplement): Array<{ code: string; name: string }> {
  const list = supplement.DanhSachGiayToBoSung;
  if (typeof list === 'string') return list.split(/[;\n]/).map((name) => name.trim()).filter(Boolean).map((name, index) => ({ code: `bo-sung-${index + 1}`, name }));
  return (list ?? []).map((document, index) => ({ code: text(document.MaThanhPhanHoSo) || text(document.MaGiayTo) || `bo-sung-${index + 1}`, name: plainText(document.TenGiayTo) || 'Giấy tờ bổ sung' }));
}

function historyOf(record: DvcqgDossier, steps: readonly DvcqgStep[], submittedAt: string, status: StatusCode): HistoryEntry[] {
  const entries = steps
    .map((step): HistoryEntry | undefined => {
      const at = fromDvcqgDate(step.ThoiDiemXuLy);
      const stepStatus = looseInt(step.TrangThai);
      if (!at || stepStatus === undefined || stepStatus < 1 || stepStatus > 10) return undefined;
      const entry: HistoryEntry = { at, status: stepStatus as StatusCode };
      const agency = plainText(step.DonViXuLy);
      if (agency) entry.agency = agency;
      const department = plainText(step.PhongBanXuLy);
      if (department) entry.department = department;
      const note = plainText(step.NoiDungXuLy);
      if (note) entry.note = note;
      return entry;
    })
    .filter((entry): entry is HistoryEntry => entry !== undefined)
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  if (!entries.length || entries[0]!.status !== 1) entries.unshift({ at: submittedAt, status: 1 });
  if (entries.at(-1)!.status !== status) entries.push({ at: fromDvcqgDate(record.NgayKetThucXuLy) ?? entries.at(-1)!.at, status });
  return entries;
}

const OPEN: ReadonlySet<StatusCode> = new Set<StatusCode>([1, 2, 4, 5, 6, 7]);

export function dossierStatusFromDvcqg(record: DvcqgDossier, options: DossierOptions): DossierStatus {
  const status = statusFromDvcqg(record.TrangThaiHoSo);
  const submittedAt = fromDvcqgDate(record.NgayNopHoSo) ?? fromDvcqgDate(record.NgayTiepNhan);
  if (!submittedAt) throw new RangeError(`${record.MaHoSo}: neither NgayNopHoSo nor NgayTiepNhan is a yyyyMMddHHmmss date`);
  const supplements = record.DanhSachHoSoBoSung ?? [];
  const appointmentAt = fromDvcqgDate(record.NgayHenTra);
  const completedAt = fromDvcqgDate(record.NgayKetThucXuLy);
  const deadline = options.deadline ?? appointmentAt;
  const done = status === 9 || status === 10;
  let timeliness: Timeliness | null = null;
  if (done && completedAt && deadline) {
    const [day, due] = [vnDay(completedAt), vnDay(deadline)];
    timeliness = supplements.length > 1 ? 'late' : day < due ? 'early' : day === due ? 'on-time' : 'late';
  }
  const open = OPEN.has(status);
  const overdue = timeliness === 'late' || (open && status !== 5 && (supplements.length > 1 || (deadline !== undefined && Date.parse(options.now) > Date.parse(deadline))));
  // Steps of other dossiers, when a caller passes a whole CapNhatTienDoHoSoMC batch, are not this one's history.
  const steps = (options.steps ?? []).filter((step) => !text(step.MaHoSo) || text(step.MaHoSo) === text(record.MaHoSo));
  const result: DossierStatus = {
    code: text(record.MaHoSo),
    procedure: { code: text(record.MaTTHC), name: plainText(record.TenTTHC) || text(record.MaTTHC) },
    applicantName: maskName(plainText(record.ChuHoSo)),
    status,
    submittedAt,
    overdue,
    timeliness,
    agency: { name: plainText(record.DonViXuLy) || 'Bộ phận Một cửa' },
    history: historyOf(record, steps, submittedAt, status),
  };
  const accepted = fromDvcqgDate(record.NgayTiepNhan);
  if (accepted && status !== 1 && status !== 3) result.acceptedAt = accepted;
  if (appointmentAt) {
    result.appointmentAt = appointmentAt;
    result.expectedReturnDate = vnDay(appointmentAt);
  }
  if (completedAt) result.completedAt = completedAt;
  const changes = supplements
    .map((supplement): AppointmentChange | undefined => {
      const previous = fromDvcqgDate(supplement.NgayHenTraTruoc);
      const next = fromDvcqgDate(supplement.NgayHenTraMoi);
      const at = fromDvcqgDate(supplement.NgayTiepNhanBoSung) ?? fromDvcqgDate(supplement.NgayBoSung);
      if (!previous || !next || !at) return undefined;
      return { at, cause: 'supplement', previous, next, reason: plainText(supplement.NoiDungBoSung) };
    })
    .filter((change): change is AppointmentChange => change !== undefined);
  result.appointmentHistory = changes;
  const latest = supplements.at(-1);
  const requestedAt = latest ? fromDvcqgDate(latest.NgayBoSung) : undefined;
  if (status === 5 && latest && requestedAt) {
    result.supplementRequest = { requestedAt, reason: plainText(latest.NoiDungBoSung), documents: documentsOf(latest), ...(options.supplementDueDate ? { dueDate: options.supplementDueDate } : {}) };
  }
  const payments = paymentRequestsFromDvcqg(record, options);
  result.paymentRequests = payments;
  const pending = payments.find((payment) => payment.stage === 'processing' && payment.state === 'pending');
  if (status === 6 && pending) result.payment = { amount: pending.amount, currency: 'VND', description: pending.items.map((item) => item.name).join('; ') };
  if (status === 7) {
    const asked = steps.find((step) => looseInt(step.TrangThai) === 7);
    result.withdrawal = { requestedAt: fromDvcqgDate(asked?.ThoiDiemXuLy) ?? result.history.at(-1)!.at, reason: plainText(asked?.NoiDungXuLy) };
  }
  if (done) {
    const documents = (record.DanhSachGiayToKetQua ?? []).map((document): ResultDocument => {
      const entry: ResultDocument = { name: plainText(document.TenGiayTo) || 'Kết quả giải quyết' };
      const code = text(document.MaGiayToKetQua) || text(document.MaThanhPhanHoSo);
      if (code) entry.code = code;
      const url = text(document.DuongDanTepTinKetQua);
      if (url) entry.electronicCopy = { url };
      return entry;
    });
    result.result = {
      summary: options.resultSummary ?? (status === 10 ? 'Đã trả kết quả giải quyết hồ sơ.' : 'Hồ sơ đã có kết quả giải quyết.'),
      ...(plainText(record.ThongTinTra) ? { pickup: plainText(record.ThongTinTra) } : {}),
      documents,
    };
  }
  return result;
}

/** The receipt of a freshly synchronised dossier: what `POST /dossiers` answers. */
export function dossierReceiptFromDvcqg(record: DvcqgDossier, options: Pick<DossierOptions, 'paymentState'> & { trackingPage?: string } = {}): DossierReceipt {
  const submittedAt = fromDvcqgDate(record.NgayNopHoSo) ?? fromDvcqgDate(record.NgayTiepNhan);
  if (!submittedAt) throw new RangeError(`${record.MaHoSo}: neither NgayNopHoSo nor NgayTiepNhan is a yyyyMMddHHmmss date`);
  const receipt: DossierReceipt = {
    code: text(record.MaHoSo),
    status: statusFromDvcqg(record.TrangThaiHoSo),
    submittedAt,
    procedure: { code: text(record.MaTTHC), name: plainText(record.TenTTHC) || text(record.MaTTHC) },
  };
  const appointmentAt = fromDvcqgDate(record.NgayHenTra);
  if (appointmentAt) {
    receipt.appointmentAt = appointmentAt;
    receipt.expectedReturnDate = vnDay(appointmentAt);
  }
  receipt.paymentRequests = paymentRequestsFromDvcqg(record, options).filter((payment) => payment.stage === 'submission');
  if (options.trackingPage) {
    const url = new URL(options.trackingPage);
    url.searchParams.set('code', receipt.code);
    receipt.trackingUrl = url.href;
  }
  return receipt;
}

function identifierOf(applicant: Applicant): string {
  return applicant.nationalId ?? applicant.taxCode ?? applicant.organisationCode ?? applicant.passportNumber ?? '';
}

/**
 * A submission and its receipt as the synchronisation record the one-stop system sends to
 * DVCQG (DongBoHoSoMC), for a gateway that takes dossiers through the elements. Keys the
 * contract has no value for are left out, not sent empty.
 */
export function dossierToDvcqg(submission: DossierSubmission, receipt: DossierReceipt, extra: { sectorCode?: string; sectorName?: string; agencyName?: string; vneidAuthenticated?: boolean } = {}): DvcqgDossier {
  const { applicant } = submission;
  const record: DvcqgDossier = {
    MaHoSo: receipt.code,
    MaTTHC: receipt.procedure.code,
    TenTTHC: receipt.procedure.name,
    KenhThucHien: 2,
    ChuHoSo: applicant.fullName,
    LoaiDoiTuong: LOAI_DOI_TUONG[applicant.type ?? 'citizen'],
    SoGiayToChuHoSo: identifierOf(applicant),
    SoDienThoai: applicant.phone,
    NgayNopHoSo: toDvcqgDate(receipt.submittedAt),
    TrangThaiHoSo: receipt.status,
    HinhThuc: submission.delivery === 'post' ? 1 : 0,
    TaiLieuNop: submission.attachments.map((attachment) => ({ TepDinhKemId: attachment.attachmentId, MaThanhPhanHoSo: attachment.documentCode })),
    DanhSachLePhi: (receipt.paymentRequests ?? []).flatMap((payment) =>
      payment.items.map((item) => ({ TenPhiLePhi: item.name, ...(item.code ? { MaPhiLePhi: item.code } : {}), HinhThucThu: payment.stage === 'submission' ? 1 : 2, Gia: item.amount })),
    ),
  };
  if (applicant.nationalId) record.DinhDanhCHS = [{ LoaiDinhDanh: 1, SoDinhDanh: applicant.nationalId }];
  if (applicant.email) record.Email = applicant.email;
  if (receipt.appointmentAt) record.NgayHenTra = toDvcqgDate(receipt.appointmentAt);
  if (extra.sectorCode) record.MaLinhVuc = extra.sectorCode;
  if (extra.sectorName) record.TenLinhVuc = extra.sectorName;
  if (extra.agencyName) record.DonViXuLy = extra.agencyName;
  if (extra.vneidAuthenticated !== undefined) record.TaiKhoanDuocXacThucVoiVNeID = extra.vneidAuthenticated ? 1 : 0;
  return record;
}

/** A contract history entry as a progress update (CapNhatTienDoHoSoMC) of the dossier. */
export function historyEntryToDvcqg(code: string, entry: HistoryEntry): DvcqgStep {
  const step: DvcqgStep = { MaHoSo: code, ThoiDiemXuLy: toDvcqgDate(entry.at), TrangThai: entry.status };
  if (entry.agency) step.DonViXuLy = entry.agency;
  if (entry.department) step.PhongBanXuLy = entry.department;
  if (entry.note) step.NoiDungXuLy = entry.note;
  return step;
}
