/**
 * Shared Vietnamese messages: the reference catalogue. Every other locale must
 * have exactly these keys (checked by the type of `en` and by a test).
 * Elements keep their own catalogue beside them (`src/elements/<name>/messages.ts`).
 *
 * Placeholders are `{name}`. Keys ending in `.one` / `.other` are plural forms
 * chosen by `Intl.PluralRules`; Vietnamese has one form, so both say the same.
 */
export const vi = {
  'common.loading': 'Đang tải…',
  'common.retry': 'Thử lại',
  'common.close': 'Đóng',
  'common.back': 'Quay lại',
  'common.free': 'Miễn phí',
  'common.required': 'bắt buộc',
  'common.optional': 'không bắt buộc',

  'error.offline': 'Không có kết nối mạng. Hãy kiểm tra kết nối rồi thử lại.',
  'error.network': 'Không kết nối được với hệ thống. Vui lòng thử lại.',
  'error.timeout': 'Hệ thống phản hồi quá lâu. Vui lòng thử lại.',
  'error.server': 'Hệ thống đang gặp sự cố. Vui lòng thử lại sau ít phút.',
  'error.invalid-response': 'Hệ thống trả về dữ liệu không hợp lệ. Vui lòng thử lại sau hoặc liên hệ bộ phận một cửa.',
  'error.rate-limited': 'Bạn đã thử quá nhiều lần. Vui lòng chờ {seconds} giây rồi thử lại.',
  'error.not-found': 'Không tìm thấy thông tin yêu cầu.',

  'duration.hour.one': '{value} giờ',
  'duration.hour.other': '{value} giờ',
  'duration.day.one': '{value} ngày',
  'duration.day.other': '{value} ngày',
  'duration.working-day.one': '{value} ngày làm việc',
  'duration.working-day.other': '{value} ngày làm việc',
  'duration.month.one': '{value} tháng',
  'duration.month.other': '{value} tháng',

  'onlineLevel.full': 'Trực tuyến toàn trình',
  'onlineLevel.partial': 'Trực tuyến một phần',
  'onlineLevel.none': 'Chỉ cung cấp thông tin',

  'level.central': 'Cấp Trung ương',
  'level.province': 'Cấp tỉnh',
  'level.commune': 'Cấp xã',

  'status.1': 'Mới đăng ký',
  'status.2': 'Được tiếp nhận',
  'status.3': 'Không được tiếp nhận',
  'status.4': 'Đang xử lý',
  'status.5': 'Yêu cầu bổ sung giấy tờ',
  'status.6': 'Yêu cầu thực hiện nghĩa vụ tài chính',
  'status.7': 'Công dân yêu cầu rút hồ sơ',
  'status.8': 'Dừng xử lý',
  'status.9': 'Đã xử lý xong',
  'status.10': 'Đã trả kết quả',
} as const;

export type CommonMessageKey = keyof typeof vi;
