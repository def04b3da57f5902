/**
 * The procedure catalogue: about 1,100 procedures generated from a seed, a search index
 * built once (folded text, so a query is a few string look-ups per procedure) and
 * details generated on first request, in Vietnamese or (as far as `english.ts` goes) English.
 */
import {
  LEVELS,
  ONLINE_LEVELS,
  type Agency,
  type Audience,
  type Duration,
  type Facet,
  type Fee,
  type FeeItem,
  type Level,
  type OnlineLevel,
  type ProcedureDetail,
  type ProcedureList,
  type ProcedureSummary,
  type RequiredDocument,
} from '../api/schemas.js';
import { fold, foldedWords } from '../i18n/fold.js';
import { AGENCIES, COMMON_LEGAL_BASIS, SECTORS, type AgencyData, type SectorData } from './catalogue-data.js';
import { hasEnglish, Wording } from './english.js';
import { createRandom, hashSeed, type Random } from './random.js';
import { SearchIndex, type SearchDocument } from './search/index.js';
import { DAY_MS, isoVn, parseDateVn } from './time.js';
import { WELL_KNOWN, type FeeSpec, type WellKnownProcedure } from './well-known.js';
import type { Locale } from './problems.js';

export interface ProcedureRecord {
  summary: ProcedureSummary;
  sector: SectorData;
  agency: AgencyData;
  audiences: Audience[];
  wellKnown?: WellKnownProcedure;
  /** A vertical system's local office that also carries out this (central) procedure. */
  localAgency?: AgencyData;
  /**
   * Folded words of the English name and the code, space-separated with a leading space, when
   * the mock has an English name (the index searches the Vietnamese texts).
   */
  englishHaystack?: string;
  order: number;
}

export interface SearchParams {
  q?: string;
  sector?: string[];
  level?: Level[];
  agency?: string[];
  onlineLevel?: OnlineLevel[];
  audience?: Audience[];
  page: number;
  pageSize: number;
}

export type ProcedureDetailBase = Omit<ProcedureDetail, 'formVersion'>;

/** `central` is "Cấp Bộ", as the national procedure database names the level (contract 1.1). */
const LEVEL_LABELS: Record<Locale, Record<Level, string>> = {
  vi: { central: 'Cấp Bộ', province: 'Cấp tỉnh', commune: 'Cấp xã' },
  en: { central: 'Ministry level', province: 'Province', commune: 'Commune' },
};
const ONLINE_LABELS: Record<Locale, Record<OnlineLevel, string>> = {
  vi: { full: 'Toàn trình', partial: 'Một phần', none: 'Cung cấp thông tin' },
  en: { full: 'Fully online', partial: 'Partly online', none: 'Information only' },
};

const DURATIONS: readonly Duration[] = [
  { value: 1, unit: 'working-day' },
  { value: 3, unit: 'working-day' },
  { value: 5, unit: 'working-day' },
  { value: 7, unit: 'working-day' },
  { value: 10, unit: 'working-day' },
  { value: 15, unit: 'working-day' },
  { value: 20, unit: 'working-day' },
  { value: 15, unit: 'day' },
  { value: 30, unit: 'day' },
  { value: 4, unit: 'hour' },
  { value: 1, unit: 'month' },
];
const FEE_AMOUNTS = [10000, 20000, 50000, 100000, 150000, 200000, 300000, 500000, 1000000];
/** Catalogue entries carry dates, fixed so that the catalogue does not change with the clock. */
const UPDATED_FROM = parseDateVn('2025-07-01') ?? 0;

const agencyByCode = new Map(AGENCIES.map((agency) => [agency.code, agency]));
const sectorByCode = new Map(SECTORS.map((sector) => [sector.code, sector]));

function agencyOf(code: string): AgencyData {
  const agency = agencyByCode.get(code);
  if (!agency) throw new Error(`unknown agency ${code}`);
  return agency;
}

function sectorOf(code: string): SectorData {
  const sector = sectorByCode.get(code);
  if (!sector) throw new Error(`unknown sector ${code}`);
  return sector;
}

function pickOnlineLevel(random: Random): OnlineLevel {
  const roll = random.next();
  return roll < 0.45 ? 'full' : roll < 0.8 ? 'partial' : 'none';
}

function haystackOf(name: string, code: string): string {
  const digits = code.split('.')[1] ?? '';
  return ' ' + foldedWords([name, code, digits].join(' ')).join(' ');
}

/** The online level one step down: a vertical system's local office often offers less online than the ministry. */
function lower(level: OnlineLevel): OnlineLevel {
  return level === 'full' ? 'partial' : 'none';
}

function feeItemOf(spec: FeeSpec, w: Wording): FeeItem {
  const item: FeeItem = { kind: spec.kind, name: w.pick(spec.name), amount: spec.amount, currency: 'VND' };
  if (spec.unit) item.unit = w.pick(spec.unit);
  if (spec.note) item.note = w.pick(spec.note);
  if (spec.exemptions) item.exemptions = spec.exemptions.map((text) => w.pick(text));
  return item;
}

const EXAMINATION_CHARGE: FeeSpec = {
  kind: 'phi',
  name: { vi: 'Phí thẩm định hồ sơ', en: 'Charge for examining the dossier' },
  amount: null,
  note: { vi: 'Theo nghị quyết của Hội đồng nhân dân tỉnh', en: 'Set by the resolution of the Provincial People’s Council' },
};

export class Catalogue {
  readonly records: readonly ProcedureRecord[];
  private readonly byCode: Map<string, ProcedureRecord>;
  /** Details by locale and code, generated on first request. */
  private readonly details = new Map<string, { detail: ProcedureDetailBase; languages: Locale[] }>();

  constructor(private readonly seed: number) {
    this.records = this.generate();
    this.byCode = new Map(this.records.map((record) => [record.summary.code, record]));
  }

  get(code: string): ProcedureRecord | undefined {
    return this.byCode.get(code);
  }

  get size(): number {
    return this.records.length;
  }

  sectors(w = new Wording('vi')): Array<{ code: string; name: string; procedureCount: number }> {
    return SECTORS.map((sector) => ({
      code: sector.code,
      name: w.t(sector.name),
      procedureCount: this.records.filter((record) => record.sector === sector).length,
    }));
  }

  agencies(w = new Wording('vi')): Agency[] {
    return AGENCIES.map(({ code, name, level, vertical }) => {
      const agency: Agency = { code, name: w.t(name), level };
      const parent = vertical === undefined ? undefined : agencyByCode.get(vertical);
      if (parent) agency.vertical = { code: parent.code, name: w.t(parent.name) };
      return agency;
    });
  }

  /**
   * The fees of a procedure on a channel (1.1 `feeItems`): the well-known ones as written,
   * the others from their lowest fee, some with a charge "theo quy định" besides.
   */
  feeItems(record: ProcedureRecord, channel: 'online' | 'in-person', w: Wording): FeeItem[] {
    const specs = record.wellKnown?.fees;
    if (specs) return (channel === 'online' ? specs.online : (specs.inPerson ?? specs.online)).map((spec) => feeItemOf(spec, w));
    const fee = record.summary.fee;
    if (!fee) return [];
    const amount = channel === 'in-person' && fee.note?.includes('50%') ? fee.amount * 2 : fee.amount;
    const items: FeeItem[] = [{ kind: 'le-phi', name: w.t('Lệ phí'), amount, currency: 'VND' }];
    if (fee.note) (items[0] as FeeItem).note = w.t(fee.note);
    if (createRandom(hashSeed('fees', this.seed, record.summary.code)).chance(0.2)) items.push(feeItemOf(EXAMINATION_CHARGE, w));
    return items;
  }

  /** The summary in one language, with the 1.1 fields. */
  summary(record: ProcedureRecord, w: Wording): ProcedureSummary {
    const { summary } = record;
    const processingTime: Duration = { ...summary.processingTime };
    if (processingTime.note) processingTime.note = w.t(processingTime.note);
    let fee: Fee | null = summary.fee;
    if (fee?.note) fee = { ...fee, note: w.t(fee.note) };
    const agencies = summary.agencies.map((agency) => ({ ...agency, name: w.t(agency.name), onlineLevel: summary.onlineLevel }));
    if (record.localAgency) {
      agencies.push({ code: record.localAgency.code, name: w.t(record.localAgency.name), onlineLevel: lower(summary.onlineLevel) });
    }
    return {
      ...summary,
      name: w.t(summary.name),
      sector: { code: summary.sector.code, name: w.t(summary.sector.name) },
      agencies,
      processingTime,
      fee,
      feeItems: this.feeItems(record, summary.onlineLevel === 'none' ? 'in-person' : 'online', w),
    };
  }

  private generate(): ProcedureRecord[] {
    const random = createRandom(hashSeed('catalogue', this.seed));
    const records: ProcedureRecord[] = [];
    const usedCodes = new Set<string>();
    const usedNames = new Set<string>();

    WELL_KNOWN.forEach((known, index) => {
      const sector = sectorOf(known.sector);
      const summary: ProcedureSummary = {
        code: known.code,
        name: known.name,
        sector: { code: sector.code, name: sector.name },
        levels: [known.level],
        agencies: [{ code: known.agency, name: agencyOf(known.agency).name }],
        onlineLevel: known.onlineLevel,
        processingTime: known.processingTime,
        fee: known.fee,
        updatedAt: isoVn(UPDATED_FROM + (index * 3 + 2) * DAY_MS + 8 * 3600_000),
      };
      usedCodes.add(known.code);
      usedNames.add(fold(known.name));
      records.push(this.record(summary, sector, agencyOf(known.agency), ['citizen'], index, known));
    });

    const generated: ProcedureRecord[] = [];
    for (const sector of SECTORS) {
      const names: string[] = [];
      for (const qualifier of sector.qualifiers) {
        for (const action of sector.actions) {
          for (const subject of sector.subjects) names.push(`${action} ${subject}${qualifier}`);
        }
      }
      let taken = 0;
      for (const name of random.shuffle(names)) {
        if (taken >= sector.target) break;
        if (usedNames.has(fold(name))) continue;
        usedNames.add(fold(name));
        taken++;
        generated.push(this.generated(name, sector, random, usedCodes));
      }
    }
    generated.sort((a, b) => (a.summary.code < b.summary.code ? -1 : 1));
    generated.forEach((record, index) => {
      record.order = WELL_KNOWN.length + index;
      records.push(record);
    });
    return records;
  }

  private generated(name: string, sector: SectorData, random: Random, usedCodes: Set<string>): ProcedureRecord {
    let code: string;
    do {
      code = `${random.chance(0.7) ? 1 : 2}.${String(random.int(0, 13999)).padStart(6, '0')}`;
    } while (usedCodes.has(code));
    usedCodes.add(code);
    const levels = LEVELS.filter((level) => sector.agencies[level]);
    const level = random.pick(levels);
    const agency = agencyOf(sector.agencies[level] as string);
    const fee: Fee | null = random.chance(0.4) ? null : { amount: random.pick(FEE_AMOUNTS), currency: 'VND' };
    const audiences = sector.audiences.filter((_, index) => index === 0 || random.chance(0.6));
    const picked = random.pick(DURATIONS);
    // One-stop offices count short times in working hours (giờ làm việc, contract 1.1).
    const processingTime: Duration = picked.unit === 'hour' ? { ...picked, unit: 'working-hour' } : picked;
    const summary: ProcedureSummary = {
      code,
      name,
      sector: { code: sector.code, name: sector.name },
      levels: [level],
      agencies: [{ code: agency.code, name: agency.name }],
      onlineLevel: pickOnlineLevel(random),
      processingTime,
      fee,
      updatedAt: isoVn(UPDATED_FROM + random.int(0, 140) * DAY_MS + random.int(7, 17) * 3600_000),
    };
    const record = this.record(summary, sector, agency, audiences, 0);
    // A ministry's procedure that the ministry's provincial offices also carry out (vertical system).
    const local = AGENCIES.find((candidate) => candidate.vertical === agency.code && candidate.level === 'province');
    if (level === 'central' && local) record.localAgency = local;
    return record;
  }

  private record(
    summary: ProcedureSummary,
    sector: SectorData,
    agency: AgencyData,
    audiences: Audience[],
    order: number,
    wellKnown?: WellKnownProcedure,
  ): ProcedureRecord {
    const record: ProcedureRecord = {
      summary,
      sector,
      agency,
      audiences,
      order,
    };
    if (wellKnown) record.wellKnown = wellKnown;
    if (hasEnglish(summary.name)) record.englishHaystack = haystackOf(new Wording('en').t(summary.name), summary.code);
    return record;
  }

  // ------------------------------------------------------------------ search

  /**
   * Ranked by the index (src/mocks/search, rules in docs/search.md); no words: every procedure.
   * The index is built for the first query with text, not for an idle page's empty one: a page
   * that only lists procedures never pays for it. An English query also finds the English names
   * the mock has (contract 1.1), after the index's matches.
   */
  search(params: SearchParams, w: Wording, labels: Locale = w.locale): ProcedureList {
    const query = params.q ?? '';
    const ranked = query.trim() ? (this.#searchIndex ??= new SearchIndex(this.records.map(searchDocument))).search(query) : undefined;
    const matches = ranked ? ranked.map((index) => this.records[index]!) : [...this.records];
    if (ranked && w.locale === 'en') {
      const words = foldedWords(query);
      const seen = new Set(matches);
      for (const record of this.records) {
        const english = record.englishHaystack;
        if (english && !seen.has(record) && words.every((word) => english.includes(' ' + word))) matches.push(record);
      }
    }
    const found: ProcedureRecord[] = [];
    const counts = {
      sector: new Map<string, number>(),
      level: new Map<string, number>(),
      onlineLevel: new Map<string, number>(),
      agency: new Map<string, number>(),
    };
    const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
    const has = <T>(selected: readonly T[] | undefined, value: T) => !selected?.length || selected.includes(value);

    for (const record of matches) {
      const { summary } = record;
      const sectorOk = has(params.sector, summary.sector.code);
      const levelOk = !params.level?.length || summary.levels.some((level) => params.level?.includes(level));
      const agencyOk =
        !params.agency?.length ||
        summary.agencies.some((a) => a.code !== undefined && params.agency?.includes(a.code)) ||
        (record.localAgency !== undefined && params.agency.includes(record.localAgency.code));
      const onlineOk = has(params.onlineLevel, summary.onlineLevel);
      const audienceOk = !params.audience?.length || record.audiences.some((a) => params.audience?.includes(a));
      // Disjunctive facets: each dimension is counted under every other active filter.
      if (levelOk && agencyOk && onlineOk && audienceOk) bump(counts.sector, summary.sector.code);
      if (sectorOk && agencyOk && onlineOk && audienceOk) for (const level of summary.levels) bump(counts.level, level);
      if (sectorOk && levelOk && agencyOk && audienceOk) bump(counts.onlineLevel, summary.onlineLevel);
      if (sectorOk && levelOk && onlineOk && audienceOk) {
        for (const agency of summary.agencies) if (agency.code) bump(counts.agency, agency.code);
        if (record.localAgency) bump(counts.agency, record.localAgency.code);
      }
      if (sectorOk && levelOk && agencyOk && onlineOk && audienceOk) found.push(record);
    }
    const start = (params.page - 1) * params.pageSize;
    return {
      items: found.slice(start, start + params.pageSize).map((record) => this.summary(record, w)),
      total: found.length,
      page: params.page,
      pageSize: params.pageSize,
      facets: {
        sector: facetList(counts.sector, params.sector, (code) => w.t(sectorByCode.get(code)?.name ?? code)),
        level: facetList(counts.level, params.level, (level) => LEVEL_LABELS[labels][level as Level], LEVELS),
        onlineLevel: facetList(counts.onlineLevel, params.onlineLevel, (value) => ONLINE_LABELS[labels][value as OnlineLevel], ONLINE_LEVELS),
        agency: facetList(counts.agency, params.agency, (code) => w.t(agencyByCode.get(code)?.name ?? code)),
      },
    };
  }

  /** Built on the first search with text (see `search`). */
  #searchIndex: SearchIndex | undefined;

  // ------------------------------------------------------------------ details

  /** The detail in `locale`, generated on first request; the same random draws in every language. */
  detail(code: string, locale: Locale = 'vi'): ProcedureDetailBase | undefined {
    return this.detailWithLanguages(code, locale)?.detail;
  }

  /** The detail and the languages its texts are in (for `Content-Language`). */
  detailWithLanguages(code: string, locale: Locale): { detail: ProcedureDetailBase; languages: Locale[] } | undefined {
    const key = `${locale} ${code}`;
    const cached = this.details.get(key);
    if (cached) return cached;
    const record = this.byCode.get(code);
    if (!record) return undefined;
    const w = new Wording(locale);
    const detail = buildDetail(record, this.summary(record, w), createRandom(hashSeed('detail', this.seed, code)), w, this);
    const built = { detail, languages: w.languages() };
    this.details.set(key, built);
    return built;
  }
}

/**
 * What the search index reads of a procedure: the name, the code, keywords (the procedure's,
 * its sector's, and the sector's name) and the description of a well-known procedure; the
 * well-known ones are the popular ones.
 */
function searchDocument(record: ProcedureRecord): SearchDocument {
  const { summary, sector, wellKnown } = record;
  return {
    name: summary.name,
    code: summary.code,
    keywords: [...(wellKnown?.keywords ?? []), ...sector.keywords, sector.name],
    description: wellKnown?.description ?? '',
    popularity: wellKnown ? 1 : 0,
  };
}

function facetList(
  counts: Map<string, number>,
  selected: readonly string[] | undefined,
  label: (value: string) => string,
  order?: readonly string[],
): Facet[] {
  const values = new Set([...counts.keys(), ...(selected ?? [])]);
  const facets = [...values].map((value) => ({ value, label: label(value), count: counts.get(value) ?? 0 }));
  if (order) return facets.sort((a, b) => order.indexOf(a.value) - order.indexOf(b.value));
  return facets.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'vi'));
}

const TEMPLATE_NAME = /^(Tờ khai|Đơn|Giấy đề nghị|Văn bản đề nghị|Tờ trình)/;
const REQUIREMENTS = [
  'Người yêu cầu có năng lực hành vi dân sự đầy đủ.',
  'Hồ sơ nộp trực tuyến phải được ký số hoặc xác thực bằng tài khoản định danh điện tử mức độ 2.',
  'Giấy tờ do cơ quan nước ngoài cấp phải được hợp pháp hóa lãnh sự, trừ trường hợp được miễn.',
];

function intakeAddress(agency: AgencyData, w: Wording): string {
  const name = w.t(agency.name);
  switch (agency.level) {
    case 'commune':
      return w.pick({
        vi: `Bộ phận Một cửa, ${name} nơi cư trú hoặc nơi có đất, công trình`,
        en: `One-stop desk of the ${name} where you reside or where the land or building is`,
      });
    case 'province':
      return w.t('Trung tâm Phục vụ hành chính công tỉnh, số 1 đường Trần Hưng Đạo');
    default:
      return `${name}, Hà Nội`;
  }
}

/** The detail of a procedure in the wording's language; `random` must be fresh, seeded by the code. */
function buildDetail(record: ProcedureRecord, summary: ProcedureSummary, random: Random, w: Wording, catalogue: Catalogue): ProcedureDetailBase {
  const { sector, agency, wellKnown } = record;
  const online = summary.onlineLevel !== 'none';
  const feeLines = (amount: number | undefined, description: string) =>
    amount === undefined ? [] : [{ description: w.t(description), amount, currency: 'VND' as const }];
  const onlineFee = summary.fee?.amount;
  const inPersonFee = onlineFee === undefined ? undefined : record.summary.fee?.note?.includes('50%') ? onlineFee * 2 : onlineFee;
  const inPersonItems = catalogue.feeItems(record, 'in-person', w);

  const channels: ProcedureDetail['channels'] = [
    { kind: 'in-person', processingTime: summary.processingTime, fees: feeLines(inPersonFee, 'Lệ phí'), feeItems: inPersonItems },
  ];
  if (online) {
    channels.push({
      kind: 'online',
      processingTime: summary.processingTime,
      fees: feeLines(onlineFee, 'Lệ phí (nộp trực tuyến)'),
      feeItems: catalogue.feeItems(record, 'online', w),
      onlineLevel: summary.onlineLevel,
    });
  }
  if (random.chance(0.5)) {
    channels.push({ kind: 'post', processingTime: summary.processingTime, fees: feeLines(inPersonFee, 'Lệ phí'), feeItems: inPersonItems });
  }

  let documents: RequiredDocument[];
  if (wellKnown?.documents) {
    documents = wellKnown.documents.map((doc) => {
      const out: RequiredDocument = { code: doc.code, name: w.t(doc.name), originals: doc.originals, copies: doc.copies, required: doc.required };
      if (doc.template) out.templateUrl = `https://motcua.dev/templates/${summary.code}/${doc.code}.docx`;
      return out;
    });
  } else {
    const count = random.int(2, Math.min(4, sector.documents.length));
    documents = sector.documents.slice(0, count).map((name, index) => {
      const code = `HS${String(index + 1).padStart(2, '0')}`;
      const doc: RequiredDocument = {
        code,
        name: w.t(name),
        originals: index === 0 ? 1 : random.int(0, 1),
        copies: index === 0 ? 0 : random.int(0, 2),
        required: index === 0 || random.chance(0.6),
      };
      if (doc.originals === 0 && doc.copies === 0) doc.copies = 1;
      if (TEMPLATE_NAME.test(name)) doc.templateUrl = `https://motcua.dev/templates/${summary.code}/${code}.docx`;
      return doc;
    });
  }

  const agencyName = w.t(agency.name);
  const steps = [
    w.t(
      online
        ? 'Nộp hồ sơ trực tuyến trên Cổng Dịch vụ công hoặc trực tiếp tại Bộ phận Một cửa'
        : 'Nộp hồ sơ trực tiếp hoặc qua dịch vụ bưu chính tại Bộ phận Một cửa',
    ),
    w.t('Bộ phận Một cửa kiểm tra, tiếp nhận hồ sơ và hẹn ngày trả kết quả'),
    w.pick({
      vi: `${sector.department} thẩm định hồ sơ, trình lãnh đạo ${agency.name} xem xét, quyết định`,
      en: `${w.t(sector.department)} examines the dossier and submits it to the head of the ${agencyName} for a decision`,
    }),
    w.t('Trả kết quả trực tuyến, qua dịch vụ bưu chính hoặc tại Bộ phận Một cửa'),
  ];
  const cases: ProcedureDetail['cases'] = [{ id: 'thong-thuong', name: w.t('Trường hợp thông thường'), steps, documents }];
  if (random.chance(0.3) || wellKnown?.documents) {
    cases.push({
      id: 'nop-thay',
      name: w.t('Trường hợp nộp hồ sơ thông qua người được ủy quyền'),
      steps,
      documents: documents.some((doc) => doc.code === 'UQ')
        ? documents.map((doc) => (doc.code === 'UQ' ? { ...doc, required: true } : doc))
        : [...documents, { code: 'UQ', name: w.t('Văn bản ủy quyền'), originals: 1, copies: 0, required: true }],
    });
  }

  const results = (wellKnown?.results ?? [random.pick(sector.results)]).map((name) => ({ name: w.t(name) }));
  const sectorName = w.t(sector.name);
  const detail: ProcedureDetailBase = {
    ...summary,
    description: wellKnown?.description
      ? w.t(wellKnown.description)
      : w.pick({
          vi:
            `${summary.name} thuộc lĩnh vực ${sector.name}, do ${agency.name} giải quyết` +
            (online ? '; có thể nộp hồ sơ trực tuyến.' : '; chỉ tiếp nhận hồ sơ trực tiếp hoặc qua bưu chính.'),
          en:
            `${summary.name} (${sectorName}), handled by the ${agencyName}` +
            (online ? '; it can be filed online.' : '; it is filed in person or by post only.'),
        }),
    audiences: record.audiences,
    channels,
    cases,
    results,
    legalBasis: [...sector.legalBasis, COMMON_LEGAL_BASIS].map((basis) => ({ ...basis, title: w.t(basis.title) })),
    intakeAddress: intakeAddress(agency, w),
  };
  if (random.chance(0.6)) detail.requirements = w.t(random.pick(REQUIREMENTS));
  return detail;
}
