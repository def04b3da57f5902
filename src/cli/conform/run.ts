/// <reference types="node" />
/**
 * `motcua conform`: every route of the route table (`api/routes.ts`) called against a live
 * back end, and every answer held to the contract of docs/api.md. The checks run in the order
 * their data needs (a procedure before its form, a dossier before its lookup) and are reported
 * in the table's order. Check ids are `<operationId>.<check>`; docs/conformance.md lists them.
 */
import { createHash, randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import {
  ROUTES,
  routePath,
  type AnyRoute,
  type OperationId,
} from '../../api/routes.js';
import type {
  AddressValue,
  AdministrativeUnitList,
  AttachmentRequirement,
  DossierReceipt,
  DossierStatus,
  DossierSubmission,
  FormDefinition,
  ProcedureDetail,
  ProcedureList,
  Problem,
  Stats,
} from '../../api/schemas.js';
import { lintForm } from '../lint/lint.js';
import { firstMismatch, show } from './contract.js';
import { fillForm } from './fill.js';
import { describe, headerList, mediaType, Prober, type Exchange, type ProbeRequest } from './http.js';
import { buildReport, Recorder, type ConformReport } from './report.js';

export interface KnownDossier {
  code: string;
  verifier: string;
}

export interface ConformOptions {
  base: string;
  token?: string | undefined;
  headers?: ReadonlyArray<readonly [string, string]>;
  procedure?: string | undefined;
  dossiers?: readonly KnownDossier[];
  write?: boolean;
  origin?: string | undefined;
  timeoutMs?: number;
  contract?: '1.0' | '1.1';
  /** A submission to send instead of the one the checker fills in (`--submission`). */
  submission?: DossierSubmission | undefined;
  /** Check ids (or prefixes) not to run. */
  skip?: readonly string[];
  /** Failed lookups to send at most before concluding there is no rate limit. */
  rateLimitAttempts?: number;
}

/** What the elements send in a preflight, lower case as browsers send them. */
const PREFLIGHT_HEADERS = ['accept-language', 'authorization', 'content-type', 'idempotency-key'];
const UNKNOWN = 'motcua-conform-unknown';
const ROUTE_BY_ID = new Map<string, AnyRoute>(ROUTES.map((route) => [route.operationId, route]));

/** The smallest files of each kind the checker uploads: real headers, so a server that sniffs content accepts them. */
const SAMPLE_FILES: ReadonlyArray<{ type: string; name: string; bytes: () => Uint8Array }> = [
  { type: 'application/pdf', name: 'motcua-conform.pdf', bytes: () => pdfBytes(400) },
  {
    type: 'image/png',
    name: 'motcua-conform.png',
    bytes: () =>
      Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
        'base64',
      ),
  },
  {
    type: 'image/jpeg',
    name: 'motcua-conform.jpg',
    bytes: () =>
      Buffer.from(
        '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=',
        'base64',
      ),
  },
];

function pdfBytes(size: number): Uint8Array {
  const head = '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n';
  const tail = '\n%%EOF\n';
  const bytes = Buffer.alloc(Math.max(size, head.length + tail.length), 0x20);
  bytes.write(head, 0, 'latin1');
  bytes.write(tail, bytes.length - tail.length, 'latin1');
  return bytes;
}

export async function runConformance(options: ConformOptions): Promise<ConformReport> {
  const base = options.base.replace(/\/+$/, '');
  const prober = new Prober({ base, token: options.token, headers: options.headers ?? [], origin: options.origin, timeoutMs: options.timeoutMs ?? 10_000 });
  const run = new Run(prober, { ...options, base });
  await run.all();
  // `--skip`: the rate-limit check is not even run (it uses up the server's limit); any other is left out of the verdict.
  for (const recorder of run.recorders.values()) {
    for (const check of recorder.checks) {
      if (check.status === 'skip' || !skippedBy(options.skip ?? [], check.id)) continue;
      check.status = 'skip';
      check.detail = 'left out (--skip)';
      delete check.hint;
      delete check.mismatch;
    }
  }
  return buildReport(run.recorders, {
    base,
    contract: options.contract ?? '1.1',
    origin: options.origin ?? null,
    write: options.write === true,
    rateLimitedFor: run.limitedFor ?? null,
  });
}

class Run {
  readonly recorders = new Map<string, Recorder>();
  /** Each endpoint's exchanges, for the CORS and redirect checks at the end. */
  readonly #exchanges = new Map<string, Exchange[]>();
  #procedure: ProcedureDetail | undefined;
  #form: FormDefinition | undefined;
  #address: AddressValue | undefined;
  #known: Array<KnownDossier & { status?: DossierStatus }> = [];
  #created: { receipt: DossierReceipt; verifier: string; fullName: string } | undefined;

  constructor(
    readonly prober: Prober,
    readonly options: ConformOptions & { base: string },
  ) {
    for (const route of ROUTES) this.recorders.set(route.operationId, new Recorder(route));
    this.#known = [...(options.dossiers ?? [])];
  }

  rec(id: OperationId): Recorder {
    return this.recorders.get(id)!;
  }

  #skipped(id: string): boolean {
    return skippedBy(this.options.skip ?? [], id);
  }

  async send(id: OperationId, request: ProbeRequest): Promise<Exchange> {
    const exchange = await this.prober.send(request);
    const list = this.#exchanges.get(id) ?? [];
    list.push(exchange);
    this.#exchanges.set(id, list);
    return exchange;
  }

  async all(): Promise<void> {
    await this.referenceData();
    await this.calendar();
    await this.stats();
    await this.search();
    await this.procedure();
    await this.form();
    await this.createAndUpload();
    await this.lookup();
    await this.dossierWrites();
    await this.rateLimit();
    await this.cors();
    this.transport();
  }

  // ------------------------------------------------------------------ shared expectations

  /** The longest Retry-After of a 429 that cut a check short; undefined when none did. */
  limitedFor: number | undefined;

  /**
   * A 429 where another answer was expected says nothing about the check: the server limited the
   * checker (often its own earlier run: the rate-limit check trips the lookup limit). The check is
   * skipped, and the run is inconclusive rather than failed or passed.
   */
  #rateLimited(exchange: Exchange, check: string, title: string, id: OperationId): boolean {
    if (exchange.status !== 429) return false;
    const seconds = Number(exchange.headers.get('Retry-After') ?? (exchange.json as Partial<Problem> | undefined)?.retryAfter ?? 60);
    this.limitedFor = Math.max(this.limitedFor ?? 0, Number.isFinite(seconds) ? seconds : 60);
    this.rec(id).skip(check, title, `rate limited (429, Retry-After ${exchange.headers.get('Retry-After') ?? '?'} s): not checked`);
    return true;
  }

  /**
   * A success answer: the route's status, JSON, and the contract's shape. Returns the body when
   * it matches (stripped of nothing: the checker looks at what the server sent).
   */
  success<T>(id: OperationId, exchange: Exchange, check = 'schema', what = ''): T | undefined {
    const rec = this.rec(id);
    const route = ROUTE_BY_ID.get(id)!;
    // A GET's path already says what was asked; a POST's says less.
    const label = what && exchange.method !== 'GET' ? ` (${what})` : '';
    if (exchange.error) {
      rec.fail(check, `${describe(exchange)}${label}`, { detail: 'no HTTP answer', hint: 'check the base URL, TLS and that the route exists' });
      return undefined;
    }
    if (this.#rateLimited(exchange, check, `${exchange.method} ${exchange.path}${label} answers ${route.success} ${route.response}`, id)) return undefined;
    if (exchange.status !== route.success) {
      const problem = exchange.json as Partial<Problem> | undefined;
      rec.fail(check, `${exchange.method} ${exchange.path}${label} answers ${route.success} ${route.response}`, {
        detail: `got ${exchange.status}${problem?.title ? `: ${problem.title}${problem.detail ? ` (${problem.detail})` : ''}` : ''}`,
        hint: exchange.status === 404 ? `serve ${route.method} ${route.path} under the API base` : `answer ${route.success} with a ${route.response} (docs/api.md)`,
      });
      return undefined;
    }
    if (mediaType(exchange) !== 'application/json') {
      rec.fail(`${check}.content-type`, `${exchange.method} ${exchange.path}${label} is application/json`, {
        detail: `Content-Type: ${exchange.headers.get('Content-Type') ?? '(none)'}`,
        hint: 'send Content-Type: application/json; charset=utf-8 with every JSON answer',
      });
    }
    if (exchange.json === undefined) {
      rec.fail(check, `${exchange.method} ${exchange.path}${label} answers JSON`, { detail: `body: ${show(exchange.text)}` });
      return undefined;
    }
    const mismatch = firstMismatch(route.response, exchange.json);
    if (mismatch) {
      rec.fail(check, `${exchange.method} ${exchange.path}${label} matches ${route.response}`, { mismatch, hint: schemaHint(route, mismatch.path, exchange.json) });
      return undefined;
    }
    rec.pass(check, `${exchange.method} ${exchange.path}${label} matches ${route.response}`);
    return exchange.json as T;
  }

  /** An error answer: the status, problem+json, a valid problem whose `status` and type agree. */
  problem(id: OperationId, check: string, title: string, exchange: Exchange, statuses: readonly number[], type?: string, hint?: string): boolean {
    const rec = this.rec(id);
    if (exchange.error) {
      rec.fail(check, title, { detail: describe(exchange) });
      return false;
    }
    if (!statuses.includes(429) && this.#rateLimited(exchange, check, title, id)) return false;
    if (!statuses.includes(exchange.status)) {
      rec.fail(check, title, {
        detail: `${exchange.method} ${exchange.path} answered ${exchange.status}, not ${statuses.join(' or ')}`,
        ...(hint ? { hint } : {}),
      });
      return false;
    }
    const problems: string[] = [];
    if (mediaType(exchange) !== 'application/problem+json') problems.push(`Content-Type is ${exchange.headers.get('Content-Type') ?? '(none)'}, not application/problem+json`);
    const mismatch = exchange.json === undefined ? undefined : firstMismatch('Problem', exchange.json);
    if (exchange.json === undefined) problems.push('the body is not JSON');
    else if (mismatch) problems.push(`the body is not a problem: at ${mismatch.path}, ${mismatch.rule} (found ${mismatch.value})`);
    else {
      const body = exchange.json as Problem;
      if (body.status !== exchange.status) problems.push(`its status says ${body.status}, the answer is ${exchange.status}`);
      const last = body.type.split('/').pop();
      if (type && last !== type) problems.push(`its type ends in "${last}", not "${type}"`);
    }
    if (problems.length) {
      rec.fail(check, title, {
        detail: `${exchange.method} ${exchange.path} → ${exchange.status}: ${problems.join('; ')}`,
        hint: `answer errors as RFC 9457 problems: Content-Type application/problem+json, { type: ".../${type ?? '<kind>'}", title, status }`,
      });
      return false;
    }
    rec.pass(check, title);
    return true;
  }

  /** `Content-Language` on an answer whose texts depend on Accept-Language. */
  language(id: OperationId, exchange: Exchange): void {
    if (exchange.error || exchange.status >= 300) return;
    const rec = this.rec(id);
    const language = exchange.headers.get('Content-Language');
    if (!language) {
      rec.fail('content-language', `${exchange.method} ${exchange.path} says its language`, {
        detail: 'no Content-Language header',
        hint: 'send Content-Language: vi (en, or "en, vi" when some texts have no English) and Vary: Accept-Language',
      });
      return;
    }
    const vary = headerList(exchange.headers, 'Vary');
    if (!vary.includes('accept-language') && !vary.includes('*')) {
      rec.warn('vary', `${exchange.method} ${exchange.path} varies on Accept-Language`, {
        detail: `Content-Language: ${language}, but Vary has no Accept-Language`,
        hint: 'add Vary: Accept-Language, so caches keep one copy per language',
      });
    } else rec.pass('content-language', `${exchange.method} ${exchange.path} says its language (${language})`);
  }

  /** Asks in English: English is optional, a Vietnamese answer that says so is correct. */
  async english(id: OperationId, path: string): Promise<void> {
    const exchange = await this.send(id, { method: 'GET', path, language: 'en' });
    if (exchange.error || exchange.status >= 300) return;
    const rec = this.rec(id);
    const language = headerList(exchange.headers, 'Content-Language');
    if (language.includes('en')) rec.pass('english', `GET ${path} in English (Content-Language: ${language.join(', ')})`);
    else if (language.length) {
      rec.warn('english', `GET ${path} in English`, { detail: `asked for en, answered ${language.join(', ')}: allowed (English is optional), the elements then show Vietnamese` });
    } else rec.fail('english', `GET ${path} in English says its language`, { detail: 'no Content-Language header', hint: 'send Content-Language with what came back' });
  }

  // ------------------------------------------------------------------ reference data

  async referenceData(): Promise<void> {
    for (const id of ['listSectors', 'listAgencies'] as const) {
      const path = routePath(ROUTE_BY_ID.get(id)!);
      const exchange = await this.send(id, { method: 'GET', path });
      this.success(id, exchange);
      this.language(id, exchange);
      await this.english(id, path);
    }
    const units = 'listAdministrativeUnits';
    const provinces = this.success<AdministrativeUnitList>(units, await this.send(units, { method: 'GET', path: '/administrative-units' }));
    const province = provinces?.items.find((unit) => unit.level === 'province');
    if (provinces && !province) this.rec(units).fail('provinces', 'without parent: the provinces', { detail: 'no item has level "province"' });
    if (!province) return;
    const communes = this.success<AdministrativeUnitList>(
      units,
      await this.send(units, { method: 'GET', path: `/administrative-units?parent=${encodeURIComponent(province.code)}` }),
      'communes',
      `parent=${province.code}`,
    );
    if (communes) {
      const strangers = communes.items.filter((unit) => unit.level !== 'commune' || (unit.parentCode !== undefined && unit.parentCode !== province.code));
      if (communes.items.length === 0) this.rec(units).fail('communes.items', `communes of ${province.code}`, { detail: 'an empty list' });
      else if (strangers.length) {
        this.rec(units).fail('communes.items', `communes of ${province.code} only`, { detail: `${show(strangers[0])} is not a commune of ${province.code}` });
      } else {
        this.rec(units).pass('communes.items', `${communes.items.length} communes of ${province.code}`);
        const commune = communes.items[0]!;
        this.#address = { provinceCode: province.code, communeCode: commune.code, street: 'Số 1 phố Tràng Tiền' };
      }
    }
    this.problem(
      units,
      'not-found',
      'an unknown parent answers 404 not-found',
      await this.send(units, { method: 'GET', path: `/administrative-units?parent=${UNKNOWN}` }),
      [404],
      'not-found',
    );
  }

  async calendar(): Promise<void> {
    const id = 'getCalendar';
    const year = new Date().getFullYear();
    const exchange = await this.send(id, { method: 'GET', path: `/calendar?year=${year}` });
    const calendar = this.success<{ year: number }>(id, exchange);
    this.language(id, exchange);
    if (calendar) {
      if (calendar.year === year) this.rec(id).pass('year', `year=${year} gives that year`);
      else this.rec(id).fail('year', `year=${year} gives that year`, { detail: `got ${calendar.year}` });
    }
    this.problem(id, 'invalid-parameters', 'year=abc answers 400 invalid-parameters', await this.send(id, { method: 'GET', path: '/calendar?year=abc' }), [400], 'invalid-parameters');
  }

  async stats(): Promise<void> {
    const id = 'getStats';
    const exchange = await this.send(id, { method: 'GET', path: '/stats' });
    const stats = this.success<Stats>(id, exchange);
    this.language(id, exchange);
    if (stats) this.statsFigures(stats);
    this.problem(id, 'invalid-parameters', 'from=not-a-date answers 400 invalid-parameters', await this.send(id, { method: 'GET', path: '/stats?from=not-a-date' }), [400], 'invalid-parameters');
  }

  statsFigures(stats: Stats): void {
    const rec = this.rec('getStats');
    if (!stats.period) rec.warn('period', 'the period is stated (1.1)', { hint: 'send period: { from, to }, the days the figures cover' });
    const progress = stats.progress;
    if (!progress) {
      rec.warn('progress', 'the 766 inputs (1.1 progress)', { hint: 'send progress: the inputs of the Decision 766 on-time indicator (docs/api.md, GET /stats)' });
      return;
    }
    const received = progress.received.online + progress.received.inPerson + progress.received.post;
    const resolved = progress.resolved.early + progress.resolved.onTime + progress.resolved.late;
    const open = progress.inProgress.withinDeadline + progress.inProgress.overdue;
    const left = progress.carriedOver + received;
    const right = resolved + open + progress.awaitingSupplement + progress.withdrawn;
    if (left !== right) {
      rec.fail('progress.balance', 'carriedOver + received = resolved + inProgress + awaitingSupplement + withdrawn', { detail: `${left} ≠ ${right}` });
    } else rec.pass('progress.balance', `the 766 inputs add up (${left})`);
    const denominator = resolved + open;
    const expected = denominator === 0 ? null : (progress.resolved.early + progress.resolved.onTime + progress.inProgress.withinDeadline) / denominator;
    const rate = progress.onTimeRate;
    if (expected === null ? rate !== null : rate === null || Math.abs(rate - expected) > 0.001) {
      rec.fail('progress.rate', 'onTimeRate follows the 766 formula', { detail: `sent ${rate}, the formula gives ${expected === null ? 'null' : expected.toFixed(4)}`, hint: 'docs/api.md, GET /stats: (early + onTime + withinDeadline) / (resolved + inProgress)' });
    } else rec.pass('progress.rate', `onTimeRate follows the 766 formula (${rate === null ? 'null' : rate.toFixed(4)})`);
  }

  // ------------------------------------------------------------------ procedures

  async search(): Promise<void> {
    const id = 'searchProcedures';
    const rec = this.rec(id);
    const first = await this.send(id, { method: 'GET', path: '/procedures' });
    const list = this.success<ProcedureList>(id, first);
    this.language(id, first);
    await this.english(id, '/procedures');
    if (this.options.token) {
      const anonymous = await this.send(id, { method: 'GET', path: '/procedures', noToken: true });
      if (anonymous.status === 200) rec.pass('public', 'GET /procedures works without a token');
      else rec.fail('public', 'GET /procedures works without a token', { detail: `answered ${anonymous.status}`, hint: 'reading and tracking (public: true in the route table) must not need Authorization' });
    }
    if (list) {
      const one = this.success<ProcedureList>(id, await this.send(id, { method: 'GET', path: '/procedures?pageSize=1' }), 'paging.page-size');
      const two = this.success<ProcedureList>(id, await this.send(id, { method: 'GET', path: '/procedures?pageSize=1&page=2' }), 'paging.page');
      if (one && two) {
        const problems: string[] = [];
        if (one.items.length > 1) problems.push(`pageSize=1 gave ${one.items.length} items`);
        if (one.pageSize !== 1) problems.push(`pageSize=1 answered pageSize ${one.pageSize}`);
        if (two.page !== 2) problems.push(`page=2 answered page ${two.page}`);
        if (one.total >= 2 && two.items[0]?.code !== undefined && two.items[0].code === one.items[0]?.code) problems.push(`page 2 repeats page 1 (${one.items[0]?.code})`);
        if (one.total >= 2 && two.items.length === 0) problems.push('page 2 is empty although total is at least 2');
        if (problems.length) rec.fail('paging', 'page and pageSize are honoured', { detail: problems.join('; '), hint: 'answer items (page - 1) × pageSize … page × pageSize - 1 and echo page and pageSize' });
        else rec.pass('paging', 'page and pageSize are honoured', `total ${one.total}`);
      }
      this.problem(id, 'paging.limit', 'pageSize=101 answers 400 invalid-parameters', await this.send(id, { method: 'GET', path: '/procedures?pageSize=101' }), [400], 'invalid-parameters', 'pageSize is at most 100: refuse larger ones with 400 invalid-parameters');
    }
    this.problem(id, 'invalid-parameters', 'an unknown level answers 400 invalid-parameters', await this.send(id, { method: 'GET', path: '/procedures?level=motcua-unknown' }), [400], 'invalid-parameters');
    if (list?.items[0]) {
      const target = list.items[0];
      const found = await this.send(id, { method: 'GET', path: `/procedures?q=${encodeURIComponent(target.code)}` });
      const result = found.status === 200 ? (found.json as Partial<ProcedureList>) : undefined;
      if (result?.items?.some((item) => item.code === target.code)) rec.pass('query', `q=${target.code} finds the procedure`);
      else rec.warn('query', `q=${target.code} finds the procedure`, { detail: 'a search by the national code did not return it', hint: 'docs/search.md: q matches codes, names and keywords without diacritics' });
    }
  }

  async procedure(): Promise<void> {
    const id = 'getProcedure';
    const rec = this.rec(id);
    let codes: string[];
    if (this.options.procedure) codes = [this.options.procedure];
    else {
      const online = await this.send('searchProcedures', { method: 'GET', path: '/procedures?onlineLevel=full&pageSize=10' });
      const list = (online.status === 200 ? (online.json as Partial<ProcedureList>) : undefined)?.items ?? [];
      codes = list.map((item) => item.code).filter((code): code is string => typeof code === 'string');
    }
    for (const code of codes.slice(0, 10)) {
      const exchange = await this.send(id, { method: 'GET', path: `/procedures/${encodeURIComponent(code)}` });
      if (this.#procedure) continue;
      const detail = this.success<ProcedureDetail>(id, exchange, 'schema', code);
      if (!detail) return;
      this.language(id, exchange);
      if (detail.formVersion !== null || this.options.procedure) this.#procedure = detail;
    }
    if (!this.#procedure) {
      rec.skip('online', 'a procedure filed online', codes.length ? 'none of the first fully online procedures has a formVersion' : 'no fully online procedure found: give --procedure <code>');
    } else {
      await this.english(id, `/procedures/${encodeURIComponent(this.#procedure.code)}`);
    }
    this.problem(id, 'not-found', 'an unknown code answers 404 not-found', await this.send(id, { method: 'GET', path: `/procedures/${UNKNOWN}` }), [404], 'not-found');
  }

  async form(): Promise<void> {
    const id = 'getForm';
    const rec = this.rec(id);
    const procedure = this.#procedure;
    if (!procedure || procedure.formVersion === null) {
      rec.skip('schema', 'the form of a procedure filed online', procedure ? `${procedure.code} has formVersion null` : 'no procedure: give --procedure <code of a procedure filed online>');
    } else {
      const path = `/procedures/${encodeURIComponent(procedure.code)}/form`;
      const exchange = await this.send(id, { method: 'GET', path });
      const form = this.success<FormDefinition>(id, exchange);
      this.language(id, exchange);
      if (form) {
        this.#form = form;
        if (form.version === procedure.formVersion) rec.pass('version', `the form's version is the procedure's formVersion (${form.version})`);
        else rec.fail('version', "the form's version is the procedure's formVersion", { detail: `procedure says ${procedure.formVersion}, form says ${form.version}`, hint: 'formVersion of GET /procedures/{code} is the version GET …/form serves' });
        const findings = lintForm(form);
        const errors = findings.filter((finding) => finding.severity === 'error');
        const warnings = findings.filter((finding) => finding.severity === 'warning');
        if (errors.length) {
          rec.fail('lint', 'the form passes motcua lint-form', { detail: errors.slice(0, 5).map((finding) => `${finding.rule} at ${finding.path}: ${finding.message}`).join('\n'), hint: 'run motcua lint-form on the definition' });
        } else if (warnings.length) {
          rec.warn('lint', 'the form passes motcua lint-form', { detail: warnings.slice(0, 5).map((finding) => `${finding.rule} at ${finding.path}: ${finding.message}`).join('\n') });
        } else rec.pass('lint', 'the form passes motcua lint-form');
      }
      await this.english(id, path);
    }
    this.problem(id, 'not-found', 'an unknown procedure answers 404 not-found', await this.send(id, { method: 'GET', path: `/procedures/${UNKNOWN}/form` }), [404], 'not-found');
  }

  // ------------------------------------------------------------------ uploads and submission

  async createAndUpload(): Promise<void> {
    const needWrite = 'needs --write (it creates records: use a test server)';
    if (!this.options.write) {
      this.rec('uploadAttachment').skip('created', 'an upload is stored', needWrite);
      this.rec('createDossier').skip('created', 'a submission creates a dossier', needWrite);
      return;
    }
    const form = this.#form;
    const requirement = form?.attachments.find((candidate) => SAMPLE_FILES.some((file) => candidate.accept.includes(file.type))) ?? form?.attachments[0];
    if (!form || !requirement) {
      this.rec('uploadAttachment').skip('created', 'an upload is stored', form ? 'the form asks for no attachment' : 'no form to upload for');
    } else await this.uploads(form, requirement);
    await this.create(form);
  }

  async upload(form: FormDefinition, requirement: AttachmentRequirement, check: string): Promise<string | undefined> {
    const id = 'uploadAttachment';
    const sample = SAMPLE_FILES.find((file) => requirement.accept.includes(file.type));
    if (!sample) {
      this.rec(id).skip(check, `an upload for ${requirement.documentCode}`, `the checker has no sample of ${requirement.accept.join(', ')}`);
      return undefined;
    }
    const bytes = sample.bytes();
    const exchange = await this.send(id, { method: 'POST', path: '/attachments', form: uploadForm(bytes, sample.type, sample.name, form.procedureCode, requirement.documentCode) });
    const attachment = this.success<{ id: string; sha256: string; size: number }>(id, exchange, check, requirement.documentCode);
    if (!attachment) return undefined;
    const digest = createHash('sha256').update(bytes).digest('hex');
    if (attachment.sha256 !== digest || attachment.size !== bytes.length) {
      this.rec(id).fail(`${check}.digest`, 'sha256 and size are those of the bytes sent', { detail: `sent ${bytes.length} bytes ${digest}, got ${attachment.size} ${attachment.sha256}`, hint: 'compute sha256 (hex) and size over the stored bytes' });
    }
    return attachment.id;
  }

  async uploads(form: FormDefinition, requirement: AttachmentRequirement): Promise<void> {
    const id = 'uploadAttachment';
    const rec = this.rec(id);
    await this.upload(form, requirement, 'created');
    const sample = SAMPLE_FILES.find((file) => requirement.accept.includes(file.type));
    if (sample?.type === 'application/pdf' && requirement.maxBytes < 64 * 1024 * 1024) {
      const big = pdfBytes(requirement.maxBytes + 1);
      this.problem(
        id,
        'too-large',
        `a file of maxBytes + 1 (${requirement.maxBytes + 1} bytes) answers 413 file-too-large`,
        await this.send(id, { method: 'POST', path: '/attachments', form: uploadForm(big, sample.type, sample.name, form.procedureCode, requirement.documentCode) }),
        [413],
        'file-too-large',
        'check the size against the requirement\'s maxBytes again on the server',
      );
    } else rec.skip('too-large', 'an upload over maxBytes answers 413', 'needs a PDF requirement under 64 MB');
    const exe = Buffer.from('MZ motcua conform: not an accepted type');
    this.problem(
      id,
      'unsupported-type',
      'a type not in accept answers 415 unsupported-media-type',
      await this.send(id, { method: 'POST', path: '/attachments', form: uploadForm(exe, 'application/x-msdownload', 'motcua-conform.exe', form.procedureCode, requirement.documentCode) }),
      [415],
      'unsupported-media-type',
      'check the type against the requirement\'s accept again on the server',
    );
  }

  async create(form: FormDefinition | undefined): Promise<void> {
    const id = 'createDossier';
    const rec = this.rec(id);
    let submission = this.options.submission;
    if (!submission) {
      if (!form) {
        rec.skip('created', 'a submission creates a dossier', 'no form: give --procedure or --submission');
        return;
      }
      const filled = fillForm(form, this.#address);
      if (filled.unanswerable.length) {
        rec.skip('created', 'a submission creates a dossier', `the checker cannot answer ${filled.unanswerable.join(', ')} within their rules: give --submission <file>`);
        return;
      }
      const attachments: DossierSubmission['attachments'] = [];
      for (const requirement of form.attachments.filter((candidate) => candidate.required)) {
        const attachmentId = await this.upload(form, requirement, `for-submission`);
        if (!attachmentId) {
          rec.skip('created', 'a submission creates a dossier', `could not upload ${requirement.documentCode}`);
          return;
        }
        attachments.push({ documentCode: requirement.documentCode, attachmentId });
      }
      submission = {
        procedureCode: form.procedureCode,
        ...(form.caseId ? { caseId: form.caseId } : {}),
        formVersion: form.version,
        answers: filled.answers,
        attachments,
        delivery: 'online',
        applicant: filled.applicant,
      };
    }
    this.problem(id, 'key-required', 'without Idempotency-Key: 400 idempotency-key-required', await this.send(id, { method: 'POST', path: '/dossiers', json: submission }), [400], 'idempotency-key-required', 'refuse creating writes without the header; a retry can only be recognised by its key');
    this.problem(id, 'invalid-body', 'a body that is not a submission answers 400 invalid-body', await this.send(id, { method: 'POST', path: '/dossiers', json: { motcua: 'conform' }, idempotencyKey: randomUUID() }), [400], 'invalid-body');
    this.problem(
      id,
      'version-changed',
      'an old formVersion answers 409 form-version-changed',
      await this.send(id, { method: 'POST', path: '/dossiers', json: { ...submission, formVersion: `${submission.formVersion}-motcua-old` }, idempotencyKey: randomUUID() }),
      [409],
      'form-version-changed',
      'compare formVersion with the current form: the element reloads it on this answer',
    );
    const key = randomUUID();
    const first = await this.send(id, { method: 'POST', path: '/dossiers', json: submission, idempotencyKey: key });
    const receipt = this.success<DossierReceipt>(id, first, 'created');
    if (!receipt) {
      const errors = (first.json as Partial<Problem> | undefined)?.errors;
      if (errors?.length) rec.checks.at(-1)!.detail = `${rec.checks.at(-1)!.detail ?? ''}; ${errors.map((error) => `${error.field}: ${error.message}`).join('; ')}`;
      return;
    }
    const replay = await this.send(id, { method: 'POST', path: '/dossiers', json: submission, idempotencyKey: key });
    const again = replay.json as Partial<DossierReceipt> | undefined;
    if (replay.status !== first.status || !isDeepStrictEqual(again, receipt)) {
      const second = again?.code && again.code !== receipt.code;
      rec.fail('idempotency', 'the same key and body twice give one dossier and the same receipt', {
        detail: second
          ? `the retry created a second dossier: ${receipt.code}, then ${again.code}`
          : `the retry answered ${replay.status} ${show(replay.json)} instead of the first receipt`,
        hint: 'keep key → first answer in the same transaction as the dossier, and replay it for the same key (docs/api.md, Idempotency-Key)',
      });
    } else rec.pass('idempotency', 'the same key and body twice give one dossier and the same receipt', receipt.code);
    const phone = submission.applicant.phone.replace(/\D/g, '');
    this.#created = { receipt, verifier: phone.slice(-4), fullName: submission.applicant.fullName };
    this.#known.push({ code: receipt.code, verifier: phone.slice(-4) });
  }

  // ------------------------------------------------------------------ tracking

  async lookup(): Promise<void> {
    const id = 'lookupDossier';
    const rec = this.rec(id);
    for (const dossier of this.#known) {
      const exchange = await this.send(id, { method: 'POST', path: '/dossiers/lookup', json: { code: dossier.code, verifier: dossier.verifier } });
      const status = this.success<DossierStatus>(id, exchange, 'schema', dossier.code);
      this.language(id, exchange);
      if (!status) continue;
      dossier.status = status;
      if (status.code !== dossier.code) rec.fail('code', `the lookup of ${dossier.code} answers that dossier`, { detail: `got ${status.code}` });
      if (this.#created && dossier.code === this.#created.receipt.code) {
        if (status.applicantName === this.#created.fullName) {
          rec.fail('masked-name', 'applicantName is masked', { detail: `the lookup shows the full name "${status.applicantName}"`, hint: 'family name in full, the other words as initials: Nguyễn V. A.' });
        } else rec.pass('masked-name', `applicantName is masked ("${status.applicantName}")`);
      }
    }
    const known = this.#known.find((dossier) => dossier.status);
    if (!known) {
      rec.skip('uniform-404', 'unknown code and wrong verifier answer alike', 'needs a dossier: --dossier CODE --verifier V, or --write');
      this.problem(id, 'not-found', 'an unknown code answers 404 not-found', await this.send(id, { method: 'POST', path: '/dossiers/lookup', json: { code: otherCode(`000.00.00.H00-000101-0001`), verifier: '0000' } }), [404], 'not-found');
      return;
    }
    await this.uniformLookup(known);
  }

  /**
   * The three ways a lookup fails must look the same (status, type, title, detail), so that
   * codes cannot be enumerated; and should take about as long. Timing is only reported: it
   * varies with the network, so it never fails the run.
   */
  async uniformLookup(known: KnownDossier): Promise<void> {
    const id = 'lookupDossier';
    const rec = this.rec(id);
    const wrong = wrongVerifier(known.verifier);
    const probes = {
      unknownCode: { code: otherCode(known.code), verifier: known.verifier },
      wrongVerifier: { code: known.code, verifier: wrong },
    };
    const times: Record<keyof typeof probes, number[]> = { unknownCode: [], wrongVerifier: [] };
    const answers: Partial<Record<keyof typeof probes | 'malformed', Exchange>> = {};
    for (let round = 0; round < 3; round++) {
      for (const name of ['unknownCode', 'wrongVerifier'] as const) {
        const exchange = await this.send(id, { method: 'POST', path: '/dossiers/lookup', json: probes[name] });
        answers[name] ??= exchange;
        times[name].push(exchange.ms);
      }
    }
    answers.malformed = await this.send(id, { method: 'POST', path: '/dossiers/lookup', json: { code: 'not a code', verifier: '12' } });
    const limited = Object.values(answers).find((exchange) => exchange?.status === 429);
    if (limited && this.#rateLimited(limited, 'uniform-404', 'unknown code, wrong verifier and malformed lookup answer alike', id)) return;
    const unknown = answers.unknownCode!;
    this.problem(id, 'not-found', 'an unknown code answers 404 not-found', unknown, [404], 'not-found');
    const strip = (exchange: Exchange) => {
      if (!exchange.json || typeof exchange.json !== 'object') return exchange.text;
      const { instance: _instance, ...rest } = exchange.json as Record<string, unknown>;
      return rest;
    };
    const differences: string[] = [];
    for (const name of ['wrongVerifier', 'malformed'] as const) {
      const other = answers[name]!;
      const label = name === 'wrongVerifier' ? 'a wrong verifier' : 'a malformed lookup';
      if (other.status !== unknown.status) differences.push(`${label} answered ${other.status}, an unknown code ${unknown.status}`);
      else if (!isDeepStrictEqual(strip(other), strip(unknown))) differences.push(`${label} answered ${difference(strip(other), strip(unknown))}`);
      else if (mediaType(other) !== mediaType(unknown)) differences.push(`${label} answered ${mediaType(other)}, an unknown code ${mediaType(unknown)}`);
    }
    if (differences.length) {
      rec.fail('uniform-404', 'unknown code, wrong verifier and malformed lookup answer alike', {
        detail: differences.join('\n'),
        hint: 'answer the same 404 problem (type, title, detail) for all three, or the answers tell which codes exist (docs/api.md, uniform 404)',
      });
    } else rec.pass('uniform-404', 'unknown code, wrong verifier and malformed lookup answer alike');
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const [a, b] = [median(times.unknownCode), median(times.wrongVerifier)];
    const summary = `median ${a.toFixed(1)} ms for an unknown code, ${b.toFixed(1)} ms for a wrong verifier (3 each)`;
    if (Math.abs(a - b) > 50 && Math.max(a, b) > 1.5 * Math.min(a, b)) {
      rec.warn('uniform-timing', 'unknown code and wrong verifier take about as long', {
        detail: `${summary}: a difference this size can tell which codes exist; measured over the network, so not a verdict`,
        hint: 'do the same work on both paths (look the verifier up, compare in constant time) before answering',
      });
    } else rec.pass('uniform-timing', 'unknown code and wrong verifier take about as long', summary);
  }

  // ------------------------------------------------------------------ dossier writes

  async dossierWrites(): Promise<void> {
    const known = this.#known.find((dossier) => dossier.status);
    const writes = [
      { id: 'submitSupplement', body: (verifier: string) => ({ verifier, attachments: [{ documentCode: 'motcua', attachmentId: 'motcua-conform' }] }) },
      { id: 'requestWithdrawal', body: (verifier: string) => ({ verifier, reason: 'motcua conform' }) },
      { id: 'rateDossier', body: (verifier: string) => ({ verifier, convenience: 'satisfied', overall: 'satisfied' }) },
      { id: 'startPayment', body: (verifier: string) => ({ verifier, returnUrl: 'https://portal.example.gov.vn/tra-cuu' }) },
    ] as const;
    for (const write of writes) {
      const route = ROUTE_BY_ID.get(write.id)!;
      const path = (code: string) => routePath(route, { code, paymentId: 'motcua-conform' });
      const unknownCode = otherCode(known?.code ?? '000.00.00.H00-000101-0001');
      this.problem(
        write.id,
        'uniform-404',
        'an unknown dossier answers 404 not-found',
        await this.send(write.id, { method: 'POST', path: path(unknownCode), json: write.body(known?.verifier ?? '0000'), idempotencyKey: randomUUID() }),
        [404],
        'not-found',
      );
      if (known) {
        this.problem(
          write.id,
          'uniform-404.verifier',
          'a wrong verifier answers the same 404',
          await this.send(write.id, { method: 'POST', path: path(known.code), json: write.body(wrongVerifier(known.verifier)), idempotencyKey: randomUUID() }),
          [404],
          'not-found',
        );
      }
    }
    await this.statefulWrites();
  }

  /** With --write: the writes that change a dossier, on dossiers in the state each needs. */
  async statefulWrites(): Promise<void> {
    const needs = 'needs --write and a dossier in the right state (--dossier CODE --verifier V)';
    if (!this.options.write) {
      for (const id of ['submitSupplement', 'requestWithdrawal', 'rateDossier', 'startPayment'] as const) this.rec(id).skip('accepted', 'the write is accepted once, and replayed', needs);
      return;
    }
    const byStatus = (test: (status: DossierStatus) => boolean) => this.#known.find((dossier) => dossier.status && test(dossier.status));
    const pending = byStatus((status) => (status.paymentRequests ?? []).some((payment) => payment.state === 'pending'));
    if (pending) {
      const payment = pending.status!.paymentRequests!.find((candidate) => candidate.state === 'pending')!;
      await this.acceptedOnce('startPayment', routePath(ROUTE_BY_ID.get('startPayment')!, { code: pending.code, paymentId: payment.id }), { verifier: pending.verifier, returnUrl: 'https://portal.example.gov.vn/tra-cuu' });
    } else this.rec('startPayment').skip('accepted', 'a checkout is accepted once, and replayed', 'no known dossier has a pending payment request');
    const rateable = byStatus((status) => status.evaluation?.ratingOpen === true);
    if (rateable) {
      const path = routePath(ROUTE_BY_ID.get('rateDossier')!, { code: rateable.code });
      const body = { verifier: rateable.verifier, convenience: 'very-satisfied', overall: 'satisfied', comment: 'motcua conform' };
      if (await this.acceptedOnce('rateDossier', path, body)) {
        this.problem('rateDossier', 'already-rated', 'a second rating answers 409 already-rated', await this.send('rateDossier', { method: 'POST', path, json: body, idempotencyKey: randomUUID() }), [409], 'already-rated');
      }
    } else this.rec('rateDossier').skip('accepted', 'a rating is accepted once, and replayed', 'no known dossier is open for rating (status 9 or 10, ratingOpen)');
    const created = this.#created ? this.#known.find((dossier) => dossier.code === this.#created!.receipt.code) : undefined;
    if (created) {
      const supplementPath = routePath(ROUTE_BY_ID.get('submitSupplement')!, { code: created.code });
      this.problem('submitSupplement', 'invalid-state', 'a supplement for a dossier not at status 5 answers 409 invalid-state', await this.send('submitSupplement', { method: 'POST', path: supplementPath, json: { verifier: created.verifier, attachments: [{ documentCode: 'motcua', attachmentId: 'motcua-conform' }] }, idempotencyKey: randomUUID() }), [409, 422], undefined);
      if (!rateable) {
        this.problem('rateDossier', 'invalid-state', 'a rating before the result answers 409 invalid-state', await this.send('rateDossier', { method: 'POST', path: routePath(ROUTE_BY_ID.get('rateDossier')!, { code: created.code }), json: { verifier: created.verifier, convenience: 'satisfied', overall: 'satisfied' }, idempotencyKey: randomUUID() }), [409], 'invalid-state');
      }
      const withdrawal = routePath(ROUTE_BY_ID.get('requestWithdrawal')!, { code: created.code });
      const body = { verifier: created.verifier, reason: 'motcua conform: kiểm tra rút hồ sơ' };
      this.problem('requestWithdrawal', 'key-required', 'without Idempotency-Key: 400 idempotency-key-required', await this.send('requestWithdrawal', { method: 'POST', path: withdrawal, json: body }), [400], 'idempotency-key-required');
      if (await this.acceptedOnce('requestWithdrawal', withdrawal, body)) {
        this.problem('requestWithdrawal', 'invalid-state', 'a second withdrawal request answers 409 invalid-state', await this.send('requestWithdrawal', { method: 'POST', path: withdrawal, json: body, idempotencyKey: randomUUID() }), [409], 'invalid-state');
      }
    } else this.rec('requestWithdrawal').skip('accepted', 'a withdrawal is accepted once, and replayed', 'needs the dossier --write creates');
    const waiting = byStatus((status) => status.status === 5);
    if (!waiting) this.rec('submitSupplement').skip('accepted', 'a supplement is accepted once, and replayed', 'no known dossier is at status 5');
    else await this.supplement(waiting);
  }

  /** A write accepted with the route's status and schema, and the same answer to its retry. */
  async acceptedOnce(id: OperationId, path: string, body: unknown): Promise<boolean> {
    const key = randomUUID();
    const first = await this.send(id, { method: 'POST', path, json: body, idempotencyKey: key });
    const accepted = this.success(id, first, 'accepted');
    if (!accepted) return false;
    const replay = await this.send(id, { method: 'POST', path, json: body, idempotencyKey: key });
    if (replay.status === first.status && isDeepStrictEqual(replay.json, first.json)) this.rec(id).pass('idempotency', 'a retry with the same key gets the first answer');
    else {
      this.rec(id).fail('idempotency', 'a retry with the same key gets the first answer', {
        detail: `the retry answered ${replay.status} ${show(replay.json)}`,
        hint: 'replay the first answer for a known key (docs/api.md, Idempotency-Key)',
      });
    }
    return true;
  }

  async supplement(dossier: KnownDossier & { status?: DossierStatus }): Promise<void> {
    const requested = dossier.status?.supplementRequest?.documents[0];
    const form = this.#form && this.#form.procedureCode === dossier.status?.procedure.code ? this.#form : undefined;
    if (!requested) {
      this.rec('submitSupplement').skip('accepted', 'a supplement is accepted once, and replayed', `${dossier.code} lists no requested document`);
      return;
    }
    const accept = requested.accept ?? ['application/pdf'];
    const sample = SAMPLE_FILES.find((file) => accept.includes(file.type));
    if (!sample) {
      this.rec('submitSupplement').skip('accepted', 'a supplement is accepted once, and replayed', `no sample file of ${accept.join(', ')}`);
      return;
    }
    const upload = await this.send('uploadAttachment', {
      method: 'POST',
      path: '/attachments',
      form: uploadForm(sample.bytes(), sample.type, sample.name, form?.procedureCode ?? dossier.status!.procedure.code, requested.code),
    });
    const attachment = this.success<{ id: string }>('uploadAttachment', upload, 'for-supplement', requested.code);
    if (!attachment) return;
    const path = routePath(ROUTE_BY_ID.get('submitSupplement')!, { code: dossier.code });
    await this.acceptedOnce('submitSupplement', path, { verifier: dossier.verifier, note: 'motcua conform', attachments: [{ documentCode: requested.code, attachmentId: attachment.id }] });
  }

  // ------------------------------------------------------------------ rate limit

  async rateLimit(): Promise<void> {
    const id = 'lookupDossier';
    const rec = this.rec(id);
    if (this.#skipped(`${id}.rate-limit`)) {
      rec.skip('rate-limit', 'failed lookups are rate limited with 429 and Retry-After', 'skipped by --skip');
      return;
    }
    const attempts = this.options.rateLimitAttempts ?? 30;
    const code = otherCode(this.#known[0]?.code ?? '000.00.00.H00-000101-0001');
    for (let attempt = 1; attempt <= attempts; attempt++) {
      const exchange = await this.send(id, { method: 'POST', path: '/dossiers/lookup', json: { code, verifier: '0000' } });
      if (exchange.status !== 429) continue;
      const header = exchange.headers.get('Retry-After');
      const body = exchange.json as Partial<Problem> | undefined;
      const problems: string[] = [];
      if (!header || !/^\d+$/.test(header.trim())) problems.push(`Retry-After is ${header === null ? 'missing' : `"${header}"`}, not a number of seconds`);
      if (!this.problem(id, 'rate-limit.problem', 'the 429 is a too-many-requests problem', exchange, [429], 'too-many-requests')) return;
      if (body?.retryAfter === undefined) problems.push('the problem has no retryAfter');
      else if (header && Number(header) !== body.retryAfter) problems.push(`retryAfter ${body.retryAfter} differs from Retry-After ${header}`);
      if (problems.length) rec.fail('rate-limit', 'failed lookups are rate limited with 429 and Retry-After', { detail: problems.join('; '), hint: 'send Retry-After: <seconds> and the same number as retryAfter in the problem' });
      else rec.pass('rate-limit', 'failed lookups are rate limited with 429 and Retry-After', `after ${attempt} failed lookups, Retry-After ${header}`);
      return;
    }
    rec.warn('rate-limit', 'failed lookups are rate limited with 429 and Retry-After', {
      detail: `no 429 after ${attempts} failed lookups`,
      hint: 'rate-limit failed lookups per client: the 4-digit verifier can otherwise be guessed (docs/api.md, rate limiting)',
    });
  }

  // ------------------------------------------------------------------ CORS and redirects

  async cors(): Promise<void> {
    const origin = this.options.origin;
    for (const route of ROUTES) {
      const rec = this.rec(route.operationId);
      if (!origin) {
        rec.skip('cors.preflight', 'the preflight allows the elements\' headers', 'give --origin <the portal\'s origin>');
        continue;
      }
      const path = routePath(route, { code: 'motcua-conform', paymentId: 'motcua-conform' });
      const exchange = await this.send(route.operationId, {
        method: 'OPTIONS',
        path,
        headers: { 'Access-Control-Request-Method': route.method, 'Access-Control-Request-Headers': PREFLIGHT_HEADERS.join(',') },
      });
      const problems: string[] = [];
      if (exchange.error) problems.push(exchange.error);
      else {
        if (exchange.status < 200 || exchange.status >= 300) problems.push(`answered ${exchange.status}`);
        const allowOrigin = exchange.headers.get('Access-Control-Allow-Origin');
        if (allowOrigin !== origin && allowOrigin !== '*') problems.push(`Access-Control-Allow-Origin is ${allowOrigin ?? 'missing'}`);
        const methods = (exchange.headers.get('Access-Control-Allow-Methods') ?? '').split(',').map((method) => method.trim());
        if (!methods.includes(route.method) && !methods.includes('*') && route.method !== 'GET') problems.push(`Access-Control-Allow-Methods (${methods.join(', ') || 'missing'}) lacks ${route.method}`);
        const allowed = headerList(exchange.headers, 'Access-Control-Allow-Headers');
        // `*` does not cover Authorization (Fetch standard): it must be named.
        const missing = PREFLIGHT_HEADERS.filter((name) => !allowed.includes(name) && !(allowed.includes('*') && name !== 'authorization'));
        if (missing.length) problems.push(`Access-Control-Allow-Headers (${allowed.join(', ') || 'missing'}) lacks ${missing.join(', ')}`);
      }
      if (problems.length) {
        rec.fail('cors.preflight', `the preflight of ${route.method} ${route.path} from ${origin} is allowed`, {
          detail: problems.join('; '),
          hint: `answer OPTIONS with Access-Control-Allow-Origin: ${origin}, -Methods: GET, POST, -Headers: Authorization, Content-Type, Accept-Language, Idempotency-Key (docs/api.md, CORS)`,
        });
      } else rec.pass('cors.preflight', `the preflight of ${route.method} ${route.path} from ${origin} is allowed`);
    }
  }

  /** Over every exchange of every endpoint: CORS on each answer (errors too) and no redirect. */
  transport(): void {
    const origin = this.options.origin;
    for (const route of ROUTES) {
      const rec = this.rec(route.operationId);
      const exchanges = (this.#exchanges.get(route.operationId) ?? []).filter((exchange) => !exchange.error && exchange.method !== 'OPTIONS');
      if (exchanges.length === 0) continue;
      const redirects = exchanges.filter((exchange) => exchange.redirect);
      const away = redirects.filter((exchange) => exchange.redirect!.crossOrigin);
      if (away.length) {
        rec.fail('redirect', 'no redirect to another origin', { detail: away.map((exchange) => `${describe(exchange)} Location ${exchange.redirect!.location}`).join('\n'), hint: 'answer from the API base itself: a redirect to another origin loses the body and fails CORS' });
      } else if (redirects.length) {
        rec.warn('redirect', 'no redirect', { detail: redirects.map((exchange) => `${describe(exchange)} Location ${exchange.redirect!.location}`).join('\n'), hint: 'answer at the URL asked: a redirected POST becomes a GET in browsers' });
      } else rec.pass('redirect', `no redirect (${exchanges.length} answers)`);
      if (!origin) continue;
      const uncorsed = exchanges.filter((exchange) => {
        const allow = exchange.headers.get('Access-Control-Allow-Origin');
        return allow !== origin && allow !== '*';
      });
      if (uncorsed.length) {
        rec.fail('cors.origin', `every answer allows ${origin}, errors too`, {
          detail: uncorsed.slice(0, 3).map((exchange) => `${describe(exchange)}: Access-Control-Allow-Origin ${exchange.headers.get('Access-Control-Allow-Origin') ?? 'missing'}`).join('\n'),
          hint: 'send the CORS headers on every answer, 4xx and 5xx included: the browser otherwise hides the answer behind a network error',
        });
      } else rec.pass('cors.origin', `every answer allows ${origin} (${exchanges.length})`);
      const unexposed = exchanges.filter((exchange) => {
        const exposed = headerList(exchange.headers, 'Access-Control-Expose-Headers');
        return !exposed.includes('retry-after') && !exposed.includes('*');
      });
      if (unexposed.length) {
        rec.fail('cors.expose', 'every answer exposes Retry-After', {
          detail: unexposed.slice(0, 3).map((exchange) => `${describe(exchange)}: Access-Control-Expose-Headers ${exchange.headers.get('Access-Control-Expose-Headers') ?? 'missing'}`).join('\n'),
          hint: 'send Access-Control-Expose-Headers: Retry-After, so a page can read how long to wait after a 429 or 503',
        });
      } else rec.pass('cors.expose', `every answer exposes Retry-After (${exchanges.length})`);
    }
  }
}

function uploadForm(bytes: Uint8Array, type: string, name: string, procedureCode: string, documentCode: string): FormData {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name);
  form.append('procedureCode', procedureCode);
  form.append('documentCode', documentCode);
  return form;
}

/** Whether `--skip` names the check, or a prefix of it (`lookupDossier` skips every check of that route). */
function skippedBy(skip: readonly string[], id: string): boolean {
  return skip.some((prefix) => id === prefix || id.startsWith(`${prefix}.`));
}

/** A well-formed code that is not this one: the sequence number changed. */
function otherCode(code: string): string {
  const match = /^(.*-)(\d{4})$/.exec(code);
  if (!match) return '000.00.00.H00-000101-9999';
  const next = String((Number(match[2]) + 5003) % 10000).padStart(4, '0');
  return `${match[1]}${next}`;
}

/** Where two answers differ, key by key: `detail "…" where an unknown code answered "…"`. */
function difference(other: unknown, unknown: unknown): string {
  if (!other || !unknown || typeof other !== 'object' || typeof unknown !== 'object') return `${show(other, 200)}, an unknown code ${show(unknown, 200)}`;
  const keys = [...new Set([...Object.keys(other), ...Object.keys(unknown)])];
  return keys
    .filter((key) => !isDeepStrictEqual((other as Record<string, unknown>)[key], (unknown as Record<string, unknown>)[key]))
    .map((key) => `${key} ${show((other as Record<string, unknown>)[key], 200)} where an unknown code answered ${show((unknown as Record<string, unknown>)[key], 200)}`)
    .join('; ');
}

function wrongVerifier(verifier: string): string {
  return verifier === '0000' ? '1111' : '0000';
}

function schemaHint(route: AnyRoute, path: string, body: unknown): string {
  if (path === '(root)' && Array.isArray(body)) {
    return `answer an object, not a bare array: { "items": [...] }${route.response === 'ProcedureList' ? ', with total, page, pageSize and facets' : ''} (docs/api.md, ${route.method} ${route.path})`;
  }
  return `make ${path === '(root)' ? 'the answer' : path} what the contract says (schema ${route.response} in docs/openapi.json; docs/api.md, ${route.method} ${route.path})`;
}

