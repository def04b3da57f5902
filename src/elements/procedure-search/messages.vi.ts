/**
 * Vietnamese words of `<gov-procedure-search>`, the reference: `messages.en.ts` must have
 * exactly the same keys (the compiler checks it, and so does a test).
 */
import type { DetailMessageKey } from './messages-detail.vi.js';

export const vi = {
  'search.label': 'Tìm thủ tục hành chính',
  'search.hint': 'Nhập tên, từ khóa hoặc mã thủ tục, có dấu hoặc không dấu. Ví dụ: dang ky khai sinh, 1.001193',
  'search.submit': 'Tìm kiếm',
  'search.filters': 'Bộ lọc',
  'search.filter.sector': 'Lĩnh vực',
  'search.filter.level': 'Cấp thực hiện',
  'search.filter.onlineLevel': 'Mức độ trực tuyến',
  'search.filter.agency': 'Cơ quan thực hiện',
  'search.filter.all': 'Tất cả',
  'search.filter.option': '{label} ({count})',
  'search.clearFilters': 'Xóa bộ lọc',

  'search.idle.popular': 'Thủ tục được quan tâm',
  'search.idle.sectors': 'Tìm theo lĩnh vực',
  'search.idle.sectorCount': '{name} ({count} thủ tục)',

  'search.results': 'Kết quả tìm kiếm',
  'search.count.one': '{count} kết quả',
  'search.count.other': '{count} kết quả',
  'search.shown': 'Đang hiển thị {shown} trong số {total} thủ tục',
  'search.loadMore': 'Xem thêm thủ tục',
  'search.loading': 'Đang tìm kiếm…',

  'search.empty.title': 'Không tìm thấy thủ tục phù hợp',
  'search.empty.announce': 'Không có kết quả',
  'search.empty.query': 'Không có thủ tục nào khớp với “{query}”.',
  'search.empty.tips': 'Hãy kiểm tra chính tả, dùng từ khóa ngắn hơn (ví dụ: “khai sinh”) hoặc tìm theo mã thủ tục.',
  'search.empty.withoutFilters': 'Tìm lại khi bỏ bộ lọc',
  'search.empty.all': 'Xem tất cả thủ tục',

  'search.offline.title': 'Bạn đang ngoại tuyến',
  'search.error.title': 'Chưa tải được danh sách thủ tục',
  'search.detail.error': 'Chưa tải được thông tin thủ tục',

  'search.field.code': 'Mã thủ tục',
  'search.field.sector': 'Lĩnh vực',
  'search.field.agency': 'Cơ quan thực hiện',
  'search.field.time': 'Thời hạn giải quyết',
  'search.field.fee': 'Phí, lệ phí',
  'search.detail.back': 'Quay lại kết quả tìm kiếm',
  'search.detail.loading': 'Đang tải thông tin thủ tục…',
  'search.detail.title': 'Thủ tục {code}',

  'search.fee.phi': 'Phí',
  'search.fee.le-phi': 'Lệ phí',
  'search.fee.item': '{kind}: {amount}',
  'search.fee.byRule': 'Theo quy định',
  'search.fee.perUnit': '{amount}/{unit}',

  'search.filter.toggle': 'Lọc',
  'search.filter.toggleCount': 'Lọc ({count})',
  'search.filter.active': 'Đang lọc theo',
  'search.filter.remove': 'Bỏ lọc:',
} as const;

export type SearchMessageKey = keyof typeof vi | DetailMessageKey;
