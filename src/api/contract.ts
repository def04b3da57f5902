/**
 * The contract registry: every schema of `schemas.ts` under the id (and, for some,
 * the description) that `docs/openapi.json` gives it. `npm run openapi` reads it.
 *
 * Registering is a side effect, so it lives here and not next to the schemas:
 * a module that registered every schema would put every schema in every bundle.
 * Only the package root (and the OpenAPI generator) imports this module.
 *
 * Order matters: it is the order of `components.schemas` in the document.
 */
import * as z from 'zod/mini';
import {
  AddressValueSchema,
  AdministrativeUnitListSchema,
  AdministrativeUnitSchema,
  AgencyListSchema,
  AgencyRefSchema,
  AgencySchema,
  ApplicantSchema,
  AttachmentRequirementSchema,
  AttachmentSchema,
  ChannelSchema,
  DossierLookupSchema,
  DossierReceiptSchema,
  DossierStatusSchema,
  DossierSubmissionSchema,
  DurationSchema,
  FacetSchema,
  FeeSchema,
  FieldErrorSchema,
  FieldSchema,
  FormDefinitionSchema,
  FormStepSchema,
  HistoryEntrySchema,
  OptionSchema,
  ProblemSchema,
  ProcedureCaseSchema,
  ProcedureDetailSchema,
  ProcedureFacetsSchema,
  ProcedureListSchema,
  ProcedureRefSchema,
  ProcedureSummarySchema,
  RequiredDocumentSchema,
  SectorListSchema,
  SectorRefSchema,
  SectorSchema,
  StatsSchema,
  StatusCodeSchema,
  SupplementReceiptSchema,
  SupplementSubmissionSchema,
  VisibleWhenSchema,
} from './schemas.js';

/** Registry that names the schemas; the OpenAPI generator reads it. */
export const contract = z.registry<{ id: string; description?: string }>();

const entries: Array<[z.ZodMiniType, string, string?]> = [
  [FieldErrorSchema, 'FieldError'],
  [ProblemSchema, 'Problem', 'RFC 9457 problem details (application/problem+json).'],
  [SectorRefSchema, 'SectorRef'],
  [AgencyRefSchema, 'AgencyRef'],
  [DurationSchema, 'Duration'],
  [FeeSchema, 'Fee'],
  [ProcedureSummarySchema, 'ProcedureSummary'],
  [FacetSchema, 'Facet'],
  [ProcedureFacetsSchema, 'ProcedureFacets'],
  [ProcedureListSchema, 'ProcedureList'],
  [ChannelSchema, 'Channel'],
  [RequiredDocumentSchema, 'RequiredDocument'],
  [ProcedureCaseSchema, 'ProcedureCase'],
  [ProcedureDetailSchema, 'ProcedureDetail'],
  [OptionSchema, 'Option'],
  [VisibleWhenSchema, 'VisibleWhen'],
  [FieldSchema, 'Field'],
  [FormStepSchema, 'FormStep'],
  [AttachmentRequirementSchema, 'AttachmentRequirement'],
  [FormDefinitionSchema, 'FormDefinition'],
  [AddressValueSchema, 'AddressValue'],
  [AttachmentSchema, 'Attachment'],
  [ApplicantSchema, 'Applicant'],
  [DossierSubmissionSchema, 'DossierSubmission'],
  [ProcedureRefSchema, 'ProcedureRef'],
  [StatusCodeSchema, 'StatusCode', 'National dossier status (TrangThaiHoSo) 1–10.'],
  [DossierReceiptSchema, 'DossierReceipt'],
  [DossierLookupSchema, 'DossierLookup'],
  [HistoryEntrySchema, 'HistoryEntry'],
  [DossierStatusSchema, 'DossierStatus'],
  [SupplementSubmissionSchema, 'SupplementSubmission'],
  [SupplementReceiptSchema, 'SupplementReceipt', 'Body of the 202 answer to a supplement.'],
  [StatsSchema, 'Stats'],
  [SectorSchema, 'Sector'],
  [SectorListSchema, 'SectorList'],
  [AgencySchema, 'Agency'],
  [AgencyListSchema, 'AgencyList'],
  [AdministrativeUnitSchema, 'AdministrativeUnit'],
  [AdministrativeUnitListSchema, 'AdministrativeUnitList'],
];

for (const [schema, id, description] of entries) {
  contract.add(schema, description === undefined ? { id } : { id, description });
}
