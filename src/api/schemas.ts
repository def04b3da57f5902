/**
 * The shared public-service API, version 1: the single source of truth.
 *
 * Every resource of `shared/design/api-v1.md` is a zod schema here. Types are
 * inferred from these schemas (never written twice), `docs/openapi.json` is
 * generated from them (`npm run openapi`), so are the rules the API client validates every
 * response with (`validators.generated.ts`, checked by `conform.ts`, so elements do not ship
 * zod), and the mock back end builds its answers from them.
 *
 * `zod/mini` is used instead of classic zod because it tree-shakes: the
 * classic API alone would cost about 22 KB gzip of the 45 KB CDN budget.
 */
import * as z from 'zod/mini';
import { DOSSIER_CODE_PATTERN } from './dossier-code.js';

/**
 * Builds a schema in a call that a bundler may drop when nothing uses the result, so a
 * bundle carries only the schemas it uses. zod's constructors are free of side effects
 * and say so, but esbuild does not follow that annotation across modules: without this
 * wrapper every schema would land in every element bundle. Ids and descriptions for the
 * OpenAPI document are registered in `contract.ts`, never here, for the same reason.
 */
/* @__NO_SIDE_EFFECTS__ */
function shakeable<T>(build: () => T): T {
  return build();
}

const text = () => z.string().check(z.minLength(1));
const dateTime = () => z.iso.datetime({ offset: true });
const calendarDate = () => z.iso.date();
const nonNegativeInt = () => z.int().check(z.nonnegative());

// ---------------------------------------------------------------- errors

export const FieldErrorSchema = shakeable(() => z.object({
  /** JSON-pointer-like path into the request body, e.g. `answers.householdAddress`. */
  field: z.string(),
  code: z.string(),
  message: z.string(),
}));

export const ProblemSchema = shakeable(() => z.object({
  type: z.string(),
  title: z.string(),
  status: z.int(),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  errors: z.optional(z.array(FieldErrorSchema)),
  /** Seconds, for 429 answers; mirrors the Retry-After header. */
  retryAfter: z.optional(nonNegativeInt()),
}));

// ---------------------------------------------------------------- procedures

export const LEVELS = ['central', 'province', 'commune'] as const;
export const ONLINE_LEVELS = ['full', 'partial', 'none'] as const;
export const AUDIENCES = ['citizen', 'business', 'organisation'] as const;
export const TIME_UNITS = ['hour', 'day', 'working-day', 'month'] as const;
export const CHANNEL_KINDS = ['in-person', 'online', 'post'] as const;

export const SectorRefSchema = shakeable(() => z.object({ code: text(), name: text() }));
export const AgencyRefSchema = shakeable(() => z.object({ code: z.optional(z.string()), name: text() }));

export const DurationSchema = shakeable(() => z.object({
  value: z.number().check(z.nonnegative()),
  unit: z.enum(TIME_UNITS),
  note: z.optional(z.string()),
}));

export const FeeSchema = shakeable(() => z.object({
  amount: nonNegativeInt(),
  currency: z.literal('VND'),
  note: z.optional(z.string()),
}));

const procedureSummaryShape = shakeable(() => ({
  code: text(),
  name: text(),
  sector: SectorRefSchema,
  levels: z.array(z.enum(LEVELS)),
  agencies: z.array(AgencyRefSchema),
  onlineLevel: z.enum(ONLINE_LEVELS),
  processingTime: DurationSchema,
  fee: z.nullable(FeeSchema),
  updatedAt: dateTime(),
}));

export const ProcedureSummarySchema = shakeable(() => z.object(procedureSummaryShape));

export const FacetSchema = shakeable(() => z.object({
  value: z.string(),
  label: z.string(),
  count: nonNegativeInt(),
}));

export const ProcedureFacetsSchema = shakeable(() => z.object({
  sector: z.array(FacetSchema),
  level: z.array(FacetSchema),
  onlineLevel: z.array(FacetSchema),
  /** Optional: only deployments with several agencies send it. */
  agency: z.optional(z.array(FacetSchema)),
}));

export const ProcedureListSchema = shakeable(() => z.object({
  items: z.array(ProcedureSummarySchema),
  total: nonNegativeInt(),
  page: z.int().check(z.positive()),
  pageSize: z.int().check(z.positive(), z.lte(100)),
  facets: ProcedureFacetsSchema,
}));

export const ChannelSchema = shakeable(() => z.object({
  kind: z.enum(CHANNEL_KINDS),
  processingTime: DurationSchema,
  fees: z.array(
    z.object({ description: z.string(), amount: nonNegativeInt(), currency: z.literal('VND') }),
  ),
}));

export const RequiredDocumentSchema = shakeable(() => z.object({
  code: text(),
  name: text(),
  originals: nonNegativeInt(),
  copies: nonNegativeInt(),
  required: z.boolean(),
  templateUrl: z.optional(z.string()),
}));

export const ProcedureCaseSchema = shakeable(() => z.object({
  id: text(),
  name: text(),
  steps: z.array(z.string()),
  documents: z.array(RequiredDocumentSchema),
}));

export const ProcedureDetailSchema = shakeable(() => z.object({
  ...procedureSummaryShape,
  description: z.optional(z.string()),
  audiences: z.array(z.enum(AUDIENCES)),
  channels: z.array(ChannelSchema),
  cases: z.array(ProcedureCaseSchema),
  requirements: z.optional(z.string()),
  results: z.array(z.object({ code: z.optional(z.string()), name: text() })),
  legalBasis: z.array(
    z.object({ number: text(), title: z.string(), url: z.optional(z.string()) }),
  ),
  intakeAddress: z.optional(z.string()),
  /** null when the procedure cannot be filed online. */
  formVersion: z.nullable(z.string()),
}));

// ---------------------------------------------------------------- forms

export const FIELD_KINDS = [
  'text',
  'textarea',
  'number',
  'email',
  'phone',
  'date',
  'select',
  'radio',
  'checkbox',
  'checkboxes',
  'national-id',
  'address',
  'section',
  'note',
] as const;

export const PREFILL_KEYS = [
  'fullName',
  'nationalId',
  'dateOfBirth',
  'gender',
  'phone',
  'email',
  'address',
] as const;

export const OptionSchema = shakeable(() => z.object({ value: z.string(), label: text() }));

export const VisibleWhenSchema = shakeable(() => z.object({
  field: text(),
  equals: z.optional(z.unknown()),
  in: z.optional(z.array(z.unknown())),
  filled: z.optional(z.boolean()),
}));

export const FieldSchema = shakeable(() => z.object({
  id: text(),
  kind: z.enum(FIELD_KINDS),
  label: z.string(),
  hint: z.optional(z.string()),
  required: z.optional(z.boolean()),
  options: z.optional(z.array(OptionSchema)),
  /** number: value bounds; date: ISO dates as strings. */
  min: z.optional(z.union([z.number(), z.string()])),
  max: z.optional(z.union([z.number(), z.string()])),
  minLength: z.optional(nonNegativeInt()),
  maxLength: z.optional(nonNegativeInt()),
  pattern: z.optional(z.string()),
  patternMessage: z.optional(z.string()),
  visibleWhen: z.optional(VisibleWhenSchema),
  prefill: z.optional(z.enum(PREFILL_KEYS)),
}));

export const FormStepSchema = shakeable(() => z.object({
  id: text(),
  title: text(),
  description: z.optional(z.string()),
  fields: z.array(FieldSchema),
}));

export const AttachmentRequirementSchema = shakeable(() => z.object({
  documentCode: text(),
  name: text(),
  hint: z.optional(z.string()),
  required: z.boolean(),
  accept: z.array(z.string()),
  maxBytes: z.int().check(z.positive()),
  maxFiles: z.int().check(z.positive()),
  templateUrl: z.optional(z.string()),
}));

export const FormDefinitionSchema = shakeable(() => z.object({
  procedureCode: text(),
  caseId: z.optional(z.string()),
  version: text(),
  title: text(),
  description: z.optional(z.string()),
  steps: z.array(FormStepSchema).check(z.minLength(1)),
  attachments: z.array(AttachmentRequirementSchema),
  declaration: z.optional(z.string()),
}));

export const AddressValueSchema = shakeable(() => z.object({
  provinceCode: z.string(),
  communeCode: z.string(),
  street: z.string(),
}));

// ---------------------------------------------------------------- attachments

export const AttachmentSchema = shakeable(() => z.object({
  id: text(),
  name: text(),
  size: nonNegativeInt(),
  mediaType: text(),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
}));

// ---------------------------------------------------------------- dossiers

export { DOSSIER_CODE_PATTERN };

export const DELIVERY_KINDS = ['online', 'in-person', 'post'] as const;

export const ApplicantSchema = shakeable(() => z.object({
  fullName: text(),
  nationalId: z.string().check(z.regex(/^\d{12}$/)),
  phone: text(),
  email: z.optional(z.string()),
}));

export const DossierSubmissionSchema = shakeable(() => z.object({
  procedureCode: text(),
  caseId: z.optional(z.string()),
  formVersion: text(),
  answers: z.record(z.string(), z.unknown()),
  attachments: z.array(z.object({ documentCode: text(), attachmentId: text() })),
  delivery: z.enum(DELIVERY_KINDS),
  applicant: ApplicantSchema,
}));

export const ProcedureRefSchema = shakeable(() => z.object({ code: text(), name: text() }));

export const STATUS_CODES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;
export const StatusCodeSchema = shakeable(() =>
  z.union(
    STATUS_CODES.map((code) => z.literal(code)) as unknown as [
      z.ZodMiniLiteral<(typeof STATUS_CODES)[number]>,
      ...z.ZodMiniLiteral<(typeof STATUS_CODES)[number]>[],
    ],
  ),
);

export const DossierReceiptSchema = shakeable(() => z.object({
  code: z.string().check(z.regex(DOSSIER_CODE_PATTERN)),
  status: StatusCodeSchema,
  submittedAt: dateTime(),
  expectedReturnDate: z.optional(calendarDate()),
  procedure: ProcedureRefSchema,
  receiptUrl: z.optional(z.string()),
}));

export const DossierLookupSchema = shakeable(() => z.object({
  code: z.string().check(z.regex(DOSSIER_CODE_PATTERN)),
  verifier: z.string().check(z.regex(/^\d{4}$/)),
}));

export const HistoryEntrySchema = shakeable(() => z.object({
  at: dateTime(),
  status: StatusCodeSchema,
  agency: z.optional(z.string()),
  department: z.optional(z.string()),
  note: z.optional(z.string()),
}));

export const TIMELINESS = ['early', 'on-time', 'late'] as const;

export const DossierStatusSchema = shakeable(() => z.object({
  code: z.string().check(z.regex(DOSSIER_CODE_PATTERN)),
  procedure: ProcedureRefSchema,
  applicantName: z.string(),
  status: StatusCodeSchema,
  submittedAt: dateTime(),
  acceptedAt: z.optional(dateTime()),
  expectedReturnDate: z.optional(calendarDate()),
  completedAt: z.optional(dateTime()),
  overdue: z.boolean(),
  timeliness: z.nullable(z.enum(TIMELINESS)),
  agency: z.object({ name: text() }),
  history: z.array(HistoryEntrySchema),
  supplementRequest: z.optional(
    z.object({
      requestedAt: dateTime(),
      reason: z.string(),
      documents: z.array(z.object({ code: text(), name: text() })),
      dueDate: z.optional(calendarDate()),
    }),
  ),
  payment: z.optional(
    z.object({
      amount: nonNegativeInt(),
      currency: z.literal('VND'),
      description: z.string(),
      payUrl: z.optional(z.string()),
    }),
  ),
  result: z.optional(
    z.object({
      summary: z.string(),
      pickup: z.optional(z.string()),
      documents: z.optional(z.array(z.object({ name: text(), url: z.optional(z.string()) }))),
    }),
  ),
}));

export const SupplementSubmissionSchema = shakeable(() => z.object({
  verifier: z.string().check(z.regex(/^\d{4}$/)),
  note: z.optional(z.string()),
  attachments: z.array(z.object({ documentCode: text(), attachmentId: text() })).check(z.minLength(1)),
}));

export const SupplementReceiptSchema = shakeable(() => z.object({
  dossierCode: text(),
  receivedAt: dateTime(),
  status: StatusCodeSchema,
}));

// ---------------------------------------------------------------- transparency

export const StatsSchema = shakeable(() => z.object({
  from: z.optional(calendarDate()),
  to: z.optional(calendarDate()),
  agency: z.optional(z.string()),
  received: nonNegativeInt(),
  resolved: nonNegativeInt(),
  inProgress: nonNegativeInt(),
  awaitingSupplement: nonNegativeInt(),
  overdue: nonNegativeInt(),
  /** Share of resolved dossiers resolved on time, 0–1. */
  onTimeRate: z.number().check(z.gte(0), z.lte(1)),
}));

// ---------------------------------------------------------------- reference data

export const SectorSchema = shakeable(() => z.object({
  code: text(),
  name: text(),
  procedureCount: z.optional(nonNegativeInt()),
}));
export const SectorListSchema = shakeable(() => z.object({ items: z.array(SectorSchema) }));

export const AgencySchema = shakeable(() => z.object({ code: text(), name: text(), level: z.enum(LEVELS) }));
export const AgencyListSchema = shakeable(() => z.object({ items: z.array(AgencySchema) }));

export const AdministrativeUnitSchema = shakeable(() => z.object({
  code: text(),
  name: text(),
  level: z.enum(['province', 'commune']),
  parentCode: z.optional(z.string()),
}));
export const AdministrativeUnitListSchema = shakeable(() => z.object({
  items: z.array(AdministrativeUnitSchema),
}));

// ---------------------------------------------------------------- inferred types

export type FieldError = z.infer<typeof FieldErrorSchema>;
export type Problem = z.infer<typeof ProblemSchema>;
export type Level = (typeof LEVELS)[number];
export type OnlineLevel = (typeof ONLINE_LEVELS)[number];
export type Audience = (typeof AUDIENCES)[number];
export type Duration = z.infer<typeof DurationSchema>;
export type Fee = z.infer<typeof FeeSchema>;
export type ProcedureSummary = z.infer<typeof ProcedureSummarySchema>;
export type Facet = z.infer<typeof FacetSchema>;
export type ProcedureFacets = z.infer<typeof ProcedureFacetsSchema>;
export type ProcedureList = z.infer<typeof ProcedureListSchema>;
export type Channel = z.infer<typeof ChannelSchema>;
export type RequiredDocument = z.infer<typeof RequiredDocumentSchema>;
export type ProcedureCase = z.infer<typeof ProcedureCaseSchema>;
export type ProcedureDetail = z.infer<typeof ProcedureDetailSchema>;
export type FieldKind = (typeof FIELD_KINDS)[number];
export type PrefillKey = (typeof PREFILL_KEYS)[number];
export type Option = z.infer<typeof OptionSchema>;
export type VisibleWhen = z.infer<typeof VisibleWhenSchema>;
export type Field = z.infer<typeof FieldSchema>;
export type FormStep = z.infer<typeof FormStepSchema>;
export type AttachmentRequirement = z.infer<typeof AttachmentRequirementSchema>;
export type FormDefinition = z.infer<typeof FormDefinitionSchema>;
export type AddressValue = z.infer<typeof AddressValueSchema>;
export type Attachment = z.infer<typeof AttachmentSchema>;
export type DeliveryKind = (typeof DELIVERY_KINDS)[number];
export type Applicant = z.infer<typeof ApplicantSchema>;
export type DossierSubmission = z.infer<typeof DossierSubmissionSchema>;
export type ProcedureRef = z.infer<typeof ProcedureRefSchema>;
export type StatusCode = (typeof STATUS_CODES)[number];
export type DossierReceipt = z.infer<typeof DossierReceiptSchema>;
export type DossierLookup = z.infer<typeof DossierLookupSchema>;
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;
export type Timeliness = (typeof TIMELINESS)[number];
export type DossierStatus = z.infer<typeof DossierStatusSchema>;
export type SupplementSubmission = z.infer<typeof SupplementSubmissionSchema>;
export type SupplementReceipt = z.infer<typeof SupplementReceiptSchema>;
export type Stats = z.infer<typeof StatsSchema>;
export type Sector = z.infer<typeof SectorSchema>;
export type SectorList = z.infer<typeof SectorListSchema>;
export type Agency = z.infer<typeof AgencySchema>;
export type AgencyList = z.infer<typeof AgencyListSchema>;
export type AdministrativeUnit = z.infer<typeof AdministrativeUnitSchema>;
export type AdministrativeUnitList = z.infer<typeof AdministrativeUnitListSchema>;
