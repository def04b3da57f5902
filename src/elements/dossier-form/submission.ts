/**
 * From answers to a `DossierSubmission`, and back from the server's verdicts: pure
 * functions the element composes. Kept apart so the rules (hidden fields are not sent,
 * where the applicant's identity comes from, how a 422 path finds its field, what a new
 * form version changed) can be read and tested on their own.
 */
import type {
  AddressValue,
  Applicant,
  DossierSubmission,
  Field,
  FieldError,
  FormDefinition,
  PrefillKey,
} from '../../api/schemas.js';
import { normalizeVietnamesePhone } from '../../i18n/format.js';
import { hasAnswer, isAddress, normalizeNationalId, submittedValue, type AnswerValue, type Answers } from './answers.js';
import type { StoredAttachment } from '../shared/uploads.js';

/** Applicant data a host may supply (e.g. from a VNeID login): the contract's prefill keys. */
export type ApplicantPrefill = { [K in PrefillKey]?: K extends 'address' ? AddressValue : string };

export function allFields(definition: FormDefinition): Field[] {
  return definition.steps.flatMap((step) => step.fields);
}

/** Answers to send: visible fields with something to send, as the back end expects them. */
export function submittedAnswers(definition: FormDefinition, answers: Answers, visible: ReadonlySet<string>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const field of allFields(definition)) {
    if (!visible.has(field.id) || !hasAnswer(field)) continue;
    const value = submittedValue(field, answers[field.id]);
    if (value !== undefined) result[field.id] = value;
  }
  return result;
}

/**
 * Who applies: the answers of the visible fields that carry the matching prefill key
 * (the applicant may have corrected them), else what the host supplied.
 */
export function applicantOf(
  definition: FormDefinition,
  sent: Record<string, unknown>,
  supplied: ApplicantPrefill | undefined,
): Applicant {
  const pick = (key: 'fullName' | 'nationalId' | 'phone' | 'email'): string | undefined => {
    for (const field of allFields(definition)) {
      const value = sent[field.id];
      if (field.prefill === key && typeof value === 'string' && value !== '') return value;
    }
    const fallback = supplied?.[key]?.trim();
    if (!fallback) return undefined;
    if (key === 'phone') return normalizeVietnamesePhone(fallback) ?? fallback;
    if (key === 'nationalId') return normalizeNationalId(fallback);
    return fallback;
  };
  const applicant: Applicant = {
    fullName: pick('fullName') ?? '',
    nationalId: pick('nationalId') ?? '',
    phone: pick('phone') ?? '',
  };
  const email = pick('email');
  if (email) applicant.email = email;
  return applicant;
}

export function buildSubmission(
  definition: FormDefinition,
  answers: Answers,
  visible: ReadonlySet<string>,
  uploaded: Record<string, StoredAttachment[]>,
  supplied: ApplicantPrefill | undefined,
  caseId: string | undefined,
): DossierSubmission {
  const sent = submittedAnswers(definition, answers, visible);
  const submission: DossierSubmission = {
    procedureCode: definition.procedureCode,
    formVersion: definition.version,
    answers: sent,
    attachments: definition.attachments.flatMap((requirement) =>
      (uploaded[requirement.documentCode] ?? []).map((attachment) => ({
        documentCode: requirement.documentCode,
        attachmentId: attachment.id,
      })),
    ),
    delivery: 'online',
    applicant: applicantOf(definition, sent, supplied),
  };
  const effectiveCase = caseId ?? definition.caseId;
  if (effectiveCase) submission.caseId = effectiveCase;
  return submission;
}

/** The answer a prefill key gives a field, when the host's value fits the field. */
export function prefillValue(field: Field, supplied: ApplicantPrefill | undefined): AnswerValue | undefined {
  if (!field.prefill || !supplied) return undefined;
  const value = supplied[field.prefill];
  if (value === undefined) return undefined;
  if (field.kind === 'address') return isAddress(value) ? { ...value } : undefined;
  if (typeof value !== 'string' || value === '') return undefined;
  if (field.kind === 'select' || field.kind === 'radio') {
    // `gender: "nu"` or `gender: "Nữ"` both choose the option "Nữ".
    const wanted = value.toLocaleLowerCase('vi');
    return field.options?.find((option) => option.value === value || option.label.toLocaleLowerCase('vi') === wanted)?.value;
  }
  return value;
}

/** Answers filled from the host's applicant data, only where nothing was answered yet. */
export function withPrefill(definition: FormDefinition, answers: Answers, supplied: ApplicantPrefill | undefined): Answers {
  let result = answers;
  for (const field of allFields(definition)) {
    if (answers[field.id] !== undefined) continue;
    const value = prefillValue(field, supplied);
    if (value === undefined) continue;
    if (result === answers) result = { ...answers };
    result[field.id] = value;
  }
  return result;
}

/** Answers of an older version kept for the new one: same id and same kind, nothing else. */
export function carryOver(previous: FormDefinition, next: FormDefinition, answers: Answers): Answers {
  const before = new Map(allFields(previous).map((field) => [field.id, field.kind]));
  const kept: Answers = {};
  for (const field of allFields(next)) {
    if (answers[field.id] !== undefined && before.get(field.id) === field.kind) kept[field.id] = answers[field.id];
  }
  return kept;
}

export interface VersionChange {
  /** Labels of the questions and documents that are gone. */
  removed: string[];
  /** Labels of the questions and documents that are new. */
  added: string[];
}

export function compareVersions(previous: FormDefinition, next: FormDefinition): VersionChange {
  const questions = (definition: FormDefinition) =>
    new Map(allFields(definition).filter(hasAnswer).map((field) => [`${field.id}\u0000${field.kind}`, field.label]));
  const documents = (definition: FormDefinition) =>
    new Map(definition.attachments.map((requirement) => [`\u0001${requirement.documentCode}`, requirement.name]));
  const before = new Map([...questions(previous), ...documents(previous)]);
  const after = new Map([...questions(next), ...documents(next)]);
  return {
    removed: [...before].filter(([key]) => !after.has(key)).map(([, label]) => label),
    added: [...after].filter(([key]) => !before.has(key)).map(([, label]) => label),
  };
}

export interface MappedErrors {
  /** Field id → server message. */
  fields: Map<string, string>;
  /** Document code → server message. */
  documents: Map<string, string>;
  /** Errors no question or document of the form can show. */
  other: FieldError[];
}

/**
 * Puts each server error where the applicant can fix it: `answers.<id>[.…]` on the
 * question, `attachments.<code>` on the document, `applicant.<key>` on the visible
 * question that supplies it.
 */
export function mapServerErrors(definition: FormDefinition, errors: readonly FieldError[], visible: ReadonlySet<string>): MappedErrors {
  const fields = new Map<string, string>();
  const documents = new Map<string, string>();
  const other: FieldError[] = [];
  const byId = new Map(allFields(definition).map((field) => [field.id, field]));
  for (const error of errors) {
    const [root, key] = error.field.split(/[./]/).filter(Boolean);
    let fieldId: string | undefined;
    if (root === 'answers' && key && byId.has(key) && visible.has(key)) fieldId = key;
    if (root === 'applicant' && key) {
      fieldId = allFields(definition).find((field) => field.prefill === key && visible.has(field.id))?.id;
    }
    if (fieldId !== undefined) {
      if (!fields.has(fieldId)) fields.set(fieldId, error.message);
    } else if (root === 'attachments' && key && definition.attachments.some((a) => a.documentCode === key)) {
      if (!documents.has(key)) documents.set(key, error.message);
    } else {
      other.push(error);
    }
  }
  return { fields, documents, other };
}
