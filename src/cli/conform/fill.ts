/**
 * A submission the checker can send: the form's required questions answered with sample data
 * that keeps to the form's own rules (lengths, bounds, patterns, options, conditions), and an
 * applicant of a type the form takes. What it cannot answer it names, so the report can say
 * which field needs `--submission`.
 */
import type { AddressValue, Applicant, Condition, Field, FormDefinition, GroupItemField } from '../../api/schemas.js';
import { conditionOf } from '../../api/schemas.js';

/** The sample applicant, a citizen whose identifiers pass the national checks. */
export const SAMPLE_CITIZEN = {
  fullName: 'Nguyễn Văn An',
  nationalId: '001190012345',
  phone: '0912345678',
  email: 'nguyen.van.an@example.vn',
};

const SAMPLES = {
  fullName: SAMPLE_CITIZEN.fullName,
  nationalId: SAMPLE_CITIZEN.nationalId,
  phone: SAMPLE_CITIZEN.phone,
  email: SAMPLE_CITIZEN.email,
  dateOfBirth: '1990-01-15',
  gender: 'nam',
  ethnicity: '01',
  nationality: 'VN',
  hometown: 'Xã Đông Anh, Thành phố Hà Nội',
  taxCode: '0100109106',
} as const;

/** Texts tried in turn against a field's pattern and lengths. */
const TEXT_CANDIDATES = [
  'Kiểm tra tuân thủ hợp đồng API',
  SAMPLE_CITIZEN.fullName,
  'Nguyen Van An',
  SAMPLE_CITIZEN.nationalId,
  SAMPLE_CITIZEN.phone,
  SAMPLE_CITIZEN.email,
  '0100109106',
  '12345',
  '1',
  'A',
  'KT-001',
  '2026',
];

export interface FillResult {
  answers: Record<string, unknown>;
  applicant: Applicant;
  /** Field ids the checker could not answer within their rules. */
  unanswerable: string[];
}

export function fillForm(form: FormDefinition, address: AddressValue | undefined): FillResult {
  const answers: Record<string, unknown> = {};
  const unanswerable: string[] = [];
  const fields = form.steps.flatMap((step) => step.fields);
  for (const field of fields) {
    if (!isVisible(field, answers, fields)) continue;
    if (!field.required && !(field.kind === 'group' && (field.minItems ?? 0) > 0)) continue;
    const value = field.kind === 'group' ? groupRows(field, address, unanswerable) : valueFor(field, address);
    if (value === undefined) unanswerable.push(field.id);
    else answers[field.id] = value;
  }
  // A later answer may hide an earlier question: send only what is still shown.
  for (const field of fields) if (field.id in answers && !isVisible(field, answers, fields)) delete answers[field.id];
  return { answers, applicant: applicantFor(form), unanswerable };
}

function groupRows(field: Field, address: AddressValue | undefined, unanswerable: string[]): unknown[] {
  const rows = Math.max(field.minItems ?? 0, 1);
  return Array.from({ length: rows }, () => {
    const row: Record<string, unknown> = {};
    for (const item of field.fields ?? []) {
      if (!item.required) continue;
      const value = valueFor(item, address);
      if (value === undefined) unanswerable.push(`${field.id}.${item.id}`);
      else row[item.id] = value;
    }
    return row;
  });
}

function valueFor(field: Field | GroupItemField, address: AddressValue | undefined): unknown {
  const prefilled = field.prefill && field.prefill in SAMPLES ? SAMPLES[field.prefill as keyof typeof SAMPLES] : undefined;
  switch (field.kind) {
    case 'section':
    case 'note':
    case 'group':
      return undefined;
    case 'checkbox':
      return true;
    case 'select':
    case 'radio':
      return field.options?.[0]?.value;
    case 'checkboxes':
      return field.options?.length ? [field.options[0]!.value] : undefined;
    case 'number': {
      const min = typeof field.min === 'number' ? field.min : 1;
      return typeof field.max === 'number' && field.max < min ? undefined : min;
    }
    case 'date': {
      const wanted = prefilled ?? '1990-01-15';
      if (typeof field.min === 'string' && wanted < field.min) return field.min;
      if (typeof field.max === 'string' && wanted > field.max) return field.max;
      return wanted;
    }
    case 'address':
      return address;
    case 'email':
      return text(field, [SAMPLE_CITIZEN.email]);
    case 'phone':
      return text(field, [SAMPLE_CITIZEN.phone]);
    case 'national-id':
      return text(field, [SAMPLE_CITIZEN.nationalId]);
    default:
      return text(field, prefilled ? [prefilled, ...TEXT_CANDIDATES] : TEXT_CANDIDATES);
  }
}

function text(field: Field | GroupItemField, candidates: readonly string[]): string | undefined {
  let pattern: RegExp | undefined;
  if (field.pattern) {
    try {
      pattern = new RegExp(field.pattern, 'u');
    } catch {
      try {
        pattern = new RegExp(field.pattern);
      } catch {
        pattern = undefined;
      }
    }
  }
  return candidates.find(
    (candidate) =>
      candidate.length >= (field.minLength ?? 0) &&
      candidate.length <= (field.maxLength ?? Infinity) &&
      (!pattern || pattern.test(candidate)),
  );
}

function applicantFor(form: FormDefinition): Applicant {
  const types = form.applicantTypes ?? ['citizen'];
  if (types.includes('citizen')) return { type: 'citizen', ...SAMPLE_CITIZEN };
  if (types.includes('business')) {
    return { type: 'business', fullName: 'Công ty TNHH Kiểm Tra', taxCode: SAMPLES.taxCode, phone: SAMPLE_CITIZEN.phone, email: SAMPLE_CITIZEN.email };
  }
  if (types.includes('organisation')) {
    return { type: 'organisation', fullName: 'Ủy ban nhân dân xã Kiểm Tra', organisationCode: '000.00.01.H22', phone: SAMPLE_CITIZEN.phone };
  }
  return { type: 'foreigner', fullName: 'KIM MIN JUN', passportNumber: 'M12345678', nationality: 'KR', phone: SAMPLE_CITIZEN.phone };
}

/** The form element's rule (docs/api.md, conditions): a leaf on a hidden or unknown field does not hold. */
function isVisible(field: Field, answers: Record<string, unknown>, fields: readonly Field[], seen = new Set<string>()): boolean {
  const condition = conditionOf(field);
  if (!condition) return true;
  if (seen.has(field.id)) return false;
  seen.add(field.id);
  return holds(condition, answers, fields, seen);
}

function holds(condition: Condition, answers: Record<string, unknown>, fields: readonly Field[], seen: Set<string>): boolean {
  if ('all' in condition) return condition.all.every((part) => holds(part, answers, fields, seen));
  if ('any' in condition) return condition.any.some((part) => holds(part, answers, fields, seen));
  if ('not' in condition) return !holds(condition.not, answers, fields, seen);
  const controller = fields.find((candidate) => candidate.id === condition.field);
  if (!controller || !isVisible(controller, answers, fields, new Set(seen))) return false;
  const value = answers[controller.id];
  const values = Array.isArray(value) ? value : [value];
  const filled = value !== undefined && value !== '' && value !== false && !(Array.isArray(value) && value.length === 0);
  if (Object.hasOwn(condition, 'equals')) {
    if (condition.equals === false && value === undefined) return true;
    if (!values.some((candidate) => candidate === condition.equals)) return false;
  }
  if (condition.in && !values.some((candidate) => condition.in!.includes(candidate))) return false;
  if (condition.filled !== undefined) return condition.filled === filled;
  if (!Object.hasOwn(condition, 'equals') && condition.in === undefined) return filled;
  return true;
}
