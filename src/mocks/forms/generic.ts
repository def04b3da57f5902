/**
 * The form every other online procedure gets: who applies, what they ask for, and one
 * attachment slot per document of the chosen case.
 */
import type { FormDefinition, ProcedureCase } from '../../api/schemas.js';
import type { ProcedureDetailBase } from '../catalogue.js';
import { FIRST_FORM_VERSION, birthDateField, declaration, emailField, fullNameField, nationalIdField, phoneField, scan, type Pick } from './common.js';

export function genericForm(detail: ProcedureDetailBase, procedureCase: ProcedureCase, t: Pick, today: string): FormDefinition {
  const business = detail.audiences.includes('business') && !detail.audiences.includes('citizen');
  return {
    procedureCode: detail.code,
    version: FIRST_FORM_VERSION,
    title: `${t('Tờ khai', 'Form')}: ${detail.name}`,
    steps: [
      {
        id: 'nguoi-nop',
        title: t('Người nộp hồ sơ', 'Applicant'),
        fields: [
          fullNameField('applicantName', business ? t('Họ và tên người đại diện', 'Full name of the representative') : t('Họ, chữ đệm và tên', 'Full name')),
          birthDateField(t, 'dateOfBirth', t('Ngày sinh', 'Date of birth'), today, { prefill: 'dateOfBirth' }),
          nationalIdField(t, 'applicantId'),
          phoneField(t, 'applicantPhone'),
          emailField(t, 'applicantEmail'),
          { id: 'applicantAddress', kind: 'address', label: t('Địa chỉ liên hệ', 'Contact address'), required: true, prefill: 'address' },
          ...(business
            ? [
                {
                  id: 'organisationName',
                  kind: 'text' as const,
                  label: t('Tên tổ chức, doanh nghiệp', 'Name of the organisation or enterprise'),
                  required: true,
                  maxLength: 200,
                },
                {
                  id: 'taxCode',
                  kind: 'text' as const,
                  label: t('Mã số doanh nghiệp', 'Enterprise code (tax code)'),
                  required: true,
                  pattern: '^[0-9]{10}(-[0-9]{3})?$',
                  patternMessage: t(
                    'Mã số doanh nghiệp gồm 10 chữ số, hoặc 13 ký tự với đơn vị phụ thuộc',
                    'The enterprise code has 10 digits, or 13 characters for a dependent unit',
                  ),
                  prefill: 'taxCode' as const,
                },
              ]
            : []),
        ],
      },
      {
        id: 'noi-dung',
        title: t('Nội dung đề nghị', 'Request'),
        fields: [
          {
            id: 'request',
            kind: 'textarea',
            label: t('Nội dung đề nghị', 'Request'),
            hint: t('Trình bày ngắn gọn yêu cầu và lý do', 'State briefly what you ask for and why'),
            required: true,
            minLength: 10,
            maxLength: 2000,
          },
          { id: 'copies', kind: 'number', label: t('Số bản kết quả đề nghị cấp', 'Copies of the result'), min: 1, max: 10 },
        ],
      },
    ],
    attachments: procedureCase.documents.map((document) => {
      const options: { templateUrl?: string } = {};
      if (document.templateUrl) options.templateUrl = document.templateUrl;
      return scan(t, document.code, document.name, document.required, options);
    }),
    declaration: declaration(t),
    applicantTypes: business ? ['citizen', 'business', 'organisation'] : ['citizen', 'foreigner'],
    acceptsRepresentative: true,
  };
}
