/** Catalogue of `<gov-service-stats>`. */
const vi = {
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

const en: Record<keyof typeof vi, string> = {
  'stats.title': 'Public service performance',
  'stats.title-agency': 'Public service performance of {agency}',
  'stats.period': 'From {from} to {to}',
  'stats.period-recent': 'Recent figures',
  'stats.loading': 'Loading the figures…',
  'stats.loaded': 'Figures loaded: {rate} resolved on time.',
  'stats.empty': 'No applications were received in this period.',
  'stats.error.title': 'The figures could not be loaded',
  'stats.period-invalid': 'The reporting period is not valid.',

  'stats.received': 'Received',
  'stats.resolved': 'Resolved',
  'stats.inProgress': 'In progress',
  'stats.awaitingSupplement': 'Awaiting documents',
  'stats.overdue': 'Overdue',
  'stats.onTimeRate': 'Resolved on time',
  'stats.onTimeRate-hint': 'of all resolved applications',

  'stats.chart.title': 'How applications were handled',
  'stats.chart.item': 'Item',
  'stats.chart.count': 'Applications',
  'stats.chart.share': 'Share of received',
};

export const catalog = { vi, en };
