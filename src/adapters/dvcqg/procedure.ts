/**
 * Procedure records of the national procedure database (MATTHC, TENTTHC, CAPTHUCHIEN,
 * LINHVUCTHUCHIEN, CACHTHUCTHUCHIEN with THOIGIAN and PHILEPHI, THANHPHANHOSO…) into the
 * contract's `ProcedureDetail`, and back. The table of docs/api.md ("Procedures") is the spec;
 * where it says "adapter decides", the option of the same name decides, with the default the
 * docs give.
 */
import type {
  Audience,
  Channel,
  Duration,
  FeeItem,
  Level,
  OnlineLevel,
  ProcedureCase,
  ProcedureDetail,
  ProcedureSummary,
  RequiredDocument,
} from '../../api/schemas.js';
import type { DvcqgChannel, DvcqgDocument, DvcqgFee, DvcqgProcedure, DvcqgTime } from './types.js';
import { folded, fromDvcqgDate, looseInt, looseNumber, plainText, slug, text, toDvcqgDate } from './values.js';

export interface ProcedureOptions {
  /** When the record was last synchronised: `updatedAt`. Required when the record has no NgayCapNhat. */
  updatedAt?: string;
  /** The version of the form the adapter serves, `null` (the default) when it is not filed online. */
  formVersion?: string | null;
  /** Where former district procedures (CAPTHUCHIEN 2, "Cấp Huyện") go since 2025-07-01: `commune` by default. */
  districtLevel?: Level;
  /** The online level; by default from MucDo, else `partial` when there is an online channel (KENH 2), else `none`. */
  onlineLevel?: OnlineLevel;
  /** The online level of each agency by MADONVI; the procedure's by default. */
  agencyOnlineLevels?: Readonly<Record<string, OnlineLevel>>;
}

const CHANNEL_KINDS: Readonly<Record<string, Channel['kind']>> = { '1': 'in-person', '2': 'online', '3': 'post' };
const KENH: Readonly<Record<Channel['kind'], number>> = { 'in-person': 1, online: 2, post: 3 };

/** CAPTHUCHIEN, as a code (0–3) or a name ("Cấp Bộ"…). */
export function levelFromDvcqg(value: unknown, districtLevel: Level = 'commune'): Level | undefined {
  const raw = folded(value);
  if (raw === '0' || raw.includes('bo') || raw.includes('trung uong')) return 'central';
  if (raw === '1' || raw.includes('tinh')) return 'province';
  if (raw === '2' || raw.includes('huyen')) return districtLevel;
  if (raw === '3' || raw.includes('xa')) return 'commune';
  return undefined;
}

const LEVEL_CODES: Readonly<Record<Level, string>> = { central: '0', province: '1', commune: '3' };

/** DONVITINH: giờ làm việc, giờ, ngày làm việc, ngày, tháng (in any case, with or without marks). */
export function durationFromDvcqg(time: DvcqgTime | undefined): Duration {
  const value = looseNumber(time?.THOIGIANGIAIQUYET) ?? 0;
  const unitText = folded(time?.DONVITINH);
  const working = unitText.includes('lam viec');
  let unit: Duration['unit'] = working ? 'working-day' : 'day';
  if (unitText.startsWith('gio')) unit = working ? 'working-hour' : 'hour';
  else if (unitText.startsWith('thang')) unit = 'month';
  const duration: Duration = { value, unit };
  const known = unitText === '' || /^(gio|ngay|thang)( lam viec)?$/.test(unitText);
  const note = [plainText(time?.MOTA), known ? '' : `Đơn vị: ${text(time?.DONVITINH)}`].filter(Boolean).join('; ');
  if (note) duration.note = note;
  return duration;
}

const UNIT_NAMES: Readonly<Record<Duration['unit'], string>> = {
  hour: 'Giờ',
  'working-hour': 'Giờ làm việc',
  day: 'Ngày',
  'working-day': 'Ngày làm việc',
  month: 'Tháng',
};

export function durationToDvcqg(duration: Duration): Omit<DvcqgTime, 'PHILEPHI'> {
  return { THOIGIANGIAIQUYET: duration.value, DONVITINH: UNIT_NAMES[duration.unit], MOTA: duration.note ?? '' };
}

/**
 * One PHILEPHI entry. The national record says phí or lệ phí only in its text (MOTA), and "theo
 * quy định" by an empty or non-numeric SOTIEN: that is `amount: null`, never free.
 */
export function feeItemFromDvcqg(fee: DvcqgFee): FeeItem {
  const description = plainText(fee.MOTA);
  const [first = '', ...rest] = description.split(/\n|:\s|;\s/).map((part) => part.trim()).filter(Boolean);
  const amount = looseNumber(fee.SOTIEN);
  const byRule = /theo quy dinh/.test(folded(description));
  const item: FeeItem = {
    kind: /^le phi\b/.test(folded(first)) || (/\ble phi\b/.test(folded(first)) && !/^phi\b/.test(folded(first))) ? 'le-phi' : 'phi',
    name: first || 'Phí, lệ phí',
    amount: amount === undefined || (amount === 0 && byRule) ? null : Math.round(amount),
    currency: 'VND',
  };
  const unit = /đồng\s*\/\s*([\p{L}\s]+?)\s*(?:[.,;)]|$)/iu.exec(description)?.[1]?.trim();
  if (unit && item.amount !== null && item.amount > 0) item.unit = unit;
  const note = rest.join('; ');
  if (note) item.note = note;
  if (item.amount !== null && item.amount > 0) {
    const exemptions = description
      .split(/[.;\n]/)
      .map((sentence) => sentence.trim())
      .filter((sentence) => /^(mien|giam)\b/.test(folded(sentence)));
    if (exemptions.length) item.exemptions = exemptions;
  }
  return item;
}

/** A fee item as PHILEPHI: MOTA is "name: note", with the unit, the exemptions and "theo quy định" said there when the note does not. */
export function feeItemToDvcqg(item: FeeItem): DvcqgFee {
  const rest = item.note ? [item.note] : [];
  const said = (text: string) => rest.some((part) => folded(part).includes(folded(text)));
  if (item.unit && item.amount !== null && !said(`đồng/${item.unit}`)) rest.push(`${item.amount.toLocaleString('vi-VN')} đồng/${item.unit}`);
  for (const exemption of item.exemptions ?? []) if (!said(exemption)) rest.push(exemption);
  if (item.amount === null && !said('theo quy định')) rest.push('Theo quy định');
  return { SOTIEN: item.amount === null ? '' : item.amount, DONVI: 'VNĐ', MOTA: rest.length ? `${item.name}: ${rest.join('; ')}` : item.name };
}

function channelFromDvcqg(channel: DvcqgChannel, onlineLevel: OnlineLevel): Channel | undefined {
  const kind = CHANNEL_KINDS[text(channel.KENH)];
  if (!kind) return undefined;
  const times = channel.THOIGIAN ?? [];
  const feeItems = times.flatMap((time) => (time.PHILEPHI ?? []).map(feeItemFromDvcqg));
  const result: Channel = {
    kind,
    processingTime: durationFromDvcqg(times[0]),
    fees: feeItems.filter((item): item is FeeItem & { amount: number } => item.amount !== null).map((item) => ({ description: item.name, amount: item.amount, currency: 'VND' })),
    feeItems,
  };
  if (kind === 'online') result.onlineLevel = onlineLevel;
  return result;
}

function onlineLevelOf(record: DvcqgProcedure, options: ProcedureOptions): OnlineLevel {
  if (options.onlineLevel) return options.onlineLevel;
  const level = folded(record.MucDo);
  if (level === '4' || level.includes('toan trinh')) return 'full';
  if (level === '3' || level.includes('mot phan')) return 'partial';
  if (level === '2' || level === '1' || level.includes('cung cap thong tin')) return 'none';
  return (record.CACHTHUCTHUCHIEN ?? []).some((channel) => text(channel.KENH) === '2') ? 'partial' : 'none';
}

function audiencesOf(record: DvcqgProcedure): Audience[] {
  const audiences = new Set<Audience>();
  for (const entry of record.DOITUONGTHUCHIEN ?? []) {
    const name = folded(entry.TENDOITUONG);
    if (/cong dan|ca nhan|nguoi nuoc ngoai|nguoi viet nam/.test(name)) audiences.add('citizen');
    if (/doanh nghiep|hop tac xa|ho kinh doanh/.test(name)) audiences.add('business');
    if (/to chuc|co quan|don vi/.test(name)) audiences.add('organisation');
  }
  return audiences.size ? [...audiences] : ['citizen'];
}

const AUDIENCE_NAMES: Readonly<Record<Audience, string>> = { citizen: 'Công dân Việt Nam', business: 'Doanh nghiệp', organisation: 'Tổ chức' };

/** "(nếu có)" in a document's name: the only place the national record says it is optional. */
function documentFromDvcqg(document: DvcqgDocument): RequiredDocument {
  const name = plainText(document.TENGIAYTO);
  const result: RequiredDocument = {
    code: text(document.MAGIAYTO) || slug(name),
    name,
    originals: looseInt(document.SOBANCHINH) ?? 0,
    copies: looseInt(document.SOBANSAO) ?? 0,
    required: !/neu co/.test(folded(name)),
  };
  if (text(document.URL)) result.templateUrl = text(document.URL);
  return result;
}

function casesOf(record: DvcqgProcedure): ProcedureCase[] {
  const sequences = record.TRINHTUTHUCHIEN ?? [];
  const stepsOf = (name: string) => {
    const match = sequences.find((sequence) => folded(sequence.TRUONGHOP) === folded(name)) ?? (sequences.length === 1 ? sequences[0] : undefined);
    return (match?.TRINHTU ?? []).map((step) => plainText(step.TENTRINHTU)).filter(Boolean);
  };
  const parts = record.THANHPHANHOSO ?? [];
  if (parts.length === 0) return [{ id: 'chung', name: text(record.TENTTHC), steps: stepsOf(''), documents: [] }];
  const used = new Set<string>();
  return parts.map((part) => {
    const name = plainText(part.TRUONGHOP) || text(record.TENTTHC);
    let id = slug(name);
    for (let n = 2; used.has(id); n++) id = `${slug(name)}-${n}`;
    used.add(id);
    return { id, name, steps: stepsOf(text(part.TRUONGHOP)), documents: (part.GIAYTO ?? []).map(documentFromDvcqg) };
  });
}

/** The lowest fixed fee above zero of a list, as the deprecated 1.0 `fee`; null when none. */
function lowestFee(items: readonly FeeItem[]): ProcedureSummary['fee'] {
  const fixed = items.filter((item): item is FeeItem & { amount: number } => item.amount !== null && item.amount > 0);
  if (!fixed.length) return null;
  const lowest = fixed.reduce((a, b) => (b.amount < a.amount ? b : a));
  return { amount: lowest.amount, currency: 'VND', ...(lowest.note ? { note: lowest.note } : {}) };
}

export function procedureFromDvcqg(record: DvcqgProcedure, options: ProcedureOptions = {}): ProcedureDetail {
  const onlineLevel = onlineLevelOf(record, options);
  const channels = (record.CACHTHUCTHUCHIEN ?? []).map((channel) => channelFromDvcqg(channel, onlineLevel)).filter((channel): channel is Channel => channel !== undefined);
  const main = channels.find((channel) => channel.kind === 'online') ?? channels[0];
  const levels = [...new Set((record.CAPTHUCHIEN ?? []).map((entry) => levelFromDvcqg(entry.CAPTHUCHIEN, options.districtLevel)).filter((level): level is Level => level !== undefined))];
  const sector = record.LINHVUCTHUCHIEN?.[0];
  const updatedAt = options.updatedAt ?? fromDvcqgDate(record.NgayCapNhat) ?? (typeof record.NgayCapNhat === 'string' && !Number.isNaN(Date.parse(record.NgayCapNhat)) ? new Date(record.NgayCapNhat).toISOString().replace(/\.\d{3}Z$/, '+00:00') : undefined);
  if (!updatedAt) throw new TypeError(`${record.MATTHC}: give options.updatedAt (the record has no NgayCapNhat)`);
  const detail: ProcedureDetail = {
    code: text(record.MATTHC),
    name: plainText(record.TENTTHC),
    sector: { code: text(sector?.MALINHVUC) || 'khac', name: plainText(sector?.TENLINHVUC) || 'Khác' },
    levels,
    agencies: (record.COQUANTHUCHIEN ?? []).map((agency) => {
      const code = text(agency.MADONVI);
      return { ...(code ? { code } : {}), name: plainText(agency.TENDONVI), onlineLevel: (code && options.agencyOnlineLevels?.[code]) || onlineLevel };
    }),
    onlineLevel,
    processingTime: main?.processingTime ?? { value: 0, unit: 'working-day' },
    fee: lowestFee(main?.feeItems ?? []),
    updatedAt,
    feeItems: main?.feeItems ?? [],
    audiences: audiencesOf(record),
    channels,
    cases: casesOf(record),
    results: (record.KETQUATHUCHIEN ?? []).map((result) => ({ ...(text(result.MAKETQUA) ? { code: text(result.MAKETQUA) } : {}), name: plainText(result.TENKETQUA) })).filter((result) => result.name),
    legalBasis: (record.CANCUPHAPLY ?? []).map((law) => ({ number: text(law.SOVANBAN), title: plainText(law.TENVANBAN), ...(text(law.URL) ? { url: text(law.URL) } : {}) })).filter((law) => law.number),
    formVersion: options.formVersion ?? null,
  };
  const description = plainText(record.MOTADOITUONGTHUCHIEN);
  if (description) detail.description = description;
  const requirements = plainText(record.YEUCAUDIEUKIEN ?? record.YEUCAU);
  if (requirements) detail.requirements = requirements;
  const intake = plainText(record.DIACHITIEPNHAN);
  if (intake) detail.intakeAddress = intake;
  return detail;
}

/** The summary fields of a detail, for `GET /procedures` lists. */
export function procedureSummary(detail: ProcedureDetail): ProcedureSummary {
  const { code, name, sector, levels, agencies, onlineLevel, processingTime, fee, updatedAt, feeItems } = detail;
  return { code, name, sector, levels, agencies, onlineLevel, processingTime, fee, updatedAt, ...(feeItems ? { feeItems } : {}) };
}

/** Whether the national database says the procedure is in force (TRANGTHAI 1, or no state given). */
export function isInForce(record: DvcqgProcedure): boolean {
  const state = text(record.TRANGTHAI);
  return state === '' || state === '1';
}

/**
 * A contract procedure as a national record: for a province that keeps its catalogue in motcua's
 * terms and publishes to DVCQG, and to prove the mapping loses nothing it carries.
 */
export function procedureToDvcqg(detail: ProcedureDetail): DvcqgProcedure {
  const record: DvcqgProcedure = {
    MATTHC: detail.code,
    TENTTHC: detail.name,
    TRANGTHAI: 1,
    MucDo: { full: 'Toàn trình', partial: 'Một phần', none: 'Cung cấp thông tin' }[detail.onlineLevel],
    NgayCapNhat: toDvcqgDate(detail.updatedAt),
    CAPTHUCHIEN: detail.levels.map((level) => ({ CAPTHUCHIEN: LEVEL_CODES[level] })),
    LINHVUCTHUCHIEN: [{ MALINHVUC: detail.sector.code, TENLINHVUC: detail.sector.name }],
    COQUANTHUCHIEN: detail.agencies.map((agency) => ({ MADONVI: agency.code ?? '', TENDONVI: agency.name })),
    DOITUONGTHUCHIEN: detail.audiences.map((audience) => ({ TENDOITUONG: AUDIENCE_NAMES[audience] })),
    CACHTHUCTHUCHIEN: detail.channels.map((channel) => ({
      KENH: KENH[channel.kind],
      THOIGIAN: [{ ...durationToDvcqg(channel.processingTime), PHILEPHI: (channel.feeItems ?? channel.fees.map((fee): FeeItem => ({ kind: 'phi', name: fee.description, amount: fee.amount, currency: 'VND' }))).map(feeItemToDvcqg) }],
    })),
    TRINHTUTHUCHIEN: detail.cases.map((procedureCase) => ({ TRUONGHOP: procedureCase.name, TRINHTU: procedureCase.steps.map((step) => ({ TENTRINHTU: step })) })),
    THANHPHANHOSO: detail.cases.map((procedureCase) => ({
      TRUONGHOP: procedureCase.name,
      GIAYTO: procedureCase.documents.map((document) => ({
        MAGIAYTO: document.code,
        TENGIAYTO: document.required || /nếu có/i.test(document.name) ? document.name : `${document.name} (nếu có)`,
        SOBANCHINH: document.originals,
        SOBANSAO: document.copies,
        ...(document.templateUrl ? { URL: document.templateUrl } : {}),
      })),
    })),
    KETQUATHUCHIEN: detail.results.map((result) => ({ MAKETQUA: result.code ?? '', TENKETQUA: result.name })),
    CANCUPHAPLY: detail.legalBasis.map((law) => ({ SOVANBAN: law.number, TENVANBAN: law.title, ...(law.url ? { URL: law.url } : {}) })),
  };
  if (detail.description) record.MOTADOITUONGTHUCHIEN = detail.description;
  if (detail.requirements) record.YEUCAUDIEUKIEN = detail.requirements;
  if (detail.intakeAddress) record.DIACHITIEPNHAN = detail.intakeAddress;
  return record;
}
