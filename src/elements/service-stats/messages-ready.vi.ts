/**
 * Vietnamese words of the part of `<gov-service-stats>` that shows the figures (`ready.ts`):
 * the Decision 766/QĐ-TTg indicators, what each counts in plain words, the monthly trend. They
 * join the element's catalogue when the part arrives (it is fetched together with the figures).
 * English has them in the element's one pack.
 */
export const readyVi = {
  'stats.overdue': 'Quá hạn',
  'stats.onTimeRate': 'Giải quyết đúng hạn',
  'stats.onTimeRate-hint': 'trên tổng số hồ sơ đã giải quyết',
  'stats.rate': 'Tỉ lệ giải quyết đúng hạn',
  'stats.rate-hint': 'hồ sơ trước hạn, đúng hạn và đang giải quyết trong hạn, trên tổng số hồ sơ đã và đang giải quyết',
  'stats.balance.one':
    'Trong kỳ phải giải quyết {count} hồ sơ ({carriedOver} kỳ trước chuyển sang và {received} tiếp nhận trong kỳ): {resolved} đã giải quyết, {inProgress} đang giải quyết, {awaitingSupplement} chờ bổ sung và {withdrawn} đã rút hoặc dừng xử lý.',
  'stats.balance.other':
    'Trong kỳ phải giải quyết {count} hồ sơ ({carriedOver} kỳ trước chuyển sang và {received} tiếp nhận trong kỳ): {resolved} đã giải quyết, {inProgress} đang giải quyết, {awaitingSupplement} chờ bổ sung và {withdrawn} đã rút hoặc dừng xử lý.',
  'stats.total': 'Tổng cộng',
  'stats.group.received': 'Tiếp nhận trong kỳ',
  'stats.group.resolved': 'Đã giải quyết',
  'stats.group.inProgress': 'Đang giải quyết',
  'stats.part.online': 'Trực tuyến',
  'stats.part.inPerson': 'Trực tiếp',
  'stats.part.post': 'Qua bưu chính',
  'stats.part.early': 'Trước hạn',
  'stats.part.onTime': 'Đúng hạn',
  'stats.part.late': 'Quá hạn',
  'stats.part.withinDeadline': 'Trong hạn',
  'stats.part.overdue': 'Quá hạn',
  'stats.part.carriedOver': 'Kỳ trước chuyển sang',
  'stats.part.awaitingSupplement': 'Chờ bổ sung',
  'stats.part.withdrawn': 'Đã rút hoặc dừng xử lý',
  'stats.definitions': 'Các số liệu được tính thế nào',
  'stats.def.received': 'Hồ sơ được tiếp nhận trong kỳ, theo cách nộp: trực tuyến, trực tiếp tại Bộ phận Một cửa hoặc qua bưu chính (không tính hồ sơ bị từ chối khi tiếp nhận).',
  'stats.def.carriedOver': 'Hồ sơ tiếp nhận trước kỳ này, đến đầu kỳ chưa giải quyết xong.',
  'stats.def.early': 'Hồ sơ trả kết quả trước ngày hẹn trả kết quả.',
  'stats.def.onTime': 'Hồ sơ trả kết quả đúng ngày hẹn trả kết quả.',
  'stats.def.late': 'Hồ sơ trả kết quả sau ngày hẹn trả kết quả, hoặc phải bổ sung hồ sơ quá một lần.',
  'stats.def.withinDeadline': 'Hồ sơ cuối kỳ chưa có kết quả, chưa đến hạn trả.',
  'stats.def.overdue': 'Hồ sơ cuối kỳ chưa có kết quả đã quá hạn trả, hoặc phải bổ sung hồ sơ quá một lần.',
  'stats.def.awaitingSupplement': 'Hồ sơ cuối kỳ đang chờ người nộp bổ sung. Thời gian chờ không tính vào thời hạn giải quyết.',
  'stats.def.withdrawn': 'Hồ sơ người nộp xin rút, hoặc cơ quan dừng xử lý, trong kỳ.',
  'stats.def.rate': 'Hồ sơ trước hạn, đúng hạn và đang giải quyết trong hạn, chia cho tổng số hồ sơ đã và đang giải quyết (không tính hồ sơ chờ bổ sung, đã rút), theo Quyết định 766/QĐ-TTg.',
  'stats.trend': 'Diễn biến theo tháng',
  'stats.trend.volume': 'Cột: số hồ sơ tiếp nhận (cao nhất {max})',
  'stats.trend.rate': 'Đường: tỉ lệ giải quyết đúng hạn',
  'stats.trend.point': '{month}: {received} hồ sơ tiếp nhận, {resolved} đã giải quyết, tỉ lệ đúng hạn {rate}',
  'stats.trend.keys': 'Dùng phím mũi tên để xem từng tháng.',
  'stats.trend.table': 'Xem bảng số liệu theo tháng',
  'stats.trend.month': 'Tháng',
  'stats.trend.received': 'Tiếp nhận',
  'stats.trend.resolved': 'Đã giải quyết',
  'stats.trend.onTime': 'Tỉ lệ đúng hạn',
  'stats.trend.no-rate': 'chưa tính được',
  // How the month is written inside the two messages below: `numeric` (12) or `short` (Dec), for Intl.
  'stats.month-form': 'numeric',
  'stats.month': 'Tháng {month}/{year}',
  'stats.month-short': 'T{month}',
} as const;

export type ReadyMessageKey = keyof typeof readyVi;
