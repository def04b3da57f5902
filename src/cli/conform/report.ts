/**
 * The conformance report: checks grouped by endpoint (the route table's order), each passed,
 * failed (a rule of the contract is broken: the run fails), warned (an optional feature, or
 * something to look at that cannot be decided from outside) or skipped (needs an option).
 */
import { ROUTES, type AnyRoute } from '../../api/routes.js';
import type { Mismatch } from './contract.js';

export type CheckStatus = 'pass' | 'fail' | 'warn' | 'skip';

export interface CheckResult {
  /** `<operationId>.<check>`, stable: CI jobs and the tests refer to it. */
  id: string;
  status: CheckStatus;
  /** What was checked, one line. */
  title: string;
  /** What was seen. */
  detail?: string;
  /** How to fix a failure or a warning. */
  hint?: string;
  /** The first place where an answer breaks the contract. */
  mismatch?: Mismatch;
}

export interface EndpointReport {
  operationId: string;
  method: string;
  path: string;
  since: string;
  checks: CheckResult[];
}

export interface ConformReport {
  base: string;
  contract: '1.0' | '1.1';
  origin: string | null;
  write: boolean;
  /**
   * Set when the server answered 429 where another answer was expected: those checks were skipped,
   * and the run proves nothing until it is repeated after this many seconds.
   */
  rateLimitedFor: number | null;
  endpoints: EndpointReport[];
  summary: { passed: number; failed: number; warnings: number; skipped: number };
  /** True when no check failed: the exit code is 0 exactly then. */
  ok: boolean;
}

export type Detail = Partial<Pick<CheckResult, 'detail' | 'hint' | 'mismatch'>>;

/** Collects the checks of one endpoint. */
export class Recorder {
  readonly checks: CheckResult[] = [];
  constructor(readonly route: AnyRoute) {}

  #add(status: CheckStatus, check: string, title: string, more: Detail = {}): void {
    const result: CheckResult = { id: `${this.route.operationId}.${check}`, status, title };
    if (more.detail) result.detail = more.detail;
    if (more.hint) result.hint = more.hint;
    if (more.mismatch) result.mismatch = more.mismatch;
    this.checks.push(result);
  }

  pass(check: string, title: string, detail?: string): void {
    this.#add('pass', check, title, detail ? { detail } : {});
  }
  fail(check: string, title: string, more: Detail = {}): void {
    this.#add('fail', check, title, more);
  }
  warn(check: string, title: string, more: Detail = {}): void {
    this.#add('warn', check, title, more);
  }
  skip(check: string, title: string, reason: string): void {
    this.#add('skip', check, title, { detail: reason });
  }
  /** Whether a check of that name has failed (later checks may depend on it). */
  failed(check: string): boolean {
    return this.checks.some((result) => result.id === `${this.route.operationId}.${check}` && result.status === 'fail');
  }
}

/**
 * The report in the route table's order. With `--contract 1.0`, the routes 1.1 added are
 * optional: their failures become warnings.
 */
export function buildReport(
  recorders: ReadonlyMap<string, Recorder>,
  meta: Pick<ConformReport, 'base' | 'contract' | 'origin' | 'write' | 'rateLimitedFor'>,
): ConformReport {
  const endpoints = ROUTES.map((route): EndpointReport => {
    const checks = (recorders.get(route.operationId)?.checks ?? []).map((check) =>
      meta.contract === '1.0' && route.since === '1.1' && check.status === 'fail'
        ? { ...check, status: 'warn' as const, detail: `${check.detail ?? ''} (a route of contract 1.1, optional for 1.0)`.trim() }
        : check,
    );
    return { operationId: route.operationId, method: route.method, path: route.path, since: route.since, checks };
  });
  const all = endpoints.flatMap((endpoint) => endpoint.checks);
  const count = (status: CheckStatus) => all.filter((check) => check.status === status).length;
  const summary = { passed: count('pass'), failed: count('fail'), warnings: count('warn'), skipped: count('skip') };
  return { ...meta, endpoints, summary, ok: summary.failed === 0 && meta.rateLimitedFor === null };
}

const MARKS: Readonly<Record<CheckStatus, string>> = { pass: '✓', fail: '✗', warn: '!', skip: '-' };
const COLOURS: Readonly<Record<CheckStatus, string>> = { pass: '32', fail: '31', warn: '33', skip: '90' };

/** The readable report: one block per endpoint, a line per check, the details of what did not pass. */
export function formatReport(report: ConformReport, { colour = false } = {}): string {
  const paint = (status: CheckStatus, text: string) => (colour ? `\u001b[${COLOURS[status]}m${text}\u001b[0m` : text);
  const lines: string[] = [];
  const writes = report.write ? 'writes allowed' : 'read-only (--write to check submissions)';
  lines.push(`motcua conform ${report.base}`);
  lines.push(`contract ${report.contract}, ${report.origin ? `origin ${report.origin}` : 'no --origin (CORS not checked)'}, ${writes}`);
  for (const endpoint of report.endpoints) {
    lines.push('', `${endpoint.method} ${endpoint.path}  (${endpoint.operationId}${endpoint.since === '1.1' ? ', since 1.1' : ''})`);
    const width = Math.max(...endpoint.checks.map((check) => shortId(check).length), 10);
    for (const check of endpoint.checks) {
      lines.push(`  ${paint(check.status, MARKS[check.status])} ${shortId(check).padEnd(width)}  ${check.title}`);
      if (check.status === 'pass') continue;
      const indent = ' '.repeat(width + 6);
      if (check.detail) lines.push(...wrap(check.detail).map((line) => `${indent}${line}`));
      if (check.mismatch) {
        lines.push(`${indent}at ${check.mismatch.path}: ${check.mismatch.rule}`);
        lines.push(`${indent}found: ${check.mismatch.value}`);
      }
      if (check.hint) lines.push(...wrap(`fix: ${check.hint}`).map((line) => `${indent}${line}`));
    }
  }
  const { passed, failed, warnings, skipped } = report.summary;
  lines.push('', `${passed + failed + warnings + skipped} checks: ${passed} passed, ${failed} failed, ${warnings} warnings, ${skipped} skipped`);
  if (failed > 0) lines.push(paint('fail', `DOES NOT CONFORM: ${failed} required ${failed === 1 ? 'check' : 'checks'} failed`));
  if (report.rateLimitedFor !== null) {
    lines.push(paint('warn', `INCONCLUSIVE: the server rate limited the checker; run again in ${report.rateLimitedFor} s (or reset a mock server: POST /__motcua/reset)`));
  }
  if (report.ok) lines.push(paint('pass', 'CONFORMS: every required check passed'));
  return lines.join('\n');
}

function shortId(check: CheckResult): string {
  return check.id.slice(check.id.indexOf('.') + 1);
}

function wrap(text: string, width = 92): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      if (line && line.length + word.length + 1 > width) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    lines.push(line);
  }
  return lines;
}
