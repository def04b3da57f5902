/** Đơn đề nghị cấp giấy phép xây dựng (Mẫu số 01, Nghị định 175/2024/NĐ-CP) for a detached house. */
import type { FormDefinition } from '../../api/schemas.js';
import { CONSTRUCTION_PERMIT } from '../well-known.js';
import { DECLARATION, FIRST_FORM_VERSION, emailField, fullNameField, nationalIdField, phoneField, scan } from './common.js';

export function constructionPermitForm(): FormDefinition {
  return {
    procedureCode: CONSTRUCTION_PERMIT,
    version: FIRST_FORM_VERSION,
    title: 'Đơn đề nghị cấp giấy phép xây dựng nhà ở riêng lẻ',
    description: 'Áp dụng cho nhà ở riêng lẻ dưới 7 tầng của hộ gia đình, cá nhân.',
    steps: [
      {
        id: 'chu-dau-tu',
        title: 'Chủ đầu tư',
        fields: [
          fullNameField('ownerName', 'Tên chủ đầu tư (chủ hộ)'),
          nationalIdField('ownerId'),
          phoneField('ownerPhone'),
          emailField('ownerEmail'),
          { id: 'ownerAddress', kind: 'address', label: 'Địa chỉ liên hệ', required: true, prefill: 'address' },
        ],
      },
      {
        id: 'cong-trinh',
        title: 'Địa điểm và quy mô công trình',
        fields: [
          { id: 'siteSection', kind: 'section', label: 'Địa điểm xây dựng' },
          { id: 'siteAddress', kind: 'address', label: 'Địa chỉ lô đất', required: true },
          {
            id: 'landParcel',
            kind: 'text',
            label: 'Thửa đất số',
            required: true,
            pattern: '^[0-9]{1,5}$',
            patternMessage: 'Số thửa gồm 1 đến 5 chữ số, theo Giấy chứng nhận quyền sử dụng đất',
          },
          {
            id: 'mapSheet',
            kind: 'text',
            label: 'Tờ bản đồ số',
            required: true,
            pattern: '^[0-9]{1,4}$',
            patternMessage: 'Số tờ bản đồ gồm 1 đến 4 chữ số',
          },
          { id: 'landArea', kind: 'number', label: 'Diện tích lô đất (m²)', required: true, min: 15, max: 10000 },
          { id: 'scaleSection', kind: 'section', label: 'Quy mô công trình' },
          {
            id: 'buildingKind',
            kind: 'select',
            label: 'Loại công trình',
            required: true,
            options: [
              { value: 'nha-pho', label: 'Nhà ở riêng lẻ liền kề (nhà phố)' },
              { value: 'biet-thu', label: 'Nhà biệt thự' },
              { value: 'nha-vuon', label: 'Nhà vườn' },
            ],
          },
          { id: 'floors', kind: 'number', label: 'Số tầng (không kể tầng hầm)', required: true, min: 1, max: 6 },
          { id: 'buildingArea', kind: 'number', label: 'Diện tích xây dựng tầng 1 (m²)', required: true, min: 10, max: 10000 },
          { id: 'totalFloorArea', kind: 'number', label: 'Tổng diện tích sàn (m²)', required: true, min: 10, max: 60000 },
          { id: 'height', kind: 'number', label: 'Chiều cao công trình (m)', required: true, min: 3, max: 30 },
          { id: 'hasBasement', kind: 'checkbox', label: 'Có tầng hầm' },
          {
            id: 'basementArea',
            kind: 'number',
            label: 'Diện tích tầng hầm (m²)',
            required: true,
            min: 10,
            max: 10000,
            visibleWhen: { field: 'hasBasement', equals: true },
          },
        ],
      },
      {
        id: 'thiet-ke',
        title: 'Thiết kế và thi công',
        fields: [
          {
            id: 'designUnit',
            kind: 'text',
            label: 'Tổ chức, cá nhân thiết kế',
            hint: 'Để trống nếu hộ gia đình tự thiết kế nhà dưới 3 tầng, tổng diện tích sàn dưới 250 m²',
            maxLength: 200,
          },
          {
            id: 'designerCertificate',
            kind: 'text',
            label: 'Số chứng chỉ hành nghề của chủ nhiệm thiết kế',
            required: true,
            pattern: '^[A-Z]{3}-[0-9]{8}$',
            patternMessage: 'Ví dụ: HAN-00012345',
            visibleWhen: { field: 'designUnit', filled: true },
          },
          { id: 'startDate', kind: 'date', label: 'Dự kiến ngày khởi công', required: true, min: '2025-07-01', max: '2030-12-31' },
          { id: 'durationMonths', kind: 'number', label: 'Thời gian thi công dự kiến (tháng)', required: true, min: 1, max: 36 },
          {
            id: 'description',
            kind: 'textarea',
            label: 'Mô tả ngắn về công trình',
            hint: 'Kết cấu, vật liệu chính, hệ thống thoát nước',
            maxLength: 2000,
          },
        ],
      },
    ],
    attachments: [
      scan('QSDD', 'Giấy chứng nhận quyền sử dụng đất', true, { maxMb: 10, maxFiles: 2 }),
      scan('BVTK', 'Bản vẽ thiết kế xây dựng', true, {
        maxMb: 20,
        maxFiles: 5,
        accept: ['application/pdf'],
        hint: 'Mặt bằng, mặt cắt, mặt đứng và móng; chỉ PDF, tối đa 20 MB mỗi tệp',
      }),
      scan('CKAT', 'Bản cam kết bảo đảm an toàn đối với công trình liền kề', false, {
        templateUrl: `https://motcua.dev/templates/${CONSTRUCTION_PERMIT}/CKAT.docx`,
      }),
    ],
    declaration:
      'Tôi xin cam đoan làm theo đúng giấy phép được cấp, nếu sai tôi xin hoàn toàn chịu trách nhiệm và bị xử lý theo quy định của pháp luật.',
  };
}
