/**
 * Vietnamese words of `<gov-dossier-form>`, the reference: those its steps need. The words of
 * the documents page, the review, the submission, the receipt and the rarer notices come with
 * that part of the form (`messages-later.vi.ts`, see `later.ts`); English has every key of both.
 */
import type { ComboboxMessageKey } from './messages-combobox.vi.js';
import type { ExtrasMessageKey } from './messages-extras.vi.js';
import type { LaterMessageKey } from './messages-later.vi.js';

export const vi = {
  'form.loading': 'Đang tải biểu mẫu…',
  'form.load-error.title': 'Không tải được biểu mẫu',
  'form.not-online.title': 'Thủ tục này chưa nộp trực tuyến được',
  'form.not-online.body': 'Bạn có thể nộp hồ sơ trực tiếp tại Bộ phận Một cửa hoặc qua bưu chính, theo hướng dẫn của thủ tục.',
  'form.offline.title': 'Không có kết nối mạng',
  'form.offline.body': 'Biểu mẫu sẽ tự tải lại khi có mạng, hoặc bạn có thể thử lại ngay.',
  'form.no-procedure': 'Chưa chọn thủ tục để nộp hồ sơ.',
  'form.invalid.body': 'Biểu mẫu trực tuyến của thủ tục này đang bị lỗi nên chưa khai được. Vui lòng thử lại sau, hoặc nộp hồ sơ trực tiếp tại Bộ phận Một cửa.',

  'form.steps.label': 'Các bước nộp hồ sơ',
  'form.step-count': 'Bước {current} trong {total}',
  'form.step.attachments': 'Giấy tờ đính kèm',
  'form.step.review': 'Kiểm tra và nộp hồ sơ',
  'form.step.completed': 'đã xong',
  'form.continue': 'Tiếp tục',

  'form.error-summary.title': 'Có lỗi cần sửa',
  'form.error.prefix': 'Lỗi:',
  'form.choose': '— Chọn —',
  'form.yes': 'Có',
  'form.no': 'Không',
  'form.date.day': 'Ngày',
  'form.date.month': 'Tháng',
  'form.date.year': 'Năm',
  'form.date.hint': 'Ví dụ: 27 3 2007',
  'form.address.province': 'Tỉnh, thành phố',
  'form.address.commune': 'Xã, phường, đặc khu',
  'form.address.street': 'Số nhà, tên đường, thôn, tổ dân phố',
  'form.address.province-first': 'Chọn tỉnh, thành phố trước',
  'form.address.error': 'Không tải được danh sách.',

  'form.error.unnamed': 'câu trả lời',

  'form.prefill.vneid': 'Từ tài khoản VNeID',
  'form.prefill.population-db': 'Từ Cơ sở dữ liệu quốc gia về dân cư',
  'form.prefill.business-registry': 'Từ Cơ sở dữ liệu quốc gia về đăng ký doanh nghiệp',
  'form.prefill.host': 'Từ tài khoản của bạn trên cổng dịch vụ công',

  'form.error.required': 'Vui lòng nhập {label}',
  'form.error.required-choice': 'Vui lòng chọn {label}',
  'form.error.required-checkbox': 'Vui lòng đánh dấu: {label}',
  'form.error.choice': 'Lựa chọn cho {label} không còn hợp lệ, vui lòng chọn lại',
  'form.error.min-length': '{label} phải có ít nhất {min} ký tự',
  'form.error.max-length': '{label} không được dài quá {max} ký tự',
  'form.error.pattern': '{label} không đúng định dạng',
  'form.error.custom': '{message}',
  'form.error.email': '{label} phải là địa chỉ thư điện tử đúng định dạng, ví dụ: ten@example.com',
  'form.error.phone': '{label} phải là số điện thoại Việt Nam, ví dụ: 0912 345 678',
  'form.error.number': '{label} phải là một số',
  'form.error.min': '{label} phải từ {min} trở lên',
  'form.error.max': '{label} không được lớn hơn {max}',
  'form.error.national-id-length': '{label} phải gồm đúng 12 chữ số',
  'form.error.national-id-province': 'Ba chữ số đầu của {label} không phải mã tỉnh, thành phố nơi đăng ký khai sinh',
  'form.error.national-id-century': 'Chữ số thứ tư và năm sinh trong {label} không hợp lệ',
  'form.error.date-incomplete': '{label} phải có đủ ngày, tháng và năm',
  'form.error.date-invalid': '{label} phải là một ngày có thật, năm gồm 4 chữ số',
  'form.error.date-min': '{label} phải từ ngày {min} trở về sau',
  'form.error.date-max': '{label} phải trước hoặc đúng ngày {max}',
  'form.error.address-province': 'Vui lòng chọn tỉnh, thành phố cho {label}',
  'form.error.address-commune': 'Vui lòng chọn xã, phường cho {label}',
  'form.error.address-street': 'Vui lòng nhập số nhà, tên đường cho {label}',

  'form.later.failed': 'Chưa tải được phần tiếp theo của biểu mẫu. Hãy kiểm tra kết nối mạng rồi thử lại: những gì bạn đã khai vẫn còn.',

  'form.restore.title': 'Tiếp tục bản khai lưu lúc {time}?',
  'form.restore.body': 'Máy này đang giữ một bản khai chưa nộp của thủ tục này. Chỉ tiếp tục nếu đó là bản khai của bạn; nếu không, hãy bắt đầu lại.',
  'form.restore.continue': 'Tiếp tục',
  'form.restore.start-again': 'Bắt đầu lại',
  'form.kiosk': 'Máy này không lưu thông tin bạn khai: nếu đóng hoặc tải lại trang, bạn sẽ phải khai lại từ đầu.',
  'form.device.clear': 'Xóa dữ liệu đã lưu trên máy này',
  'form.device.confirm': 'Xóa mọi bản khai chưa nộp đã lưu trên máy này, kể cả những gì bạn đang khai?',
  'form.device.yes': 'Xóa hết',
  'form.device.cancel': 'Không xóa',
  'form.device.cleared': 'Đã xóa mọi dữ liệu đã lưu trên máy này.',
  'form.draft.discarded': 'Đã xóa thông tin đã khai. Bạn đang bắt đầu lại từ đầu.',

} as const;

export type FormMessageKey = keyof typeof vi | LaterMessageKey | ExtrasMessageKey | ComboboxMessageKey;
