/**
 * From answers to a `DossierSubmission`, and back from the server's verdicts: pure
 * functions the submission composes. Kept apart so the rules (hidden fields are not sent,
 * where the applicant's identity comes from, how a 422 path finds its field) can be read and
 * tested on their own. Loaded with the review page (`later.ts`).
 */
import type { Applicant, ApplicantType, DossierSubmission, Field, FieldError, FormDefinition, PrefillRecord, Representative } from '../../api/schemas.js';
import { itemName } from './group-view.js';
import type { FormL10n } from './messages.js';
import { nfc, withoutInvisibles } from '../../i18n/normalize.js';
import type { StoredAttachment } from '../shared/uploads.js';
import { hasAnswer, normalizedPhone, normalizeNationalId, submittedValue, type AnswerValue, type Answers } from './answers.js';
import { isOwn, own } from './applicant-ids.js';
import { authorisationDocument } from './applicant.js';
import { rowFieldId, rowFields, rowsOf } from './groups.js';
import { allFields, prefillValue, same, suppliedOf, type ApplicantPrefill } from './prefill.js';

/**
 * Answers to send: visible fields with something to send, as the back end expects them; a
 * repeating group as an array of its rows, each row an object of its visible questions.
 * Null-prototype objects, so a field called `__proto__` is a key like any other and
 * `JSON.stringify` sends it. The element's own questions (the applicant step) go into
 * `applicant`, never into the answers.
 */
export function submittedAnswers(definition: FormDefinition, answers: Answers, visible: ReadonlySet<string>): Record<string, unknown> {
  const result = bag();
  for (const field of allFields(definition)) {
    if (!visible.has(field.id) || !hasAnswer(field) || isOwn(field.id)) continue;
    if (field.kind === 'group') {
      result[field.id] = rowsOf(answers, field).map((row) => {
        const sent = bag();
        for (const item of rowFields(field, row)) {
          const value = visible.has(item.id) && hasAnswer(item) ? submittedValue(item, answers.get(item.id)) : undefined;
          if (value !== undefined) sent[item.item.id] = value;
        }
        return sent;
      });
      continue;
    }
    const value = submittedValue(field, answers.get(field.id));
    if (value !== undefined) result[field.id] = value;
  }
  return result;
}

/**
 * A repeating group's answer in words, for the review: each row named and its answers in the
 * order of its questions ("Thành viên 1: Lê Văn Cường, 001090012345; Thành viên 2: …"); null
 * when it has no row.
 */
export function groupInWords(
  group: Field,
  answers: Answers,
  visible: ReadonlySet<string>,
  l10n: FormL10n,
  display: (field: Field, raw: AnswerValue | undefined) => string | null,
): string | null {
  const rows = rowsOf(answers, group).map((row, index) => {
    const words = rowFields(group, row)
      .filter((item) => visible.has(item.id) && hasAnswer(item))
      .map((item) => display(item, answers.get(item.id)))
      .filter((text): text is string => text !== null);
    return `${l10n.t('form.group.row', { item: itemName(group, l10n, false), number: index + 1 })}: ${words.join(', ')}`;
  });
  return rows.length ? rows.join('; ') : null;
}

/** The submission's account of the prefilled answers it sends: from where, and whether the applicant changed them. */
export function prefillRecords(definition: FormDefinition, answers: Answers, sent: Record<string, unknown>, data: ApplicantPrefill | undefined): PrefillRecord[] {
  const records: PrefillRecord[] = [];
  for (const field of allFields(definition)) {
    const prefilled = prefillValue(field, data);
    if (prefilled === undefined || !Object.hasOwn(sent, field.id)) continue;
    records.push({ field: field.id, source: suppliedOf(data, field.prefill!)!.source, changed: !same(field, answers.get(field.id), prefilled) });
  }
  return records;
}

function bag(): Record<string, unknown> {
  return Object.create(null) as Record<string, unknown>;
}

/**
 * Who applies. A citizen: the answers of the visible fields that carry the matching prefill
 * key (the applicant may have corrected them), else what the host supplied. Another type: the
 * applicant step's answers. A representative: theirs, and the authorisation uploaded.
 */
export function applicantOf(
  definition: FormDefinition,
  sent: Record<string, unknown>,
  supplied: ApplicantPrefill | undefined,
  answers: Answers = new Map(),
  visible: ReadonlySet<string> = new Set(),
  uploaded: ReadonlyMap<string, readonly StoredAttachment[]> = new Map(),
): Applicant {
  const pick = (key: 'fullName' | 'nationalId' | 'phone' | 'email'): string | undefined => {
    for (const field of allFields(definition)) {
      const value = Object.hasOwn(sent, field.id) ? sent[field.id] : undefined;
      if (field.prefill === key && typeof value === 'string' && value !== '') return value;
    }
    // The host's data is normalised as the applicant's answers are.
    const given = suppliedOf(supplied, key)?.value;
    const fallback = typeof given === 'string' ? nfc(given).trim() : '';
    if (!fallback) return undefined;
    if (key === 'phone') return normalizedPhone(fallback) ?? fallback;
    if (key === 'nationalId') return normalizeNationalId(fallback);
    if (key === 'email') return withoutInvisibles(fallback);
    return fallback;
  };
  /** An answer of the applicant step, as sent. */
  const mine = (name: string): string | undefined => {
    const id = own(name);
    const field = visible.has(id) ? allFields(definition).find((candidate) => candidate.id === id) : undefined;
    const value = field ? submittedValue(field, answers.get(id)) : undefined;
    return typeof value === 'string' && value !== '' ? value : undefined;
  };
  const types = definition.applicantTypes ?? ['citizen'];
  const type = (types.length > 1 ? mine('type') : types[0]) as ApplicantType | undefined;
  let applicant: Applicant;
  const code = (name: string) => mine(name)?.replace(/[\s.]/g, '').toUpperCase();
  if (type === 'business') applicant = { type, fullName: mine('businessName') ?? '', taxCode: mine('taxCode')?.replace(/[\s.]/g, '') ?? '', phone: mine('phone') ?? '' };
  else if (type === 'organisation') applicant = { type, fullName: mine('organisationName') ?? '', organisationCode: mine('organisationCode')?.replace(/\s/g, '').toUpperCase() ?? '', phone: mine('phone') ?? '' };
  else if (type === 'foreigner') applicant = { type, fullName: mine('foreignerName') ?? '', passportNumber: code('passport') ?? '', nationality: mine('nationality') ?? '', phone: mine('phone') ?? '' };
  else {
    applicant = { fullName: pick('fullName') ?? '', nationalId: pick('nationalId') ?? '', phone: pick('phone') ?? '' };
    // 1.0's applicant has no type: said only to a back end whose form names its types.
    if (type && definition.applicantTypes) applicant = { type, ...applicant };
  }
  const email = type && type !== 'citizen' ? mine('email') : pick('email');
  if (email) applicant.email = email;
  const basis = mine('basis');
  if (basis === 'authorised' || basis === 'legal') {
    const representative: Representative = { basis, fullName: mine('repName') ?? '', nationalId: mine('repNationalId') ?? '', phone: mine('repPhone') ?? '' };
    const document = authorisationDocument(definition);
    const file = document ? uploaded.get(document)?.[0] : undefined;
    if (basis === 'authorised' && file) {
      const authorisation: NonNullable<Representative['authorisation']> = { attachmentId: file.id };
      const number = mine('authNumber');
      const issuedOn = mine('authIssuedOn');
      const validUntil = mine('authValidUntil');
      if (number) authorisation.number = number;
      if (issuedOn) authorisation.issuedOn = issuedOn;
      if (validUntil) authorisation.validUntil = validUntil;
      representative.authorisation = authorisation;
    }
    applicant.representative = representative;
  }
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
      // The element's own authorisation document is named in `applicant.representative`, not here.
      isOwn(requirement.documentCode)
        ? []
        : (uploaded.get(requirement.documentCode) ?? []).map((attachment) => ({
            documentCode: requirement.documentCode,
            attachmentId: attachment.id,
          })),
    ),
    delivery: 'online',
    applicant: applicantOf(definition, sent, supplied, answers, visible, uploaded),
  };
  const effectiveCase = caseId ?? definition.caseId;
  if (effectiveCase) submission.caseId = effectiveCase;
  const prefill = prefillRecords(definition, answers, sent, supplied);
  if (prefill.length) submission.prefill = prefill;
  return submission;
}

/** Paths under `applicant.` and the applicant step's question that shows them. */
const APPLICANT_PATHS: Readonly<Record<string, string>> = Object.assign(Object.create(null) as Record<string, string>, {
  type: 'type',
  taxCode: 'taxCode',
  organisationCode: 'organisationCode',
  passportNumber: 'passport',
  nationality: 'nationality',
  'representative.fullName': 'repName',
  'representative.nationalId': 'repNationalId',
  'representative.phone': 'repPhone',
});

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
export function mapServerErrors(definition: FormDefinition, errors: readonly FieldError[], visible: ReadonlySet<string>, answers: Answers = new Map()): MappedErrors {
  const fields = new Map<string, string>();
  const documents = new Map<string, string>();
  const other: FieldError[] = [];
  const byId = new Map(allFields(definition).map((field) => [field.id, field]));
  for (const error of errors) {
    const [root, key, row, item] = error.field.split(/[./]/).filter(Boolean);
    let fieldId: string | undefined;
    if (root === 'answers' && key && byId.has(key) && visible.has(key)) fieldId = key;
    // `answers.members.1.nationalId`: the question of the second row.
    const group = fieldId ? byId.get(fieldId) : undefined;
    if (group?.kind === 'group' && row !== undefined && item !== undefined) {
      const rowKey = rowsOf(answers, group)[Number(row)];
      const id = rowKey === undefined ? undefined : rowFieldId(group.id, rowKey, item);
      if (id && visible.has(id)) fieldId = id;
    }
    if (root === 'applicant' && key) {
      const mine = APPLICANT_PATHS[error.field.slice('applicant.'.length)];
      fieldId = mine && visible.has(own(mine)) ? own(mine) : allFields(definition).find((field) => field.prefill === key && visible.has(field.id))?.id;
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
