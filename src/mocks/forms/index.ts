/**
 * Form definitions of every online procedure, versioned, in Vietnamese and English. Forms are
 * data that changes under a live form (the hardest problem in e-government, per the design),
 * so tests can publish a new version with `bump` and watch the 409 path.
 */
import type { FormDefinition } from '../../api/schemas.js';
import type { Catalogue } from '../catalogue.js';
import type { Locale } from '../problems.js';
import { dateVn } from '../time.js';
import { birthRegistrationForm } from './birth-registration.js';
import { businessHouseholdForm } from './business-household.js';
import { picker, type Pick } from './common.js';
import { constructionPermitForm } from './construction-permit.js';
import { genericForm } from './generic.js';
import { judicialRecordForm } from './judicial-record.js';
import { permanentResidenceForm } from './permanent-residence.js';

export { FIRST_FORM_VERSION } from './common.js';

type Builder = (t: Pick, today: string) => FormDefinition;

/** The hand-written forms by procedure code; a Map, because the code comes from a URL. */
const HAND_WRITTEN = new Map<string, Builder>();
for (const build of [birthRegistrationForm, constructionPermitForm, businessHouseholdForm, judicialRecordForm, permanentResidenceForm] as Builder[]) {
  HAND_WRITTEN.set(build(picker('vi'), '2000-01-01').procedureCode, build);
}

/** Codes of the procedures whose forms were written by hand (and translated into English). */
export const HAND_WRITTEN_FORM_CODES: readonly string[] = [...HAND_WRITTEN.keys()];

export type FormMutation = (form: FormDefinition) => FormDefinition | void;

/** `2025.07.1` → `2025.07.2`. */
export function nextVersion(version: string): string {
  const match = /^(.*\.)(\d+)$/.exec(version);
  return match ? `${match[1]}${Number(match[2]) + 1}` : `${version}.1`;
}

export class FormRegistry {
  /** Published replacements, by procedure code; absent = the original form. */
  private readonly published = new Map<string, { version: string; mutations: FormMutation[] }>();

  /** `now` gives birth dates their upper bound: today in Vietnam. */
  constructor(
    private readonly catalogue: Catalogue,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /**
   * The current form in `locale`, or undefined when the procedure, the case or the online
   * channel is missing. The English form has the same fields, values and version; only its
   * texts differ (a published mutation applies to both).
   */
  get(procedureCode: string, caseId?: string, locale: Locale = 'vi'): FormDefinition | undefined {
    const detail = this.catalogue.detail(procedureCode, locale);
    if (!detail || detail.onlineLevel === 'none') return undefined;
    const procedureCase = caseId === undefined ? detail.cases[0] : detail.cases.find((c) => c.id === caseId);
    if (!procedureCase) return undefined;

    const t = picker(locale);
    const today = dateVn(this.now());
    let form = HAND_WRITTEN.get(procedureCode)?.(t, today) ?? genericForm(detail, procedureCase, t, today);
    if (caseId !== undefined) {
      form.caseId = caseId;
      // Documents a case makes mandatory (a proxy's authorisation) become required uploads.
      const mandatory = new Set(procedureCase.documents.filter((d) => d.required).map((d) => d.code));
      form.attachments = form.attachments.map((a) => (mandatory.has(a.documentCode) ? { ...a, required: true } : a));
    }
    const published = this.published.get(procedureCode);
    if (published) {
      for (const mutate of published.mutations) {
        const copy = structuredClone(form);
        form = mutate(copy) ?? copy;
      }
      form.version = published.version;
    }
    return form;
  }

  /** Whether the form has English texts (the hand-written ones); generated forms keep Vietnamese names. */
  translated(procedureCode: string): boolean {
    return HAND_WRITTEN.has(procedureCode);
  }

  /** Back to the original forms. */
  reset(): void {
    this.published.clear();
  }

  version(procedureCode: string): string | null {
    return this.get(procedureCode)?.version ?? null;
  }

  /** Publishes a new version; `mutate` edits a copy of the current form (remove or rename a field…). */
  bump(procedureCode: string, mutate?: FormMutation): FormDefinition {
    const current = this.get(procedureCode);
    if (!current) throw new Error(`${procedureCode} has no online form`);
    const previous = this.published.get(procedureCode)?.mutations ?? [];
    this.published.set(procedureCode, {
      version: nextVersion(current.version),
      mutations: mutate ? [...previous, mutate] : previous,
    });
    return this.get(procedureCode) as FormDefinition;
  }
}
