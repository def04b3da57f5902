/**
 * Shared Vietnamese words for describing a procedure (free of charge, required documents,
 * processing-time units, online levels, administrative levels): used by the elements that
 * show procedures, so the others do not ship them. The `common.` keys keep their names, so
 * host overrides written for them still apply. Plural keys as in `vi.ts`.
 */
export const vi = {
  'common.free': 'Miễn phí',
  'common.required': 'bắt buộc',

  'duration.hour.one': '{value} giờ',
  'duration.hour.other': '{value} giờ',
  'duration.day.one': '{value} ngày',
  'duration.day.other': '{value} ngày',
  'duration.working-day.one': '{value} ngày làm việc',
  'duration.working-day.other': '{value} ngày làm việc',
  'duration.month.one': '{value} tháng',
  'duration.month.other': '{value} tháng',
  'duration.working-hour.one': '{value} giờ làm việc',
  'duration.working-hour.other': '{value} giờ làm việc',

  'onlineLevel.full': 'Trực tuyến toàn trình',
  'onlineLevel.partial': 'Trực tuyến một phần',
  'onlineLevel.none': 'Chỉ cung cấp thông tin',

  'level.central': 'Cấp Bộ',
  'level.province': 'Cấp tỉnh',
  'level.commune': 'Cấp xã',
} as const;

export type ProcedureMessageKey = keyof typeof vi;
