/**
 * From answers to a `DossierSubmission`, and back from the server's verdicts: pure
 * functions the submission composes. Kept apart so the rules (hidden fields are not sent,
 * where the applicant's identity comes from, how a 422 path finds its field) can be read and
 * tested on their own. Loaded with the review page (`later.ts`).
 */
import type { Applicant, DossierSubmission, FieldError, FormDefinition } from '../../api/schemas.js';
import { nfc, withoutInvisibles } from '../../i18n/normalize.js';
import type { StoredAttachment } from '../shared/uploads.js';
import { hasAnswer, normalizedPhone, normalizeNationalId, submittedValue, type Answers } from './answers.js';
import { allFields, type ApplicantPrefill } from './prefill.js';

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
