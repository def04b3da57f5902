/** Vietnamese words of `<gov-service-stats>`, the reference: `messages.en.ts` has the same keys. */
export const vi = {
  'stats.title': 'Kết quả giải quyết thủ tục hành chính',
  'stats.title-agency': 'Kết quả giải quyết thủ tục hành chính của {agency}',
  'stats.period': 'Từ ngày {from} đến ngày {to}',
  'stats.period-recent': 'Số liệu gần đây',
  'stats.loading': 'Đang tải số liệu…',
  'stats.loaded': 'Đã tải số liệu: tỉ lệ giải quyết đúng hạn {rate}.',
  'stats.empty': 'Chưa có hồ sơ nào trong kỳ này.',
  'stats.error.title': 'Chưa tải được số liệu',
  'stats.period-invalid': 'Kỳ báo cáo không hợp lệ.',

  'stats.received': 'Hồ sơ tiếp nhận',
  'stats.resolved': 'Đã giải quyết',
  'stats.inProgress': 'Đang giải quyết',
  'stats.awaitingSupplement': 'Chờ bổ sung',
  'stats.overdue': 'Quá hạn',
  'stats.onTimeRate': 'Giải quyết đúng hạn',
  'stats.onTimeRate-hint': 'trên tổng số hồ sơ đã giải quyết',

  'stats.chart.title': 'Tình hình giải quyết hồ sơ',
  'stats.chart.item': 'Hạng mục',
  'stats.chart.count': 'Số hồ sơ',
  'stats.chart.share': 'Tỉ lệ so với hồ sơ tiếp nhận',
} as const;

export type StatsMessageKey = keyof typeof vi;
