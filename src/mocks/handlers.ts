/**
 * msw handlers for every route of the contract (`api/routes.ts`), over the in-memory state of
 * one mock back end. The route table gives each handler its method and path; the compiler
 * checks that every route has a resolver here and nothing else does. Each handler first
 * applies latency, the clock and any injected fault, so every endpoint can be made slow,
 * broken or offline the same way.
 */
import { delay, http, HttpResponse, type HttpResponseResolver, type PathParams, type RequestHandler } from 'msw';
import { ROUTES, type OperationId, type Route } from '../api/routes.js';
import {
  AUDIENCES,
  DossierLookupSchema,
  DossierSubmissionSchema,
  LEVELS,
  ONLINE_LEVELS,
  PaymentCheckoutRequestSchema,
  RatingSubmissionSchema,
  SupplementSubmissionSchema,
  WithdrawalRequestSchema,
  type Audience,
  type Level,
  type OnlineLevel,
  type PaymentCheckout,
  type Stats,
} from '../api/schemas.js';
import { DEFAULT_REQUIREMENT, checkUpload } from './attachments.js';
import { calendarOf } from './calendar.js';
import { WITHDRAWABLE, type DossierRecord } from './dossiers.js';
import { Wording } from './english.js';
import type { MockState } from './state.js';
import { fieldError, json, kindForStatus, languageHeaders, localeOf, problem, type Locale } from './problems.js';
import { communesOf, provinces } from './units.js';
import { dateVn, isoVn, parseDateVn } from './time.js';
import { statsFor } from './stats.js';
import { validateSubmission } from './validate.js';

export { statsFor } from './stats.js';

/** Looks that fail inside this window count towards the lookup rate limit. */
const LOOKUP_WINDOW_MS = 60_000;
/** How long a payment platform's hand-off stays valid. */
const CHECKOUT_MS = 15 * 60_000;

type Resolver = HttpResponseResolver<PathParams>;

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

/** `/dossiers/{code}` → `/dossiers/:code`, msw's way of writing a parameter. */
function mswPath(route: Route): string {
  return route.path.replace(/\{(\w+)\}/g, ':$1');
}

export function createHandlers(state: MockState): RequestHandler[] {
  // The stores are cleared in place by reset(), so holding them here stays correct.
  const { options, catalogue, forms, dossiers, attachments, faults } = state;
  const base = options.baseUrl.replace(/\/$/, '');
  const basePath = new URL(base, 'http://mock.invalid').pathname.replace(/\/$/, '');

  /** Latency, clock and faults in front of every resolver. */
  const guarded = (route: Route, resolver: Resolver) =>
    http[route.method === 'GET' ? 'get' : 'post'](`${base}${mswPath(route)}`, async (info) => {
      if (options.latencyMs > 0) await delay(options.latencyMs);
      dossiers.tick(options.advanceEveryMs);
      const relative = new URL(info.request.url).pathname.slice(basePath.length) || '/';
      const fault = faults.take(route.method, decodeURIComponent(relative));
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
    if (stored) return json(stored.body, { status: stored.status, headers: { 'Idempotent-Replayed': 'true', ...stored.headers } });
    const response = await create();
    if (response.status < 300) {
      const headers: Record<string, string> = {};
      const language = response.headers.get('Content-Language');
      if (language) Object.assign(headers, { 'Content-Language': language, Vary: 'Accept-Language' });
      state.idempotency.set(`${scope} ${key}`, { status: response.status, body: await response.clone().json(), headers });
    }
    return response;
  };

  /** What the applicant's content comes in: English when asked for and the mock has it. */
  const wording = (request: Request) => new Wording(state.contentLocale(localeOf(request)));
  const answer = (body: unknown, w: Wording, status = 200) => json(body, { status, headers: languageHeaders(w.languages()) });
  const procedureName = (code: string, fallback: string, w: Wording) => (catalogue.get(code) ? w.t(catalogue.get(code)!.summary.name) : fallback);

  /** The dossier a verifier opens, or undefined (one uniform 404 for an unknown code and a wrong verifier). */
  const verified = (code: string, verifier: string): DossierRecord | undefined => {
    const record = dossiers.get(code);
    return record && state.verifies(record, verifier) ? record : undefined;
  };
  const dossierNotFound = (request: Request) =>
    problem('not-found', request, {
      detail: { vi: 'Không tìm thấy hồ sơ với mã và thông tin xác minh đã nhập', en: 'No dossier matches this code and verification' },
    });

  const resolvers: Record<OperationId, Resolver> = {
    // ------------------------------------------------------------ procedures
    searchProcedures: ({ request }) => {
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
      // Facet labels follow Accept-Language always; procedure texts only when the back end has English.
      const w = wording(request);
      const list = catalogue.search(
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
        w,
        locale,
      );
      return answer(list, w);
    },

    getProcedure: ({ request, params }) => {
      const code = String(params['code']);
      const found = catalogue.detailWithLanguages(code, state.contentLocale(localeOf(request)));
      if (!found) return problem('not-found', request);
      return json({ ...found.detail, formVersion: forms.version(code) }, { headers: languageHeaders(found.languages) });
    },

    getForm: ({ request, params }) => {
      const code = String(params['code']);
      const caseId = new URL(request.url).searchParams.get('case') ?? undefined;
      const locale = state.contentLocale(localeOf(request));
      const form = forms.get(code, caseId || undefined, locale);
      if (!form) return problem('not-found', request, { detail: { vi: 'Thủ tục không có biểu mẫu trực tuyến', en: 'This procedure has no online form' } });
      // A generated form carries the procedure's and its documents' names, which may have no English.
      const languages: Locale[] =
        locale === 'vi' ? ['vi'] : forms.translated(code) ? ['en'] : (catalogue.detailWithLanguages(code, locale)?.languages ?? ['en', 'vi']);
      return json(form, { headers: languageHeaders(languages) });
    },

    // ------------------------------------------------------------ attachments
    uploadAttachment: async ({ request }) => {
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
    },

    // ------------------------------------------------------------ dossiers
    lookupDossier: async ({ request }) => {
      const retryAfter = rateLimited();
      if (retryAfter !== undefined) return problem('too-many-requests', request, { retryAfter });
      const parsed = DossierLookupSchema.safeParse(await readJson(request));
      const record = parsed.success ? verified(parsed.data.code, parsed.data.verifier) : undefined;
      if (!record) {
        lookupFailures.push(state.now());
        // One answer for an unknown code, a wrong verifier and a malformed lookup: codes cannot be enumerated.
        return dossierNotFound(request);
      }
      const w = wording(request);
      return answer(dossiers.status(record, w.locale, procedureName(record.procedure.code, record.procedure.name, w)), w);
    },

    createDossier: ({ request }) =>
      idempotent(request, 'dossiers', async () => {
        const locale = localeOf(request);
        const body = await readJson(request);
        const parsed = DossierSubmissionSchema.safeParse(body);
        if (!parsed.success) {
          const errors = parsed.error.issues.map((issue) =>
            fieldError(issue.path.join('.'), issue.code, { vi: 'Giá trị không hợp lệ', en: issue.message }, locale),
          );
          return problem('invalid-body', request, { errors });
        }
        const submission = parsed.data;
        // zod's record drops a `__proto__` key: the answers are read from the body itself.
        const answers = (body as { answers: unknown }).answers;
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
        const errors = validateSubmission(form, submission, answers, attachments, locale, state.now());
        if (errors.length) return problem('validation-failed', request, { errors });
        const dossier = dossiers.create({
          procedure: { code: record.summary.code, name: record.summary.name },
          agency: record.agency,
          department: record.sector.department,
          processingTime: record.summary.processingTime,
          applicant: submission.applicant,
          answers: answers as Record<string, unknown>,
          attachments: submission.attachments,
          prefill: submission.prefill ?? [],
          documents: state.requestedDocuments(submission.procedureCode),
          submissionItems: state.submissionItems(record),
          ...(record.summary.fee ? { fee: record.summary.fee.amount } : {}),
        });
        const w = wording(request);
        return answer(dossiers.receipt(dossier, w.locale, w.t(record.summary.name), options.trackingPage), w, 201);
      }),

    submitSupplement: ({ request, params }) =>
      idempotent(request, `supplements ${String(params['code'])}`, async () => {
        const locale = localeOf(request);
        const parsed = SupplementSubmissionSchema.safeParse(await readJson(request));
        if (!parsed.success) return problem('invalid-body', request);
        const record = verified(String(params['code']), parsed.data.verifier);
        if (!record) return dossierNotFound(request);
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
        return json({ dossierCode: updated.code, receivedAt: isoVn(state.now()), status: updated.status }, { status: 202 });
      }),

    requestWithdrawal: ({ request, params }) =>
      idempotent(request, `withdrawal ${String(params['code'])}`, async () => {
        const parsed = WithdrawalRequestSchema.safeParse(await readJson(request));
        if (!parsed.success) return problem('invalid-body', request, { detail: { vi: 'Cần nêu lý do rút hồ sơ', en: 'Give a reason for withdrawing' } });
        const record = verified(String(params['code']), parsed.data.verifier);
        if (!record) return dossierNotFound(request);
        if (!WITHDRAWABLE.includes(record.status)) {
          return problem('invalid-state', request, {
            detail: { vi: 'Hồ sơ không còn rút được ở trạng thái hiện tại', en: 'The dossier can no longer be withdrawn' },
          });
        }
        const updated = dossiers.requestWithdrawal(record.code, parsed.data.reason.trim());
        return json({ dossierCode: updated.code, requestedAt: isoVn(state.now()), status: updated.status }, { status: 202 });
      }),

    rateDossier: ({ request, params }) =>
      idempotent(request, `rating ${String(params['code'])}`, async () => {
        const parsed = RatingSubmissionSchema.safeParse(await readJson(request));
        if (!parsed.success) return problem('invalid-body', request);
        const record = verified(String(params['code']), parsed.data.verifier);
        if (!record) return dossierNotFound(request);
        if (record.status !== 9 && record.status !== 10) {
          return problem('invalid-state', request, {
            detail: { vi: 'Chỉ đánh giá được khi đã có kết quả', en: 'A dossier can be rated once it has a result' },
          });
        }
        if (record.rating) {
          return problem('already-rated', request, { detail: { vi: 'Mỗi hồ sơ chỉ được đánh giá một lần.', en: 'Each dossier can be rated once.' } });
        }
        const { convenience, overall, comment } = parsed.data;
        const rating = dossiers.rate(record.code, comment?.trim() ? { convenience, overall, comment: comment.trim() } : { convenience, overall });
        return json({ dossierCode: record.code, ratedAt: isoVn(rating.ratedAt), convenience, overall }, { status: 201 });
      }),

    startPayment: ({ request, params }) =>
      idempotent(request, `checkout ${String(params['code'])} ${String(params['paymentId'])}`, async () => {
        const locale = localeOf(request);
        const parsed = PaymentCheckoutRequestSchema.safeParse(await readJson(request));
        if (!parsed.success) return problem('invalid-body', request);
        const record = verified(String(params['code']), parsed.data.verifier);
        const payment = record?.payments.find((p) => p.id === String(params['paymentId']));
        if (!record || !payment) return dossierNotFound(request);
        if (dossiers.paymentState(payment) !== 'pending') {
          return problem('invalid-state', request, { detail: { vi: 'Khoản thanh toán không còn chờ thanh toán', en: 'This payment is not waiting to be paid' } });
        }
        let back: URL;
        try {
          back = new URL(parsed.data.returnUrl);
        } catch {
          back = new URL('invalid:');
        }
        if (back.protocol !== 'https:' && back.protocol !== 'http:') {
          return problem('validation-failed', request, {
            errors: [fieldError('returnUrl', 'url', { vi: 'Địa chỉ quay lại không hợp lệ', en: 'Not a valid return address' }, locale)],
          });
        }
        // The mock platform never shows a page of its own: it decides at once and sends the applicant
        // straight back to the portal, so a demo or a test completes the round trip without leaving the origin.
        const outcome = options.paymentOutcome;
        if (outcome === 'paid') dossiers.settlePayment(record.code, payment.id, 'paid');
        if (outcome === 'processing') payment.state = 'processing';
        back.searchParams.set('motcua-payment', payment.id);
        back.searchParams.set('motcua-payment-result', outcome);
        const checkout: PaymentCheckout = { paymentId: payment.id, redirectUrl: back.href, expiresAt: isoVn(state.now() + CHECKOUT_MS) };
        return json(checkout, { status: 201 });
      }),

    // ------------------------------------------------------------ transparency
    getStats: ({ request }) => {
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
      const known = agency === undefined ? undefined : catalogue.agencies().find((a) => a.code === agency);
      if (agency !== undefined && !known) errors.push(fieldError('agency', 'unknown', { vi: 'Cơ quan không tồn tại', en: 'Unknown agency' }, locale));
      if (errors.length) return problem('invalid-parameters', request, { errors });
      const w = wording(request);
      const stats: Stats = { ...statsFor(state, fromMs, toMs, agency, w) };
      if (from) stats.from = from;
      if (to) stats.to = to;
      if (agency) stats.agency = agency;
      return answer(stats, w);
    },

    getCalendar: ({ request }) => {
      const raw = new URL(request.url).searchParams.get('year');
      const year = raw === null || raw === '' ? Number(dateVn(state.now()).slice(0, 4)) : Number(raw);
      if (!Number.isInteger(year) || year < 2000 || year > 2100) {
        return problem('invalid-parameters', request, {
          errors: [fieldError('year', 'range', { vi: 'Năm không hợp lệ', en: 'Not a valid year' }, localeOf(request))],
        });
      }
      const w = wording(request);
      const calendar = calendarOf(year, w.locale);
      if (!calendar) {
        return problem('not-found', request, { detail: { vi: `Chưa có lịch làm việc năm ${year}`, en: `No working calendar for ${year} yet` } });
      }
      return answer(calendar, w);
    },

    // ------------------------------------------------------------ reference data
    listSectors: ({ request }) => {
      const w = wording(request);
      return answer({ items: catalogue.sectors(w) }, w);
    },
    listAgencies: ({ request }) => {
      const w = wording(request);
      return answer({ items: catalogue.agencies(w) }, w);
    },
    listAdministrativeUnits: ({ request }) => {
      const parent = new URL(request.url).searchParams.get('parent');
      if (!parent) return json({ items: provinces() });
      const items = communesOf(parent);
      return items ? json({ items }) : problem('not-found', request);
    },
  };

  return ROUTES.map((route) => guarded(route, resolvers[route.operationId]));
}
