/** Building blocks shared by the hand-written and generated forms. */
import type { AttachmentRequirement, Field, Option } from '../../api/schemas.js';

/** Mobile numbers of Vietnamese carriers, national or +84 form. */
export const PHONE_PATTERN = '^(0|\\+84)(3|5|7|8|9)[0-9]{8}$';
export const PHONE_MESSAGE = 'Số điện thoại di động gồm 10 chữ số, bắt đầu bằng 03, 05, 07, 08 hoặc 09';
export const NATIONAL_ID_PATTERN = '^[0-9]{12}$';
export const NATIONAL_ID_MESSAGE = 'Số định danh cá nhân gồm đúng 12 chữ số';

export const FIRST_FORM_VERSION = '2025.07.1';
export const DECLARATION =
  'Tôi cam đoan những nội dung khai trên đây là đúng sự thật và chịu trách nhiệm trước pháp luật về lời cam đoan của mình.';

export const SCANS = ['application/pdf', 'image/jpeg', 'image/png'];
export const MB = 1024 * 1024;

export const GENDERS: Option[] = [
  { value: 'nam', label: 'Nam' },
  { value: 'nu', label: 'Nữ' },
];

export const NATIONALITIES: Option[] = [
  { value: 'VN', label: 'Việt Nam' },
  { value: 'LA', label: 'Lào' },
  { value: 'KH', label: 'Campuchia' },
  { value: 'CN', label: 'Trung Quốc' },
  { value: 'KR', label: 'Hàn Quốc' },
  { value: 'JP', label: 'Nhật Bản' },
  { value: 'US', label: 'Hoa Kỳ' },
  { value: 'OTHER', label: 'Quốc tịch khác' },
];

export const ETHNICITIES: Option[] = ['Kinh', 'Tày', 'Thái', 'Mường', 'Khmer', 'Hoa', 'Nùng', "H'Mông", 'Dao', 'Gia Rai', 'Ê Đê', 'Khác'].map(
  (label) => ({ value: label.toLowerCase().replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '') || label, label }),
);

export function fullNameField(id: string, label: string, prefill = true): Field {
  const field: Field = { id, kind: 'text', label, required: true, minLength: 2, maxLength: 100 };
  if (prefill) field.prefill = 'fullName';
  return field;
}

export function nationalIdField(id: string, label = 'Số định danh cá nhân', prefill = true): Field {
  const field: Field = {
    id,
    kind: 'national-id',
    label,
    required: true,
    pattern: NATIONAL_ID_PATTERN,
    patternMessage: NATIONAL_ID_MESSAGE,
  };
  if (prefill) field.prefill = 'nationalId';
  return field;
}

export function phoneField(id: string, label = 'Số điện thoại di động', required = true): Field {
  return { id, kind: 'phone', label, required, prefill: 'phone', pattern: PHONE_PATTERN, patternMessage: PHONE_MESSAGE };
}

export function emailField(id: string, label = 'Thư điện tử'): Field {
  return { id, kind: 'email', label, hint: 'Để nhận thông báo về tiến độ hồ sơ', prefill: 'email', maxLength: 254 };
}

export function scan(
  documentCode: string,
  name: string,
  required: boolean,
  options: { maxMb?: number; maxFiles?: number; hint?: string; templateUrl?: string; accept?: string[] } = {},
): AttachmentRequirement {
  const requirement: AttachmentRequirement = {
    documentCode,
    name,
    required,
    accept: options.accept ?? SCANS,
    maxBytes: (options.maxMb ?? 5) * MB,
    maxFiles: options.maxFiles ?? 1,
  };
  requirement.hint = options.hint ?? `Bản chụp hoặc bản quét rõ nét; PDF, JPG hoặc PNG, tối đa ${options.maxMb ?? 5} MB`;
  if (options.templateUrl) requirement.templateUrl = options.templateUrl;
  return requirement;
}
