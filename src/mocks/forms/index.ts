/**
 * Form definitions of every online procedure, versioned. Forms are data that changes
 * under a live form (the hardest problem in e-government, per the design), so tests can
 * publish a new version with `bump` and watch the 409 path.
 */
import type { FormDefinition } from '../../api/schemas.js';
import type { Catalogue } from '../catalogue.js';
import { birthRegistrationForm } from './birth-registration.js';
import { businessHouseholdForm } from './business-household.js';
import { constructionPermitForm } from './construction-permit.js';
import { genericForm } from './generic.js';
import { judicialRecordForm } from './judicial-record.js';
import { permanentResidenceForm } from './permanent-residence.js';

export { FIRST_FORM_VERSION } from './common.js';

const HAND_WRITTEN: Record<string, () => FormDefinition> = {};
for (const build of [birthRegistrationForm, constructionPermitForm, businessHouseholdForm, judicialRecordForm, permanentResidenceForm]) {
  HAND_WRITTEN[build().procedureCode] = build;
}

/** Codes of the procedures whose forms were written by hand. */
export const HAND_WRITTEN_FORM_CODES: readonly string[] = Object.keys(HAND_WRITTEN);

export type FormMutation = (form: FormDefinition) => FormDefinition | void;

/** `2025.07.1` → `2025.07.2`. */
export function nextVersion(version: string): string {
  const match = /^(.*\.)(\d+)$/.exec(version);
  return match ? `${match[1]}${Number(match[2]) + 1}` : `${version}.1`;
}

export class FormRegistry {
  /** Published replacements, by procedure code; absent = the original form. */
  private readonly published = new Map<string, { version: string; mutations: FormMutation[] }>();

  constructor(private readonly catalogue: Catalogue) {}

  /** The current form, or undefined when the procedure, the case or the online channel is missing. */
  get(procedureCode: string, caseId?: string): FormDefinition | undefined {
    const detail = this.catalogue.detail(procedureCode);
    if (!detail || detail.onlineLevel === 'none') return undefined;
    const procedureCase = caseId === undefined ? detail.cases[0] : detail.cases.find((c) => c.id === caseId);
    if (!procedureCase) return undefined;

    let form = HAND_WRITTEN[procedureCode]?.() ?? genericForm(detail, procedureCase);
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
