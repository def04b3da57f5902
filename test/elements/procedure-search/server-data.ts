/** Answers a test can serve in place of the mock's: long, hostile or odd server data. */
import type { Facet, ProcedureDetail, ProcedureList, ProcedureSummary } from '../../../src/api/schemas.js';

/** One unbroken word of about 120 characters, with Vietnamese letters. */
export const long = (word: string) => word.repeat(Math.ceil(120 / word.length));
/** Right-to-left text with an override, as a hostile back end could send. */
export const hostile = '\u202eعربي\u202b';

export function summary(code: string, overrides: Partial<ProcedureSummary> = {}): ProcedureSummary {
  return {
    code,
    name: `Thủ tục ${code}`,
    sector: { code: 'ho-tich', name: 'Hộ tịch' },
    levels: ['commune'],
    agencies: [{ name: 'UBND xã' }],
    onlineLevel: 'full',
    processingTime: { value: 3, unit: 'working-day' },
    fee: null,
    updatedAt: '2026-01-01T08:00:00+07:00',
    ...overrides,
  };
}

export function list(items: ProcedureSummary[], facets: Partial<ProcedureList['facets']> = {}, total = items.length): ProcedureList {
  return { items, total, page: 1, pageSize: 20, facets: { sector: [], level: [], onlineLevel: [], ...facets } };
}

export const facet = (value: string, label = value, count = 1): Facet => ({ value, label, count });

/** A summary whose every text is long and unbroken. */
export function longSummary(code: string): ProcedureSummary {
  return summary(code, {
    name: `${long('Cấpgiấyphépxâydựngnhàởriênglẻ')}${hostile}`,
    sector: { code: 'xay-dung', name: long('Hoạtđộngxâydựng') },
    agencies: [{ name: long('Sởxâydựngtỉnh') }, { name: `${hostile}${long('Ủybannhândân')}` }],
    processingTime: { value: 15, unit: 'working-day', note: long('Kểtừngàynhậnđủhồsơ') },
    fee: { amount: 1_500_000_000, currency: 'VND' },
  });
}

export function longDetail(code: string): ProcedureDetail {
  const base = longSummary(code);
  return {
    ...base,
    description: long('Môtảthủtục'),
    audiences: ['citizen', 'business'],
    channels: [
      { kind: 'online', processingTime: base.processingTime, fees: [{ description: long('Lệphíthẩmđịnh'), amount: 500_000, currency: 'VND' }] },
    ],
    cases: [
      {
        id: 'mot',
        name: long('Trườnghợpnhàởriênglẻtạiđôthị'),
        steps: [long('Nộphồsơtạibộphậnmộtcửa')],
        documents: [
          { code: 'A', name: `${hostile}${long('Đơnđềnghịcấpgiấyphép')}`, originals: 1, copies: 0, required: true, templateUrl: `https://motcua.dev/${long('mau')}.docx` },
        ],
      },
      { id: 'hai', name: long('Trườnghợpsửachữacảitạo'), steps: [], documents: [] },
    ],
    requirements: long('Yêucầuđiềukiện'),
    results: [{ name: long('Giấyphépxâydựng') }],
    legalBasis: [{ number: long('15/2021/NĐ-CP'), title: long('Nghịđịnhquyđịnhchitiết'), url: `https://vbpl.vn/${long('vb')}` }],
    intakeAddress: long('Sốmộtđườnglớnphườngtrungtâm'),
    formVersion: '1',
  };
}
