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
  'common.back': 'Quay lại',
  'common.optional': 'không bắt buộc',
  'common.copy-code': 'Sao chép mã',
  'common.copy-code.done': 'Đã sao chép mã hồ sơ.',
  'common.copy-code.failed': 'Không sao chép tự động được. Mã đã được chọn, hãy sao chép bằng tay.',

  'error.offline': 'Không có kết nối mạng. Hãy kiểm tra kết nối rồi thử lại.',
  'error.network': 'Không kết nối được với hệ thống. Vui lòng thử lại.',
  'error.timeout': 'Hệ thống phản hồi quá lâu. Vui lòng thử lại.',
  'error.server': 'Hệ thống đang gặp sự cố. Vui lòng thử lại sau ít phút.',
  'error.invalid-response': 'Hệ thống trả về dữ liệu không hợp lệ. Vui lòng thử lại sau hoặc liên hệ Bộ phận Một cửa.',
  'error.rate-limited': 'Bạn đã thử quá nhiều lần. Vui lòng chờ {seconds} giây rồi thử lại.',
  'error.not-found': 'Không tìm thấy thông tin yêu cầu.',
} as const;

export type CommonMessageKey = keyof typeof vi;
