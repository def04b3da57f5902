/** Giấy đề nghị đăng ký hộ kinh doanh (Nghị định 168/2025/NĐ-CP). */
import type { FormDefinition } from '../../api/schemas.js';
import { BUSINESS_HOUSEHOLD } from '../well-known.js';
import { DECLARATION, FIRST_FORM_VERSION, GENDERS, emailField, fullNameField, nationalIdField, phoneField, scan } from './common.js';

export function businessHouseholdForm(): FormDefinition {
  return {
    procedureCode: BUSINESS_HOUSEHOLD,
    version: FIRST_FORM_VERSION,
    title: 'Giấy đề nghị đăng ký hộ kinh doanh',
    steps: [
      {
        id: 'chu-ho',
        title: 'Chủ hộ kinh doanh',
        fields: [
          fullNameField('ownerName', 'Họ và tên chủ hộ kinh doanh'),
          { id: 'ownerDateOfBirth', kind: 'date', label: 'Ngày sinh', required: true, prefill: 'dateOfBirth', min: '1920-01-01' },
          { id: 'ownerGender', kind: 'radio', label: 'Giới tính', required: true, prefill: 'gender', options: GENDERS },
          nationalIdField('ownerId'),
          phoneField('ownerPhone'),
          emailField('ownerEmail'),
          { id: 'ownerAddress', kind: 'address', label: 'Nơi thường trú', required: true, prefill: 'address' },
          {
            id: 'ownerKind',
            kind: 'radio',
            label: 'Hộ kinh doanh do',
            required: true,
            options: [
              { value: 'ca-nhan', label: 'Một cá nhân làm chủ' },
              { value: 'ho-gia-dinh', label: 'Các thành viên hộ gia đình làm chủ' },
            ],
          },
          {
            id: 'members',
            kind: 'textarea',
            label: 'Danh sách thành viên hộ gia đình',
            hint: 'Mỗi dòng một người: họ tên, số định danh cá nhân',
            required: true,
            minLength: 10,
            maxLength: 2000,
            visibleWhen: { field: 'ownerKind', equals: 'ho-gia-dinh' },
          },
        ],
      },
      {
        id: 'ho-kinh-doanh',
        title: 'Hộ kinh doanh',
        fields: [
          {
            id: 'businessName',
            kind: 'text',
            label: 'Tên hộ kinh doanh',
            hint: 'Gồm cụm từ "Hộ kinh doanh" và tên riêng, ví dụ: Hộ kinh doanh Bánh mì Hồng Hà',
            required: true,
            maxLength: 200,
            pattern: '^Hộ kinh doanh .+',
            patternMessage: 'Tên phải bắt đầu bằng "Hộ kinh doanh" và có tên riêng',
          },
          { id: 'businessAddress', kind: 'address', label: 'Địa điểm kinh doanh', required: true },
          phoneField('businessPhone', 'Điện thoại của hộ kinh doanh', false),
          {
            id: 'lines',
            kind: 'checkboxes',
            label: 'Ngành, nghề kinh doanh',
            required: true,
            options: [
              { value: '4711', label: 'Bán lẻ trong cửa hàng kinh doanh tổng hợp (tạp hóa)' },
              { value: '4722', label: 'Bán lẻ thực phẩm trong cửa hàng chuyên doanh' },
              { value: '5610', label: 'Nhà hàng và dịch vụ ăn uống phục vụ lưu động' },
              { value: '5630', label: 'Dịch vụ phục vụ đồ uống' },
              { value: '9631', label: 'Cắt tóc, làm đầu, gội đầu' },
              { value: '9521', label: 'Sửa chữa thiết bị điện tử gia dụng' },
              { value: '4933', label: 'Vận tải hàng hóa bằng đường bộ' },
            ],
          },
          { id: 'capital', kind: 'number', label: 'Vốn kinh doanh (đồng)', required: true, min: 1000000, max: 100000000000 },
          { id: 'employees', kind: 'number', label: 'Số lao động', min: 0, max: 500 },
          { id: 'startDate', kind: 'date', label: 'Ngày bắt đầu kinh doanh', min: '2025-07-01' },
          {
            id: 'taxNote',
            kind: 'note',
            label: 'Thông tin đăng ký hộ kinh doanh được chuyển sang cơ quan thuế để cấp mã số thuế; không phải kê khai thuế lần đầu riêng.',
          },
        ],
      },
    ],
    attachments: [
      scan('BBH', 'Biên bản họp thành viên hộ gia đình về việc thành lập hộ kinh doanh', false, {
        hint: 'Bắt buộc khi các thành viên hộ gia đình cùng làm chủ',
        templateUrl: `https://motcua.dev/templates/${BUSINESS_HOUSEHOLD}/BBH.docx`,
      }),
      scan('HDTM', 'Hợp đồng thuê, mượn địa điểm kinh doanh', false, { maxMb: 10, maxFiles: 3 }),
    ],
    declaration: `${DECLARATION} Tôi cam kết không đồng thời là chủ hộ kinh doanh khác, chủ doanh nghiệp tư nhân.`,
  };
}
