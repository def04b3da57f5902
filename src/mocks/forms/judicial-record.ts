/** Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp (Mẫu số 03/2013/TT-LLTP). */
import type { FormDefinition } from '../../api/schemas.js';
import { JUDICIAL_RECORD } from '../well-known.js';
import { DECLARATION, FIRST_FORM_VERSION, GENDERS, NATIONALITIES, emailField, fullNameField, nationalIdField, phoneField, scan } from './common.js';

export function judicialRecordForm(): FormDefinition {
  return {
    procedureCode: JUDICIAL_RECORD,
    version: FIRST_FORM_VERSION,
    title: 'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp',
    description: 'Phiếu số 1 cấp cho cá nhân, cơ quan, tổ chức; Phiếu số 2 chỉ cấp cho chính người được cấp Phiếu hoặc cơ quan tiến hành tố tụng.',
    steps: [
      {
        id: 'nguoi-duoc-cap',
        title: 'Người được cấp Phiếu',
        fields: [
          fullNameField('fullName', 'Họ và tên'),
          { id: 'otherNames', kind: 'text', label: 'Tên gọi khác (nếu có)', maxLength: 100 },
          { id: 'gender', kind: 'radio', label: 'Giới tính', required: true, prefill: 'gender', options: GENDERS },
          { id: 'dateOfBirth', kind: 'date', label: 'Ngày sinh', required: true, prefill: 'dateOfBirth', min: '1900-01-01', max: '2011-12-31' },
          { id: 'birthPlace', kind: 'text', label: 'Nơi sinh', required: true, maxLength: 200 },
          { id: 'nationality', kind: 'select', label: 'Quốc tịch', required: true, options: NATIONALITIES },
          nationalIdField('nationalId'),
          phoneField('phone'),
          emailField('email'),
          { id: 'permanentAddress', kind: 'address', label: 'Nơi thường trú', required: true, prefill: 'address' },
          { id: 'hasTemporaryAddress', kind: 'checkbox', label: 'Đang tạm trú ở nơi khác' },
          {
            id: 'temporaryAddress',
            kind: 'address',
            label: 'Nơi tạm trú',
            required: true,
            visibleWhen: { field: 'hasTemporaryAddress', equals: true },
          },
        ],
      },
      {
        id: 'yeu-cau',
        title: 'Nội dung yêu cầu',
        fields: [
          {
            id: 'recordType',
            kind: 'radio',
            label: 'Loại Phiếu yêu cầu cấp',
            required: true,
            options: [
              { value: '1', label: 'Phiếu lý lịch tư pháp số 1' },
              { value: '2', label: 'Phiếu lý lịch tư pháp số 2' },
            ],
          },
          {
            id: 'banInfo',
            kind: 'checkbox',
            label: 'Yêu cầu xác nhận về việc cấm đảm nhiệm chức vụ, thành lập, quản lý doanh nghiệp, hợp tác xã',
            visibleWhen: { field: 'recordType', equals: '1' },
          },
          { id: 'parentsSection', kind: 'section', label: 'Cha, mẹ và vợ, chồng', visibleWhen: { field: 'recordType', in: ['2'] } },
          { id: 'fatherName', kind: 'text', label: 'Họ và tên cha', required: true, maxLength: 100, visibleWhen: { field: 'recordType', in: ['2'] } },
          { id: 'motherName', kind: 'text', label: 'Họ và tên mẹ', required: true, maxLength: 100, visibleWhen: { field: 'recordType', in: ['2'] } },
          { id: 'spouseName', kind: 'text', label: 'Họ và tên vợ hoặc chồng (nếu có)', maxLength: 100, visibleWhen: { field: 'recordType', in: ['2'] } },
          {
            id: 'purpose',
            kind: 'select',
            label: 'Mục đích sử dụng Phiếu',
            required: true,
            options: [
              { value: 'xin-viec', label: 'Bổ sung hồ sơ xin việc' },
              { value: 'du-hoc', label: 'Du học' },
              { value: 'xuat-khau-lao-dong', label: 'Lao động ở nước ngoài' },
              { value: 'dinh-cu', label: 'Định cư, nhập quốc tịch' },
              { value: 'khac', label: 'Mục đích khác' },
            ],
          },
          { id: 'purposeDetail', kind: 'text', label: 'Ghi rõ mục đích', required: true, maxLength: 200, visibleWhen: { field: 'purpose', equals: 'khac' } },
          { id: 'copies', kind: 'number', label: 'Số lượng Phiếu yêu cầu cấp', required: true, min: 1, max: 10 },
          {
            id: 'residenceHistory',
            kind: 'textarea',
            label: 'Quá trình cư trú từ đủ 14 tuổi',
            hint: 'Từ tháng, năm đến tháng, năm; nơi cư trú; nghề nghiệp, nơi làm việc',
            required: true,
            minLength: 20,
            maxLength: 4000,
          },
          {
            id: 'feeNote',
            kind: 'note',
            label: 'Lệ phí 200.000 đồng mỗi Phiếu, giảm 50% khi nộp trực tuyến; từ Phiếu thứ 3 trở đi thu thêm 5.000 đồng mỗi Phiếu.',
          },
        ],
      },
    ],
    attachments: [
      scan('CCCD', 'Bản chụp Căn cước hoặc hộ chiếu', true, { maxFiles: 2 }),
      scan('UQ', 'Văn bản ủy quyền', false, { hint: 'Chỉ khi ủy quyền yêu cầu cấp Phiếu số 1' }),
    ],
    declaration: DECLARATION,
  };
}
