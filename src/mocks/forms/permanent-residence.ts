/** Tờ khai thay đổi thông tin cư trú (Mẫu CT01) for a permanent residence registration. */
import type { FormDefinition } from '../../api/schemas.js';
import { PERMANENT_RESIDENCE } from '../well-known.js';
import { DECLARATION, FIRST_FORM_VERSION, GENDERS, emailField, fullNameField, nationalIdField, phoneField, scan } from './common.js';

const OWNED_ELSEWHERE = ['thue-muon', 'nguoi-than'];

export function permanentResidenceForm(): FormDefinition {
  return {
    procedureCode: PERMANENT_RESIDENCE,
    version: FIRST_FORM_VERSION,
    title: 'Tờ khai thay đổi thông tin cư trú (CT01) - Đăng ký thường trú',
    steps: [
      {
        id: 'nguoi-dang-ky',
        title: 'Người đăng ký',
        fields: [
          fullNameField('fullName', 'Họ, chữ đệm và tên'),
          { id: 'dateOfBirth', kind: 'date', label: 'Ngày, tháng, năm sinh', required: true, prefill: 'dateOfBirth', min: '1900-01-01' },
          { id: 'gender', kind: 'radio', label: 'Giới tính', required: true, prefill: 'gender', options: GENDERS },
          nationalIdField('nationalId'),
          phoneField('phone'),
          emailField('email'),
        ],
      },
      {
        id: 'noi-thuong-tru',
        title: 'Nơi đăng ký thường trú',
        fields: [
          { id: 'newAddress', kind: 'address', label: 'Địa chỉ đăng ký thường trú', required: true },
          {
            id: 'basis',
            kind: 'radio',
            label: 'Chỗ ở hợp pháp thuộc',
            required: true,
            options: [
              { value: 'so-huu', label: 'Sở hữu của người đăng ký' },
              { value: 'thue-muon', label: 'Thuê, mượn, ở nhờ' },
              { value: 'nguoi-than', label: 'Nhập vào hộ của người thân' },
            ],
          },
          { id: 'ownerSection', kind: 'section', label: 'Chủ hộ, chủ sở hữu chỗ ở', visibleWhen: { field: 'basis', in: OWNED_ELSEWHERE } },
          { id: 'ownerName', kind: 'text', label: 'Họ và tên chủ hộ', required: true, maxLength: 100, visibleWhen: { field: 'basis', in: OWNED_ELSEWHERE } },
          {
            ...nationalIdField('ownerId', 'Số định danh cá nhân của chủ hộ', false),
            visibleWhen: { field: 'basis', in: OWNED_ELSEWHERE },
          },
          {
            id: 'relationToOwner',
            kind: 'select',
            label: 'Quan hệ với chủ hộ',
            required: true,
            options: [
              { value: 'vo-chong', label: 'Vợ, chồng' },
              { value: 'con', label: 'Con' },
              { value: 'cha-me', label: 'Cha, mẹ' },
              { value: 'anh-chi-em', label: 'Anh, chị, em ruột' },
              { value: 'ong-ba', label: 'Ông, bà' },
              { value: 'chau', label: 'Cháu ruột' },
            ],
            visibleWhen: { field: 'basis', equals: 'nguoi-than' },
          },
          {
            id: 'floorAreaPerPerson',
            kind: 'number',
            label: 'Diện tích sàn bình quân (m²/người)',
            hint: 'Tối thiểu 8 m² sàn/người đối với chỗ ở thuê, mượn, ở nhờ',
            required: true,
            min: 8,
            max: 1000,
            visibleWhen: { field: 'basis', equals: 'thue-muon' },
          },
          {
            id: 'ownerConsent',
            kind: 'checkbox',
            label: 'Chủ hộ, chủ sở hữu đã đồng ý cho đăng ký (xác nhận trên ứng dụng VNeID hoặc văn bản)',
            required: true,
            visibleWhen: { field: 'basis', in: OWNED_ELSEWHERE },
          },
          {
            id: 'alsoRegister',
            kind: 'checkboxes',
            label: 'Đăng ký cùng',
            hint: 'Người chưa thành niên đi cùng cần có ý kiến đồng ý của cha, mẹ',
            options: [
              { value: 'vo-chong', label: 'Vợ hoặc chồng' },
              { value: 'con-chua-thanh-nien', label: 'Con chưa thành niên' },
              { value: 'cha-me', label: 'Cha, mẹ' },
            ],
          },
          { id: 'previousAddress', kind: 'address', label: 'Nơi thường trú trước khi chuyển đến', prefill: 'address' },
          { id: 'reason', kind: 'textarea', label: 'Lý do chuyển đến', maxLength: 1000 },
          {
            id: 'vneidNote',
            kind: 'note',
            label: 'Kết quả được cập nhật vào Cơ sở dữ liệu về cư trú; công dân tra cứu trên ứng dụng VNeID, không cấp sổ hộ khẩu.',
          },
        ],
      },
    ],
    attachments: [
      scan('CMCO', 'Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp', true, { maxMb: 10, maxFiles: 3 }),
      scan('QHNT', 'Giấy tờ chứng minh quan hệ nhân thân với chủ hộ', false),
    ],
    declaration: DECLARATION,
  };
}
