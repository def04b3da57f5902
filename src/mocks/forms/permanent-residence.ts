/** Tờ khai thay đổi thông tin cư trú (Mẫu CT01) for a permanent residence registration. */
import type { FormDefinition } from '../../api/schemas.js';
import { PERMANENT_RESIDENCE } from '../well-known.js';
import {
  FIRST_FORM_VERSION,
  birthDateField,
  declaration,
  emailField,
  fullNameField,
  genders,
  nationalIdField,
  phoneField,
  scan,
  type Pick,
} from './common.js';

const OWNED_ELSEWHERE = ['thue-muon', 'nguoi-than'];

export function permanentResidenceForm(t: Pick, today: string): FormDefinition {
  return {
    procedureCode: PERMANENT_RESIDENCE,
    version: FIRST_FORM_VERSION,
    title: t('Tờ khai thay đổi thông tin cư trú (CT01) - Đăng ký thường trú', 'Residence information form (CT01): permanent residence registration'),
    steps: [
      {
        id: 'nguoi-dang-ky',
        title: t('Người đăng ký', 'Applicant'),
        fields: [
          fullNameField('fullName', t('Họ, chữ đệm và tên', 'Full name')),
          birthDateField(t, 'dateOfBirth', t('Ngày, tháng, năm sinh', 'Date of birth'), today, { prefill: 'dateOfBirth' }),
          { id: 'gender', kind: 'radio', label: t('Giới tính', 'Sex'), required: true, prefill: 'gender', options: genders(t) },
          nationalIdField(t, 'nationalId'),
          phoneField(t, 'phone'),
          emailField(t, 'email'),
        ],
      },
      {
        id: 'noi-thuong-tru',
        title: t('Nơi đăng ký thường trú', 'Place of permanent residence'),
        fields: [
          { id: 'newAddress', kind: 'address', label: t('Địa chỉ đăng ký thường trú', 'Address to register'), required: true },
          {
            id: 'basis',
            kind: 'radio',
            label: t('Chỗ ở hợp pháp thuộc', 'The lawful residence is'),
            required: true,
            options: [
              { value: 'so-huu', label: t('Sở hữu của người đăng ký', 'Owned by the applicant') },
              { value: 'thue-muon', label: t('Thuê, mượn, ở nhờ', 'Rented, borrowed or lodged in') },
              { value: 'nguoi-than', label: t('Nhập vào hộ của người thân', 'Joining a relative’s household') },
            ],
          },
          {
            id: 'ownerSection',
            kind: 'section',
            label: t('Chủ hộ, chủ sở hữu chỗ ở', 'Head of household or owner of the residence'),
            visibleWhen: { field: 'basis', in: OWNED_ELSEWHERE },
          },
          {
            id: 'ownerName',
            kind: 'text',
            label: t('Họ và tên chủ hộ', 'Full name of the head of household'),
            required: true,
            maxLength: 100,
            visibleWhen: { field: 'basis', in: OWNED_ELSEWHERE },
          },
          {
            ...nationalIdField(t, 'ownerId', t('Số định danh cá nhân của chủ hộ', 'Personal identification number of the head of household'), false),
            visibleWhen: { field: 'basis', in: OWNED_ELSEWHERE },
          },
          {
            id: 'relationToOwner',
            kind: 'select',
            label: t('Quan hệ với chủ hộ', 'Relationship to the head of household'),
            required: true,
            options: [
              { value: 'vo-chong', label: t('Vợ, chồng', 'Spouse') },
              { value: 'con', label: t('Con', 'Child') },
              { value: 'cha-me', label: t('Cha, mẹ', 'Parent') },
              { value: 'anh-chi-em', label: t('Anh, chị, em ruột', 'Sibling') },
              { value: 'ong-ba', label: t('Ông, bà', 'Grandparent') },
              { value: 'chau', label: t('Cháu ruột', 'Grandchild, niece or nephew') },
            ],
            visibleWhen: { field: 'basis', equals: 'nguoi-than' },
          },
          {
            id: 'floorAreaPerPerson',
            kind: 'number',
            label: t('Diện tích sàn bình quân (m²/người)', 'Floor area per person (m²)'),
            hint: t(
              'Tối thiểu 8 m² sàn/người đối với chỗ ở thuê, mượn, ở nhờ',
              'At least 8 m² of floor per person in a rented, borrowed or lodged-in residence',
            ),
            required: true,
            min: 8,
            max: 1000,
            visibleWhen: { field: 'basis', equals: 'thue-muon' },
          },
          {
            id: 'ownerConsent',
            kind: 'checkbox',
            label: t(
              'Chủ hộ, chủ sở hữu đã đồng ý cho đăng ký (xác nhận trên ứng dụng VNeID hoặc văn bản)',
              'The head of household or owner agreed to the registration (confirmed in the VNeID app or in writing)',
            ),
            required: true,
            visibleWhen: { field: 'basis', in: OWNED_ELSEWHERE },
          },
          {
            id: 'alsoRegister',
            kind: 'checkboxes',
            label: t('Đăng ký cùng', 'Register together with'),
            hint: t(
              'Người chưa thành niên đi cùng cần có ý kiến đồng ý của cha, mẹ',
              'A minor who moves too needs the consent of a parent',
            ),
            options: [
              { value: 'vo-chong', label: t('Vợ hoặc chồng', 'Spouse') },
              { value: 'con-chua-thanh-nien', label: t('Con chưa thành niên', 'Minor children') },
              { value: 'cha-me', label: t('Cha, mẹ', 'Parents') },
            ],
          },
          {
            id: 'previousAddress',
            kind: 'address',
            label: t('Nơi thường trú trước khi chuyển đến', 'Previous permanent residence'),
            prefill: 'address',
          },
          { id: 'reason', kind: 'textarea', label: t('Lý do chuyển đến', 'Reason for moving'), maxLength: 1000 },
          {
            id: 'vneidNote',
            kind: 'note',
            label: t(
              'Kết quả được cập nhật vào Cơ sở dữ liệu về cư trú; công dân tra cứu trên ứng dụng VNeID, không cấp sổ hộ khẩu.',
              'The result is recorded in the residence database; look it up in the VNeID app. No household book is issued.',
            ),
          },
        ],
      },
    ],
    attachments: [
      scan(t, 'CMCO', t('Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp', 'Proof of the lawful residence'), true, { maxMb: 10, maxFiles: 3 }),
      scan(t, 'QHNT', t('Giấy tờ chứng minh quan hệ nhân thân với chủ hộ', 'Proof of the relationship with the head of household'), false),
    ],
    declaration: declaration(t),
    applicantTypes: ['citizen'],
  };
}
