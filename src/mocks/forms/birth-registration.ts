/** Tờ khai đăng ký khai sinh (Thông tư 04/2024/TT-BTP), as an online form. */
import type { FormDefinition } from '../../api/schemas.js';
import { BIRTH_REGISTRATION } from '../well-known.js';
import {
  DECLARATION,
  ETHNICITIES,
  FIRST_FORM_VERSION,
  GENDERS,
  NATIONALITIES,
  emailField,
  fullNameField,
  nationalIdField,
  phoneField,
  scan,
} from './common.js';

export function birthRegistrationForm(): FormDefinition {
  return {
    procedureCode: BIRTH_REGISTRATION,
    version: FIRST_FORM_VERSION,
    title: 'Tờ khai đăng ký khai sinh',
    description: 'Khai đúng như trong Giấy chứng sinh. Đăng ký đúng hạn (trong 60 ngày kể từ ngày sinh) được miễn lệ phí.',
    steps: [
      {
        id: 'nguoi-yeu-cau',
        title: 'Người yêu cầu',
        description: 'Người đi đăng ký khai sinh cho trẻ: cha, mẹ, ông, bà hoặc người thân thích.',
        fields: [
          fullNameField('requesterName', 'Họ, chữ đệm và tên người yêu cầu'),
          nationalIdField('requesterId'),
          phoneField('requesterPhone'),
          emailField('requesterEmail'),
          {
            id: 'relationship',
            kind: 'select',
            label: 'Quan hệ với trẻ',
            required: true,
            options: [
              { value: 'cha', label: 'Cha' },
              { value: 'me', label: 'Mẹ' },
              { value: 'ong-ba', label: 'Ông, bà' },
              { value: 'nguoi-than', label: 'Người thân thích khác' },
            ],
          },
          {
            id: 'relationshipDetail',
            kind: 'text',
            label: 'Ghi rõ quan hệ',
            required: true,
            maxLength: 50,
            visibleWhen: { field: 'relationship', equals: 'nguoi-than' },
          },
        ],
      },
      {
        id: 'tre',
        title: 'Thông tin của trẻ',
        fields: [
          {
            id: 'childName',
            kind: 'text',
            label: 'Họ, chữ đệm và tên của trẻ',
            hint: 'Viết có dấu, đúng chính tả tiếng Việt',
            required: true,
            minLength: 2,
            maxLength: 100,
          },
          { id: 'childGender', kind: 'radio', label: 'Giới tính', required: true, options: GENDERS },
          { id: 'childDateOfBirth', kind: 'date', label: 'Ngày, tháng, năm sinh', required: true, min: '1900-01-01' },
          {
            id: 'birthPlaceKind',
            kind: 'radio',
            label: 'Nơi sinh',
            required: true,
            options: [
              { value: 'co-so-y-te', label: 'Tại cơ sở y tế' },
              { value: 'nha', label: 'Tại nhà' },
              { value: 'khac', label: 'Nơi khác' },
            ],
          },
          {
            id: 'birthFacility',
            kind: 'text',
            label: 'Tên cơ sở y tế',
            required: true,
            maxLength: 200,
            visibleWhen: { field: 'birthPlaceKind', equals: 'co-so-y-te' },
          },
          {
            id: 'birthAddress',
            kind: 'address',
            label: 'Địa chỉ nơi sinh',
            required: true,
            visibleWhen: { field: 'birthPlaceKind', in: ['nha', 'khac'] },
          },
          { id: 'childEthnicity', kind: 'select', label: 'Dân tộc', required: true, options: ETHNICITIES },
          { id: 'childNationality', kind: 'select', label: 'Quốc tịch', required: true, options: NATIONALITIES },
          { id: 'hometown', kind: 'text', label: 'Quê quán', hint: 'Theo quê quán của cha hoặc mẹ', maxLength: 200 },
        ],
      },
      {
        id: 'cha-me',
        title: 'Thông tin của cha, mẹ',
        fields: [
          { id: 'motherSection', kind: 'section', label: 'Người mẹ' },
          fullNameField('motherName', 'Họ, chữ đệm và tên người mẹ', false),
          { id: 'motherDateOfBirth', kind: 'date', label: 'Năm sinh của mẹ', required: true, min: '1940-01-01' },
          nationalIdField('motherId', 'Số định danh cá nhân của mẹ', false),
          { id: 'motherEthnicity', kind: 'select', label: 'Dân tộc của mẹ', required: true, options: ETHNICITIES },
          { id: 'fatherSection', kind: 'section', label: 'Người cha' },
          {
            id: 'fatherKnown',
            kind: 'checkbox',
            label: 'Khai thông tin người cha',
            hint: 'Bỏ chọn nếu chưa xác định được người cha; phần ghi về người cha sẽ để trống.',
          },
          { ...fullNameField('fatherName', 'Họ, chữ đệm và tên người cha', false), visibleWhen: { field: 'fatherKnown', equals: true } },
          { ...nationalIdField('fatherId', 'Số định danh cá nhân của cha', false), visibleWhen: { field: 'fatherKnown', equals: true } },
          { id: 'residenceSection', kind: 'section', label: 'Nơi cư trú' },
          {
            id: 'residence',
            kind: 'address',
            label: 'Nơi cư trú của cha, mẹ',
            hint: 'Nơi đăng ký khai sinh là Ủy ban nhân dân cấp xã nơi cư trú của cha hoặc mẹ',
            required: true,
            prefill: 'address',
          },
        ],
      },
      {
        id: 'ket-qua',
        title: 'Nhận kết quả',
        fields: [
          {
            id: 'copyNote',
            kind: 'note',
            label: 'Giấy khai sinh bản chính được cấp miễn phí. Bản sao trích lục khai sinh có thu phí 8.000 đồng mỗi bản.',
          },
          { id: 'extractCopies', kind: 'number', label: 'Số bản sao trích lục khai sinh', required: true, min: 0, max: 10 },
        ],
      },
    ],
    attachments: [
      scan('GCS', 'Giấy chứng sinh hoặc văn bản của người làm chứng', true, { maxFiles: 2 }),
      scan('GCNKH', 'Giấy chứng nhận kết hôn của cha, mẹ', false),
      scan('UQ', 'Văn bản ủy quyền', false, {
        hint: 'Chỉ khi nộp thay; không cần nếu người nộp là ông, bà hoặc người thân thích',
      }),
    ],
    declaration: DECLARATION,
  };
}
