/**
 * Vietnamese words of the part of `<gov-procedure-search>` loaded on demand (the procedure
 * detail's sections: `detail-part.ts`): they come with it and join the element's catalogue when
 * it arrives, so a page that only searches does not download them. English has them in the
 * element's one pack.
 */
export const detailVi = {
  'search.field.level': 'Cấp thực hiện',
  'search.detail.description': 'Mô tả',
  'search.detail.audiences': 'Đối tượng thực hiện',
  'search.detail.channels': 'Cách thức thực hiện',
  'search.detail.channelTime': 'Thời hạn: {time}',
  'search.detail.cases': 'Trình tự thực hiện và thành phần hồ sơ',
  'search.detail.steps': 'Các bước thực hiện',
  'search.detail.documents': 'Thành phần hồ sơ',
  'search.detail.noDocuments': 'Không yêu cầu giấy tờ.',
  'search.detail.copies': 'Bản chính: {originals} · Bản sao: {copies}',
  'search.detail.template': 'Tải mẫu',
  'search.detail.templateOf': 'Tải mẫu: {name}',
  'search.detail.requirements': 'Yêu cầu, điều kiện',
  'search.detail.results': 'Kết quả thực hiện',
  'search.detail.legalBasis': 'Căn cứ pháp lý',
  'search.detail.intakeAddress': 'Địa chỉ tiếp nhận hồ sơ',
  'search.detail.apply': 'Nộp hồ sơ trực tuyến',
  'search.detail.applyCase': 'Nộp hồ sơ trực tuyến: {name}',
  'search.detail.inPersonTitle': 'Thủ tục này chưa nộp được trực tuyến',
  'search.detail.inPersonAt': 'Vui lòng nộp hồ sơ trực tiếp hoặc qua bưu chính tại: {place}',
  'search.channel.in-person': 'Nộp trực tiếp',
  'search.channel.online': 'Nộp trực tuyến',
  'search.channel.post': 'Qua dịch vụ bưu chính',
  'search.audience.citizen': 'Công dân Việt Nam',
  'search.audience.business': 'Doanh nghiệp',
  'search.audience.organisation': 'Tổ chức',
  'search.detail.feeNote': 'Ghi chú: {note}',
  'search.detail.exemptions': 'Được miễn:',
} as const;

export type DetailMessageKey = keyof typeof detailVi;
