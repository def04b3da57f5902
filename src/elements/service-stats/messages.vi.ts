/**
 * Vietnamese words of `<gov-service-stats>`, the reference: those its first view needs (the
 * title, the period and its choice, loading, errors). The words of the figures, the trend and
 * the definitions come with the part that shows them (`messages-ready.vi.ts`, see `ready.ts`);
 * English has every key of both.
 */
import type { ReadyMessageKey } from './messages-ready.vi.js';

export const vi = {
  'stats.title': 'Kết quả giải quyết thủ tục hành chính',
  'stats.title-agency': 'Kết quả giải quyết thủ tục hành chính của {agency}',
  'stats.title-scope': 'Kết quả giải quyết thủ tục hành chính: {scope}',
  'stats.period': 'Từ ngày {from} đến ngày {to}',
  'stats.period-recent': 'Số liệu gần đây',
  'stats.presets': 'Xem số liệu của',
  'stats.preset.month': 'Tháng này',
  'stats.preset.quarter': 'Quý này',
  'stats.preset.year': 'Năm nay',
  'stats.loading': 'Đang tải số liệu…',
  'stats.loaded': 'Đã tải số liệu: tỉ lệ giải quyết đúng hạn {rate}.',
  'stats.empty': 'Chưa có hồ sơ nào trong kỳ này.',
  'stats.error.title': 'Chưa tải được số liệu',
  'stats.period-invalid': 'Kỳ báo cáo không hợp lệ.',
  'stats.rate-none': 'Chưa có hồ sơ đã hoặc đang giải quyết để tính tỉ lệ.',
  'stats.part-failed': 'Chưa tải được phần hiển thị số liệu. Hãy kiểm tra kết nối mạng rồi thử lại.',
} as const;

export type StatsMessageKey = keyof typeof vi | ReadyMessageKey;
