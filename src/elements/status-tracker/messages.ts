/**
 * Catalogue of `<gov-status-tracker>`. Status names themselves (`status.1`…`status.10`)
 * are the national ones in the shared catalogue; this one explains what each
 * means for the applicant. "Try again" and the reasons a lookup failed (offline,
 * too many attempts, server error…) are the shared `common.retry` and `error.*`.
 */
import type { Catalog } from '../../i18n/translator.js';

const vi = {
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
  'tracker.result.promised': 'Ngày hẹn trả kết quả',
  'tracker.result.completed': 'Ngày hoàn thành',
  'tracker.result.status': 'Trạng thái hiện tại',
  'tracker.result.progress': 'Tiến độ',
  'tracker.print': 'In phiếu tình trạng hồ sơ',
  'tracker.printed-at': 'Thông tin tra cứu lúc {time}',

  'tracker.timeliness.early': 'Sớm hạn',
  'tracker.timeliness.on-time': 'Đúng hạn',
  'tracker.timeliness.late': 'Trễ hạn',
  'tracker.timeliness.within': 'Đang trong hạn',
  'tracker.overdue': 'Quá hạn',

  'tracker.explain.1': 'Hồ sơ đã gửi và đang chờ bộ phận một cửa kiểm tra. Bạn chưa cần làm gì; nếu hồ sơ còn thiếu, cơ quan sẽ báo cho bạn.',
  'tracker.explain.2': 'Hồ sơ đã được tiếp nhận. Thời hạn giải quyết tính từ ngày tiếp nhận. Bạn chưa cần làm gì thêm.',
  'tracker.explain.3': 'Hồ sơ không được tiếp nhận nên sẽ không được giải quyết. Lý do ghi ở quá trình xử lý bên dưới; bạn có thể nộp hồ sơ mới sau khi sửa theo hướng dẫn.',
  'tracker.explain.4': 'Cơ quan có thẩm quyền đang giải quyết hồ sơ. Bạn chưa cần làm gì thêm.',
  'tracker.explain.5': 'Cơ quan cần bạn bổ sung giấy tờ để giải quyết tiếp. Thời gian chờ bổ sung không tính vào thời hạn giải quyết. Hãy nộp bổ sung bên dưới.',
  'tracker.explain.6': 'Bạn cần nộp phí, lệ phí hoặc thực hiện nghĩa vụ tài chính thì hồ sơ mới được giải quyết tiếp.',
  'tracker.explain.7': 'Hồ sơ đã được rút theo yêu cầu của bạn. Cơ quan không giải quyết tiếp hồ sơ này.',
  'tracker.explain.8': 'Cơ quan đã dừng xử lý hồ sơ. Lý do ghi ở quá trình xử lý bên dưới; liên hệ bộ phận một cửa nếu bạn cần giải thích thêm.',
  'tracker.explain.9': 'Hồ sơ đã giải quyết xong, kết quả đang chờ trả cho bạn. Xem cách nhận kết quả bên dưới.',
  'tracker.explain.10': 'Kết quả đã được trả cho bạn. Hồ sơ đã hoàn tất.',

  'tracker.timeline.title': 'Quá trình xử lý',
  'tracker.timeline.empty': 'Chưa có bước xử lý nào được ghi nhận.',

  'tracker.action.5': 'Bạn cần bổ sung giấy tờ',
  'tracker.supplement.reason': 'Lý do',
  'tracker.supplement.requested': 'Ngày yêu cầu',
  'tracker.supplement.due': 'Hạn bổ sung',
  'tracker.supplement.documents': 'Giấy tờ cần bổ sung',
  'tracker.supplement.file-hint': 'Chọn tệp PDF hoặc ảnh chụp rõ nét của giấy tờ.',
  'tracker.supplement.missing-file': 'Chọn tệp cho giấy tờ: {name}',
  'tracker.supplement.note': 'Ghi chú gửi cơ quan (không bắt buộc)',
  'tracker.supplement.send': 'Gửi giấy tờ bổ sung',
  'tracker.supplement.sending': 'Đang gửi giấy tờ bổ sung…',
  'tracker.upload.uploading': 'Đang tải lên…',
  'tracker.upload.uploaded': 'Đã tải lên',
  'tracker.upload.failed': 'Tải lên không thành công',
  'tracker.supplement.failed': 'Chưa gửi được giấy tờ bổ sung. {reason}',
  'tracker.supplement.retry': 'Gửi lại',
  'tracker.supplement.sent': 'Đã nhận giấy tờ bổ sung lúc {time}. Hồ sơ sẽ được giải quyết tiếp.',
  'tracker.supplement.relookup': 'Để nộp bổ sung trực tuyến, hãy tra cứu lại hồ sơ bằng mã hồ sơ và 4 số xác minh.',
  'tracker.supplement.contact': 'Liên hệ bộ phận một cửa để biết giấy tờ cần bổ sung.',

  'tracker.action.6': 'Bạn cần nộp phí, lệ phí',
  'tracker.payment.amount': 'Số tiền',
  'tracker.payment.pay': 'Thanh toán trực tuyến',
  'tracker.payment.in-person': 'Bạn có thể nộp tại bộ phận một cửa nơi nộp hồ sơ.',

  'tracker.action.9': 'Cách nhận kết quả',
  'tracker.action.10': 'Kết quả giải quyết',
  'tracker.result-info.pickup': 'Nơi nhận',
  'tracker.result-info.documents': 'Giấy tờ kết quả',
  'tracker.result-info.download': 'Tải xuống {name}',
} as const;

/** English is a pack loaded the first time this element speaks it (see `loadLocale`). */
export const catalog: Catalog = {
  vi,
  en: () => import('./messages.en.js').then((module) => module.en),
};
export type TrackerMessageKey = keyof typeof vi;
