/**
 * The server's own check of a submission against its form: a back end never trusts the
 * browser, so the mock re-validates and answers 422 with field paths the form can map back.
 *
 * Field ids come from the form and answers from the applicant, so neither is ever looked up
 * as a property of a plain object: answers are read as own properties only, fields are kept in
 * Maps, and a field called `__proto__`, `constructor` or `toString` is a field like any other.
 */
import {
  conditionOf,
  type Applicant,
  type Condition,
  type DossierSubmission,
  type Field,
  type FieldError,
  type FormDefinition,
  type GroupItemField,
  type VisibleWhen,
} from '../api/schemas.js';
import { nationalIdProblem, ORGANISATION_CODE_PATTERN, PASSPORT_PATTERN, taxCodeProblem } from '../api/identifiers.js';
import { fieldError, type Locale } from './problems.js';
import { isCommuneOf } from './units.js';
import { dateVn, parseDateVn } from './time.js';
import type { AttachmentStore } from './attachments.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type AnyField = Field | GroupItemField;
type Answers = Readonly<Record<string, unknown>>;

/** The answer under `id`, if the applicant gave one: never a property inherited from Object.prototype. */
export function own(answers: unknown, id: string): unknown {
  return answers !== null && typeof answers === 'object' && Object.hasOwn(answers, id) ? (answers as Answers)[id] : undefined;
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === '' || value === false) return true;
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

function isPlainObject(value: unknown): value is Answers {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** `equals: false` also matches a checkbox never touched; for a multiple choice any chosen option matches. */
function sameValue(candidate: unknown, expected: unknown): boolean {
  return candidate === expected || (expected === false && (candidate === undefined || candidate === null));
}

/** A leaf as the form element reads it: equals and in compare values, filled tests presence, no operator means filled. */
export function leafHolds(leaf: VisibleWhen, value: unknown): boolean {
  const values = Array.isArray(value) ? value : [value];
  const hasEquals = Object.hasOwn(leaf, 'equals');
  if (hasEquals && !values.some((candidate) => sameValue(candidate, leaf.equals))) return false;
  if (leaf.in !== undefined && !values.some((candidate) => leaf.in!.some((option) => sameValue(candidate, option)))) return false;
  if (leaf.filled !== undefined) return leaf.filled === !isEmpty(value);
  if (!hasEquals && leaf.in === undefined) return !isEmpty(value);
  return true;
}

/** Fields in scope (a row of a group, or the form), their answers, and the scope around them. */
interface Scope {
  fields: Map<string, AnyField>;
  answers: unknown;
  outer?: Scope;
  memo: Map<string, boolean>;
}

/**
 * Which fields are visible. A leaf names a field of its own row first, else a top-level field;
 * a field whose controlling field is hidden is hidden too, and a condition naming an unknown
 * field, or a cycle, hides the field (the form element does the same).
 */
class Visibility {
  readonly #visiting = new Set<AnyField>();

  visible(field: AnyField, scope: Scope): boolean {
    const known = scope.memo.get(field.id);
    if (known !== undefined) return known;
    const condition = conditionOf(field);
    if (!condition) return true;
    if (this.#visiting.has(field)) return false;
    this.#visiting.add(field);
    const result = this.holds(condition, scope);
    this.#visiting.delete(field);
    scope.memo.set(field.id, result);
    return result;
  }

  holds(condition: Condition, scope: Scope): boolean {
    if (Object.hasOwn(condition, 'all')) return (condition as { all: Condition[] }).all.every((part) => this.holds(part, scope));
    if (Object.hasOwn(condition, 'any')) return (condition as { any: Condition[] }).any.some((part) => this.holds(part, scope));
    if (Object.hasOwn(condition, 'not')) return !this.holds((condition as { not: Condition }).not, scope);
    const leaf = condition as VisibleWhen;
    let where: Scope | undefined = scope;
    while (where && !where.fields.has(leaf.field)) where = where.outer;
    if (!where) return false;
    const controller = where.fields.get(leaf.field) as AnyField;
    return this.visible(controller, where) && leafHolds(leaf, own(where.answers, leaf.field));
  }
}

function scopeOf(fields: readonly AnyField[], answers: unknown, outer?: Scope): Scope {
  const scope: Scope = { fields: new Map(), answers, memo: new Map() };
  if (outer) scope.outer = outer;
  for (const field of fields) scope.fields.set(field.id, field);
  return scope;
}

interface Check {
  locale: Locale;
  today: string;
  errors: FieldError[];
}

function checkField(field: AnyField, value: unknown, path: string, check: Check, visibility: Visibility, scope: Scope): void {
  const fail = (code: string, vi: string, en: string): void => {
    check.errors.push(fieldError(path, code, { vi, en }, check.locale));
  };
  if (field.kind === 'group') {
    checkGroup(field as Field, value, path, check, visibility, scope);
    return;
  }
  if (isEmpty(value)) {
    if (field.required) fail('required', `Chưa nhập ${field.label.toLowerCase()}`, `${field.label} is required`);
    return;
  }
  switch (field.kind) {
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return fail('type', 'Phải là một số', 'Must be a number');
      if (typeof field.min === 'number' && value < field.min) return fail('min', `Không nhỏ hơn ${field.min}`, `At least ${field.min}`);
      if (typeof field.max === 'number' && value > field.max) return fail('max', `Không lớn hơn ${field.max}`, `At most ${field.max}`);
      return;
    }
    case 'date': {
      if (typeof value !== 'string' || parseDateVn(value) === undefined) return fail('type', 'Ngày không hợp lệ', 'Not a valid date');
      if (typeof field.min === 'string' && value < field.min) return fail('min', `Không trước ngày ${field.min}`, `Not before ${field.min}`);
      if (typeof field.max === 'string' && value > field.max) {
        return value > check.today && field.max >= check.today
          ? fail('max', 'Ngày này chưa đến', 'This date is in the future')
          : fail('max', `Không sau ngày ${field.max}`, `Not after ${field.max}`);
      }
      return;
    }
    case 'checkbox':
      return value === true ? undefined : fail('type', 'Giá trị không hợp lệ', 'Invalid value');
    case 'checkboxes': {
      const allowed = new Set(field.options?.map((option) => option.value));
      if (!Array.isArray(value) || value.some((item) => typeof item !== 'string' || !allowed.has(item))) {
        fail('option', 'Lựa chọn không hợp lệ', 'Invalid choice');
      }
      return;
    }
    case 'select':
    case 'radio':
      return field.options?.some((option) => option.value === value) ? undefined : fail('option', 'Lựa chọn không hợp lệ', 'Invalid choice');
    case 'address': {
      const province = own(value, 'provinceCode');
      const commune = own(value, 'communeCode');
      const street = own(value, 'street');
      if (!isPlainObject(value) || typeof province !== 'string' || typeof commune !== 'string') {
        return fail('address', 'Chưa chọn đủ tỉnh/thành phố và xã/phường', 'Choose a province and a commune');
      }
      if (!isCommuneOf(province, commune)) {
        return fail('address', 'Xã/phường không thuộc tỉnh/thành phố đã chọn', 'The commune is not in the chosen province');
      }
      if (field.required && (typeof street !== 'string' || !street.trim())) {
        return fail('required', 'Chưa nhập số nhà, đường/thôn', 'Enter the house number and street');
      }
      return;
    }
    case 'section':
    case 'note':
      return;
    default: {
      if (typeof value !== 'string') return fail('type', 'Giá trị không hợp lệ', 'Invalid value');
      const text = value.trim();
      if (field.minLength !== undefined && text.length < field.minLength) {
        return fail('minLength', `Tối thiểu ${field.minLength} ký tự`, `At least ${field.minLength} characters`);
      }
      if (field.maxLength !== undefined && text.length > field.maxLength) {
        return fail('maxLength', `Tối đa ${field.maxLength} ký tự`, `At most ${field.maxLength} characters`);
      }
      if (field.kind === 'email' && !EMAIL.test(text)) return fail('email', 'Thư điện tử không hợp lệ', 'Not a valid email address');
      const candidate = field.kind === 'phone' ? text.replace(/[\s.-]/g, '') : text;
      if (field.pattern && !new RegExp(field.pattern).test(candidate)) {
        return fail('pattern', field.patternMessage ?? 'Không đúng định dạng', field.patternMessage ?? 'Wrong format');
      }
      if (field.kind === 'national-id' && nationalIdProblem(candidate, Number(check.today.slice(0, 4))) !== null) {
        return fail('national-id', 'Số định danh cá nhân không hợp lệ', 'Not a valid personal identification number');
      }
    }
  }
}

/** A repeating group: an array of rows, each row's visible fields checked in the row's scope. */
function checkGroup(field: Field, value: unknown, path: string, check: Check, visibility: Visibility, outer: Scope): void {
  const fail = (where: string, code: string, vi: string, en: string): void => {
    check.errors.push(fieldError(where, code, { vi, en }, check.locale));
  };
  if (value !== undefined && value !== null && !Array.isArray(value)) return fail(path, 'type', 'Giá trị không hợp lệ', 'Invalid value');
  const rows = (value ?? []) as unknown[];
  const least = Math.max(field.minItems ?? 0, field.required ? 1 : 0);
  if (rows.length === 0 && least > 0 && field.required) {
    return fail(path, 'required', `Chưa nhập ${field.label.toLowerCase()}`, `${field.label} is required`);
  }
  if (rows.length < least) return fail(path, 'minItems', `Cần ít nhất ${least} mục`, `At least ${least} entries`);
  if (field.maxItems !== undefined && rows.length > field.maxItems) {
    return fail(path, 'maxItems', `Tối đa ${field.maxItems} mục`, `At most ${field.maxItems} entries`);
  }
  const children = field.fields ?? [];
  rows.forEach((row, index) => {
    const rowPath = `${path}.${index}`;
    if (!isPlainObject(row)) return fail(rowPath, 'type', 'Giá trị không hợp lệ', 'Invalid value');
    const scope = scopeOf(children, row, outer);
    for (const child of children) {
      if (visibility.visible(child, scope)) checkField(child, own(row, child.id), `${rowPath}.${child.id}`, check, visibility, scope);
    }
  });
}

/** The answers of the fields a submission shows, checked the way the form says; top level and rows alike. */
function checkAnswers(form: FormDefinition, answers: unknown, check: Check): void {
  const fields = form.steps.flatMap((step) => step.fields);
  const scope = scopeOf(fields, answers);
  const visibility = new Visibility();
  for (const field of fields) {
    if (visibility.visible(field, scope)) checkField(field, own(answers, field.id), `answers.${field.id}`, check, visibility, scope);
  }
}

/** The identifier each applicant type needs, the representative, and that the form takes this applicant. */
function checkApplicant(form: FormDefinition, applicant: Applicant, attachments: AttachmentStore, procedureCode: string, check: Check): void {
  const fail = (path: string, code: string, vi: string, en: string): void => {
    check.errors.push(fieldError(path, code, { vi, en }, check.locale));
  };
  const year = Number(check.today.slice(0, 4));
  const type = applicant.type ?? 'citizen';
  if (!(form.applicantTypes ?? ['citizen']).includes(type)) {
    fail('applicant.type', 'option', 'Thủ tục này không nhận hồ sơ của đối tượng đã chọn', 'This procedure does not take applications from this kind of applicant');
  }
  if (type === 'citizen' && !applicant.nationalId) fail('applicant.nationalId', 'required', 'Chưa nhập số định danh cá nhân', 'Enter the personal identification number');
  if (applicant.nationalId && nationalIdProblem(applicant.nationalId, year) !== null) {
    fail('applicant.nationalId', 'national-id', 'Số định danh cá nhân không hợp lệ', 'Not a valid personal identification number');
  }
  if (type === 'business' && !applicant.taxCode) fail('applicant.taxCode', 'required', 'Chưa nhập mã số thuế', 'Enter the tax code');
  if (applicant.taxCode && taxCodeProblem(applicant.taxCode) !== null) {
    fail('applicant.taxCode', 'tax-code', 'Mã số thuế không đúng (sai chữ số kiểm tra)', 'Not a valid tax code (its check digit is wrong)');
  }
  if (type === 'organisation' && !applicant.organisationCode) {
    fail('applicant.organisationCode', 'required', 'Chưa nhập mã cơ quan, tổ chức', 'Enter the organisation’s code');
  }
  if (applicant.organisationCode && !ORGANISATION_CODE_PATTERN.test(applicant.organisationCode)) {
    fail('applicant.organisationCode', 'pattern', 'Mã cơ quan, tổ chức không đúng định dạng', 'Not a valid organisation code');
  }
  if (type === 'foreigner') {
    if (!applicant.passportNumber) fail('applicant.passportNumber', 'required', 'Chưa nhập số hộ chiếu', 'Enter the passport number');
    if (!applicant.nationality) fail('applicant.nationality', 'required', 'Chưa chọn quốc tịch', 'Choose the nationality');
  }
  if (applicant.passportNumber && !PASSPORT_PATTERN.test(applicant.passportNumber)) {
    fail('applicant.passportNumber', 'pattern', 'Số hộ chiếu không đúng định dạng', 'Not a valid passport number');
  }
  const representative = applicant.representative;
  if (!representative) return;
  if (!form.acceptsRepresentative) {
    fail('applicant.representative', 'not-accepted', 'Thủ tục này không nhận hồ sơ nộp thay', 'This procedure cannot be filed on someone’s behalf');
    return;
  }
  if (!representative.nationalId && !representative.passportNumber) {
    fail('applicant.representative.nationalId', 'required', 'Chưa nhập giấy tờ tùy thân của người đại diện', 'Enter the representative’s identity document');
  }
  if (representative.nationalId && nationalIdProblem(representative.nationalId, year) !== null) {
    fail('applicant.representative.nationalId', 'national-id', 'Số định danh cá nhân không hợp lệ', 'Not a valid personal identification number');
  }
  const authorisation = representative.authorisation;
  if (representative.basis === 'authorised' && !authorisation) {
    fail('applicant.representative.authorisation', 'required', 'Chưa đính kèm văn bản ủy quyền', 'Attach the authorisation');
    return;
  }
  if (!authorisation) return;
  const stored = attachments.get(authorisation.attachmentId);
  if (!stored || stored.procedureCode !== procedureCode) {
    fail('applicant.representative.authorisation', 'unknown-attachment', 'Văn bản ủy quyền chưa được tải lên', 'The authorisation has not been uploaded');
  }
  if (authorisation.validUntil && authorisation.validUntil < check.today) {
    fail('applicant.representative.authorisation', 'expired', 'Văn bản ủy quyền đã hết hiệu lực', 'The authorisation has expired');
  }
}

/**
 * Field errors of a submission; empty when the office would accept it. `answers` is the body's
 * own object (zod's record drops a `__proto__` key); `now` gives today in Vietnam.
 */
export function validateSubmission(
  form: FormDefinition,
  submission: DossierSubmission,
  answers: unknown,
  attachments: AttachmentStore,
  locale: Locale,
  now: number,
): FieldError[] {
  const check: Check = { locale, today: dateVn(now), errors: [] };
  checkAnswers(form, answers, check);
  checkApplicant(form, submission.applicant, attachments, form.procedureCode, check);
  const topLevel = new Set(form.steps.flatMap((step) => step.fields.map((field) => field.id)));
  submission.prefill?.forEach((record, index) => {
    if (!topLevel.has(record.field)) {
      check.errors.push(fieldError(`prefill.${index}`, 'unknown-field', { vi: 'Trường không có trong biểu mẫu', en: 'No such field in the form' }, locale));
    }
  });
  for (const requirement of form.attachments) {
    const given = submission.attachments.filter((a) => a.documentCode === requirement.documentCode);
    const path = `attachments.${requirement.documentCode}`;
    if (requirement.required && given.length === 0) {
      check.errors.push(fieldError(path, 'required', { vi: `Chưa đính kèm ${requirement.name}`, en: `Attach ${requirement.name}` }, locale));
      continue;
    }
    if (given.length > requirement.maxFiles) {
      check.errors.push(fieldError(path, 'maxFiles', { vi: `Tối đa ${requirement.maxFiles} tệp`, en: `At most ${requirement.maxFiles} files` }, locale));
    }
    for (const item of given) {
      const stored = attachments.get(item.attachmentId);
      if (!stored || stored.documentCode !== requirement.documentCode) {
        check.errors.push(
          fieldError(path, 'unknown-attachment', { vi: 'Tệp đính kèm không tồn tại, vui lòng tải lên lại', en: 'The attachment is missing; upload it again' }, locale),
        );
      }
    }
  }
  return check.errors;
}
