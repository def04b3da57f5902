/** Tờ khai đăng ký khai sinh (Thông tư 04/2024/TT-BTP), as an online form. */
import type { FormDefinition } from '../../api/schemas.js';
import { BIRTH_REGISTRATION } from '../well-known.js';
import {
  FIRST_FORM_VERSION,
  birthDateField,
  declaration,
  emailField,
  ethnicities,
  fullNameField,
  genders,
  nationalIdField,
  nationalities,
  phoneField,
  scan,
  type Pick,
} from './common.js';

export function birthRegistrationForm(t: Pick, today: string): FormDefinition {
  return {
    procedureCode: BIRTH_REGISTRATION,
    version: FIRST_FORM_VERSION,
    title: t('Tờ khai đăng ký khai sinh', 'Birth registration form'),
    description: t(
      'Khai đúng như trong Giấy chứng sinh. Đăng ký đúng hạn (trong 60 ngày kể từ ngày sinh) được miễn lệ phí.',
      'Fill it in exactly as the birth certificate says. Registering on time (within 60 days of the birth) is free.',
    ),
    steps: [
      {
        id: 'nguoi-yeu-cau',
        title: t('Người yêu cầu', 'Applicant'),
        description: t(
          'Người đi đăng ký khai sinh cho trẻ: cha, mẹ, ông, bà hoặc người thân thích.',
          'The person registering the birth: father, mother, grandparent or another relative.',
        ),
        fields: [
          fullNameField('requesterName', t('Họ, chữ đệm và tên người yêu cầu', 'Full name of the applicant')),
          nationalIdField(t, 'requesterId'),
          phoneField(t, 'requesterPhone'),
          emailField(t, 'requesterEmail'),
          {
            id: 'relationship',
            kind: 'select',
            label: t('Quan hệ với trẻ', 'Relationship to the child'),
            required: true,
            options: [
              { value: 'cha', label: t('Cha', 'Father') },
              { value: 'me', label: t('Mẹ', 'Mother') },
              { value: 'ong-ba', label: t('Ông, bà', 'Grandparent') },
              { value: 'nguoi-than', label: t('Người thân thích khác', 'Another relative') },
            ],
          },
          {
            id: 'relationshipDetail',
            kind: 'text',
            label: t('Ghi rõ quan hệ', 'State the relationship'),
            required: true,
            maxLength: 50,
            visibleWhen: { field: 'relationship', equals: 'nguoi-than' },
          },
        ],
      },
      {
        id: 'tre',
        title: t('Thông tin của trẻ', 'The child'),
        fields: [
          {
            id: 'childName',
            kind: 'text',
            label: t('Họ, chữ đệm và tên của trẻ', 'Full name of the child'),
            hint: t('Viết có dấu, đúng chính tả tiếng Việt', 'With Vietnamese diacritics, spelt correctly'),
            required: true,
            minLength: 2,
            maxLength: 100,
          },
          { id: 'childGender', kind: 'radio', label: t('Giới tính', 'Sex'), required: true, options: genders(t) },
          birthDateField(t, 'childDateOfBirth', t('Ngày, tháng, năm sinh', 'Date of birth'), today),
          {
            id: 'birthPlaceKind',
            kind: 'radio',
            label: t('Nơi sinh', 'Place of birth'),
            required: true,
            options: [
              { value: 'co-so-y-te', label: t('Tại cơ sở y tế', 'At a health facility') },
              { value: 'nha', label: t('Tại nhà', 'At home') },
              { value: 'khac', label: t('Nơi khác', 'Elsewhere') },
            ],
          },
          {
            id: 'birthFacility',
            kind: 'text',
            label: t('Tên cơ sở y tế', 'Name of the health facility'),
            required: true,
            maxLength: 200,
            visibleWhen: { field: 'birthPlaceKind', equals: 'co-so-y-te' },
          },
          {
            id: 'birthAddress',
            kind: 'address',
            label: t('Địa chỉ nơi sinh', 'Address of the place of birth'),
            required: true,
            visibleWhen: { field: 'birthPlaceKind', in: ['nha', 'khac'] },
          },
          { id: 'childEthnicity', kind: 'select', label: t('Dân tộc', 'Ethnicity'), required: true, options: ethnicities() },
          { id: 'childNationality', kind: 'select', label: t('Quốc tịch', 'Nationality'), required: true, options: nationalities(t) },
          {
            id: 'hometown',
            kind: 'text',
            label: t('Quê quán', 'Place of origin'),
            hint: t('Theo quê quán của cha hoặc mẹ', 'The father’s or the mother’s place of origin'),
            maxLength: 200,
          },
        ],
      },
      {
        id: 'cha-me',
        title: t('Thông tin của cha, mẹ', 'The parents'),
        fields: [
          { id: 'motherSection', kind: 'section', label: t('Người mẹ', 'Mother') },
          fullNameField('motherName', t('Họ, chữ đệm và tên người mẹ', 'Full name of the mother'), false),
          birthDateField(t, 'motherDateOfBirth', t('Năm sinh của mẹ', 'Mother’s date of birth'), today, { min: '1940-01-01' }),
          nationalIdField(t, 'motherId', t('Số định danh cá nhân của mẹ', 'Mother’s personal identification number'), false),
          { id: 'motherEthnicity', kind: 'select', label: t('Dân tộc của mẹ', 'Mother’s ethnicity'), required: true, options: ethnicities() },
          { id: 'fatherSection', kind: 'section', label: t('Người cha', 'Father') },
          {
            id: 'fatherKnown',
            kind: 'checkbox',
            label: t('Khai thông tin người cha', 'Give the father’s details'),
            hint: t(
              'Bỏ chọn nếu chưa xác định được người cha; phần ghi về người cha sẽ để trống.',
              'Leave it unticked when the father is not established; his part of the record stays blank.',
            ),
          },
          {
            ...fullNameField('fatherName', t('Họ, chữ đệm và tên người cha', 'Full name of the father'), false),
            visibleWhen: { field: 'fatherKnown', equals: true },
          },
          {
            ...nationalIdField(t, 'fatherId', t('Số định danh cá nhân của cha', 'Father’s personal identification number'), false),
            visibleWhen: { field: 'fatherKnown', equals: true },
          },
          { id: 'residenceSection', kind: 'section', label: t('Nơi cư trú', 'Residence') },
          {
            id: 'residence',
            kind: 'address',
            label: t('Nơi cư trú của cha, mẹ', 'Residence of the parents'),
            hint: t(
              'Nơi đăng ký khai sinh là Ủy ban nhân dân cấp xã nơi cư trú của cha hoặc mẹ',
              'The birth is registered at the People’s Committee of the commune where the father or the mother resides',
            ),
            required: true,
            prefill: 'address',
          },
        ],
      },
      {
        id: 'ket-qua',
        title: t('Nhận kết quả', 'Receiving the result'),
        fields: [
          {
            id: 'copyNote',
            kind: 'note',
            label: t(
              'Giấy khai sinh bản chính được cấp miễn phí. Bản sao trích lục khai sinh có thu phí 8.000 đồng mỗi bản.',
              'The original birth certificate is free. Certified extracts cost 8,000 dong each.',
            ),
          },
          {
            id: 'extractCopies',
            kind: 'number',
            label: t('Số bản sao trích lục khai sinh', 'Number of certified extracts'),
            required: true,
            min: 0,
            max: 10,
          },
        ],
      },
    ],
    attachments: [
      scan(t, 'GCS', t('Giấy chứng sinh hoặc văn bản của người làm chứng', 'Birth certificate from the health facility, or a witness statement'), true, {
        maxFiles: 2,
      }),
      scan(t, 'GCNKH', t('Giấy chứng nhận kết hôn của cha, mẹ', 'Marriage certificate of the parents'), false),
      scan(t, 'UQ', t('Văn bản ủy quyền', 'Authorisation'), false, {
        hint: t(
          'Chỉ khi nộp thay; không cần nếu người nộp là ông, bà hoặc người thân thích',
          'Only when filing for someone else; not needed for a grandparent or another relative',
        ),
      }),
    ],
    declaration: declaration(t),
    // A birth with a foreign element is a procedure of its own (1.001695): this one is for citizens.
    applicantTypes: ['citizen'],
    acceptsRepresentative: true,
  };
}
