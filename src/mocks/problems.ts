import { HttpResponse } from 'msw';
import type { FieldError, Problem } from '../api/schemas.js';

export const PROBLEM_BASE = 'https://motcua.dev/problems/';

export type Locale = 'vi' | 'en';

/** The design: `en` when Accept-Language starts with it, Vietnamese otherwise. */
export function localeOf(request: Request): Locale {
  return (request.headers.get('Accept-Language') ?? '').trim().toLowerCase().startsWith('en') ? 'en' : 'vi';
}

/** A text the mock has in both languages. */
export type Text = Record<Locale, string>;

/** Every kind of problem the mock answers, so titles stay the same across endpoints. */
const KINDS = {
  'not-found': { status: 404, title: { vi: 'Không tìm thấy', en: 'Not found' } },
  'invalid-parameters': { status: 400, title: { vi: 'Tham số không hợp lệ', en: 'Invalid parameters' } },
  'invalid-body': { status: 400, title: { vi: 'Nội dung yêu cầu không hợp lệ', en: 'Invalid request body' } },
  'idempotency-key-required': {
    status: 400,
    title: { vi: 'Thiếu khóa Idempotency-Key', en: 'Idempotency-Key header required' },
  },
  'validation-failed': { status: 422, title: { vi: 'Dữ liệu chưa hợp lệ', en: 'Validation failed' } },
  'form-version-changed': {
    status: 409,
    title: { vi: 'Biểu mẫu đã thay đổi', en: 'The form has changed' },
  },
  'invalid-state': { status: 409, title: { vi: 'Hồ sơ không ở trạng thái phù hợp', en: 'Dossier is not in a suitable state' } },
  'already-rated': { status: 409, title: { vi: 'Hồ sơ đã được đánh giá', en: 'The dossier has already been rated' } },
  'file-too-large': { status: 413, title: { vi: 'Tệp quá lớn', en: 'File too large' } },
  'unsupported-media-type': {
    status: 415,
    title: { vi: 'Loại tệp không được chấp nhận', en: 'File type not accepted' },
  },
  'too-many-requests': { status: 429, title: { vi: 'Quá nhiều yêu cầu', en: 'Too many requests' } },
  'server-error': { status: 500, title: { vi: 'Lỗi hệ thống', en: 'Server error' } },
  'service-unavailable': { status: 503, title: { vi: 'Dịch vụ tạm thời gián đoạn', en: 'Service unavailable' } },
} satisfies Record<string, { status: number; title: Text }>;

export type ProblemKind = keyof typeof KINDS;

export interface ProblemInit {
  detail?: Text;
  errors?: FieldError[];
  retryAfter?: number;
  /** Overrides the status of the kind (fault injection of arbitrary codes). */
  status?: number;
}

export function problemBody(kind: ProblemKind, locale: Locale, init: ProblemInit = {}): Problem {
  const spec = KINDS[kind];
  const body: Problem = { type: PROBLEM_BASE + kind, title: spec.title[locale], status: init.status ?? spec.status };
  if (init.detail) body.detail = init.detail[locale];
  if (init.errors) body.errors = init.errors;
  if (init.retryAfter !== undefined) body.retryAfter = init.retryAfter;
  return body;
}

export function problem(kind: ProblemKind, request: Request, init: ProblemInit = {}): Response {
  const body = problemBody(kind, localeOf(request), init);
  const headers: Record<string, string> = { 'Content-Type': 'application/problem+json; charset=utf-8' };
  if (init.retryAfter !== undefined) headers['Retry-After'] = String(init.retryAfter);
  return new HttpResponse(JSON.stringify(body), { status: body.status, headers });
}

/** The problem kind that best names an arbitrary injected status. */
export function kindForStatus(status: number): ProblemKind {
  switch (status) {
    case 400:
      return 'invalid-parameters';
    case 404:
      return 'not-found';
    case 409:
      return 'invalid-state';
    case 413:
      return 'file-too-large';
    case 415:
      return 'unsupported-media-type';
    case 422:
      return 'validation-failed';
    case 429:
      return 'too-many-requests';
    case 503:
      return 'service-unavailable';
    default:
      return 'server-error';
  }
}

/** A field error in the caller's language. */
export function fieldError(field: string, code: string, message: Text, locale: Locale): FieldError {
  return { field, code, message: message[locale] };
}

export function json(body: unknown, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  return new HttpResponse(JSON.stringify(body), {
    status: init.status ?? 200,
    headers: { 'Content-Type': 'application/json; charset=utf-8', ...init.headers },
  });
}

/**
 * Headers of an answer whose texts depend on Accept-Language: which languages they are in
 * (`en, vi` when some texts have no English), and that caches must key on the header.
 */
export function languageHeaders(languages: readonly Locale[]): Record<string, string> {
  return { 'Content-Language': [...new Set(languages)].join(', '), Vary: 'Accept-Language' };
}
