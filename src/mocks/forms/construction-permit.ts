/** Đơn đề nghị cấp giấy phép xây dựng (Mẫu số 01, Nghị định 175/2024/NĐ-CP) for a detached house. */
import type { FormDefinition } from '../../api/schemas.js';
import { CONSTRUCTION_PERMIT } from '../well-known.js';
import { FIRST_FORM_VERSION, emailField, fullNameField, nationalIdField, phoneField, scan, type Pick } from './common.js';

export function constructionPermitForm(t: Pick): FormDefinition {
  return {
    procedureCode: CONSTRUCTION_PERMIT,
    version: FIRST_FORM_VERSION,
    title: t('Đơn đề nghị cấp giấy phép xây dựng nhà ở riêng lẻ', 'Application for a building permit for a detached house'),
    description: t(
      'Áp dụng cho nhà ở riêng lẻ dưới 7 tầng của hộ gia đình, cá nhân.',
      'For detached houses of fewer than 7 storeys built by households and individuals.',
    ),
    steps: [
      {
        id: 'chu-dau-tu',
        title: t('Chủ đầu tư', 'Owner'),
        fields: [
          fullNameField('ownerName', t('Tên chủ đầu tư (chủ hộ)', 'Name of the owner (head of household)')),
          nationalIdField(t, 'ownerId'),
          phoneField(t, 'ownerPhone'),
          emailField(t, 'ownerEmail'),
          { id: 'ownerAddress', kind: 'address', label: t('Địa chỉ liên hệ', 'Contact address'), required: true, prefill: 'address' },
        ],
      },
      {
        id: 'cong-trinh',
        title: t('Địa điểm và quy mô công trình', 'Site and size of the building'),
        fields: [
          { id: 'siteSection', kind: 'section', label: t('Địa điểm xây dựng', 'Building site') },
          { id: 'siteAddress', kind: 'address', label: t('Địa chỉ lô đất', 'Address of the plot'), required: true },
          {
            // A house may stand on adjoining parcels: each as on its land use right certificate.
            id: 'parcels',
            kind: 'group',
            label: t('Các thửa đất xây dựng', 'Land parcels of the site'),
            hint: t('Khai từng thửa như trong Giấy chứng nhận quyền sử dụng đất', 'Each parcel as on its land use right certificate'),
            itemLabel: t('Thửa đất', 'Parcel'),
            required: true,
            minItems: 1,
            maxItems: 10,
            fields: [
              {
                id: 'parcelNumber',
                kind: 'text',
                label: t('Thửa đất số', 'Parcel number'),
                required: true,
                pattern: '^[0-9]{1,5}$',
                patternMessage: t(
                  'Số thửa gồm 1 đến 5 chữ số, theo Giấy chứng nhận quyền sử dụng đất',
                  'The parcel number has 1 to 5 digits, as on the land use right certificate',
                ),
              },
              {
                id: 'mapSheet',
                kind: 'text',
                label: t('Tờ bản đồ số', 'Map sheet number'),
                required: true,
                pattern: '^[0-9]{1,4}$',
                patternMessage: t('Số tờ bản đồ gồm 1 đến 4 chữ số', 'The map sheet number has 1 to 4 digits'),
              },
              { id: 'area', kind: 'number', label: t('Diện tích thửa (m²)', 'Area of the parcel (m²)'), required: true, min: 15, max: 10000 },
            ],
          },
          { id: 'scaleSection', kind: 'section', label: t('Quy mô công trình', 'Size of the building') },
          {
            id: 'buildingKind',
            kind: 'select',
            label: t('Loại công trình', 'Kind of building'),
            required: true,
            options: [
              { value: 'nha-pho', label: t('Nhà ở riêng lẻ liền kề (nhà phố)', 'Terraced house (town house)') },
              { value: 'biet-thu', label: t('Nhà biệt thự', 'Villa') },
              { value: 'nha-vuon', label: t('Nhà vườn', 'Garden house') },
            ],
          },
          { id: 'floors', kind: 'number', label: t('Số tầng (không kể tầng hầm)', 'Storeys (basement excluded)'), required: true, min: 1, max: 6 },
          { id: 'buildingArea', kind: 'number', label: t('Diện tích xây dựng tầng 1 (m²)', 'Ground floor area (m²)'), required: true, min: 10, max: 10000 },
          { id: 'totalFloorArea', kind: 'number', label: t('Tổng diện tích sàn (m²)', 'Total floor area (m²)'), required: true, min: 10, max: 60000 },
          { id: 'height', kind: 'number', label: t('Chiều cao công trình (m)', 'Height of the building (m)'), required: true, min: 3, max: 30 },
          { id: 'hasBasement', kind: 'checkbox', label: t('Có tầng hầm', 'Has a basement') },
          {
            id: 'basementArea',
            kind: 'number',
            label: t('Diện tích tầng hầm (m²)', 'Basement area (m²)'),
            required: true,
            min: 10,
            max: 10000,
            visibleWhen: { field: 'hasBasement', equals: true },
          },
        ],
      },
      {
        id: 'thiet-ke',
        title: t('Thiết kế và thi công', 'Design and construction'),
        fields: [
          {
            id: 'designUnit',
            kind: 'text',
            label: t('Tổ chức, cá nhân thiết kế', 'Designer (organisation or person)'),
            hint: t(
              'Để trống nếu hộ gia đình tự thiết kế nhà dưới 3 tầng, tổng diện tích sàn dưới 250 m²',
              'Leave it empty when the household designs a house of fewer than 3 storeys and under 250 m² of floor area itself',
            ),
            maxLength: 200,
          },
          {
            id: 'designerCertificate',
            kind: 'text',
            label: t('Số chứng chỉ hành nghề của chủ nhiệm thiết kế', 'Practising certificate number of the lead designer'),
            required: true,
            pattern: '^[A-Z]{3}-[0-9]{8}$',
            patternMessage: t('Ví dụ: HAN-00012345', 'For example: HAN-00012345'),
            visibleWhen: { field: 'designUnit', filled: true },
          },
          { id: 'startDate', kind: 'date', label: t('Dự kiến ngày khởi công', 'Planned start of works'), required: true, min: '2025-07-01', max: '2030-12-31' },
          { id: 'durationMonths', kind: 'number', label: t('Thời gian thi công dự kiến (tháng)', 'Planned duration of works (months)'), required: true, min: 1, max: 36 },
          {
            id: 'description',
            kind: 'textarea',
            label: t('Mô tả ngắn về công trình', 'Short description of the building'),
            hint: t('Kết cấu, vật liệu chính, hệ thống thoát nước', 'Structure, main materials, drainage'),
            maxLength: 2000,
          },
        ],
      },
    ],
    attachments: [
      scan(t, 'QSDD', t('Giấy chứng nhận quyền sử dụng đất', 'Land use right certificate'), true, { maxMb: 10, maxFiles: 2 }),
      scan(t, 'BVTK', t('Bản vẽ thiết kế xây dựng', 'Construction drawings'), true, {
        maxMb: 20,
        maxFiles: 5,
        accept: ['application/pdf'],
        hint: t(
          'Mặt bằng, mặt cắt, mặt đứng và móng; chỉ PDF, tối đa 20 MB mỗi tệp',
          'Plan, sections, elevations and foundations; PDF only, at most 20 MB per file',
        ),
      }),
      scan(t, 'CKAT', t('Bản cam kết bảo đảm an toàn đối với công trình liền kề', 'Undertaking on the safety of adjacent buildings'), false, {
        templateUrl: `https://motcua.dev/templates/${CONSTRUCTION_PERMIT}/CKAT.docx`,
      }),
    ],
    declaration: t(
      'Tôi xin cam đoan làm theo đúng giấy phép được cấp, nếu sai tôi xin hoàn toàn chịu trách nhiệm và bị xử lý theo quy định của pháp luật.',
      'I undertake to build as the permit says; otherwise I am fully responsible and liable to be dealt with under the law.',
    ),
    applicantTypes: ['citizen', 'business', 'organisation', 'foreigner'],
    acceptsRepresentative: true,
  };
}
