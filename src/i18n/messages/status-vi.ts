/**
 * The national names of the dossier statuses (codes 1–10, docs/api.md), shared by
 * the elements that show a dossier's status.
 */
export const vi = {
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

export type StatusMessageKey = keyof typeof vi;
