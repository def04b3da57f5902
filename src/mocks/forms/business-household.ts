/** Giấy đề nghị đăng ký hộ kinh doanh (Nghị định 168/2025/NĐ-CP). */
import type { FormDefinition, GroupItemField } from '../../api/schemas.js';
import { BUSINESS_HOUSEHOLD } from '../well-known.js';
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

export function businessHouseholdForm(t: Pick, today: string): FormDefinition {
  return {
    procedureCode: BUSINESS_HOUSEHOLD,
    version: FIRST_FORM_VERSION,
    title: t('Giấy đề nghị đăng ký hộ kinh doanh', 'Application to register a household business'),
    steps: [
      {
        id: 'chu-ho',
        title: t('Chủ hộ kinh doanh', 'Owner of the household business'),
        fields: [
          fullNameField('ownerName', t('Họ và tên chủ hộ kinh doanh', 'Full name of the owner')),
          birthDateField(t, 'ownerDateOfBirth', t('Ngày sinh', 'Date of birth'), today, { prefill: 'dateOfBirth', min: '1920-01-01' }),
          { id: 'ownerGender', kind: 'radio', label: t('Giới tính', 'Sex'), required: true, prefill: 'gender', options: genders(t) },
          nationalIdField(t, 'ownerId'),
          phoneField(t, 'ownerPhone'),
          emailField(t, 'ownerEmail'),
          { id: 'ownerAddress', kind: 'address', label: t('Nơi thường trú', 'Permanent residence'), required: true, prefill: 'address' },
          {
            id: 'ownerKind',
            kind: 'radio',
            label: t('Hộ kinh doanh do', 'The household business is owned by'),
            required: true,
            options: [
              { value: 'ca-nhan', label: t('Một cá nhân làm chủ', 'One individual') },
              { value: 'ho-gia-dinh', label: t('Các thành viên hộ gia đình làm chủ', 'The members of a household') },
            ],
          },
          {
            // The household's members who own the business with the owner (Nghị định 168/2025/NĐ-CP, art. 82).
            id: 'members',
            kind: 'group',
            label: t('Thành viên hộ gia đình cùng làm chủ', 'Household members who own the business'),
            hint: t('Không kê khai chủ hộ kinh doanh', 'Do not list the owner'),
            itemLabel: t('Thành viên', 'Member'),
            minItems: 1,
            maxItems: 10,
            required: true,
            visibleWhen: { field: 'ownerKind', equals: 'ho-gia-dinh' },
            fields: [
              fullNameField('name', t('Họ, chữ đệm và tên', 'Full name'), false) as GroupItemField,
              birthDateField(t, 'dateOfBirth', t('Ngày sinh', 'Date of birth'), today, { min: '1920-01-01' }) as GroupItemField,
              nationalIdField(t, 'nationalId', undefined, false) as GroupItemField,
              { id: 'contributes', kind: 'checkbox', label: t('Có góp vốn', 'Contributes capital') },
              {
                id: 'capital',
                kind: 'number',
                label: t('Số vốn góp (đồng)', 'Capital contributed (dong)'),
                required: true,
                min: 1000000,
                // Row-scoped: the box of the same member.
                visibleWhen: { all: [{ field: 'contributes', equals: true }, { field: 'ownerKind', equals: 'ho-gia-dinh' }] },
              },
            ],
          },
        ],
      },
      {
        id: 'ho-kinh-doanh',
        title: t('Hộ kinh doanh', 'The business'),
        fields: [
          {
            id: 'businessName',
            kind: 'text',
            label: t('Tên hộ kinh doanh', 'Name of the household business'),
            hint: t(
              'Gồm cụm từ "Hộ kinh doanh" và tên riêng, ví dụ: Hộ kinh doanh Bánh mì Hồng Hà',
              'The words "Hộ kinh doanh" and a proper name, for example: Hộ kinh doanh Bánh mì Hồng Hà',
            ),
            required: true,
            maxLength: 200,
            pattern: '^Hộ kinh doanh .+',
            patternMessage: t(
              'Tên phải bắt đầu bằng "Hộ kinh doanh" và có tên riêng',
              'The name must start with "Hộ kinh doanh" followed by a proper name',
            ),
          },
          { id: 'businessAddress', kind: 'address', label: t('Địa điểm kinh doanh', 'Place of business'), required: true },
          phoneField(t, 'businessPhone', t('Điện thoại của hộ kinh doanh', 'Phone of the business'), false),
          {
            id: 'lines',
            kind: 'checkboxes',
            label: t('Ngành, nghề kinh doanh', 'Lines of business'),
            required: true,
            options: [
              { value: '4711', label: t('Bán lẻ trong cửa hàng kinh doanh tổng hợp (tạp hóa)', 'Retail in a general store (grocery)') },
              { value: '4722', label: t('Bán lẻ thực phẩm trong cửa hàng chuyên doanh', 'Retail of food in a specialised store') },
              { value: '5610', label: t('Nhà hàng và dịch vụ ăn uống phục vụ lưu động', 'Restaurants and mobile food service') },
              { value: '5630', label: t('Dịch vụ phục vụ đồ uống', 'Beverage serving') },
              { value: '9631', label: t('Cắt tóc, làm đầu, gội đầu', 'Hairdressing') },
              { value: '9521', label: t('Sửa chữa thiết bị điện tử gia dụng', 'Repair of household electronics') },
              { value: '4933', label: t('Vận tải hàng hóa bằng đường bộ', 'Freight transport by road') },
            ],
          },
          { id: 'capital', kind: 'number', label: t('Vốn kinh doanh (đồng)', 'Business capital (dong)'), required: true, min: 1000000, max: 100000000000 },
          { id: 'employees', kind: 'number', label: t('Số lao động', 'Number of workers'), min: 0, max: 500 },
          { id: 'startDate', kind: 'date', label: t('Ngày bắt đầu kinh doanh', 'Start of business'), min: '2025-07-01' },
          {
            id: 'taxNote',
            kind: 'note',
            label: t(
              'Thông tin đăng ký hộ kinh doanh được chuyển sang cơ quan thuế để cấp mã số thuế; không phải kê khai thuế lần đầu riêng.',
              'The registration is passed to the tax authority, which issues the tax code; no separate first tax declaration is needed.',
            ),
          },
        ],
      },
    ],
    attachments: [
      scan(t, 'BBH', t('Biên bản họp thành viên hộ gia đình về việc thành lập hộ kinh doanh', 'Minutes of the household members’ meeting founding the business'), false, {
        hint: t('Bắt buộc khi các thành viên hộ gia đình cùng làm chủ', 'Required when the members of a household own the business'),
        templateUrl: `https://motcua.dev/templates/${BUSINESS_HOUSEHOLD}/BBH.docx`,
      }),
      scan(t, 'HDTM', t('Hợp đồng thuê, mượn địa điểm kinh doanh', 'Lease or loan of the place of business'), false, { maxMb: 10, maxFiles: 3 }),
    ],
    declaration: `${declaration(t)} ${t(
      'Tôi cam kết không đồng thời là chủ hộ kinh doanh khác, chủ doanh nghiệp tư nhân.',
      'I undertake that I do not also own another household business or a private enterprise.',
    )}`,
    applicantTypes: ['citizen'],
    acceptsRepresentative: true,
  };
}
