/**
 * Answers against the zod contract: the schema of a contract id (`ProcedureList`…), and the
 * first mismatch said the way a back-end developer fixes it: where (a dotted path), what was
 * there, what the rule wants.
 */
import { contract } from '../../api/contract.js';
import * as schemas from '../../api/schemas.js';

interface SafeParsing {
  safeParse(value: unknown): { success: true; data: unknown } | { success: false; error: { issues: readonly Issue[] } };
}

interface Issue {
  code: string;
  path: readonly PropertyKey[];
  message?: string;
  expected?: string;
  values?: readonly unknown[];
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  origin?: string;
  format?: string;
  pattern?: string;
  errors?: readonly (readonly Issue[])[];
}

export interface Mismatch {
  /** `items.3.level`; `(root)` for the body itself. */
  path: string;
  /** The value found there, as JSON (shortened), or `(missing)`. */
  value: string;
  /** What the contract wants there. */
  rule: string;
}

let byId: Map<string, SafeParsing> | undefined;

function schemaById(id: string): SafeParsing {
  if (!byId) {
    byId = new Map();
    for (const value of Object.values(schemas)) {
      if (!value || typeof value !== 'object' || !('_zod' in value)) continue;
      const meta = contract.get(value as never);
      if (meta) byId.set(meta.id, value as unknown as SafeParsing);
    }
  }
  const schema = byId.get(id);
  if (!schema) throw new Error(`no schema ${id} in the contract`);
  return schema;
}

/** The first place where `value` breaks the schema `id`, or undefined when it matches. */
export function firstMismatch(id: string, value: unknown): Mismatch | undefined {
  const result = schemaById(id).safeParse(value);
  if (result.success) return undefined;
  const issue = deepest(result.error.issues[0]!);
  const path = issue.path.map(String);
  const found = at(value, path);
  const rule = ruleOf(issue, found);
  return { path: path.length ? path.join('.') : '(root)', value: show(found), rule: found === undefined && !rule.startsWith('required') ? `required: ${rule}` : rule };
}

/** Inside a union, the option that got furthest names the problem best. */
function deepest(issue: Issue): Issue {
  if (issue.code !== 'invalid_union' || !issue.errors?.length) return issue;
  let best: Issue | undefined;
  for (const option of issue.errors) {
    const first = option[0];
    if (first && (!best || first.path.length > best.path.length)) best = first;
  }
  return best && best.path.length > 0 ? { ...deepest(best), path: [...issue.path, ...best.path] } : issue;
}

function at(value: unknown, path: readonly string[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

export function show(value: unknown, max = 80): string {
  if (value === undefined) return '(missing)';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function kindOf(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (Number.isInteger(value)) return 'an integer';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

const FORMATS: Readonly<Record<string, string>> = {
  datetime: 'an ISO 8601 date-time with an offset, like 2026-11-22T09:30:00+07:00',
  date: 'a calendar date YYYY-MM-DD',
};

function ruleOf(issue: Issue, found: unknown): string {
  const bound = (kind: 'at least' | 'at most', limit: number | bigint | undefined) => {
    const strict = issue.inclusive === false ? (kind === 'at least' ? 'more than' : 'less than') : kind;
    if (issue.origin === 'string') return `${strict} ${limit} characters`;
    if (issue.origin === 'array') return `${strict} ${limit} items`;
    return `a number ${strict} ${limit}`;
  };
  switch (issue.code) {
    case 'invalid_type':
      return found === undefined ? `required: ${issue.expected ?? 'a value'}` : `${issue.expected ?? 'another type'}, not ${kindOf(found)}`;
    case 'invalid_value':
      return `one of ${(issue.values ?? []).map((value) => JSON.stringify(value)).join(', ')}`;
    case 'too_small':
      return bound('at least', issue.minimum);
    case 'too_big':
      return bound('at most', issue.maximum);
    case 'invalid_format':
      return FORMATS[issue.format ?? ''] ?? (issue.pattern ? `matching ${issue.pattern}` : `the ${issue.format} format`);
    case 'invalid_union':
      return 'one of the shapes the contract allows here';
    default:
      return issue.message ?? issue.code;
  }
}
