/**
 * The form every other online procedure gets: who applies, what they ask for, and one
 * attachment slot per document of the chosen case.
 */
import type { FormDefinition, ProcedureCase } from '../../api/schemas.js';
import type { ProcedureDetailBase } from '../catalogue.js';
import { DECLARATION, FIRST_FORM_VERSION, emailField, fullNameField, nationalIdField, phoneField, scan } from './common.js';

export function genericForm(detail: ProcedureDetailBase, procedureCase: ProcedureCase): FormDefinition {
  const business = detail.audiences.includes('business') && !detail.audiences.includes('citizen');
  return {
    procedureCode: detail.code,
    version: FIRST_FORM_VERSION,
    title: `Tờ khai: ${detail.name}`,
    steps: [
      {
        id: 'nguoi-nop',
        title: 'Người nộp hồ sơ',
        fields: [
          fullNameField('applicantName', business ? 'Họ và tên người đại diện' : 'Họ, chữ đệm và tên'),
          { id: 'dateOfBirth', kind: 'date', label: 'Ngày sinh', required: true, prefill: 'dateOfBirth', min: '1900-01-01' },
          nationalIdField('applicantId'),
          phoneField('applicantPhone'),
          emailField('applicantEmail'),
          { id: 'applicantAddress', kind: 'address', label: 'Địa chỉ liên hệ', required: true, prefill: 'address' },
          ...(business
            ? [
                {
                  id: 'organisationName',
                  kind: 'text' as const,
                  label: 'Tên tổ chức, doanh nghiệp',
                  required: true,
                  maxLength: 200,
                },
                {
                  id: 'taxCode',
                  kind: 'text' as const,
                  label: 'Mã số doanh nghiệp',
                  required: true,
                  pattern: '^[0-9]{10}(-[0-9]{3})?$',
                  patternMessage: 'Mã số doanh nghiệp gồm 10 chữ số, hoặc 13 ký tự với đơn vị phụ thuộc',
                },
              ]
            : []),
        ],
      },
      {
        id: 'noi-dung',
        title: 'Nội dung đề nghị',
        fields: [
          {
            id: 'request',
            kind: 'textarea',
            label: 'Nội dung đề nghị',
            hint: 'Trình bày ngắn gọn yêu cầu và lý do',
            required: true,
            minLength: 10,
            maxLength: 2000,
          },
          { id: 'copies', kind: 'number', label: 'Số bản kết quả đề nghị cấp', min: 1, max: 10 },
        ],
      },
    ],
    attachments: procedureCase.documents.map((document) => {
      const options: { templateUrl?: string } = {};
      if (document.templateUrl) options.templateUrl = document.templateUrl;
      return scan(document.code, document.name, document.required, options);
    }),
    declaration: DECLARATION,
  };
}
