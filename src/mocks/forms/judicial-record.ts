/** Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp (Mẫu số 03/2013/TT-LLTP). */
import type { FormDefinition } from '../../api/schemas.js';
import { JUDICIAL_RECORD } from '../well-known.js';
import {
  FIRST_FORM_VERSION,
  declaration,
  emailField,
  fullNameField,
  genders,
  nationalIdField,
  nationalities,
  phoneField,
  scan,
  type Pick,
} from './common.js';

export function judicialRecordForm(t: Pick): FormDefinition {
  const forSecond = { field: 'recordType', in: ['2'] };
  return {
    procedureCode: JUDICIAL_RECORD,
    version: FIRST_FORM_VERSION,
    title: t('Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp', 'Application for a criminal record certificate'),
    description: t(
      'Phiếu số 1 cấp cho cá nhân, cơ quan, tổ chức; Phiếu số 2 chỉ cấp cho chính người được cấp Phiếu hoặc cơ quan tiến hành tố tụng.',
      'Certificate no. 1 is issued to individuals, agencies and organisations; certificate no. 2 only to the person concerned or to a procedural authority.',
    ),
    steps: [
      {
        id: 'nguoi-duoc-cap',
        title: t('Người được cấp Phiếu', 'The person concerned'),
        fields: [
          fullNameField('fullName', t('Họ và tên', 'Full name')),
          { id: 'otherNames', kind: 'text', label: t('Tên gọi khác (nếu có)', 'Other names (if any)'), maxLength: 100 },
          { id: 'gender', kind: 'radio', label: t('Giới tính', 'Sex'), required: true, prefill: 'gender', options: genders(t) },
          // At least 14 years old: the certificate covers criminal liability, which starts at 14.
          { id: 'dateOfBirth', kind: 'date', label: t('Ngày sinh', 'Date of birth'), required: true, prefill: 'dateOfBirth', min: '1900-01-01', max: '2011-12-31' },
          { id: 'birthPlace', kind: 'text', label: t('Nơi sinh', 'Place of birth'), required: true, maxLength: 200 },
          { id: 'nationality', kind: 'select', label: t('Quốc tịch', 'Nationality'), required: true, options: nationalities(t) },
          nationalIdField(t, 'nationalId'),
          phoneField(t, 'phone'),
          emailField(t, 'email'),
          { id: 'permanentAddress', kind: 'address', label: t('Nơi thường trú', 'Permanent residence'), required: true, prefill: 'address' },
          { id: 'hasTemporaryAddress', kind: 'checkbox', label: t('Đang tạm trú ở nơi khác', 'Temporarily residing elsewhere') },
          {
            id: 'temporaryAddress',
            kind: 'address',
            label: t('Nơi tạm trú', 'Temporary residence'),
            required: true,
            visibleWhen: { field: 'hasTemporaryAddress', equals: true },
          },
        ],
      },
      {
        id: 'yeu-cau',
        title: t('Nội dung yêu cầu', 'The request'),
        fields: [
          {
            id: 'recordType',
            kind: 'radio',
            label: t('Loại Phiếu yêu cầu cấp', 'Certificate requested'),
            required: true,
            options: [
              { value: '1', label: t('Phiếu lý lịch tư pháp số 1', 'Criminal record certificate no. 1') },
              { value: '2', label: t('Phiếu lý lịch tư pháp số 2', 'Criminal record certificate no. 2') },
            ],
          },
          {
            id: 'banInfo',
            kind: 'checkbox',
            label: t(
              'Yêu cầu xác nhận về việc cấm đảm nhiệm chức vụ, thành lập, quản lý doanh nghiệp, hợp tác xã',
              'Also certify any ban on holding office or founding or managing an enterprise or cooperative',
            ),
            visibleWhen: { field: 'recordType', equals: '1' },
          },
          { id: 'parentsSection', kind: 'section', label: t('Cha, mẹ và vợ, chồng', 'Parents and spouse'), visibleWhen: forSecond },
          { id: 'fatherName', kind: 'text', label: t('Họ và tên cha', 'Father’s full name'), required: true, maxLength: 100, visibleWhen: forSecond },
          { id: 'motherName', kind: 'text', label: t('Họ và tên mẹ', 'Mother’s full name'), required: true, maxLength: 100, visibleWhen: forSecond },
          { id: 'spouseName', kind: 'text', label: t('Họ và tên vợ hoặc chồng (nếu có)', 'Spouse’s full name (if any)'), maxLength: 100, visibleWhen: forSecond },
          {
            id: 'purpose',
            kind: 'select',
            label: t('Mục đích sử dụng Phiếu', 'Purpose of the certificate'),
            required: true,
            options: [
              { value: 'xin-viec', label: t('Bổ sung hồ sơ xin việc', 'A job application') },
              { value: 'du-hoc', label: t('Du học', 'Study abroad') },
              { value: 'xuat-khau-lao-dong', label: t('Lao động ở nước ngoài', 'Work abroad') },
              { value: 'dinh-cu', label: t('Định cư, nhập quốc tịch', 'Settlement or naturalisation') },
              { value: 'khac', label: t('Mục đích khác', 'Another purpose') },
            ],
          },
          {
            id: 'purposeDetail',
            kind: 'text',
            label: t('Ghi rõ mục đích', 'State the purpose'),
            required: true,
            maxLength: 200,
            visibleWhen: { field: 'purpose', equals: 'khac' },
          },
          { id: 'copies', kind: 'number', label: t('Số lượng Phiếu yêu cầu cấp', 'Number of certificates'), required: true, min: 1, max: 10 },
          {
            id: 'residenceHistory',
            kind: 'textarea',
            label: t('Quá trình cư trú từ đủ 14 tuổi', 'Places of residence since the age of 14'),
            hint: t(
              'Từ tháng, năm đến tháng, năm; nơi cư trú; nghề nghiệp, nơi làm việc',
              'From month and year to month and year; place of residence; occupation and workplace',
            ),
            required: true,
            minLength: 20,
            maxLength: 4000,
          },
          {
            id: 'feeNote',
            kind: 'note',
            label: t(
              'Lệ phí 200.000 đồng mỗi Phiếu, giảm 50% khi nộp trực tuyến; từ Phiếu thứ 3 trở đi thu thêm 5.000 đồng mỗi Phiếu.',
              'The fee is 200,000 dong per certificate, half when filed online; from the third certificate on, 5,000 dong more each.',
            ),
          },
        ],
      },
    ],
    attachments: [
      scan(t, 'CCCD', t('Bản chụp Căn cước hoặc hộ chiếu', 'Copy of the identity card or passport'), true, { maxFiles: 2 }),
      scan(t, 'UQ', t('Văn bản ủy quyền', 'Authorisation'), false, {
        hint: t('Chỉ khi ủy quyền yêu cầu cấp Phiếu số 1', 'Only when someone else asks for certificate no. 1 on your behalf'),
      }),
    ],
    declaration: declaration(t),
    applicantTypes: ['citizen', 'foreigner'],
    acceptsRepresentative: true,
  };
}
