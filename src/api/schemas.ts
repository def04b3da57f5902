/**
 * The shared public-service API, version 1 (contract 1.1): the single source of truth.
 *
 * Every resource of `shared/design/api-v1.md` is a zod schema here, with the additions of
 * contract 1.1 (issue 15): applicants of every type, prefill provenance, appointments as
 * date-times with their history, the working calendar, fee items, payment requests,
 * withdrawal, result documents, satisfaction, the 766 indicators. 1.1 is additive: every
 * field a 1.0 back end sends still validates, every new response field is optional, and
 * the fields 1.1 replaces stay (marked `@deprecated`) so elements built on 1.0 keep working. Types are
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
/** `HH:MM`, 24-hour, Vietnam time. */
const timeOfDay = () => z.string().check(z.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/));
/** `YYYY-MM`. */
const yearMonth = () => z.string().check(z.regex(/^\d{4}-(?:0[1-9]|1[0-2])$/));
/** A share 0–1. */
const fraction = () => z.number().check(z.gte(0), z.lte(1));
/** The last 4 digits of the applicant's phone or identity number. */
const verifier = () => z.string().check(z.regex(/^\d{4}$/));
const dossierCode = () => z.string().check(z.regex(DOSSIER_CODE_PATTERN));

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

// ---------------------------------------------------------------- shared pieces

/** A legal document: number (số ký hiệu), title, optionally where to read it. */
export const LegalReferenceSchema = shakeable(() => z.object({
  number: text(),
  title: z.string(),
  url: z.optional(z.string()),
}));

/** A document the applicant can open: a name to show and where it is. */
export const DocumentLinkSchema = shakeable(() => z.object({ name: text(), url: text() }));

// ---------------------------------------------------------------- procedures

/**
 * Who carries out a procedure (CAPTHUCHIEN). `central` is what the national procedure
 * database calls "Cấp Bộ" (ministries and ministry-level agencies); the value keeps its 1.0
 * name because a new value would break every 1.0 client, only its label changed
 * (docs/decisions.md, "Contract 1.1").
 */
export const LEVELS = ['central', 'province', 'commune'] as const;
export const ONLINE_LEVELS = ['full', 'partial', 'none'] as const;
export const AUDIENCES = ['citizen', 'business', 'organisation'] as const;
/** `working-hour` (giờ làm việc) is new in 1.1; values may be fractions (`0.5` working days). */
export const TIME_UNITS = ['hour', 'day', 'working-day', 'month', 'working-hour'] as const;
export const CHANNEL_KINDS = ['in-person', 'online', 'post'] as const;
/** Phí (a charge for a public service) or lệ phí (a state fee), Law on Fees and Charges 97/2015/QH13. */
export const FEE_KINDS = ['phi', 'le-phi'] as const;

export const SectorRefSchema = shakeable(() => z.object({ code: text(), name: text() }));
export const AgencyRefSchema = shakeable(() => z.object({
  code: z.optional(z.string()),
  name: text(),
  /** 1.1: how far this agency offers the procedure online; the level differs between agencies and provinces. */
  onlineLevel: z.optional(z.enum(ONLINE_LEVELS)),
}));

export const DurationSchema = shakeable(() => z.object({
  value: z.number().check(z.nonnegative()),
  unit: z.enum(TIME_UNITS),
  note: z.optional(z.string()),
}));

/** @deprecated since 1.1 for display: `ProcedureSummary.feeItems` says phí or lệ phí, per unit and "theo quy định". */
export const FeeSchema = shakeable(() => z.object({
  amount: nonNegativeInt(),
  currency: z.literal('VND'),
  note: z.optional(z.string()),
}));

/**
 * 1.1: one fee of a procedure. `amount` is in đồng, per `unit` when there is one ("2.000
 * đồng/trang" is `{ amount: 2000, unit: "trang" }`); `0` is free; `null` is "theo quy định":
 * the amount is set elsewhere (by the regulation, the province) and is not known here, so a
 * client must never show it as free.
 */
export const FeeItemSchema = shakeable(() => z.object({
  kind: z.enum(FEE_KINDS),
  name: text(),
  amount: z.nullable(nonNegativeInt()),
  currency: z.literal('VND'),
  unit: z.optional(text()),
  note: z.optional(z.string()),
  /** Who does not pay, as plain sentences ("Trẻ em dưới 6 tuổi"). */
  exemptions: z.optional(z.array(text())),
}));

const procedureSummaryShape = shakeable(() => ({
  code: text(),
  name: text(),
  sector: SectorRefSchema,
  levels: z.array(z.enum(LEVELS)),
  agencies: z.array(AgencyRefSchema),
  onlineLevel: z.enum(ONLINE_LEVELS),
  processingTime: DurationSchema,
  /** @deprecated since 1.1: the lowest fixed online fee, null when free; read `feeItems`. */
  fee: z.nullable(FeeSchema),
  updatedAt: dateTime(),
  /** 1.1: the fees of the online channel (the in-person one when not online). */
  feeItems: z.optional(z.array(FeeItemSchema)),
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
  /** @deprecated since 1.1: fixed amounts only; read `feeItems`. */
  fees: z.array(
    z.object({ description: z.string(), amount: nonNegativeInt(), currency: z.literal('VND') }),
  ),
  /** 1.1: every fee of this channel, phí and lệ phí, "theo quy định" included. */
  feeItems: z.optional(z.array(FeeItemSchema)),
  /** 1.1, online channels: the online level of the service on this channel (Decree 42/2022/NĐ-CP). */
  onlineLevel: z.optional(z.enum(ONLINE_LEVELS)),
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
  legalBasis: z.array(LegalReferenceSchema),
  intakeAddress: z.optional(z.string()),
  /** null when the procedure cannot be filed online. */
  formVersion: z.nullable(z.string()),
}));

// ---------------------------------------------------------------- forms

/**
 * 1.1: who applies, as DVCQG's LoaiDoiTuong: a citizen (CCCD), a business (MST), an
 * organisation or agency (its code), a foreigner or an overseas Vietnamese (passport).
 */
export const APPLICANT_TYPES = ['citizen', 'business', 'organisation', 'foreigner'] as const;

/** `group` (1.1) repeats its `fields` as rows; its answer is an array of row objects. */
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
  'group',
] as const;

/** The kinds a field inside a group may have: groups do not nest. */
export const GROUP_ITEM_KINDS = FIELD_KINDS.filter(
  (kind): kind is Exclude<(typeof FIELD_KINDS)[number], 'group'> => kind !== 'group',
);

/** The applicant's data a portal may fill in; 1.1 adds ethnicity to taxCode. */
export const PREFILL_KEYS = [
  'fullName',
  'nationalId',
  'dateOfBirth',
  'gender',
  'phone',
  'email',
  'address',
  'ethnicity',
  'nationality',
  'hometown',
  'permanentAddress',
  'currentAddress',
  'taxCode',
] as const;

/**
 * Where a prefilled value came from: the applicant's VNeID account, the national population
 * database (CSDLQG về dân cư), the national business registration database, or the host
 * portal's own records. Mirrors DVCQG's TaiKhoanDuocXacThucVoiVNeID and DuocLayTuKhoDMQG.
 */
export const PREFILL_SOURCES = ['vneid', 'population-db', 'business-registry', 'host'] as const;

export const OptionSchema = shakeable(() => z.object({ value: z.string(), label: text() }));

/**
 * The leaf condition: the value of one field equals a value, is one of several, or is filled.
 * (1.0's `visibleWhen`; in 1.1 one branch of `Condition`.)
 */
export const VisibleWhenSchema = shakeable(() => z.object({
  field: text(),
  equals: z.optional(z.unknown()),
  in: z.optional(z.array(z.unknown())),
  filled: z.optional(z.boolean()),
}));

/**
 * 1.1: a leaf, or `all` / `any` of several conditions, or `not` one. Inside a group a leaf's
 * `field` names a field of the same row first, else a top-level field. Written out by hand
 * because TypeScript cannot infer a recursive schema's type.
 */
export type Condition = VisibleWhen | { all: Condition[] } | { any: Condition[] } | { not: Condition };

export const ConditionSchema: z.ZodMiniType<Condition> = shakeable(() =>
  z.union([
    VisibleWhenSchema,
    z.object({
      get all(): z.ZodMiniArray<z.ZodMiniType<Condition>> {
        return z.array(ConditionSchema).check(z.minLength(1));
      },
    }),
    z.object({
      get any(): z.ZodMiniArray<z.ZodMiniType<Condition>> {
        return z.array(ConditionSchema).check(z.minLength(1));
      },
    }),
    z.object({
      get not(): z.ZodMiniType<Condition> {
        return ConditionSchema;
      },
    }),
  ]),
);

/** A field's condition: the whole 1.1 `Condition` (`<gov-dossier-form>` evaluates `all`/`any`/`not`, issue 16). */
const visibleWhen = () => z.optional(ConditionSchema);

/** What a field of either kind has besides its `id` and `kind`. */
const fieldShape = () => ({
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
  visibleWhen: visibleWhen(),
  prefill: z.optional(z.enum(PREFILL_KEYS)),
  /** 1.1: a prefilled value the applicant may not change (it came from an authoritative source). */
  prefillReadOnly: z.optional(z.boolean()),
});

/** 1.1: a field inside a group's row: any kind but `group`. */
export const GroupItemFieldSchema = shakeable(() => z.object({
  id: text(),
  kind: z.enum(GROUP_ITEM_KINDS),
  ...fieldShape(),
}));

export const FieldSchema = shakeable(() => z.object({
  id: text(),
  kind: z.enum(FIELD_KINDS),
  ...fieldShape(),
  /** 1.1, groups: the fields of one row (one level: no group inside a group). */
  fields: z.optional(z.array(GroupItemFieldSchema)),
  /** 1.1, groups: fewest and most rows. */
  minItems: z.optional(nonNegativeInt()),
  maxItems: z.optional(nonNegativeInt()),
  /** 1.1, groups: what one row is called ("Thành viên"), for headings and buttons. */
  itemLabel: z.optional(z.string()),
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
  /** 1.1: who may file this form; `["citizen"]` when absent. */
  applicantTypes: z.optional(z.array(z.enum(APPLICANT_TYPES)).check(z.minLength(1))),
  /** 1.1: whether someone may file it on the applicant's behalf (with an authorisation). */
  acceptsRepresentative: z.optional(z.boolean()),
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

/** 1.1: on what basis a representative acts: an authorisation (theo ủy quyền) or the law (theo pháp luật). */
export const REPRESENTATION_BASES = ['authorised', 'legal'] as const;

const nationalId = () => z.string().check(z.regex(/^\d{12}$/));

/** 1.1: someone applying on the applicant's behalf, with their own identity. */
export const RepresentativeSchema = shakeable(() => z.object({
  basis: z.enum(REPRESENTATION_BASES),
  fullName: text(),
  /** CCCD; or `passportNumber` for a representative without one. */
  nationalId: z.optional(nationalId()),
  passportNumber: z.optional(text()),
  phone: z.optional(text()),
  email: z.optional(z.string()),
  /** Required when `basis` is `authorised`: the authorisation document, uploaded like any attachment. */
  authorisation: z.optional(z.object({
    attachmentId: text(),
    number: z.optional(z.string()),
    issuedOn: z.optional(calendarDate()),
    validUntil: z.optional(calendarDate()),
  })),
}));

/**
 * The applicant (chủ hồ sơ). The identifier depends on `type` (absent: a citizen, as in 1.0):
 * `nationalId` for a citizen, `taxCode` for a business, `organisationCode` for an organisation,
 * `passportNumber` and `nationality` for a foreigner. The shapes are checked here; the
 * province code of a CCCD and the check digit of an MST are checked by the back end (422).
 */
export const ApplicantSchema = shakeable(() => z.object({
  type: z.optional(z.enum(APPLICANT_TYPES)),
  /** A person's full name, or the registered name of a business or organisation. */
  fullName: text(),
  /** 12-digit CCCD (số định danh cá nhân); required for a citizen. Optional since 1.1. */
  nationalId: z.optional(nationalId()),
  /** 1.1: MST, 10 digits, or 10 + "-" + 3 for a branch. */
  taxCode: z.optional(z.string().check(z.regex(/^\d{10}(?:-\d{3})?$/))),
  organisationCode: z.optional(text()),
  passportNumber: z.optional(text()),
  /** ISO 3166-1 alpha-2. */
  nationality: z.optional(z.string().check(z.regex(/^[A-Z]{2}$/))),
  phone: text(),
  email: z.optional(z.string()),
  representative: z.optional(RepresentativeSchema),
}));

/**
 * 1.1: a value of the applicant's data as a host hands it to the form: which prefill key, the
 * value (an address for the address keys), and where it came from.
 */
export const PrefillEntrySchema = shakeable(() => z.object({
  key: z.enum(PREFILL_KEYS),
  value: z.union([z.string(), AddressValueSchema]),
  source: z.enum(PREFILL_SOURCES),
}));

/** 1.1: in a submission, an answer that was prefilled: from where, and whether the applicant changed it. */
export const PrefillRecordSchema = shakeable(() => z.object({
  field: text(),
  source: z.enum(PREFILL_SOURCES),
  changed: z.boolean(),
}));

export const DossierSubmissionSchema = shakeable(() => z.object({
  procedureCode: text(),
  caseId: z.optional(z.string()),
  formVersion: text(),
  /** Keyed by field id; a group's answer is an array of rows keyed by its fields' ids. */
  answers: z.record(z.string(), z.unknown()),
  attachments: z.array(z.object({ documentCode: text(), attachmentId: text() })),
  delivery: z.enum(DELIVERY_KINDS),
  applicant: ApplicantSchema,
  /** 1.1: which answers were prefilled, from where, and whether the applicant changed them. */
  prefill: z.optional(z.array(PrefillRecordSchema)),
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

// ---------------------------------------------------------------- payments (1.1)

/** When a payment is asked for: with the submission, or during processing (status 6). */
export const PAYMENT_STAGES = ['submission', 'processing'] as const;
/**
 * `pending`: waiting for the applicant (chờ thanh toán); `processing`: handed to the payment
 * platform, its confirmation not yet in; `paid`; `cancelled` by the agency; `expired` past its
 * due date. An applicant who gives up at the platform leaves the request `pending`.
 */
export const PAYMENT_STATES = ['pending', 'processing', 'paid', 'cancelled', 'expired'] as const;
/** The national payment platform of DVCQG, or the province's own. */
export const PAYMENT_PLATFORMS = ['dvcqg', 'province'] as const;

export const PaymentItemSchema = shakeable(() => z.object({
  kind: z.enum(FEE_KINDS),
  /** TenPhiLePhi. */
  name: text(),
  /** MaPhiLePhi, when the agency has one. */
  code: z.optional(z.string()),
  /** What this line costs in đồng: `unitAmount × quantity` for per-unit fees. */
  amount: nonNegativeInt(),
  quantity: z.optional(z.int().check(z.positive())),
  unitAmount: z.optional(nonNegativeInt()),
  unit: z.optional(text()),
}));

/** A request to pay, for the whole dossier or one stage of it (DanhSachLePhi). */
export const PaymentRequestSchema = shakeable(() => z.object({
  id: text(),
  stage: z.enum(PAYMENT_STAGES),
  state: z.enum(PAYMENT_STATES),
  createdAt: dateTime(),
  items: z.array(PaymentItemSchema).check(z.minLength(1)),
  /** The sum of the items, in đồng. */
  amount: nonNegativeInt(),
  currency: z.literal('VND'),
  /** The last day to pay, in Vietnam. */
  dueDate: z.optional(calendarDate()),
  platform: z.optional(z.enum(PAYMENT_PLATFORMS)),
  paidAt: z.optional(dateTime()),
  /** The electronic receipt (biên lai điện tử), once paid. */
  receiptUrl: z.optional(z.string()),
}));

/** Body of `POST /dossiers/{code}/payments/{paymentId}/checkout`. */
export const PaymentCheckoutRequestSchema = shakeable(() => z.object({
  verifier: verifier(),
  /** Where the payment platform sends the applicant back: a page of the portal. No personal data in it. */
  returnUrl: text(),
}));

/** Where to send the applicant to pay: the payment platform's hand-off URL for this request. */
export const PaymentCheckoutSchema = shakeable(() => z.object({
  paymentId: text(),
  redirectUrl: text(),
  expiresAt: z.optional(dateTime()),
}));

// ---------------------------------------------------------------- dossiers (continued)

export const DossierReceiptSchema = shakeable(() => z.object({
  code: dossierCode(),
  status: StatusCodeSchema,
  submittedAt: dateTime(),
  /** @deprecated since 1.1: the day of `appointmentAt`. */
  expectedReturnDate: z.optional(calendarDate()),
  procedure: ProcedureRefSchema,
  receiptUrl: z.optional(z.string()),
  /** 1.1: the appointment to return the result (NgayHenTra), Vietnam time. */
  appointmentAt: z.optional(dateTime()),
  /** 1.1: payments due with the submission, to be paid before processing starts. */
  paymentRequests: z.optional(z.array(PaymentRequestSchema)),
  /** 1.1: the page where this dossier can be tracked; the receipt's QR code encodes it. */
  trackingUrl: z.optional(z.string()),
}));

export const DossierLookupSchema = shakeable(() => z.object({
  code: dossierCode(),
  verifier: verifier(),
}));

export const HistoryEntrySchema = shakeable(() => z.object({
  at: dateTime(),
  status: StatusCodeSchema,
  agency: z.optional(z.string()),
  department: z.optional(z.string()),
  note: z.optional(z.string()),
}));

export const TIMELINESS = ['early', 'on-time', 'late'] as const;

/** Why the appointment moved: an extension by the agency (with an apology slip), or a supplement. */
export const APPOINTMENT_CHANGE_CAUSES = ['extension', 'supplement'] as const;

/** 1.1: one change of the appointment (NgayHenTraTruoc → NgayHenTraMoi). */
export const AppointmentChangeSchema = shakeable(() => z.object({
  at: dateTime(),
  cause: z.enum(APPOINTMENT_CHANGE_CAUSES),
  previous: dateTime(),
  next: dateTime(),
  reason: z.string(),
  /** Extensions: the apology-and-reschedule slip (phiếu xin lỗi và hẹn lại ngày trả kết quả). */
  apologySlip: z.optional(DocumentLinkSchema),
}));

/** 1.1: a result document (DanhSachGiayToKetQua), with its electronic copy when the agency issues one. */
export const ResultDocumentSchema = shakeable(() => z.object({
  name: text(),
  /** @deprecated since 1.1: `electronicCopy.url`. */
  url: z.optional(z.string()),
  /** MaGiayToKetQua. */
  code: z.optional(z.string()),
  /** The document's number (số, ký hiệu). */
  number: z.optional(z.string()),
  issuedOn: z.optional(calendarDate()),
  electronicCopy: z.optional(z.object({
    url: text(),
    mediaType: z.optional(z.string()),
    size: z.optional(nonNegativeInt()),
    /** Signed by the agency's digital signature. */
    signed: z.optional(z.boolean()),
  })),
}));

/** The three levels a citizen answers with: "Rất hài lòng", "Hài lòng", "Không hài lòng" (2, 1, 0 points). */
export const SATISFACTION_LEVELS = ['very-satisfied', 'satisfied', 'dissatisfied'] as const;

/** 1.1: one index of the evaluation of a dossier's handling, 1–11, with its points (2, 1 or 0). */
export const EvaluationIndexSchema = shakeable(() => z.object({
  index: z.int().check(z.gte(1), z.lte(11)),
  name: text(),
  points: z.literal([0, 1, 2]),
}));

/**
 * 1.1: how the dossier's handling is evaluated. Indices 1–9 are computed or recorded by the
 * back end; 10 and 11 are the citizen's answers, once they rated.
 */
export const EvaluationSchema = shakeable(() => z.object({
  indices: z.array(EvaluationIndexSchema),
  /** The citizen may rate now: the result is out and they have not rated yet. */
  ratingOpen: z.boolean(),
  rating: z.optional(z.object({
    convenience: z.enum(SATISFACTION_LEVELS),
    overall: z.enum(SATISFACTION_LEVELS),
    comment: z.optional(z.string()),
    ratedAt: dateTime(),
  })),
}));

export const DossierStatusSchema = shakeable(() => z.object({
  code: dossierCode(),
  procedure: ProcedureRefSchema,
  applicantName: z.string(),
  status: StatusCodeSchema,
  submittedAt: dateTime(),
  acceptedAt: z.optional(dateTime()),
  /** @deprecated since 1.1: the day of `appointmentAt`. */
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
      documents: z.array(z.object({
        code: text(),
        name: text(),
        /** 1.1: media types the agency accepts for this document. */
        accept: z.optional(z.array(z.string())),
        /** 1.1: the largest file the agency accepts for it. */
        maxBytes: z.optional(z.int().check(z.positive())),
      })),
      dueDate: z.optional(calendarDate()),
    }),
  ),
  /** @deprecated since 1.1: the pending request of `paymentRequests` at status 6. */
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
      documents: z.optional(z.array(ResultDocumentSchema)),
    }),
  ),
  /** 1.1: the current appointment (NgayHenTra), after extensions and supplements. */
  appointmentAt: z.optional(dateTime()),
  /** 1.1: every change of the appointment, oldest first. */
  appointmentHistory: z.optional(z.array(AppointmentChangeSchema)),
  /** 1.1: every payment request of the dossier, oldest first. */
  paymentRequests: z.optional(z.array(PaymentRequestSchema)),
  /** 1.1: the applicant's withdrawal request (status 7 until the agency decides; 8 once stopped). */
  withdrawal: z.optional(z.object({ requestedAt: dateTime(), reason: z.string() })),
  /** 1.1: the evaluation of the handling, once there is something to evaluate. */
  evaluation: z.optional(EvaluationSchema),
}));

export const SupplementSubmissionSchema = shakeable(() => z.object({
  verifier: verifier(),
  note: z.optional(z.string()),
  attachments: z.array(z.object({ documentCode: text(), attachmentId: text() })).check(z.minLength(1)),
}));

export const SupplementReceiptSchema = shakeable(() => z.object({
  dossierCode: text(),
  receivedAt: dateTime(),
  status: StatusCodeSchema,
}));

/** 1.1: body of `POST /dossiers/{code}/withdrawal`: the applicant asks to withdraw (status 7). */
export const WithdrawalRequestSchema = shakeable(() => z.object({
  verifier: verifier(),
  reason: z.string().check(z.minLength(1), z.maxLength(1000)),
}));

export const WithdrawalReceiptSchema = shakeable(() => z.object({
  dossierCode: text(),
  requestedAt: dateTime(),
  status: StatusCodeSchema,
}));

/** 1.1: body of `POST /dossiers/{code}/rating`: indices 10 (convenience) and 11 (overall). */
export const RatingSubmissionSchema = shakeable(() => z.object({
  verifier: verifier(),
  convenience: z.enum(SATISFACTION_LEVELS),
  overall: z.enum(SATISFACTION_LEVELS),
  comment: z.optional(z.string().check(z.maxLength(2000))),
}));

export const RatingReceiptSchema = shakeable(() => z.object({
  dossierCode: text(),
  ratedAt: dateTime(),
  convenience: z.enum(SATISFACTION_LEVELS),
  overall: z.enum(SATISFACTION_LEVELS),
}));

// ---------------------------------------------------------------- transparency

const count = () => nonNegativeInt();

/**
 * 1.1: the inputs of the 766 "tiến độ giải quyết" indicator for the period (Decision
 * 766/QĐ-TTg). They add up: `carriedOver + received = resolved + inProgress +
 * awaitingSupplement + withdrawn`. `onTimeRate` is `(resolved early + on time + in progress
 * within the deadline) / (resolved + in progress)`, null when both are 0; docs/api.md.
 */
export const StatsProgressSchema = shakeable(() => z.object({
  /** Received before the period and still open at its start. */
  carriedOver: count(),
  /** Received in the period, by channel. */
  received: z.object({ online: count(), inPerson: count(), post: count() }),
  /** Resolved in the period: before the appointment's day, on it, after it. */
  resolved: z.object({ early: count(), onTime: count(), late: count() }),
  /** Open at the end of the period: the appointment not yet passed, or passed. */
  inProgress: z.object({ withinDeadline: count(), overdue: count() }),
  /** Waiting for the applicant's documents at the end of the period. */
  awaitingSupplement: count(),
  /** Withdrawn or stopped in the period. */
  withdrawn: count(),
  onTimeRate: z.nullable(fraction()),
}));

export const StatsSchema = shakeable(() => z.object({
  from: z.optional(calendarDate()),
  to: z.optional(calendarDate()),
  agency: z.optional(z.string()),
  /** @deprecated since 1.1: `progress.received`. */
  received: nonNegativeInt(),
  /** @deprecated since 1.1: `progress.resolved`. */
  resolved: nonNegativeInt(),
  /** @deprecated since 1.1: `progress.inProgress`. */
  inProgress: nonNegativeInt(),
  awaitingSupplement: nonNegativeInt(),
  /** @deprecated since 1.1: resolved late plus in progress past the deadline. */
  overdue: nonNegativeInt(),
  /** @deprecated since 1.1: share of resolved dossiers resolved on time, 0–1; `progress.onTimeRate` is the 766 rate. */
  onTimeRate: z.number().check(z.gte(0), z.lte(1)),
  /** 1.1: the period the figures cover, always stated (the server's default when none was asked for). */
  period: z.optional(z.object({ from: calendarDate(), to: calendarDate() })),
  /** 1.1: what the figures cover: the whole deployment, or one agency. */
  scope: z.optional(z.object({ name: text(), agency: z.optional(z.object({ code: text(), name: text() })) })),
  progress: z.optional(StatsProgressSchema),
  /** 1.1: the citizens' evaluations in the period: how many, and the share "Rất hài lòng" or "Hài lòng" overall. */
  satisfaction: z.optional(z.object({ responses: count(), rate: z.nullable(fraction()) })),
  /** 1.1: month by month over the period, for a trend. */
  monthly: z.optional(z.array(z.object({
    month: yearMonth(),
    received: count(),
    resolved: count(),
    onTimeRate: z.nullable(fraction()),
  }))),
}));

// ---------------------------------------------------------------- working calendar (1.1)

/**
 * `holiday`: a public holiday (Labour Code 2019 art. 112); `day-off`: a weekday off by the
 * year's announcement (a compensatory day, or the free side of a swap); `working-day`: a
 * weekend day worked instead (làm bù).
 */
export const CALENDAR_DAY_KINDS = ['holiday', 'day-off', 'working-day'] as const;

export const CalendarDaySchema = shakeable(() => z.object({
  date: calendarDate(),
  kind: z.enum(CALENDAR_DAY_KINDS),
  name: text(),
  note: z.optional(z.string()),
  /** Not announced yet: the day follows the Labour Code alone and may still change. */
  provisional: z.optional(z.boolean()),
}));

/** The days one-stop offices work in a year, Vietnam time: what deadlines are counted on. */
export const CalendarSchema = shakeable(() => z.object({
  year: z.int().check(z.gte(2000), z.lte(2100)),
  timeZone: z.literal('Asia/Ho_Chi_Minh'),
  /** Days of the week not worked, 0 = Sunday … 6 = Saturday. */
  weekend: z.array(z.int().check(z.gte(0), z.lte(6))),
  /** Office hours of a working day; working hours are counted inside them. */
  workingHours: z.array(z.object({ start: timeOfDay(), end: timeOfDay() })),
  /** Every exception to the week, in date order. */
  days: z.array(CalendarDaySchema),
  /** The law and the announcements the days come from. */
  sources: z.array(LegalReferenceSchema),
}));

// ---------------------------------------------------------------- reference data

export const SectorSchema = shakeable(() => z.object({
  code: text(),
  name: text(),
  procedureCount: z.optional(nonNegativeInt()),
}));
export const SectorListSchema = shakeable(() => z.object({ items: z.array(SectorSchema) }));

export const AgencySchema = shakeable(() => z.object({
  code: text(),
  name: text(),
  level: z.enum(LEVELS),
  /** 1.1: a local office of a vertical system (ngành dọc: police, tax, social insurance), and the body it belongs to. */
  vertical: z.optional(z.object({ code: z.optional(z.string()), name: text() })),
}));
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
export type LegalReference = z.infer<typeof LegalReferenceSchema>;
export type DocumentLink = z.infer<typeof DocumentLinkSchema>;
export type Problem = z.infer<typeof ProblemSchema>;
export type Level = (typeof LEVELS)[number];
export type OnlineLevel = (typeof ONLINE_LEVELS)[number];
export type Audience = (typeof AUDIENCES)[number];
export type Duration = z.infer<typeof DurationSchema>;
export type Fee = z.infer<typeof FeeSchema>;
export type FeeKind = (typeof FEE_KINDS)[number];
export type FeeItem = z.infer<typeof FeeItemSchema>;
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
export type PrefillSource = (typeof PREFILL_SOURCES)[number];
export type Field = z.infer<typeof FieldSchema>;
export type GroupItemKind = (typeof GROUP_ITEM_KINDS)[number];
export type GroupItemField = z.infer<typeof GroupItemFieldSchema>;
export type FormStep = z.infer<typeof FormStepSchema>;
export type AttachmentRequirement = z.infer<typeof AttachmentRequirementSchema>;
export type FormDefinition = z.infer<typeof FormDefinitionSchema>;
export type AddressValue = z.infer<typeof AddressValueSchema>;
export type Attachment = z.infer<typeof AttachmentSchema>;
export type DeliveryKind = (typeof DELIVERY_KINDS)[number];
export type ApplicantType = (typeof APPLICANT_TYPES)[number];
export type RepresentationBasis = (typeof REPRESENTATION_BASES)[number];
export type Representative = z.infer<typeof RepresentativeSchema>;
export type Applicant = z.infer<typeof ApplicantSchema>;
export type PrefillEntry = z.infer<typeof PrefillEntrySchema>;
export type PrefillRecord = z.infer<typeof PrefillRecordSchema>;
export type DossierSubmission = z.infer<typeof DossierSubmissionSchema>;
export type ProcedureRef = z.infer<typeof ProcedureRefSchema>;
export type StatusCode = (typeof STATUS_CODES)[number];
export type PaymentStage = (typeof PAYMENT_STAGES)[number];
export type PaymentState = (typeof PAYMENT_STATES)[number];
export type PaymentPlatform = (typeof PAYMENT_PLATFORMS)[number];
export type PaymentItem = z.infer<typeof PaymentItemSchema>;
export type PaymentRequest = z.infer<typeof PaymentRequestSchema>;
export type PaymentCheckoutRequest = z.infer<typeof PaymentCheckoutRequestSchema>;
export type PaymentCheckout = z.infer<typeof PaymentCheckoutSchema>;
export type DossierReceipt = z.infer<typeof DossierReceiptSchema>;
export type DossierLookup = z.infer<typeof DossierLookupSchema>;
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;
export type Timeliness = (typeof TIMELINESS)[number];
export type AppointmentChangeCause = (typeof APPOINTMENT_CHANGE_CAUSES)[number];
export type AppointmentChange = z.infer<typeof AppointmentChangeSchema>;
export type ResultDocument = z.infer<typeof ResultDocumentSchema>;
export type SatisfactionLevel = (typeof SATISFACTION_LEVELS)[number];
export type EvaluationIndex = z.infer<typeof EvaluationIndexSchema>;
export type Evaluation = z.infer<typeof EvaluationSchema>;
export type DossierStatus = z.infer<typeof DossierStatusSchema>;
export type SupplementSubmission = z.infer<typeof SupplementSubmissionSchema>;
export type SupplementReceipt = z.infer<typeof SupplementReceiptSchema>;
export type WithdrawalRequest = z.infer<typeof WithdrawalRequestSchema>;
export type WithdrawalReceipt = z.infer<typeof WithdrawalReceiptSchema>;
export type RatingSubmission = z.infer<typeof RatingSubmissionSchema>;
export type RatingReceipt = z.infer<typeof RatingReceiptSchema>;
export type StatsProgress = z.infer<typeof StatsProgressSchema>;
export type Stats = z.infer<typeof StatsSchema>;
export type CalendarDayKind = (typeof CALENDAR_DAY_KINDS)[number];
export type CalendarDay = z.infer<typeof CalendarDaySchema>;
export type Calendar = z.infer<typeof CalendarSchema>;
export type Sector = z.infer<typeof SectorSchema>;
export type SectorList = z.infer<typeof SectorListSchema>;
export type Agency = z.infer<typeof AgencySchema>;
export type AgencyList = z.infer<typeof AgencyListSchema>;
export type AdministrativeUnit = z.infer<typeof AdministrativeUnitSchema>;
export type AdministrativeUnitList = z.infer<typeof AdministrativeUnitListSchema>;

/** The condition of a field (`all`, `any`, `not` included); kept for the code written while `Field` declared the 1.0 leaf. */
export function conditionOf(field: { visibleWhen?: Condition | undefined }): Condition | undefined {
  return field.visibleWhen;
}
