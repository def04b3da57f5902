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
import { nfc, withoutInvisibles } from '../../i18n/normalize.js';
import { addressOf, hasAnswer, isAddress, normalizedPhone, normalizeNationalId, submittedValue, type AnswerValue, type Answers } from './answers.js';
import type { StoredAttachment } from '../shared/uploads.js';

/** Applicant data a host may supply (e.g. from a VNeID login): the contract's prefill keys. */
export type ApplicantPrefill = { [K in PrefillKey]?: K extends 'address' ? AddressValue : string };

export function allFields(definition: FormDefinition): Field[] {
  return definition.steps.flatMap((step) => step.fields);
}

/**
 * Answers to send: visible fields with something to send, as the back end expects them.
 * A null-prototype object, so a field called `__proto__` is a key like any other and
 * `JSON.stringify` sends it.
 */
export function submittedAnswers(definition: FormDefinition, answers: Answers, visible: ReadonlySet<string>): Record<string, unknown> {
  const result: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const field of allFields(definition)) {
    if (!visible.has(field.id) || !hasAnswer(field)) continue;
    const value = submittedValue(field, answers.get(field.id));
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
      const value = Object.hasOwn(sent, field.id) ? sent[field.id] : undefined;
      if (field.prefill === key && typeof value === 'string' && value !== '') return value;
    }
    // The host's data is normalised as the applicant's answers are.
    const given = supplied?.[key];
    const fallback = typeof given === 'string' ? nfc(given).trim() : '';
    if (!fallback) return undefined;
    if (key === 'phone') return normalizedPhone(fallback) ?? fallback;
    if (key === 'nationalId') return normalizeNationalId(fallback);
    if (key === 'email') return withoutInvisibles(fallback);
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
  uploaded: ReadonlyMap<string, readonly StoredAttachment[]>,
  supplied: ApplicantPrefill | undefined,
  caseId: string | undefined,
): DossierSubmission {
  const sent = submittedAnswers(definition, answers, visible);
  const submission: DossierSubmission = {
    procedureCode: definition.procedureCode,
    formVersion: definition.version,
    answers: sent,
    attachments: definition.attachments.flatMap((requirement) =>
      (uploaded.get(requirement.documentCode) ?? []).map((attachment) => ({
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
  // A host may leave out the street of an address: it is then empty, not missing.
  if (field.kind === 'address') return isAddress(value) ? addressOf(value) : undefined;
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
  let result: Map<string, AnswerValue> | undefined;
  for (const field of allFields(definition)) {
    if (answers.has(field.id)) continue;
    const value = prefillValue(field, supplied);
    if (value === undefined) continue;
    (result ??= new Map(answers)).set(field.id, value);
  }
  return result ?? answers;
}

/**
 * What a later version of a form needs to know of an earlier one: its questions (id, kind,
 * label) and documents (code, name). A draft keeps it, so that a draft written for an
 * older version is carried over as a 409 carries the answers over.
 */
export interface FormShape {
  version: string;
  /** `[id, kind, label]` of each question that has an answer. */
  questions: Array<[id: string, kind: Field['kind'], label: string]>;
  /** `[documentCode, name]` of each document asked for. */
  documents: Array<[code: string, name: string]>;
}

export function shapeOf(definition: FormDefinition): FormShape {
  return {
    version: definition.version,
    questions: allFields(definition)
      .filter(hasAnswer)
      .map((field) => [field.id, field.kind, field.label]),
    documents: definition.attachments.map((requirement) => [requirement.documentCode, requirement.name]),
  };
}

/** Answers of an older version kept for the new one: same id and same kind, nothing else. */
export function carryOver(previous: FormShape, next: FormDefinition, answers: Answers): Answers {
  const before = new Map(previous.questions.map(([id, kind]) => [id, kind]));
  const kept = new Map<string, AnswerValue>();
  for (const field of allFields(next)) {
    const value = answers.get(field.id);
    if (value !== undefined && before.get(field.id) === field.kind) kept.set(field.id, value);
  }
  return kept;
}

export interface VersionChange {
  /** Labels of the questions and documents that are gone. */
  removed: string[];
  /** Labels of the questions and documents that are new. */
  added: string[];
}

export function compareVersions(previous: FormShape, next: FormShape): VersionChange {
  const entries = (shape: FormShape) =>
    new Map([
      ...shape.questions.map(([id, kind, label]): [string, string] => [`${id}\u0000${kind}`, label]),
      ...shape.documents.map(([code, name]): [string, string] => [`\u0001${code}`, name]),
    ]);
  const before = entries(previous);
  const after = entries(next);
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
