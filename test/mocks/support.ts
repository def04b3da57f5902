/** The mock back end without a service worker: requests go straight to its handlers (msw's getResponse). */
import { getResponse } from 'msw';
import type { Field, GroupItemField } from '../../src/api/schemas.js';
import { createMockApi, type MockApi, type MockOptions } from '../../src/mocks/index.js';

export const BASE = 'https://mock.test/api/v1';
/** Monday 23 November 2026, 10:00 in Vietnam. */
export const MONDAY = Date.parse('2026-11-23T03:00:00Z');

export interface Answer<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

export interface Asking {
  api: MockApi;
  /** Moves the mock's clock. */
  setNow(ms: number): void;
  ask<T = any>(path: string, init?: { method?: string; json?: unknown; body?: BodyInit; headers?: Record<string, string> }): Promise<Answer<T>>;
  /** A POST with a fresh Idempotency-Key. */
  post<T = any>(path: string, json: unknown, headers?: Record<string, string>): Promise<Answer<T>>;
  upload(procedureCode: string, documentCode: string, type?: string): Promise<string>;
}

let keys = 0;

export function mockBackEnd(options: Omit<MockOptions, 'now' | 'baseUrl'> = {}): Asking {
  let now = MONDAY;
  const api = createMockApi({ ...options, baseUrl: BASE, now: () => now });
  const ask = async (path: string, init: { method?: string; json?: unknown; body?: BodyInit; headers?: Record<string, string> } = {}) => {
    const headers: Record<string, string> = { 'accept-language': 'vi', ...init.headers };
    let body = init.body;
    if (init.json !== undefined) {
      body = JSON.stringify(init.json);
      headers['content-type'] = 'application/json';
    }
    const response = await getResponse(api.handlers, new Request(`${BASE}${path}`, { method: init.method ?? 'GET', headers, body: body ?? null }));
    if (!response) throw new Error(`no handler for ${init.method ?? 'GET'} ${path}`);
    return { status: response.status, headers: response.headers, body: await response.json() };
  };
  return {
    api,
    setNow: (ms) => {
      now = ms;
    },
    ask,
    post: (path, json, headers = {}) => ask(path, { method: 'POST', json, headers: { 'idempotency-key': `key-${++keys}`, ...headers } }),
    upload: async (procedureCode, documentCode, type = 'application/pdf') => {
      const form = new FormData();
      form.append('file', new File(['%PDF-1.4 test'], `${documentCode}.pdf`, { type }));
      form.append('procedureCode', procedureCode);
      form.append('documentCode', documentCode);
      const answer = await ask('/attachments', { method: 'POST', body: form });
      if (answer.status !== 201) throw new Error(`upload: ${answer.status} ${JSON.stringify(answer.body)}`);
      return answer.body.id as string;
    },
  };
}

/**
 * A valid answer to any question of the mock's forms: the first option, the lowest number, the
 * latest date allowed, one row of a group with its required questions, and text that meets
 * the one pattern a required text question has (the business household's name).
 */
export function sampleAnswer(field: Field | GroupItemField): unknown {
  const option = field.options?.[0]?.value;
  switch (field.kind) {
    case 'number':
      return typeof field.min === 'number' ? field.min : 1;
    case 'date':
      return typeof field.max === 'string' ? field.max : typeof field.min === 'string' ? field.min : '2000-01-01';
    case 'checkbox':
      return true;
    case 'checkboxes':
      return option ? [option] : [];
    case 'select':
    case 'radio':
      return option;
    case 'address':
      return { provinceCode: '01', communeCode: '00004', street: 'Số 1 phố Hàng Bài' };
    case 'phone':
      return '0987654321';
    case 'email':
      return 'binh@example.vn';
    case 'national-id':
      return '079195001234';
    case 'group':
      return [Object.fromEntries((field as Field).fields!.filter((child) => child.required).map((child) => [child.id, sampleAnswer(child)]))];
    default:
      return field.pattern === '^Hộ kinh doanh .+' ? 'Hộ kinh doanh An Bình' : `Nội dung trả lời ${field.id}`;
  }
}
