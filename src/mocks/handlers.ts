/**
 * msw handlers for every endpoint of the contract, over the in-memory state of one mock
 * back end. Each handler first applies latency, the clock and any injected fault, so every
 * endpoint can be made slow, broken or offline the same way.
 */
import { delay, http, HttpResponse, type HttpResponseResolver, type PathParams, type RequestHandler } from 'msw';
import {
  AUDIENCES,
  DossierLookupSchema,
  DossierSubmissionSchema,
  LEVELS,
  ONLINE_LEVELS,
  SupplementSubmissionSchema,
  type Audience,
  type Level,
  type OnlineLevel,
  type Stats,
} from '../api/schemas.js';
import { DEFAULT_REQUIREMENT, checkUpload } from './attachments.js';
import type { MockState } from './state.js';
import { hashSeed, createRandom } from './random.js';
import { fieldError, json, kindForStatus, localeOf, problem } from './problems.js';
import { communesOf, provinces } from './units.js';
import { DAY_MS, isoVn, parseDateVn } from './time.js';
import { validateSubmission } from './validate.js';

/** Looks that fail inside this window count towards the lookup rate limit. */
const LOOKUP_WINDOW_MS = 60_000;

type Method = 'get' | 'post';

/** Query values given as repeated parameters or comma-separated. */
function many(url: URL, name: string): string[] {
  return url.searchParams
    .getAll(name)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean);
}

function positiveInt(value: string | null, fallback: number): number | undefined {
  if (value === null || value === '') return fallback;
  const number = Number(value);
  return Number.isInteger(number) && number >= 1 ? number : undefined;
}

async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    return undefined;
  }
}

export function createHandlers(state: MockState): RequestHandler[] {
  // The stores are cleared in place by reset(), so holding them here stays correct.
  const { options, catalogue, forms, dossiers, attachments, faults } = state;
  const base = options.baseUrl.replace(/\/$/, '');
  const basePath = new URL(base, 'http://mock.invalid').pathname.replace(/\/$/, '');

  /** Latency, clock and faults in front of every resolver. */
  const route = (method: Method, path: string, resolver: HttpResponseResolver<PathParams>) =>
    http[method](`${base}${path}`, async (info) => {
      if (options.latencyMs > 0) await delay(options.latencyMs);
      dossiers.tick(options.advanceEveryMs);
      const relative = new URL(info.request.url).pathname.slice(basePath.length) || '/';
      const fault = faults.take(method.toUpperCase(), decodeURIComponent(relative));
      if (fault) {
        if (fault.delayMs) await delay(fault.delayMs);
        if (fault.offline) return HttpResponse.error();
        if (fault.status) {
          const init: { status: number; retryAfter?: number } = { status: fault.status };
          if (fault.retryAfter !== undefined) init.retryAfter = fault.retryAfter;
          return problem(kindForStatus(fault.status), info.request, init);
        }
        if (fault.malformed) return json({ items: 'not-a-list', total: -1, code: 42, status: 'unknown' });
      }
      return resolver(info);
    });

  const lookupFailures = state.lookupFailures;
  const rateLimited = (): number | undefined => {
    const now = state.now();
    while (lookupFailures.length && (lookupFailures[0] as number) <= now - LOOKUP_WINDOW_MS) lookupFailures.shift();
    if (lookupFailures.length < options.lookupLimit) return undefined;
    return Math.max(1, Math.ceil(((lookupFailures[0] as number) + LOOKUP_WINDOW_MS - now) / 1000));
  };

  /** Replays the first answer to a repeated Idempotency-Key. */
  const idempotent = async (request: Request, scope: string, create: () => Promise<Response>): Promise<Response> => {
    const key = request.headers.get('Idempotency-Key');
    if (!key) return problem('idempotency-key-required', request);
    const stored = state.idempotency.get(`${scope} ${key}`);
    if (stored) return json(stored.body, { status: stored.status, headers: { 'Idempotent-Replayed': 'true' } });
    const response = await create();
    if (response.status < 300) {
      state.idempotency.set(`${scope} ${key}`, { status: response.status, body: await response.clone().json() });
    }
    return response;
  };

  return [
    // ------------------------------------------------------------ procedures
    route('get', '/procedures', ({ request }) => {
      const url = new URL(request.url);
      const page = positiveInt(url.searchParams.get('page'), 1);
      const pageSize = positiveInt(url.searchParams.get('pageSize'), 20);
      const level = many(url, 'level');
      const onlineLevel = many(url, 'onlineLevel');
      const audience = many(url, 'audience');
      const locale = localeOf(request);
      const errors = [];
      if (page === undefined) errors.push(fieldError('page', 'type', { vi: 'Trang phải là số nguyên dương', en: 'page must be a positive integer' }, locale));
      if (pageSize === undefined || pageSize > 100) {
        errors.push(fieldError('pageSize', 'range', { vi: 'Số mục mỗi trang từ 1 đến 100', en: 'pageSize must be 1–100' }, locale));
      }
      if (level.some((value) => !LEVELS.includes(value as Level))) errors.push(fieldError('level', 'enum', { vi: 'Cấp không hợp lệ', en: 'Unknown level' }, locale));
      if (onlineLevel.some((value) => !ONLINE_LEVELS.includes(value as OnlineLevel))) {
        errors.push(fieldError('onlineLevel', 'enum', { vi: 'Mức độ không hợp lệ', en: 'Unknown online level' }, locale));
      }
      if (audience.some((value) => !AUDIENCES.includes(value as Audience))) {
        errors.push(fieldError('audience', 'enum', { vi: 'Đối tượng không hợp lệ', en: 'Unknown audience' }, locale));
      }
      if (errors.length) return problem('invalid-parameters', request, { errors });
      return json(
        catalogue.search(
          {
            q: url.searchParams.get('q') ?? '',
            sector: many(url, 'sector'),
            level: level as Level[],
            agency: many(url, 'agency'),
            onlineLevel: onlineLevel as OnlineLevel[],
            audience: audience as Audience[],
            page: page as number,
            pageSize: pageSize as number,
          },
          locale,
        ),
      );
    }),

    route('get', '/procedures/:code', ({ request, params }) => {
      const detail = catalogue.detail(String(params['code']));
      if (!detail) return problem('not-found', request);
      return json({ ...detail, formVersion: forms.version(detail.code) });
    }),

    route('get', '/procedures/:code/form', ({ request, params }) => {
      const caseId = new URL(request.url).searchParams.get('case') ?? undefined;
      const form = forms.get(String(params['code']), caseId || undefined);
      if (!form) return problem('not-found', request, { detail: { vi: 'Thủ tục không có biểu mẫu trực tuyến', en: 'This procedure has no online form' } });
      return json(form);
    }),

    // ------------------------------------------------------------ attachments
    route('post', '/attachments', async ({ request }) => {
      let body: FormData;
      try {
        body = await request.formData();
      } catch {
        return problem('invalid-body', request);
      }
      const file = body.get('file');
      const procedureCode = String(body.get('procedureCode') ?? '');
      const documentCode = String(body.get('documentCode') ?? '');
      if (!(file instanceof File) || !procedureCode || !documentCode) return problem('invalid-body', request);
      if (!catalogue.get(procedureCode)) return problem('not-found', request);
      const requirement = forms.get(procedureCode)?.attachments.find((a) => a.documentCode === documentCode) ?? DEFAULT_REQUIREMENT;
      const check = checkUpload(file, requirement);
      const mb = Math.round((requirement.maxBytes / 1024 / 1024) * 10) / 10;
      if (check === 'too-large') {
        return problem('file-too-large', request, { detail: { vi: `Tệp vượt quá ${mb} MB`, en: `The file is larger than ${mb} MB` } });
      }
      if (check === 'unsupported-type') {
        return problem('unsupported-media-type', request, {
          detail: { vi: `Chỉ nhận: ${requirement.accept.join(', ')}`, en: `Accepted: ${requirement.accept.join(', ')}` },
        });
      }
      return json(await attachments.add(file, procedureCode, documentCode), { status: 201 });
    }),

    // ------------------------------------------------------------ dossiers
    route('post', '/dossiers/lookup', async ({ request }) => {
      const retryAfter = rateLimited();
      if (retryAfter !== undefined) return problem('too-many-requests', request, { retryAfter });
      const parsed = DossierLookupSchema.safeParse(await readJson(request));
      const record = parsed.success ? dossiers.get(parsed.data.code) : undefined;
      if (!parsed.success || !record || !state.verifies(record, parsed.data.verifier)) {
        lookupFailures.push(state.now());
        // One answer for an unknown code, a wrong verifier and a malformed lookup: codes cannot be enumerated.
        return problem('not-found', request, {
          detail: { vi: 'Không tìm thấy hồ sơ với mã và thông tin xác minh đã nhập', en: 'No dossier matches this code and verification' },
        });
      }
      return json(dossiers.status(record));
    }),

    route('post', '/dossiers', ({ request }) =>
      idempotent(request, 'dossiers', async () => {
        const locale = localeOf(request);
        const parsed = DossierSubmissionSchema.safeParse(await readJson(request));
        if (!parsed.success) {
          const errors = parsed.error.issues.map((issue) =>
            fieldError(issue.path.join('.'), issue.code, { vi: 'Giá trị không hợp lệ', en: issue.message }, locale),
          );
          return problem('invalid-body', request, { errors });
        }
        const submission = parsed.data;
        const record = catalogue.get(submission.procedureCode);
        const form = forms.get(submission.procedureCode, submission.caseId);
        if (!record || !form) return problem('not-found', request);
        if (form.version !== submission.formVersion) {
          return problem('form-version-changed', request, {
            detail: {
              vi: `Biểu mẫu đã được cập nhật lên phiên bản ${form.version}`,
              en: `The form was updated to version ${form.version}`,
            },
          });
        }
        const errors = validateSubmission(form, submission, attachments, locale);
        if (errors.length) return problem('validation-failed', request, { errors });
        const detail = catalogue.detail(submission.procedureCode);
        const documents = detail?.cases[0]?.documents.map(({ code, name }) => ({ code, name })) ?? [];
        const dossier = dossiers.create({
          procedure: { code: record.summary.code, name: record.summary.name },
          agency: record.agency,
          department: record.sector.department,
          processingTime: record.summary.processingTime,
          applicant: submission.applicant,
          answers: submission.answers,
          attachments: submission.attachments,
          documents,
          ...(record.summary.fee ? { fee: record.summary.fee.amount } : {}),
        });
        return json(dossiers.receipt(dossier), { status: 201 });
      }),
    ),

    route('post', '/dossiers/:code/supplements', ({ request, params }) =>
      idempotent(request, `supplements ${String(params['code'])}`, async () => {
        const locale = localeOf(request);
        const parsed = SupplementSubmissionSchema.safeParse(await readJson(request));
        if (!parsed.success) return problem('invalid-body', request);
        const record = dossiers.get(String(params['code']));
        if (!record || !state.verifies(record, parsed.data.verifier)) return problem('not-found', request);
        if (record.status !== 5) {
          return problem('invalid-state', request, { detail: { vi: 'Hồ sơ không ở trạng thái chờ bổ sung', en: 'The dossier is not awaiting a supplement' } });
        }
        const asked = new Set(record.supplementRequest?.documents.map((doc) => doc.code));
        const errors = parsed.data.attachments.flatMap((item) => {
          const stored = attachments.get(item.attachmentId);
          return stored && asked.has(item.documentCode)
            ? []
            : [fieldError(`attachments.${item.documentCode}`, 'unknown-attachment', { vi: 'Tệp bổ sung không hợp lệ', en: 'Invalid supplement file' }, locale)];
        });
        if (errors.length) return problem('validation-failed', request, { errors });
        const updated = dossiers.receiveSupplement(record.code, parsed.data.attachments);
        return json(
          { dossierCode: updated.code, receivedAt: isoVn(state.now()), status: updated.status },
          { status: 202 },
        );
      }),
    ),

    // ------------------------------------------------------------ transparency
    route('get', '/stats', ({ request }) => {
      const url = new URL(request.url);
      const locale = localeOf(request);
      const from = url.searchParams.get('from') || undefined;
      const to = url.searchParams.get('to') || undefined;
      const agency = url.searchParams.get('agency') || undefined;
      const fromMs = from === undefined ? undefined : parseDateVn(from);
      const toMs = to === undefined ? undefined : parseDateVn(to);
      const errors = [];
      if (from !== undefined && fromMs === undefined) errors.push(fieldError('from', 'date', { vi: 'Ngày không hợp lệ', en: 'Not a valid date' }, locale));
      if (to !== undefined && toMs === undefined) errors.push(fieldError('to', 'date', { vi: 'Ngày không hợp lệ', en: 'Not a valid date' }, locale));
      if (fromMs !== undefined && toMs !== undefined && fromMs > toMs) {
        errors.push(fieldError('from', 'range', { vi: 'Từ ngày phải trước đến ngày', en: 'from must not be after to' }, locale));
      }
      if (agency !== undefined && !catalogue.agencies().some((a) => a.code === agency)) {
        errors.push(fieldError('agency', 'unknown', { vi: 'Cơ quan không tồn tại', en: 'Unknown agency' }, locale));
      }
      if (errors.length) return problem('invalid-parameters', request, { errors });
      const stats: Stats = { ...statsFor(state, fromMs, toMs, agency) };
      if (from) stats.from = from;
      if (to) stats.to = to;
      if (agency) stats.agency = agency;
      return json(stats);
    }),

    // ------------------------------------------------------------ reference data
    route('get', '/sectors', () => json({ items: catalogue.sectors() })),
    route('get', '/agencies', () => json({ items: catalogue.agencies() })),
    route('get', '/administrative-units', ({ request }) => {
      const parent = new URL(request.url).searchParams.get('parent');
      if (!parent) return json({ items: provinces() });
      const items = communesOf(parent);
      return items ? json({ items }) : problem('not-found', request);
    }),
  ];
}

/** Transparency figures: a stable history for the period plus the dossiers filed in this session. */
export function statsFor(state: MockState, fromMs: number | undefined, toMs: number | undefined, agency: string | undefined): Omit<Stats, 'from' | 'to' | 'agency'> {
  const end = toMs ?? state.now();
  const start = fromMs ?? end - 29 * DAY_MS;
  const days = Math.max(1, Math.round((end - start) / DAY_MS) + 1);
  const random = createRandom(hashSeed('stats', state.options.seed, agency ?? '*', Math.floor(start / DAY_MS), days));
  const perDay = agency ? 4 + random.int(0, 12) : 190;
  const received = Math.round(days * perDay * (0.9 + random.next() * 0.2));
  const awaitingSupplement = Math.round(received * (0.012 + random.next() * 0.01));
  const inProgress = Math.round(received * (0.015 + random.next() * 0.02));
  let resolved = received - awaitingSupplement - inProgress;
  const late = Math.round(resolved * (0.01 + random.next() * 0.04));
  let overdue = late + Math.round(inProgress * 0.1);
  let onTime = resolved - late;
  const live = { received: 0, resolved: 0, inProgress: 0, awaitingSupplement: 0 };
  for (const record of state.dossiers.all()) {
    if (record.submittedAt < start || record.submittedAt > end + DAY_MS) continue;
    if (agency && record.agency.code !== agency) continue;
    const status = state.dossiers.status(record);
    live.received += 1;
    if (record.status === 9 || record.status === 10) {
      live.resolved += 1;
      if (status.timeliness === 'late') overdue += 1;
      else onTime += 1;
    } else if (record.status === 5) live.awaitingSupplement += 1;
    else if (![3, 7, 8].includes(record.status)) {
      live.inProgress += 1;
      if (status.overdue) overdue += 1;
    }
  }
  resolved += live.resolved;
  return {
    received: received + live.received,
    resolved,
    inProgress: inProgress + live.inProgress,
    awaitingSupplement: awaitingSupplement + live.awaitingSupplement,
    overdue,
    onTimeRate: resolved === 0 ? 1 : Math.round((onTime / resolved) * 1000) / 1000,
  };
}
