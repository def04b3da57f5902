/**
 * Who applies (contract 1.1): a citizen, a business, an organisation or a foreigner, and
 * whether someone files on their behalf. A form that takes more than citizens, or takes a
 * representative, begins its first step with questions of the element's own, ordinary
 * questions (so they are rendered, checked, kept in a draft and reviewed like the form's own):
 * the applicant type changes which identity questions show (`visibleWhen` on the type), and a
 * representative ticks "Tôi nộp hồ sơ này thay cho người khác" and gives their own identity
 * and, authorised, their authorisation. On the first step rather than a step of their own, so
 * a citizen filing for themselves (most applicants) meets one unticked box and no extra page.
 *
 * The questions' ids begin with `␟`, which no id of a form takes, and they are never sent as
 * answers: the submission puts them into `applicant` (`applicantOf`).
 */
import type { ApplicantType, AttachmentRequirement, Condition, Field, FormDefinition, FormStep } from '../../api/schemas.js';
import { ORGANISATION_CODE_PATTERN, PASSPORT_PATTERN, taxCodeProblem } from '../../api/identifiers.js';
import { AUTHORISATION, own } from './applicant-ids.js';
import { asksApplicant } from './extras-part.js';
import type { Answers } from './answers.js';
import type { FormL10n } from './messages.js';
import type { FormMessageKey } from './messages.vi.js';
import type { IdentifierCheck } from './validation.js';

/** What an identifier question checks beyond its kind: the problem's message, or null. */
const CHECKS: Record<'tax-code' | 'passport' | 'organisation-code', IdentifierCheck> = {
  'tax-code': (text) => {
    const found = taxCodeProblem(text.replace(/[\s.]/g, ''));
    return found ? `form.error.tax-code-${found}` : null;
  },
  passport: (text) => (PASSPORT_PATTERN.test(text.replace(/\s/g, '').toUpperCase()) ? null : 'form.error.passport'),
  'organisation-code': (text) => (ORGANISATION_CODE_PATTERN.test(text.replace(/\s/g, '').toUpperCase()) ? null : 'form.error.organisation-code'),
};

/** ISO 3166-1 alpha-2 codes, named in the page's language by the browser (`Intl.DisplayNames`). */
const COUNTRIES =
  'AD AE AF AG AL AM AO AR AT AU AZ BA BB BD BE BF BG BH BI BJ BN BO BR BS BT BW BY BZ CA CD CF CG CH CI CL CM CN CO CR CU CV CY CZ DE DJ DK DM DO DZ EC EE EG ER ES ET FI FJ FM FR GA GB GD GE GH GM GN GQ GR GT GW GY HN HR HT HU ID IE IL IN IQ IR IS IT JM JO JP KE KG KH KI KM KN KP KR KW KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MG MH MK ML MM MN MR MT MU MV MW MX MY MZ NA NE NG NI NL NO NP NR NZ OM PA PE PG PH PK PL PS PT PW PY QA RO RS RU RW SA SB SC SD SE SG SI SK SL SM SN SO SR SS ST SV SY SZ TD TG TH TJ TL TM TN TO TR TT TV TW TZ UA UG US UY UZ VA VC VE VN VU WS YE ZA ZM ZW';

function countries(l10n: FormL10n): { value: string; label: string }[] {
  const names = new Intl.DisplayNames([l10n.locale], { type: 'region' });
  const collator = new Intl.Collator(l10n.locale);
  return COUNTRIES.split(' ')
    .map((value) => ({ value, label: names.of(value) ?? value }))
    .sort((a, b) => collator.compare(a.label, b.label));
}

/** The questions of the applicant's identity, at the top of the first step. */
function applicantFields(form: FormDefinition, l10n: FormL10n, today: string): Field[] {
  const t = l10n.t.bind(l10n);
  const types = form.applicantTypes ?? ['citizen'];
  const fields: Field[] = [];
  const when = (type: ApplicantType): Condition | undefined => (types.length > 1 ? { field: own('type'), equals: type } : undefined);
  const ask = (name: string, kind: Field['kind'], label: FormMessageKey, extra: Partial<Field> & { check?: keyof typeof CHECKS; shown?: Condition | undefined } = {}) => {
    const { shown, check, ...rest } = extra;
    const field: Field & { check?: IdentifierCheck } = { id: own(name), kind, label: t(label), required: true, ...rest };
    if (check) field.check = CHECKS[check];
    if (shown) field.visibleWhen = shown;
    fields.push(field);
  };
  if (types.length > 1) {
    ask('applicant', 'section', 'form.applicant.title', { required: false });
    ask('type', 'radio', 'form.applicant.type', { options: types.map((type) => ({ value: type, label: t(`form.applicant.type.${type}`) })) });
  }
  if (types.includes('business')) {
    ask('businessName', 'text', 'form.applicant.business-name', { maxLength: 200, shown: when('business') });
    ask('taxCode', 'text', 'form.applicant.tax-code', { hint: t('form.applicant.tax-code.hint'), check: 'tax-code', prefill: 'taxCode', shown: when('business') });
  }
  if (types.includes('organisation')) {
    ask('organisationName', 'text', 'form.applicant.organisation-name', { maxLength: 200, shown: when('organisation') });
    ask('organisationCode', 'text', 'form.applicant.organisation-code', { hint: t('form.applicant.organisation-code.hint'), check: 'organisation-code', shown: when('organisation') });
  }
  if (types.includes('foreigner')) {
    ask('foreignerName', 'text', 'form.applicant.foreigner-name', { maxLength: 100, shown: when('foreigner') });
    ask('passport', 'text', 'form.applicant.passport', { check: 'passport', shown: when('foreigner') });
    ask('nationality', 'select', 'form.applicant.nationality', { options: countries(l10n), shown: when('foreigner') });
  }
  if (types.some((type) => type !== 'citizen')) {
    // A citizen's name, number and phone are the form's own questions (their `prefill` keys say which).
    const notCitizen: Condition | undefined = types.includes('citizen') ? { not: { field: own('type'), in: ['citizen'] } } : undefined;
    const shown: Condition | undefined = notCitizen && types.length > 1 ? { all: [{ field: own('type') }, notCitizen] } : undefined;
    ask('phone', 'phone', 'form.applicant.phone', { shown });
    ask('email', 'email', 'form.applicant.email', { required: false, maxLength: 254, shown });
  }
  if (form.acceptsRepresentative) {
    ask('onBehalf', 'checkbox', 'form.representative.on-behalf', { required: false });
    ask('basis', 'radio', 'form.representative.basis', {
      options: ['authorised', 'legal'].map((value) => ({ value, label: t(`form.representative.${value as 'legal'}`) })),
      shown: { field: own('onBehalf'), equals: true },
    });
    const represented: Condition = { field: own('basis'), in: ['authorised', 'legal'] };
    const authorised: Condition = { field: own('basis'), equals: 'authorised' };
    ask('representative', 'section', 'form.representative.section', { required: false, shown: represented });
    ask('repName', 'text', 'form.representative.name', { minLength: 2, maxLength: 100, shown: represented });
    ask('repNationalId', 'national-id', 'form.representative.national-id', { shown: represented });
    ask('repPhone', 'phone', 'form.representative.phone', { shown: represented });
    ask('authNumber', 'text', 'form.representative.number', { required: false, maxLength: 50, shown: authorised });
    ask('authIssuedOn', 'date', 'form.representative.issued-on', { required: false, min: '1990-01-01', max: today, shown: authorised });
    ask('authValidUntil', 'date', 'form.representative.valid-until', { required: false, min: today, shown: authorised });
  }
  return fields;
}

/**
 * The form as the applicant meets it: the applicant step first when the form needs one, and
 * the authorisation among the documents when the form takes a representative and lists none.
 */
export function withApplicant(form: FormDefinition, l10n: FormL10n, today: string): FormDefinition {
  if (!asksApplicant(form)) return form;
  const [first, ...rest] = form.steps as [FormStep, ...FormStep[]];
  const result: FormDefinition = { ...form, steps: [{ ...first, fields: [...applicantFields(form, l10n, today), ...first.fields] }, ...rest] };
  if (form.acceptsRepresentative && !form.attachments.some((requirement) => requirement.documentCode === 'UQ')) {
    const authorisation: AttachmentRequirement = {
      documentCode: AUTHORISATION,
      name: l10n.t('form.representative.document'),
      hint: l10n.t('form.representative.document.hint'),
      required: false,
      accept: ['application/pdf', 'image/jpeg', 'image/png'],
      maxBytes: 5 * 1024 * 1024,
      maxFiles: 1,
    };
    result.attachments = [...form.attachments, authorisation];
  }
  return result;
}

/** The representative's basis, as answered: none (`''`), `authorised` or `legal`. */
export function basisOf(answers: ReadonlyMap<string, unknown>): string {
  const basis = answers.get(own('basis'));
  return answers.get(own('onBehalf')) === true && typeof basis === 'string' ? basis : '';
}

/** The document that carries the authorisation: the form's `UQ`, or the element's own. */
export function authorisationDocument(form: FormDefinition): string | undefined {
  if (!form.acceptsRepresentative) return undefined;
  return form.attachments.some((requirement) => requirement.documentCode === 'UQ') ? 'UQ' : AUTHORISATION;
}

/** Whether a document must be uploaded now: as the form says, or the authorisation of an authorised representative. */
export function documentRequired(form: FormDefinition, answers: Answers, requirement: AttachmentRequirement): boolean {
  return requirement.required || (requirement.documentCode === authorisationDocument(form) && basisOf(answers) === 'authorised');
}
