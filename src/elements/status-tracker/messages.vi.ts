/**
 * Vietnamese words of `<gov-status-tracker>`, the reference. Status names themselves
 * (`status.1`…`status.10`) are the national ones in the shared catalogue; this one explains
 * what each means for the applicant. "Try again" and the reasons a lookup failed (offline, too
 * many attempts, server error…) are the shared `common.retry` and `error.*`.
 */
import type { ActionsMessageKey } from './messages-actions.vi.js';

export const vi = {
  'tracker.title': 'Tra cứu tình trạng hồ sơ',
  'tracker.intro': 'Nhập mã hồ sơ ghi trên giấy tiếp nhận và 4 số xác minh.',
  'tracker.code.label': 'Mã hồ sơ',
  'tracker.code.hint': 'Ví dụ: 000.00.01.H22-261122-0001',
  'tracker.code.missing': 'Nhập mã hồ sơ',
  'tracker.code.format': 'Mã hồ sơ chưa đúng định dạng: mã đơn vị, ngày nộp (năm tháng ngày, 6 chữ số) và số thứ tự (4 chữ số), ví dụ 000.00.01.H22-261122-0001',
  'tracker.verifier.label': '4 số xác minh',
  'tracker.verifier.hint': '4 số cuối của số điện thoại hoặc số định danh cá nhân của người nộp hồ sơ',
  'tracker.verifier.missing': 'Nhập 4 số xác minh',
  'tracker.verifier.format': '4 số xác minh gồm đúng 4 chữ số',
  'tracker.submit': 'Tra cứu',
  'tracker.errors.title': 'Vui lòng kiểm tra lại thông tin',
  'tracker.loading': 'Đang tra cứu hồ sơ…',

  'tracker.not-found.title': 'Không tìm thấy hồ sơ',
  'tracker.not-found.body': 'Không có hồ sơ nào khớp với mã hồ sơ và 4 số xác minh bạn nhập. Hãy kiểm tra lại cả hai.',
  'tracker.error.title': 'Chưa tra cứu được hồ sơ',
  'tracker.rate-limited.ready': 'Bạn có thể tra cứu lại.',

  'tracker.found': 'Đã tìm thấy hồ sơ {code}. Trạng thái: {status}.',
  'tracker.changed': 'Trạng thái hồ sơ đã thay đổi: {status}.',
  'tracker.result.title': 'Hồ sơ {code}',
  'tracker.result.procedure': 'Thủ tục',
  'tracker.result.applicant': 'Người nộp',
  'tracker.result.agency': 'Cơ quan giải quyết',
  'tracker.result.submitted': 'Ngày nộp',
  'tracker.result.accepted': 'Ngày tiếp nhận',
  'tracker.result.promised': 'Hẹn trả kết quả',
  'tracker.result.completed': 'Ngày hoàn thành',
  'tracker.result.status': 'Trạng thái hiện tại',
  'tracker.result.progress': 'Tiến độ',
  'tracker.print': 'In phiếu tình trạng hồ sơ',
  'tracker.printed-at': 'Thông tin tra cứu lúc {time}',

  'tracker.timeliness.early': 'Trước hạn',
  'tracker.timeliness.on-time': 'Đúng hạn',
  'tracker.timeliness.late': 'Quá hạn',
  'tracker.timeliness.within': 'Đang trong hạn',
  'tracker.overdue': 'Quá hạn',

  'tracker.explain.1': 'Hồ sơ đã gửi và đang chờ Bộ phận Một cửa kiểm tra. Bạn chưa cần làm gì; nếu hồ sơ còn thiếu, cơ quan sẽ báo cho bạn.',
  'tracker.explain.2': 'Hồ sơ đã được tiếp nhận. Thời hạn giải quyết tính từ ngày tiếp nhận. Bạn chưa cần làm gì thêm.',
  'tracker.explain.3': 'Hồ sơ không được tiếp nhận nên sẽ không được giải quyết. Lý do ghi ở quá trình xử lý bên dưới; bạn có thể nộp hồ sơ mới sau khi sửa theo hướng dẫn.',
  'tracker.explain.4': 'Cơ quan có thẩm quyền đang giải quyết hồ sơ. Bạn chưa cần làm gì thêm.',
  'tracker.explain.5': 'Cơ quan cần bạn bổ sung giấy tờ để giải quyết tiếp. Thời gian chờ bổ sung không tính vào thời hạn giải quyết. Hãy nộp bổ sung bên dưới.',
  'tracker.explain.6': 'Bạn cần nộp phí, lệ phí hoặc thực hiện nghĩa vụ tài chính thì hồ sơ mới được giải quyết tiếp.',
  'tracker.explain.7': 'Bạn đã gửi yêu cầu rút hồ sơ. Cơ quan đang xem xét; hồ sơ chỉ dừng xử lý khi cơ quan chấp nhận yêu cầu.',
  'tracker.explain.8': 'Cơ quan đã dừng xử lý hồ sơ. Lý do ghi ở quá trình xử lý bên dưới; liên hệ Bộ phận Một cửa nếu bạn cần giải thích thêm.',
  'tracker.explain.9': 'Hồ sơ đã giải quyết xong, kết quả đang chờ trả cho bạn. Xem cách nhận kết quả bên dưới.',
  'tracker.explain.10': 'Kết quả đã được trả cho bạn. Hồ sơ đã hoàn tất.',

  'tracker.timeline.title': 'Quá trình xử lý',
  'tracker.timeline.empty': 'Chưa có bước xử lý nào được ghi nhận.',

  'tracker.from-link': 'Mã hồ sơ đã được điền sẵn từ đường dẫn. Nhập 4 số xác minh để xem hồ sơ.',
  'tracker.copy': 'Sao chép mã hồ sơ',
  'tracker.copied': 'Đã sao chép mã hồ sơ.',
  'tracker.copy-failed': 'Không tự sao chép được. Mã hồ sơ đã được chọn, hãy sao chép bằng tay.',

  'tracker.appointments.title': 'Gia hạn và hẹn lại ngày trả kết quả',
  'tracker.appointments.extension': 'Cơ quan gia hạn giải quyết',
  'tracker.appointments.supplement': 'Cộng thời gian chờ bổ sung giấy tờ',
  'tracker.appointments.previous': 'Hẹn cũ',
  'tracker.appointments.next': 'Hẹn mới',
  'tracker.appointments.reason': 'Lý do',
  'tracker.appointments.slip': 'Tải xuống {name}',

  'tracker.withdrawal.requested': 'Đã gửi yêu cầu rút hồ sơ',
  'tracker.withdrawal.requested-at': 'Ngày gửi yêu cầu',
  'tracker.withdrawal.reason-given': 'Lý do rút hồ sơ',

  'tracker.actions.loading': 'Đang tải…',
  'tracker.actions.failed': 'Chưa tải được phần kết quả, bổ sung giấy tờ, thanh toán, rút hồ sơ và đánh giá. Kiểm tra kết nối mạng rồi thử lại.',
} as const;

export type TrackerMessageKey = keyof typeof vi | ActionsMessageKey;
