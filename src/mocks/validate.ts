/**
 * The server's own check of a submission against its form: a back end never trusts the
 * browser, so the mock re-validates and answers 422 with field paths the form can map back.
 */
import type { DossierSubmission, Field, FieldError, FormDefinition, VisibleWhen } from '../api/schemas.js';
import { fieldError, type Locale } from './problems.js';
import { isCommuneOf } from './units.js';
import { parseDateVn } from './time.js';
import type { AttachmentStore } from './attachments.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === '' || value === false) return true;
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

export function isVisible(condition: VisibleWhen | undefined, answers: Record<string, unknown>): boolean {
  if (!condition) return true;
  const value = answers[condition.field];
  if (condition.filled !== undefined) return condition.filled ? !isEmpty(value) : isEmpty(value);
  if (condition.in) return condition.in.includes(value);
  if ('equals' in condition) return value === condition.equals;
  return true;
}

function checkField(field: Field, value: unknown, locale: Locale): FieldError | undefined {
  const path = `answers.${field.id}`;
  const error = (code: string, vi: string, en: string) => fieldError(path, code, { vi, en }, locale);
  if (isEmpty(value)) {
    return field.required ? error('required', `Chưa nhập ${field.label.toLowerCase()}`, `${field.label} is required`) : undefined;
  }
  switch (field.kind) {
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return error('type', 'Phải là một số', 'Must be a number');
      if (typeof field.min === 'number' && value < field.min) return error('min', `Không nhỏ hơn ${field.min}`, `At least ${field.min}`);
      if (typeof field.max === 'number' && value > field.max) return error('max', `Không lớn hơn ${field.max}`, `At most ${field.max}`);
      return undefined;
    }
    case 'date': {
      if (typeof value !== 'string' || parseDateVn(value) === undefined) return error('type', 'Ngày không hợp lệ', 'Not a valid date');
      if (typeof field.min === 'string' && value < field.min) return error('min', `Không trước ngày ${field.min}`, `Not before ${field.min}`);
      if (typeof field.max === 'string' && value > field.max) return error('max', `Không sau ngày ${field.max}`, `Not after ${field.max}`);
      return undefined;
    }
    case 'checkbox':
      return value === true ? undefined : error('type', 'Giá trị không hợp lệ', 'Invalid value');
    case 'checkboxes': {
      const allowed = new Set(field.options?.map((option) => option.value));
      if (!Array.isArray(value) || value.some((item) => !allowed.has(item as string))) {
        return error('option', 'Lựa chọn không hợp lệ', 'Invalid choice');
      }
      return undefined;
    }
    case 'select':
    case 'radio':
      return field.options?.some((option) => option.value === value) ? undefined : error('option', 'Lựa chọn không hợp lệ', 'Invalid choice');
    case 'address': {
      const address = value as { provinceCode?: unknown; communeCode?: unknown; street?: unknown };
      if (typeof address !== 'object' || typeof address.provinceCode !== 'string' || typeof address.communeCode !== 'string') {
        return error('address', 'Chưa chọn đủ tỉnh/thành phố và xã/phường', 'Choose a province and a commune');
      }
      if (!isCommuneOf(address.provinceCode, address.communeCode)) {
        return error('address', 'Xã/phường không thuộc tỉnh/thành phố đã chọn', 'The commune is not in the chosen province');
      }
      if (field.required && (typeof address.street !== 'string' || !address.street.trim())) {
        return error('required', 'Chưa nhập số nhà, đường/thôn', 'Enter the house number and street');
      }
      return undefined;
    }
    case 'section':
    case 'note':
      return undefined;
    default: {
      if (typeof value !== 'string') return error('type', 'Giá trị không hợp lệ', 'Invalid value');
      const text = value.trim();
      if (field.minLength !== undefined && text.length < field.minLength) {
        return error('minLength', `Tối thiểu ${field.minLength} ký tự`, `At least ${field.minLength} characters`);
      }
      if (field.maxLength !== undefined && text.length > field.maxLength) {
        return error('maxLength', `Tối đa ${field.maxLength} ký tự`, `At most ${field.maxLength} characters`);
      }
      if (field.kind === 'email' && !EMAIL.test(text)) return error('email', 'Thư điện tử không hợp lệ', 'Not a valid email address');
      const candidate = field.kind === 'phone' ? text.replace(/[\s.-]/g, '') : text;
      if (field.pattern && !new RegExp(field.pattern).test(candidate)) {
        return error('pattern', field.patternMessage ?? 'Không đúng định dạng', field.patternMessage ?? 'Wrong format');
      }
      return undefined;
    }
  }
}

/** Field errors of a submission; empty when the office would accept it. */
export function validateSubmission(
  form: FormDefinition,
  submission: DossierSubmission,
  attachments: AttachmentStore,
  locale: Locale,
): FieldError[] {
  const errors: FieldError[] = [];
  const answers = submission.answers;
  for (const step of form.steps) {
    for (const field of step.fields) {
      if (!isVisible(field.visibleWhen, answers)) continue;
      const problem = checkField(field, answers[field.id], locale);
      if (problem) errors.push(problem);
    }
  }
  for (const requirement of form.attachments) {
    const given = submission.attachments.filter((a) => a.documentCode === requirement.documentCode);
    const path = `attachments.${requirement.documentCode}`;
    if (requirement.required && given.length === 0) {
      errors.push(fieldError(path, 'required', { vi: `Chưa đính kèm ${requirement.name}`, en: `Attach ${requirement.name}` }, locale));
      continue;
    }
    if (given.length > requirement.maxFiles) {
      errors.push(fieldError(path, 'maxFiles', { vi: `Tối đa ${requirement.maxFiles} tệp`, en: `At most ${requirement.maxFiles} files` }, locale));
    }
    for (const item of given) {
      const stored = attachments.get(item.attachmentId);
      if (!stored || stored.documentCode !== requirement.documentCode) {
        errors.push(fieldError(path, 'unknown-attachment', { vi: 'Tệp đính kèm không tồn tại, vui lòng tải lên lại', en: 'The attachment is missing; upload it again' }, locale));
      }
    }
  }
  return errors;
}
