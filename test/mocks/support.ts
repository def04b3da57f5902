/** The mock back end without a service worker: requests go straight to its handlers (msw's getResponse). */
import { getResponse } from 'msw';
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
