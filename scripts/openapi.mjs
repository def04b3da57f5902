#!/usr/bin/env node
// Generates docs/openapi.json (OpenAPI 3.1) from the zod contract: the schemas of src/api/schemas.ts
// under the ids src/api/contract.ts registers.
//
//   node scripts/openapi.mjs           write docs/openapi.json
//   node scripts/openapi.mjs --check   exit 1 when docs/openapi.json is stale
//   --output <file>                       another target (the tests check a scratch copy)
//
// The schemas are the single source of truth: `components.schemas` is zod's own JSON Schema
// output for every schema registered in the `contract` registry, and the request and response
// bodies below only point at them by id. What zod cannot know (paths, parameters, headers,
// status codes) is written here, once, from shared/design/api-v1.md and docs/decisions.md.
//
// schemas.ts and contract.ts are TypeScript, so they are bundled in memory with esbuild
// (together with zod, so the registry and `toJSONSchema` come from one copy of zod) and
// imported from a data: URL: no build step, no temporary files, about 0.2 s.
import { resolve } from 'node:path';
import { generatorCommand, importTypeScript, ROOT, runAsScript } from './generated-file.mjs';

export { ROOT };
export const OUTPUT = resolve(ROOT, 'docs/openapi.json');

/** Every API version 1 document; bump the minor for additive changes, see docs/api.md. */
const API_VERSION = '1.1.0';
const REF_PREFIX = '#/components/schemas/';
const PROBLEM_BASE = 'https://motcua.dev/problems/';

// ------------------------------------------------------------------ loading the contract

/**
 * Bundles src/api/schemas.ts with the registry of src/api/contract.ts and imports them.
 * Returns the schemas module's exports, `contract`, the route table `ROUTES`, `toJSONSchema`
 * from the same copy of zod, and `schemasById` (registry id → zod schema).
 */
export async function loadContract() {
  const module = await importTypeScript(
    "export * from './src/api/schemas.ts';\n" +
      "export { contract } from './src/api/contract.ts';\n" +
      "export { ROUTES } from './src/api/routes.ts';\n" +
      "export { toJSONSchema, safeParse } from 'zod/mini';\n",
    'openapi-entry.ts',
  );
  const schemasById = new Map();
  for (const value of Object.values(module)) {
    const id = value && typeof value === 'object' && '_zod' in value ? module.contract.get(value)?.id : undefined;
    if (id !== undefined) schemasById.set(id, value);
  }
  return { ...module, schemasById };
}

// ------------------------------------------------------------------ components.schemas

/**
 * zod's JSON Schema for every registered schema, with references as `#/components/schemas/<Id>`.
 *
 * `io: 'input'` describes what the client accepts: its objects strip unknown keys rather than
 * reject them, so a back end may add fields without breaking anyone and the document must not
 * claim `additionalProperties: false`. The clean-up in `tidy` only removes noise that carries no
 * constraint a JSON reader would miss (see there).
 */
export function componentSchemas(contract) {
  const { schemas } = contract.toJSONSchema(contract.contract, {
    target: 'draft-2020-12',
    io: 'input',
    metadata: contract.contract, // ids and descriptions live in our registry, not zod's global one
    uri: (id) => REF_PREFIX + id,
  });
  if ('__shared' in schemas) {
    throw new Error(`zod emitted shared $defs (${Object.keys(schemas.__shared.$defs ?? {}).join(', ')}): register those schemas in the contract`);
  }
  const out = {};
  for (const [id, schema] of Object.entries(schemas)) {
    const { $schema, $id, ...rest } = schema; // OpenAPI 3.1 components take the document's dialect
    out[id] = tidy(rest);
  }
  return out;
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

function tidy(node) {
  if (Array.isArray(node)) return node.map(tidy);
  if (node === null || typeof node !== 'object') return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) out[key] = tidy(value);
  // z.int() states JavaScript's safe-integer range on every integer; that is the limit of JSON
  // numbers in browsers anyway, and on every field it hides the real bounds.
  if (out.type === 'integer') {
    if (out.minimum === -MAX_SAFE) delete out.minimum;
    if (out.maximum === MAX_SAFE) delete out.maximum;
  }
  // `format: date-time` / `date` already say RFC 3339; zod's long validation regex next to it
  // only makes the document unreadable.
  if (out.type === 'string' && (out.format === 'date-time' || out.format === 'date')) delete out.pattern;
  // A union of literals of one type (the status codes 1–10) reads better as an enum.
  if (Array.isArray(out.anyOf) && out.anyOf.length > 1 && out.anyOf.every(isPlainConst)) {
    const types = new Set(out.anyOf.map((branch) => branch.type));
    if (types.size === 1) {
      const values = out.anyOf.map((branch) => branch.const);
      let [type] = types;
      if (type === 'number' && values.every(Number.isInteger)) type = 'integer';
      delete out.anyOf;
      return { ...out, type, enum: values };
    }
  }
  return out;
}

function isPlainConst(branch) {
  return branch && typeof branch === 'object' && 'const' in branch && Object.keys(branch).every((k) => k === 'const' || k === 'type');
}

// ------------------------------------------------------------------ examples

/**
 * Realistic examples, keyed by the schema they illustrate. The test validates every one of them
 * against its zod schema, so an example can never drift away from the contract.
 */
export const EXAMPLES = {
  ProcedureList: {
    items: [
      {
        code: '1.001193',
        name: 'Đăng ký khai sinh',
        sector: { code: 'ho-tich', name: 'Hộ tịch' },
        levels: ['commune'],
        agencies: [{ code: '000.20.01.H22', name: 'Ủy ban nhân dân cấp xã', onlineLevel: 'full' }],
        onlineLevel: 'full',
        processingTime: { value: 1, unit: 'working-day', note: 'Trong ngày nếu nhận hồ sơ trước 15 giờ' },
        fee: null,
        updatedAt: '2025-07-01T08:00:00+07:00',
        feeItems: [
          {
            kind: 'le-phi',
            name: 'Lệ phí đăng ký khai sinh',
            amount: 0,
            currency: 'VND',
            note: 'Miễn lệ phí khi đăng ký đúng hạn',
          },
        ],
      },
    ],
    total: 1,
    page: 1,
    pageSize: 20,
    facets: {
      sector: [{ value: 'ho-tich', label: 'Hộ tịch', count: 1 }],
      level: [{ value: 'commune', label: 'Cấp xã', count: 1 }],
      onlineLevel: [{ value: 'full', label: 'Toàn trình', count: 1 }],
    },
  },
  ProcedureDetail: {
    code: '1.001193',
    name: 'Đăng ký khai sinh',
    sector: { code: 'ho-tich', name: 'Hộ tịch' },
    levels: ['commune'],
    agencies: [{ code: '000.20.01.H22', name: 'Ủy ban nhân dân cấp xã' }],
    onlineLevel: 'full',
    processingTime: { value: 1, unit: 'working-day' },
    fee: null,
    updatedAt: '2025-07-01T08:00:00+07:00',
    description: 'Đăng ký khai sinh cho trẻ em sinh ra tại Việt Nam, thực hiện tại Ủy ban nhân dân cấp xã nơi cư trú của cha hoặc mẹ.',
    audiences: ['citizen'],
    channels: [
      {
        kind: 'online',
        processingTime: { value: 1, unit: 'working-day' },
        fees: [{ description: 'Miễn lệ phí khi đăng ký đúng hạn', amount: 0, currency: 'VND' }],
        feeItems: [
          { kind: 'le-phi', name: 'Lệ phí đăng ký khai sinh', amount: 0, currency: 'VND', note: 'Miễn lệ phí khi đăng ký đúng hạn' },
          {
            kind: 'phi',
            name: 'Phí cấp bản sao trích lục khai sinh',
            amount: 8000,
            currency: 'VND',
            unit: 'bản',
            exemptions: ['Trẻ em thuộc hộ nghèo, người khuyết tật'],
          },
        ],
        onlineLevel: 'full',
      },
      {
        kind: 'in-person',
        processingTime: { value: 1, unit: 'working-day' },
        fees: [{ description: 'Miễn lệ phí khi đăng ký đúng hạn', amount: 0, currency: 'VND' }],
        feeItems: [
          { kind: 'le-phi', name: 'Lệ phí đăng ký khai sinh', amount: 0, currency: 'VND', note: 'Miễn lệ phí khi đăng ký đúng hạn' },
          { kind: 'le-phi', name: 'Lệ phí đăng ký khai sinh quá hạn', amount: null, currency: 'VND', note: 'Theo nghị quyết của Hội đồng nhân dân tỉnh' },
        ],
      },
    ],
    cases: [
      {
        id: 'dung-han',
        name: 'Đăng ký khai sinh đúng hạn',
        steps: [
          'Nộp tờ khai và giấy tờ theo quy định.',
          'Công chức tư pháp - hộ tịch kiểm tra hồ sơ.',
          'Chủ tịch Ủy ban nhân dân cấp xã ký Giấy khai sinh.',
        ],
        documents: [
          { code: 'TK-KS', name: 'Tờ khai đăng ký khai sinh', originals: 1, copies: 0, required: true, templateUrl: 'https://dichvucong.example.gov.vn/mau/TK-KS.docx' },
          { code: 'GCS', name: 'Giấy chứng sinh', originals: 1, copies: 0, required: true },
        ],
      },
    ],
    requirements: 'Đăng ký trong thời hạn 60 ngày kể từ ngày sinh.',
    results: [{ name: 'Giấy khai sinh (bản chính)' }],
    legalBasis: [{ number: '60/2014/QH13', title: 'Luật Hộ tịch' }],
    intakeAddress: 'Bộ phận Một cửa, Ủy ban nhân dân cấp xã',
    formVersion: '2025-07-01.1',
  },
  FormDefinition: {
    procedureCode: '1.001193',
    version: '2025-07-01.1',
    title: 'Tờ khai đăng ký khai sinh',
    steps: [
      {
        id: 'nguoi-yeu-cau',
        title: 'Người yêu cầu',
        fields: [
          { id: 'requesterName', kind: 'text', label: 'Họ, chữ đệm và tên', required: true, maxLength: 100, prefill: 'fullName' },
          { id: 'requesterId', kind: 'national-id', label: 'Số định danh cá nhân', required: true, prefill: 'nationalId' },
          {
            id: 'relationship',
            kind: 'select',
            label: 'Quan hệ với trẻ',
            required: true,
            options: [
              { value: 'cha', label: 'Cha' },
              { value: 'me', label: 'Mẹ' },
              { value: 'nguoi-than', label: 'Người thân thích khác' },
            ],
          },
          {
            id: 'relationshipDetail',
            kind: 'text',
            label: 'Ghi rõ quan hệ',
            required: true,
            visibleWhen: { field: 'relationship', equals: 'nguoi-than' },
          },
          { id: 'residence', kind: 'address', label: 'Nơi cư trú', required: true, prefill: 'currentAddress', prefillReadOnly: true },
          {
            id: 'witnesses',
            kind: 'group',
            label: 'Người làm chứng',
            itemLabel: 'Người làm chứng',
            minItems: 1,
            maxItems: 2,
            visibleWhen: { all: [{ field: 'birthPlaceKind', equals: 'nha' }, { not: { field: 'hasBirthCertificate', equals: true } }] },
            fields: [
              { id: 'name', kind: 'text', label: 'Họ và tên', required: true, maxLength: 100 },
              { id: 'nationalId', kind: 'national-id', label: 'Số định danh cá nhân', required: true },
              { id: 'relationship', kind: 'text', label: 'Quan hệ với trẻ', visibleWhen: { field: 'name', filled: true } },
            ],
          },
        ],
      },
    ],
    attachments: [
      {
        documentCode: 'GCS',
        name: 'Giấy chứng sinh',
        required: true,
        accept: ['application/pdf', 'image/jpeg', 'image/png'],
        maxBytes: 10485760,
        maxFiles: 1,
      },
    ],
    declaration: 'Tôi cam đoan nội dung khai trên đây là đúng sự thật và chịu trách nhiệm trước pháp luật về cam đoan của mình.',
    applicantTypes: ['citizen', 'foreigner'],
    acceptsRepresentative: true,
  },
  Attachment: {
    id: 'att_7f3c2a9e',
    name: 'giay-chung-sinh.pdf',
    size: 284113,
    mediaType: 'application/pdf',
    sha256: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
  },
  DossierSubmission: {
    procedureCode: '1.001193',
    formVersion: '2025-07-01.1',
    answers: {
      requesterName: 'Nguyễn Văn An',
      requesterId: '001090012345',
      relationship: 'cha',
      residence: { provinceCode: '01', communeCode: '00004', street: 'Số 12 phố Đội Cấn' },
    },
    attachments: [
      { documentCode: 'GCS', attachmentId: 'att_7f3c2a9e' },
      { documentCode: 'UQ', attachmentId: 'att_5be1d730' },
    ],
    delivery: 'online',
    applicant: {
      type: 'citizen',
      fullName: 'Nguyễn Văn An',
      nationalId: '001090012345',
      phone: '0912345678',
      email: 'an.nguyen@example.vn',
      representative: {
        basis: 'authorised',
        fullName: 'Trần Thị Bình',
        nationalId: '001192034567',
        phone: '0987654321',
        authorisation: { attachmentId: 'att_5be1d730', number: '12/2026/UQ', issuedOn: '2026-11-20' },
      },
    },
    prefill: [
      { field: 'requesterName', source: 'vneid', changed: false },
      { field: 'requesterId', source: 'vneid', changed: false },
      { field: 'residence', source: 'population-db', changed: true },
    ],
  },
  DossierReceipt: {
    code: '000.20.01.H22-261122-0001',
    status: 1,
    submittedAt: '2026-11-22T09:30:00+07:00',
    expectedReturnDate: '2026-11-23',
    procedure: { code: '1.001193', name: 'Đăng ký khai sinh' },
    receiptUrl: 'https://dichvucong.example.gov.vn/bien-nhan/000.20.01.H22-261122-0001.pdf',
    appointmentAt: '2026-11-23T09:30:00+07:00',
    paymentRequests: [
      {
        id: 'pay_000001',
        stage: 'submission',
        state: 'pending',
        createdAt: '2026-11-22T09:30:00+07:00',
        items: [{ kind: 'phi', name: 'Phí cấp bản sao trích lục khai sinh', amount: 16000, quantity: 2, unitAmount: 8000, unit: 'bản' }],
        amount: 16000,
        currency: 'VND',
        dueDate: '2026-11-25',
        platform: 'dvcqg',
      },
    ],
    trackingUrl: 'https://dichvucong.example.gov.vn/tra-cuu?code=000.20.01.H22-261122-0001',
  },
  DossierLookup: { code: '000.20.01.H22-261122-0001', verifier: '5678' },
  DossierStatus: {
    code: '000.20.01.H22-261122-0001',
    procedure: { code: '1.001193', name: 'Đăng ký khai sinh' },
    applicantName: 'Nguyễn V. A.',
    status: 5,
    submittedAt: '2026-11-22T09:30:00+07:00',
    acceptedAt: '2026-11-22T10:05:00+07:00',
    expectedReturnDate: '2026-11-23',
    overdue: false,
    timeliness: null,
    agency: { name: 'Ủy ban nhân dân phường Ba Đình' },
    history: [
      { at: '2026-11-22T09:30:00+07:00', status: 1 },
      { at: '2026-11-22T10:05:00+07:00', status: 2, agency: 'Ủy ban nhân dân phường Ba Đình', department: 'Bộ phận Một cửa' },
      { at: '2026-11-22T14:20:00+07:00', status: 5, department: 'Công chức tư pháp - hộ tịch', note: 'Giấy chứng sinh bị mờ, đề nghị nộp lại bản rõ nét.' },
    ],
    supplementRequest: {
      requestedAt: '2026-11-22T14:20:00+07:00',
      reason: 'Giấy chứng sinh bị mờ, đề nghị nộp lại bản rõ nét.',
      documents: [{ code: 'GCS', name: 'Giấy chứng sinh', accept: ['application/pdf', 'image/jpeg'], maxBytes: 5242880 }],
      dueDate: '2026-11-29',
    },
    appointmentAt: '2026-11-25T10:05:00+07:00',
    appointmentHistory: [
      {
        at: '2026-11-24T16:00:00+07:00',
        cause: 'extension',
        previous: '2026-11-23T10:05:00+07:00',
        next: '2026-11-25T10:05:00+07:00',
        reason: 'Cần xác minh thông tin nơi sinh với cơ sở y tế.',
        apologySlip: {
          name: 'Phiếu xin lỗi và hẹn lại ngày trả kết quả',
          url: 'https://dichvucong.example.gov.vn/phieu/000.20.01.H22-261122-0001-xin-loi.pdf',
        },
      },
    ],
  },
  SupplementSubmission: {
    verifier: '5678',
    note: 'Nộp lại Giấy chứng sinh bản rõ nét.',
    attachments: [{ documentCode: 'GCS', attachmentId: 'att_81d0b4c2' }],
  },
  SupplementReceipt: { dossierCode: '000.20.01.H22-261122-0001', receivedAt: '2026-11-23T08:15:00+07:00', status: 4 },
  WithdrawalRequest: { verifier: '5678', reason: 'Tôi đã đăng ký khai sinh cho cháu tại nơi khác.' },
  WithdrawalReceipt: { dossierCode: '000.20.01.H22-261122-0001', requestedAt: '2026-11-22T16:40:00+07:00', status: 7 },
  RatingSubmission: { verifier: '5678', convenience: 'very-satisfied', overall: 'satisfied', comment: 'Nhận kết quả đúng hẹn.' },
  RatingReceipt: { dossierCode: '000.20.01.H22-261122-0001', ratedAt: '2026-11-24T08:10:00+07:00', convenience: 'very-satisfied', overall: 'satisfied' },
  PaymentCheckoutRequest: { verifier: '5678', returnUrl: 'https://dichvucong.example.gov.vn/tra-cuu?code=000.20.01.H22-261122-0001' },
  PaymentCheckout: {
    paymentId: 'pay_000001',
    redirectUrl: 'https://thanhtoan.dichvucong.gov.vn/pay?transaction=7f3c2a9e',
    expiresAt: '2026-11-22T10:00:00+07:00',
  },
  Stats: {
    from: '2026-01-01',
    to: '2026-06-30',
    received: 5808,
    resolved: 5601,
    inProgress: 113,
    awaitingSupplement: 94,
    overdue: 12,
    onTimeRate: 0.963,
    period: { from: '2026-01-01', to: '2026-06-30' },
    scope: { name: 'Toàn tỉnh' },
    progress: {
      carriedOver: 210,
      received: { online: 4102, inPerson: 1650, post: 56 },
      resolved: { early: 3390, onTime: 2004, late: 207 },
      inProgress: { withinDeadline: 104, overdue: 9 },
      awaitingSupplement: 94,
      withdrawn: 210,
      onTimeRate: 0.9615,
    },
    satisfaction: { responses: 1204, rate: 0.974 },
    monthly: [
      { month: '2026-01', received: 980, resolved: 951, onTimeRate: 0.958 },
      { month: '2026-02', received: 744, resolved: 761, onTimeRate: 0.962 },
    ],
  },
  Calendar: {
    year: 2026,
    timeZone: 'Asia/Ho_Chi_Minh',
    weekend: [0, 6],
    workingHours: [
      { start: '08:00', end: '12:00' },
      { start: '13:00', end: '17:00' },
    ],
    days: [
      { date: '2026-01-01', kind: 'holiday', name: 'Tết Dương lịch' },
      { date: '2026-01-02', kind: 'day-off', name: 'Nghỉ hoán đổi dịp Tết Dương lịch', note: 'Làm bù thứ Bảy 10/01/2026' },
      { date: '2026-01-10', kind: 'working-day', name: 'Làm bù cho ngày 02/01/2026' },
    ],
    sources: [{ number: '45/2019/QH14', title: 'Bộ luật Lao động, Điều 112' }],
  },
  SectorList: {
    items: [
      { code: 'ho-tich', name: 'Hộ tịch', procedureCount: 48 },
      { code: 'xay-dung', name: 'Xây dựng', procedureCount: 37 },
    ],
  },
  AgencyList: {
    items: [
      { code: '000.20.01.H22', name: 'Ủy ban nhân dân cấp xã', level: 'commune' },
      { code: '000.00.12.H22', name: 'Sở Tư pháp', level: 'province' },
      { code: '000.00.09.H22', name: 'Công an tỉnh', level: 'province', vertical: { code: 'bo-cong-an', name: 'Bộ Công an' } },
    ],
  },
  AdministrativeUnitList: {
    items: [
      { code: '01', name: 'Thành phố Hà Nội', level: 'province' },
      { code: '19', name: 'Tỉnh Thái Nguyên', level: 'province' },
    ],
  },
};

/** Problem examples, keyed by problem kind (the last segment of `type`). */
export const PROBLEM_EXAMPLES = {
  'invalid-parameters': {
    type: `${PROBLEM_BASE}invalid-parameters`,
    title: 'Tham số không hợp lệ',
    status: 400,
    errors: [{ field: 'pageSize', code: 'range', message: 'Số mục mỗi trang từ 1 đến 100' }],
  },
  'invalid-body': {
    type: `${PROBLEM_BASE}invalid-body`,
    title: 'Nội dung yêu cầu không hợp lệ',
    status: 400,
    detail: 'Nội dung yêu cầu không phải JSON hợp lệ.',
  },
  'idempotency-key-required': {
    type: `${PROBLEM_BASE}idempotency-key-required`,
    title: 'Thiếu khóa Idempotency-Key',
    status: 400,
  },
  'not-found': { type: `${PROBLEM_BASE}not-found`, title: 'Không tìm thấy', status: 404 },
  'dossier-not-found': {
    type: `${PROBLEM_BASE}not-found`,
    title: 'Không tìm thấy',
    status: 404,
    detail: 'Không tìm thấy hồ sơ với mã và thông tin xác minh đã nhập.',
  },
  'form-version-changed': {
    type: `${PROBLEM_BASE}form-version-changed`,
    title: 'Biểu mẫu đã thay đổi',
    status: 409,
    detail: 'Biểu mẫu đã được cập nhật sau khi bạn mở. Vui lòng kiểm tra lại các câu trả lời.',
  },
  'invalid-state': {
    type: `${PROBLEM_BASE}invalid-state`,
    title: 'Hồ sơ không ở trạng thái phù hợp',
    status: 409,
    detail: 'Hồ sơ không có yêu cầu bổ sung.',
  },
  'already-rated': {
    type: `${PROBLEM_BASE}already-rated`,
    title: 'Hồ sơ đã được đánh giá',
    status: 409,
    detail: 'Mỗi hồ sơ chỉ được đánh giá một lần.',
  },
  'file-too-large': {
    type: `${PROBLEM_BASE}file-too-large`,
    title: 'Tệp quá lớn',
    status: 413,
    detail: 'Tệp vượt quá 10 MB.',
  },
  'unsupported-media-type': {
    type: `${PROBLEM_BASE}unsupported-media-type`,
    title: 'Loại tệp không được chấp nhận',
    status: 415,
    detail: 'Chỉ nhận tệp PDF, JPEG hoặc PNG.',
  },
  'validation-failed': {
    type: `${PROBLEM_BASE}validation-failed`,
    title: 'Dữ liệu chưa hợp lệ',
    status: 422,
    errors: [
      { field: 'answers.residence', code: 'address', message: 'Chưa chọn đủ tỉnh/thành phố và xã/phường' },
      { field: 'attachments.GCS', code: 'required', message: 'Chưa đính kèm Giấy chứng sinh' },
    ],
  },
  'too-many-requests': {
    type: `${PROBLEM_BASE}too-many-requests`,
    title: 'Quá nhiều yêu cầu',
    status: 429,
    retryAfter: 30,
  },
  'service-unavailable': {
    type: `${PROBLEM_BASE}service-unavailable`,
    title: 'Dịch vụ tạm thời gián đoạn',
    status: 503,
    retryAfter: 120,
  },
  'server-error': { type: `${PROBLEM_BASE}server-error`, title: 'Lỗi hệ thống', status: 500 },
};

// ------------------------------------------------------------------ paths

const ref = (id) => ({ $ref: REF_PREFIX + id });

function jsonContent(schemaId, exampleKey = schemaId) {
  const content = { schema: ref(schemaId) };
  if (EXAMPLES[exampleKey] !== undefined) content.example = EXAMPLES[exampleKey];
  return { 'application/json': content };
}

/** A problem+json response; `kinds` are the problem types a client may meet under this status. */
function problemResponse(description, kinds, { retryAfter = false } = {}) {
  const response = { description };
  if (retryAfter) response.headers = { 'Retry-After': { $ref: '#/components/headers/Retry-After' } };
  const content = { schema: ref('Problem') };
  if (kinds.length === 1) content.example = PROBLEM_EXAMPLES[kinds[0]];
  else content.examples = Object.fromEntries(kinds.map((kind) => [kind, { value: PROBLEM_EXAMPLES[kind] }]));
  response.content = { 'application/problem+json': content };
  return response;
}

const responseRef = (name) => ({ $ref: `#/components/responses/${name}` });

/** Answers every endpoint can give: rate limiting, maintenance, and any other problem. */
const COMMON_ERRORS = {
  429: responseRef('TooManyRequests'),
  503: responseRef('ServiceUnavailable'),
  default: responseRef('UnexpectedProblem'),
};

function query(name, schema, description, extra = {}) {
  return { name, in: 'query', required: false, description, schema, ...extra };
}

/**
 * A filter that may carry several values, written as a repeated parameter
 * (`?level=province&level=commune`, form style, exploded), which is what URLSearchParams.append
 * produces. One value is simply a list of one.
 */
function filter(name, items, description) {
  return query(name, { type: 'array', items }, `${description} Repeat the parameter for several values (any of them matches); the mock back end also accepts a comma-separated list.`, {
    style: 'form',
    explode: true,
  });
}

/**
 * What the route table cannot say about each operation: its words, its query and path
 * parameters, its request body when not JSON, and its error answers. Keyed by operation id;
 * every route of src/api/routes.ts must have an entry and every entry a route.
 */
function operationDocs(contract) {
  const procedureCode = {
    name: 'code',
    in: 'path',
    required: true,
    description: 'Procedure code from the national procedure database (MATTHC), e.g. `1.001193`.',
    schema: { type: 'string', minLength: 1 },
    example: '1.001193',
  };
  const dossierCode = {
    name: 'code',
    in: 'path',
    required: true,
    description: 'Dossier code (MaHoSo), `<unit code>-<YYMMDD>-<NNNN>`; the unit code has 13 characters (`000.00.01.H22`).',
    schema: { type: 'string', pattern: contract.DOSSIER_CODE_PATTERN.source },
    example: '000.20.01.H22-261122-0001',
  };
  const paymentId = {
    name: 'paymentId',
    in: 'path',
    required: true,
    description: 'The payment request (`PaymentRequest.id`).',
    schema: { type: 'string', minLength: 1 },
    example: 'pay_000001',
  };
  const verifierNote = 'The verifier travels in the body, never in the URL; an unknown code and a wrong verifier give the same 404, as for lookup.';

  return {
    searchProcedures: {
      summary: 'Search the procedure catalogue',
      description:
        'Free-text search with filters and facet counts. `q` matches name, code and keywords without diacritics and without case (`cap giay phep xay dung` finds `Cấp giấy phép xây dựng`). Facets are counted over the current query.',
      query: [
        query('q', { type: 'string' }, 'Free text.', { example: 'khai sinh' }),
        filter('sector', { type: 'string' }, 'Sector code (`Sector.code`, LINHVUCTHUCHIEN.MALINHVUC).'),
        filter('level', { type: 'string', enum: [...contract.LEVELS] }, 'Level that carries out the procedure (CAPTHUCHIEN); `central` is "Cấp Bộ".'),
        filter('agency', { type: 'string' }, 'Agency code (`Agency.code`).'),
        filter('onlineLevel', { type: 'string', enum: [...contract.ONLINE_LEVELS] }, 'How far the procedure can be done online (at any of its agencies).'),
        filter('audience', { type: 'string', enum: [...contract.AUDIENCES] }, 'Who may use the procedure (DOITUONGTHUCHIEN).'),
        query('page', { type: 'integer', minimum: 1, default: 1 }, '1-based page number.'),
        query('pageSize', { type: 'integer', minimum: 1, maximum: 100, default: 20 }, 'Results per page.'),
      ],
      success: 'One page of results with facets.',
      errors: { 400: problemResponse('A parameter is invalid (unknown enum value, page size over 100…).', ['invalid-parameters']) },
    },
    getProcedure: {
      summary: 'One procedure in full',
      description: 'Every text is plain text: clients render it as text, never as HTML.',
      path: [procedureCode],
      success: 'The procedure.',
      errors: { 404: problemResponse('No procedure has this code.', ['not-found']) },
    },
    getForm: {
      summary: 'The electronic application form (tờ khai điện tử) of a procedure',
      description:
        'Forms are data and versioned: `version` changes whenever the form changes, and a dossier is submitted with the version it was filled in against. Labels come in the language of `Accept-Language` when the back end has them (`Content-Language` says which).',
      path: [procedureCode],
      query: [query('case', { type: 'string' }, 'Case id (`ProcedureCase.id`) when the form depends on the case.')],
      success: 'The current form.',
      errors: {
        404: problemResponse('No such procedure or case, or the procedure cannot be filed online (`formVersion` is null).', ['not-found']),
      },
    },
    uploadAttachment: {
      summary: 'Upload one file for a dossier being prepared',
      description:
        'The returned `id` is referenced from `DossierSubmission.attachments`, `SupplementSubmission.attachments` or a representative’s authorisation. `accept`, `maxBytes` and `maxFiles` come from the form (`AttachmentRequirement`); the server checks them again.',
      requestBody: {
        required: true,
        content: {
          'multipart/form-data': {
            schema: {
              type: 'object',
              required: ['file', 'procedureCode', 'documentCode'],
              properties: {
                file: { type: 'string', contentMediaType: 'application/octet-stream', description: 'The file, with its name.' },
                procedureCode: { type: 'string', minLength: 1, description: 'Procedure code (MATTHC).' },
                documentCode: { type: 'string', minLength: 1, description: 'Document code from `AttachmentRequirement.documentCode`.' },
              },
            },
            encoding: { file: { contentType: '*/*' } },
          },
        },
      },
      success: 'Stored.',
      errors: {
        400: problemResponse('A part is missing or malformed.', ['invalid-body']),
        404: problemResponse('No procedure has this `procedureCode`.', ['not-found']),
        413: problemResponse('The file is larger than `maxBytes`.', ['file-too-large']),
        415: problemResponse('The file type is not in `accept`.', ['unsupported-media-type']),
      },
    },
    createDossier: {
      summary: 'Submit a dossier (nộp hồ sơ)',
      description:
        'Idempotent per `Idempotency-Key`: a repeated key returns the first receipt, never a second dossier. Only successful answers are replayed: a 4xx created nothing, and the corrected submission comes with a new key. Answers of fields hidden by `visibleWhen` are not sent.',
      success: 'Received; also the answer to a repeated Idempotency-Key.',
      errors: {
        400: problemResponse('The body is not a DossierSubmission, or the Idempotency-Key header is missing.', ['invalid-body', 'idempotency-key-required']),
        404: problemResponse('The procedure (or its case) is unknown or cannot be filed online.', ['not-found']),
        409: problemResponse(
          'The form changed since it was loaded (`type` ends in `/form-version-changed`): fetch the form again and keep the answers whose field still exists.',
          ['form-version-changed'],
        ),
        422: problemResponse('Answers or applicant data are invalid; `errors[].field` points into the body.', ['validation-failed']),
      },
    },
    lookupDossier: {
      summary: 'Track a dossier (tra cứu hồ sơ)',
      description:
        'The verifier (last 4 digits of the applicant’s phone or identity number) travels in the body, never in the URL. An unknown code and a wrong verifier give the same 404, so codes cannot be enumerated; servers should rate-limit this endpoint (429).',
      success: 'The dossier’s status and history.',
      errors: {
        404: problemResponse(
          'Unknown code, wrong verifier or a malformed lookup: one answer for all three. Failed lookups count towards the rate limit (429).',
          ['dossier-not-found'],
        ),
      },
    },
    submitSupplement: {
      summary: 'Send the documents an agency asked for (bổ sung hồ sơ)',
      description:
        'Idempotent per dossier and `Idempotency-Key`. Allowed while the dossier has status 5 (supplement requested); afterwards the dossier returns to processing.',
      path: [dossierCode],
      success: 'Accepted for processing; also the answer to a repeated Idempotency-Key.',
      errors: {
        400: problemResponse('The body is malformed, or the Idempotency-Key header is missing.', ['invalid-body', 'idempotency-key-required']),
        404: problemResponse('Unknown code or wrong verifier (one answer for both, as for lookup).', ['dossier-not-found']),
        409: problemResponse('The dossier is not waiting for a supplement.', ['invalid-state']),
        422: problemResponse('Attachments are missing or invalid; `errors[].field` points into the body.', ['validation-failed']),
      },
    },
    requestWithdrawal: {
      summary: 'Ask to withdraw a dossier (đề nghị rút hồ sơ)',
      description: `Since 1.1. Sets status 7, the applicant’s request; the agency decides and sets 8 (stopped). Allowed at statuses 1, 2, 4, 5 and 6. Idempotent per dossier and \`Idempotency-Key\`. ${verifierNote}`,
      path: [dossierCode],
      success: 'Recorded: the dossier has status 7; also the answer to a repeated Idempotency-Key.',
      errors: {
        400: problemResponse('The body is malformed (no reason), or the Idempotency-Key header is missing.', ['invalid-body', 'idempotency-key-required']),
        404: problemResponse('Unknown code or wrong verifier.', ['dossier-not-found']),
        409: problemResponse('The dossier can no longer be withdrawn (decided, stopped, or already asked).', ['invalid-state']),
      },
    },
    rateDossier: {
      summary: 'Evaluate the handling of a dossier (đánh giá mức độ hài lòng)',
      description: `Since 1.1. The citizen answers indices 10 (convenience) and 11 (overall) with "Rất hài lòng", "Hài lòng" or "Không hài lòng", once per dossier, after the result (statuses 9 and 10). Idempotent per dossier and \`Idempotency-Key\`. ${verifierNote}`,
      path: [dossierCode],
      success: 'Recorded; also the answer to a repeated Idempotency-Key.',
      errors: {
        400: problemResponse('The body is malformed, or the Idempotency-Key header is missing.', ['invalid-body', 'idempotency-key-required']),
        404: problemResponse('Unknown code or wrong verifier.', ['dossier-not-found']),
        409: problemResponse('No result yet, or the dossier was already rated.', ['invalid-state', 'already-rated']),
      },
    },
    startPayment: {
      summary: 'Hand the applicant to the payment platform for one payment request',
      description: `Since 1.1. Creates a transaction at the payment platform (DVCQG’s or the province’s) for a \`pending\` request and answers where to send the applicant; the platform sends them back to \`returnUrl\`. After the return, read the request’s \`state\` from the back end (lookup): never from the return URL. Back ends accept only return URLs of their own portals. Idempotent per dossier and \`Idempotency-Key\`. ${verifierNote}`,
      path: [dossierCode, paymentId],
      success: 'The hand-off; also the answer to a repeated Idempotency-Key.',
      errors: {
        400: problemResponse('The body is malformed, or the Idempotency-Key header is missing.', ['invalid-body', 'idempotency-key-required']),
        404: problemResponse('Unknown code, wrong verifier or unknown payment request.', ['dossier-not-found']),
        409: problemResponse('The request is not waiting for payment (paid, cancelled, expired).', ['invalid-state']),
        422: problemResponse('`returnUrl` is not a page this back end sends applicants back to.', ['validation-failed']),
      },
    },
    getStats: {
      summary: 'Public processing figures',
      description:
        'The period and scope are always stated (`period`, `scope`); `progress` holds the inputs of the Decision 766/QĐ-TTg on-time indicator and its rate, `monthly` the same month by month.',
      query: [
        query('from', { type: 'string', format: 'date' }, 'First day counted (inclusive), `YYYY-MM-DD`.'),
        query('to', { type: 'string', format: 'date' }, 'Last day counted (inclusive), `YYYY-MM-DD`.'),
        query('agency', { type: 'string' }, 'Agency code (`Agency.code`).'),
      ],
      success: 'The figures; `from`, `to` and `agency` are echoed when given.',
      errors: { 400: problemResponse('A date is malformed or `from` is after `to`.', ['invalid-parameters']) },
    },
    getCalendar: {
      summary: 'The working calendar of a year (ngày làm việc, ngày nghỉ lễ, nghỉ bù, làm bù)',
      description:
        'Since 1.1. What deadlines are counted on: the week’s days off, office hours, and every holiday (Labour Code 2019 art. 112), day off and worked weekend day of the year’s announcements.',
      query: [query('year', { type: 'integer', minimum: 2000, maximum: 2100 }, 'The year; the current one in Vietnam when absent.', { example: 2026 })],
      success: 'The calendar.',
      errors: {
        400: problemResponse('`year` is not a year.', ['invalid-parameters']),
        404: problemResponse('The back end has no calendar for this year yet.', ['not-found']),
      },
    },
    listSectors: { summary: 'Sectors (lĩnh vực)', success: 'Every sector.' },
    listAgencies: { summary: 'Agencies that carry out procedures', success: 'Every agency.' },
    listAdministrativeUnits: {
      summary: 'Provinces, or the communes of one province (units in force from 2025-07-01)',
      query: [query('parent', { type: 'string' }, 'Province code; without it the answer is the 34 provinces.', { example: '01' })],
      success: 'The units.',
      errors: { 404: problemResponse('No province has this code.', ['not-found']) },
    },
  };
}

/** `paths`, one operation per route of the route table, documented by `operationDocs`. */
function paths(contract) {
  const docs = operationDocs(contract);
  const known = new Set(contract.ROUTES.map((route) => route.operationId));
  for (const id of Object.keys(docs)) if (!known.has(id)) throw new Error(`openapi: "${id}" is documented but not in src/api/routes.ts`);
  const locale = { $ref: '#/components/parameters/Accept-Language' };
  const idempotencyKey = { $ref: '#/components/parameters/Idempotency-Key' };
  const publicEndpoint = [{}, { bearerAuth: [] }];
  const out = {};
  for (const route of contract.ROUTES) {
    const doc = docs[route.operationId];
    if (!doc) throw new Error(`openapi: route ${route.operationId} has no documentation in scripts/openapi.mjs`);
    const operation = { operationId: route.operationId, tags: [route.tag], summary: doc.summary };
    if (doc.description) operation.description = doc.description;
    if (route.public) operation.security = publicEndpoint;
    operation.parameters = [...(doc.path ?? []), locale, ...(route.idempotency === 'key' ? [idempotencyKey] : []), ...(doc.query ?? [])];
    if (route.request === 'multipart') operation.requestBody = doc.requestBody;
    else if (route.request) operation.requestBody = { required: true, content: jsonContent(route.request) };
    const success = { description: doc.success };
    if (route.idempotency === 'key') success.headers = { 'Idempotent-Replayed': { $ref: '#/components/headers/Idempotent-Replayed' } };
    success.content = jsonContent(route.response);
    operation.responses = { [route.success]: success, ...(doc.errors ?? {}), ...COMMON_ERRORS };
    (out[route.path] ??= {})[route.method.toLowerCase()] = operation;
  }
  return out;
}

// ------------------------------------------------------------------ the document

export function buildDocument(contract) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'motcua API',
      version: API_VERSION,
      summary: 'The shared public-service API (version 1) every motcua element speaks.',
      description:
        'Generated from the zod contract in `src/api/schemas.ts` by `npm run openapi`; do not edit by hand. Conventions, examples and the mapping to the national DVCQG keys are in `docs/api.md`.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [
      { url: 'https://dichvucong.example.gov.vn/api/v1', description: 'Example deployment: the base URL is configuration (`api-base`).' },
      { url: '/api/v1', description: 'Same origin as the portal (the elements’ default).' },
    ],
    // Authentication is optional per deployment: anonymous, or a bearer token from the host page.
    security: [{}, { bearerAuth: [] }],
    tags: [
      { name: 'procedures', description: 'Thủ tục hành chính: the procedure catalogue.' },
      { name: 'forms', description: 'Tờ khai điện tử: versioned form definitions.' },
      { name: 'attachments', description: 'Files attached to a dossier or a supplement.' },
      { name: 'dossiers', description: 'Hồ sơ: submission, tracking, supplements, withdrawal, evaluation.' },
      { name: 'payments', description: 'Thanh toán trực tuyến: handing the applicant to the payment platform.' },
      { name: 'transparency', description: 'Public processing figures (Decision 766/QĐ-TTg indicators).' },
      { name: 'reference-data', description: 'Sectors, agencies, administrative units, the working calendar.' },
    ],
    paths: paths(contract),
    components: {
      schemas: componentSchemas(contract),
      parameters: {
        'Accept-Language': {
          name: 'Accept-Language',
          in: 'header',
          required: false,
          description:
            'Language of names, labels and messages: `vi` (default) or `en`. Anything not starting with `en` gets Vietnamese. The answer says in `Content-Language` which languages its texts are in (`vi`, `en`, or `en, vi` when some have no English yet).',
          schema: { type: 'string', default: 'vi' },
          example: 'vi',
        },
        'Idempotency-Key': {
          name: 'Idempotency-Key',
          in: 'header',
          required: true,
          description:
            'A UUID made by the client once per user intent. A repeated key returns the first result; a retried or double-clicked submission never creates a second record.',
          schema: { type: 'string', format: 'uuid' },
          example: '3b1f8a52-6c0e-4d8e-9a57-2f4c1e9b7d10',
        },
      },
      headers: {
        'Idempotent-Replayed': {
          description: 'Optional: `true` when this answer replays the first answer to the same Idempotency-Key. Clients do not depend on it.',
          schema: { type: 'string', enum: ['true'] },
        },
        'Retry-After': {
          description:
            'Seconds to wait before trying again (an HTTP-date is also understood). Must be listed in `Access-Control-Expose-Headers` for cross-origin clients; the problem body repeats it as `retryAfter`.',
          schema: { type: 'integer', minimum: 0 },
          example: 30,
        },
      },
      responses: {
        TooManyRequests: problemResponse('Rate limited: wait `Retry-After` seconds.', ['too-many-requests'], { retryAfter: true }),
        ServiceUnavailable: problemResponse('Temporarily unavailable (maintenance, overload); `Retry-After` when known.', ['service-unavailable'], {
          retryAfter: true,
        }),
        UnexpectedProblem: problemResponse('Any other error, as problem+json.', ['server-error']),
      },
      securitySchemes: {
        bearerAuth: {
          type: 'http',
          scheme: 'bearer',
          description: 'Optional: sent when the host page supplies a token getter (e.g. a VNeID login). Public endpoints work without it.',
        },
      },
    },
  };
}

export function serialize(document) {
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** The document as it should be on disk. */
export async function generate() {
  const contract = await loadContract();
  const document = buildDocument(contract);
  return { contract, document, text: serialize(document) };
}

// ------------------------------------------------------------------ command line

runAsScript(import.meta.url, (argv) => generatorCommand(argv, { output: OUTPUT, script: 'openapi', generate }));
