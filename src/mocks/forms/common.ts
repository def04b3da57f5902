/**
 * Building blocks shared by the hand-written and generated forms, in Vietnamese and English
 * (`Accept-Language`: strings stay strings, the back end answers in the language asked for).
 */
import type { AttachmentRequirement, Field, Option } from '../../api/schemas.js';
import type { Locale } from '../problems.js';

/** Picks the Vietnamese or the English text. */
export type Pick = (vi: string, en: string) => string;

export function picker(locale: Locale): Pick {
  return locale === 'en' ? (_vi, en) => en : (vi) => vi;
}

/** Mobile numbers of Vietnamese carriers, national or +84 form. */
export const PHONE_PATTERN = '^(0|\\+84)(3|5|7|8|9)[0-9]{8}$';
export const NATIONAL_ID_PATTERN = '^[0-9]{12}$';

export const FIRST_FORM_VERSION = '2025.07.1';

export function declaration(t: Pick): string {
  return t(
    'Tôi cam đoan những nội dung khai trên đây là đúng sự thật và chịu trách nhiệm trước pháp luật về lời cam đoan của mình.',
    'I declare that the information above is true and I am responsible before the law for this declaration.',
  );
}

export const SCANS = ['application/pdf', 'image/jpeg', 'image/png'];
export const MB = 1024 * 1024;

export function genders(t: Pick): Option[] {
  return [
    { value: 'nam', label: t('Nam', 'Male') },
    { value: 'nu', label: t('Nữ', 'Female') },
  ];
}

/** ISO 3166-1 alpha-2 codes, as the population database records nationality. */
export function nationalities(t: Pick): Option[] {
  return [
    { value: 'VN', label: t('Việt Nam', 'Viet Nam') },
    { value: 'LA', label: t('Lào', 'Laos') },
    { value: 'KH', label: t('Campuchia', 'Cambodia') },
    { value: 'CN', label: t('Trung Quốc', 'China') },
    { value: 'KR', label: t('Hàn Quốc', 'Republic of Korea') },
    { value: 'JP', label: t('Nhật Bản', 'Japan') },
    { value: 'US', label: t('Hoa Kỳ', 'United States') },
    { value: 'OTHER', label: t('Quốc tịch khác', 'Another nationality') },
  ];
}

/**
 * The 54 ethnic groups of Viet Nam with their codes, from the list of the General Statistics
 * Office (Decision 121-TCTK/PPCĐ of 2 March 1979, "Danh mục các dân tộc Việt Nam"), which the
 * national population database (CSDLQG về dân cư) uses: the option value is the code, so a
 * value prefilled from that database chooses its group. Names are proper nouns, the same in
 * English.
 */
export const ETHNIC_GROUPS: ReadonlyArray<readonly [code: string, name: string]> = [
  ['01', 'Kinh'], ['02', 'Tày'], ['03', 'Thái'], ['04', 'Hoa'], ['05', 'Khơ-me'], ['06', 'Mường'],
  ['07', 'Nùng'], ['08', 'Mông'], ['09', 'Dao'], ['10', 'Gia-rai'], ['11', 'Ngái'], ['12', 'Ê-đê'],
  ['13', 'Ba-na'], ['14', 'Xơ-đăng'], ['15', 'Sán Chay'], ['16', 'Cơ-ho'], ['17', 'Chăm'], ['18', 'Sán Dìu'],
  ['19', 'Hrê'], ['20', 'Mnông'], ['21', 'Ra-glai'], ['22', 'Xtiêng'], ['23', 'Bru-Vân Kiều'], ['24', 'Thổ'],
  ['25', 'Giáy'], ['26', 'Cơ-tu'], ['27', 'Gié-Triêng'], ['28', 'Mạ'], ['29', 'Khơ-mú'], ['30', 'Co'],
  ['31', 'Ta-ôi'], ['32', 'Chơ-ro'], ['33', 'Kháng'], ['34', 'Xinh-mun'], ['35', 'Hà Nhì'], ['36', 'Chu-ru'],
  ['37', 'Lào'], ['38', 'La Chí'], ['39', 'La Ha'], ['40', 'Phù Lá'], ['41', 'La Hủ'], ['42', 'Lự'],
  ['43', 'Lô Lô'], ['44', 'Chứt'], ['45', 'Mảng'], ['46', 'Pà Thẻn'], ['47', 'Cơ Lao'], ['48', 'Cống'],
  ['49', 'Bố Y'], ['50', 'Si La'], ['51', 'Pu Péo'], ['52', 'Brâu'], ['53', 'Ơ Đu'], ['54', 'Rơ-măm'],
];

export function ethnicities(): Option[] {
  return ETHNIC_GROUPS.map(([value, label]) => ({ value, label }));
}

export function fullNameField(id: string, label: string, prefill = true): Field {
  const field: Field = { id, kind: 'text', label, required: true, minLength: 2, maxLength: 100 };
  if (prefill) field.prefill = 'fullName';
  return field;
}

export function nationalIdField(t: Pick, id: string, label = t('Số định danh cá nhân', 'Personal identification number'), prefill = true): Field {
  const field: Field = {
    id,
    kind: 'national-id',
    label,
    required: true,
    pattern: NATIONAL_ID_PATTERN,
    patternMessage: t('Số định danh cá nhân gồm đúng 12 chữ số', 'The personal identification number has exactly 12 digits'),
  };
  if (prefill) field.prefill = 'nationalId';
  return field;
}

export function phoneField(t: Pick, id: string, label = t('Số điện thoại di động', 'Mobile phone number'), required = true): Field {
  return {
    id,
    kind: 'phone',
    label,
    required,
    prefill: 'phone',
    pattern: PHONE_PATTERN,
    patternMessage: t(
      'Số điện thoại di động gồm 10 chữ số, bắt đầu bằng 03, 05, 07, 08 hoặc 09',
      'A mobile number has 10 digits and starts with 03, 05, 07, 08 or 09',
    ),
  };
}

export function emailField(t: Pick, id: string, label = t('Thư điện tử', 'Email')): Field {
  return {
    id,
    kind: 'email',
    label,
    hint: t('Để nhận thông báo về tiến độ hồ sơ', 'To receive notices about the dossier'),
    prefill: 'email',
    maxLength: 254,
  };
}

/** A birth date: not in the future (the back end refuses one), `today` being the mock's day in Vietnam. */
export function birthDateField(t: Pick, id: string, label: string, today: string, extra: Partial<Field> = {}): Field {
  return { id, kind: 'date', label, required: true, min: '1900-01-01', max: today, ...extra };
}

export function scan(
  t: Pick,
  documentCode: string,
  name: string,
  required: boolean,
  options: { maxMb?: number; maxFiles?: number; hint?: string; templateUrl?: string; accept?: string[] } = {},
): AttachmentRequirement {
  const maxMb = options.maxMb ?? 5;
  const requirement: AttachmentRequirement = {
    documentCode,
    name,
    required,
    accept: options.accept ?? SCANS,
    maxBytes: maxMb * MB,
    maxFiles: options.maxFiles ?? 1,
  };
  requirement.hint =
    options.hint ??
    t(`Bản chụp hoặc bản quét rõ nét; PDF, JPG hoặc PNG, tối đa ${maxMb} MB`, `A clear photo or scan; PDF, JPG or PNG, at most ${maxMb} MB`);
  if (options.templateUrl) requirement.templateUrl = options.templateUrl;
  return requirement;
}
