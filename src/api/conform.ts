/**
 * Checks an API answer against a rule generated from the zod contract, so that element
 * bundles validate every answer without carrying zod (about 7 KB gzip each).
 *
 * The rules live in `validators.generated.ts`, written by `scripts/validators.mjs` from
 * the schemas of `schemas.ts`; `test/tools/validators.test.mjs` proves, with zod as the
 * oracle, that `conform` accepts exactly what `safeParse` accepts, returns the same value
 * and names the path of zod's first issue. It knows only what those rules use: the
 * generator refuses a schema it cannot express.
 *
 * Unlike zod, it reads a value's own properties only, never inherited ones: a host page that
 * extends `Object.prototype` must not change what an answer says (docs/security.md).
 *
 * Like zod/mini's objects, an object rule strips unknown keys: the answer is a fresh object
 * with the rule's keys only. A back end may add fields without breaking anyone, and an
 * element never sees data its types do not declare (nor keeps it in a draft or a link).
 */

/** What a value must be: an object is written as its shape, everything else as a tuple. */
export type Rule =
  | Shape
  | readonly ['string', minLength?: number, pattern?: RegExp]
  /** Bounds are inclusive; `int` means a safe integer. */
  | readonly ['number' | 'int', min?: number, max?: number]
  | readonly ['boolean' | 'unknown']
  /** One of these values exactly: enums, literals, unions of literals. */
  | readonly ['oneOf', values: readonly unknown[]]
  /** Elements are checked before the length, in zod's order. */
  | readonly ['array', element: Rule, minLength?: number]
  /** `optional` also lets an object leave the key out. */
  | readonly ['optional' | 'nullable', inner: Rule]
  /**
   * The first option that fits wins. When none does, the union itself is named, unless exactly
   * one option failed only on a check (its shape fitted: a length, a pattern, a bound), as zod
   * reports it: then that option's first mismatch is.
   */
  | readonly ['union', options: readonly Rule[]];

export interface Shape {
  readonly [key: string]: Rule;
}

declare const validates: unique symbol;

/** A rule for values of type `T`: the type exists for the compiler only. */
export type Validator<T> = Rule & { readonly [validates]?: T };

/** Where a value breaks its rule: the dotted path (`items.3.fee.amount`, '' for the root) and the rule. */
export class Mismatch {
  readonly ok = false;
  constructor(
    readonly path: string,
    readonly expected: Rule,
  ) {}
}

/** The value as the rule keeps it, or the first place where it does not fit. */
export function conform<T>(validator: Validator<T>, value: unknown): { ok: true; value: T } | Mismatch {
  try {
    return { ok: true, value: walk(validator, value, '') as T };
  } catch (error) {
    if (error instanceof Mismatch) return error;
    throw error;
  }
}

function walk(rule: Rule, value: unknown, path: string): unknown {
  if (!isTuple(rule)) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Mismatch(path, rule);
    const kept: Record<string, unknown> = {};
    // Own keys only, of the rule and of the value: a host page may have added properties to
    // Object.prototype (a legacy `Object.prototype.equals`), and `key in value` would then find
    // an `equals` the server never sent, changing the verdict or the kept value.
    for (const key of Object.keys(rule)) {
      const inner = rule[key]!;
      if (Object.hasOwn(value, key)) kept[key] = walk(inner, (value as Record<string, unknown>)[key], at(path, key));
      else if (!isTuple(inner) || inner[0] !== 'optional') throw new Mismatch(at(path, key), inner);
    }
    return kept;
  }
  switch (rule[0]) {
    case 'string': {
      const [, minLength = 0, pattern] = rule;
      if (typeof value === 'string' && value.length >= minLength && (!pattern || pattern.test(value))) return value;
      break;
    }
    case 'int':
    case 'number': {
      const [kind, min = -Infinity, max = Infinity] = rule;
      const fits = kind === 'int' ? Number.isSafeInteger(value) : Number.isFinite(value);
      if (fits && (value as number) >= min && (value as number) <= max) return value;
      break;
    }
    case 'boolean':
      if (typeof value === 'boolean') return value;
      break;
    case 'unknown':
      return value;
    case 'oneOf':
      if (rule[1].includes(value)) return value;
      break;
    case 'array':
      if (Array.isArray(value)) {
        const items = value.map((item, index) => walk(rule[1], item, at(path, index)));
        if (items.length >= (rule[2] ?? 0)) return items;
      }
      break;
    case 'optional':
      return value === undefined ? value : walk(rule[1], value, path);
    case 'nullable':
      return value === null ? value : walk(rule[1], value, path);
    case 'union': {
      for (const option of rule[1]) {
        const verdict = conform(option, value);
        if (verdict.ok) return verdict.value;
      }
      const near = rule[1].filter((option) => grade(option, value) === CHECK);
      if (near.length === 1) return walk(near[0]!, value, path);
      break;
    }
  }
  throw new Mismatch(path, rule);
}

/** How a value fails a rule, the way zod tells its issues apart: not at all, only a check, or its shape. */
const FITS = 0;
const CHECK = 1;
const SHAPE = 2;
type Grade = typeof FITS | typeof CHECK | typeof SHAPE;

function grade(rule: Rule, value: unknown): Grade {
  let worst: Grade = FITS;
  if (!isTuple(rule)) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return SHAPE;
    for (const key of Object.keys(rule)) {
      const inner = rule[key]!;
      const found = key in value ? grade(inner, (value as Record<string, unknown>)[key]) : isTuple(inner) && inner[0] === 'optional' ? FITS : SHAPE;
      worst = Math.max(worst, found) as Grade;
    }
    return worst;
  }
  switch (rule[0]) {
    case 'string': {
      const [, minLength = 0, pattern] = rule;
      if (typeof value !== 'string') return SHAPE;
      return value.length >= minLength && (!pattern || pattern.test(value)) ? FITS : CHECK;
    }
    case 'int':
    case 'number': {
      const [kind, min = -Infinity, max = Infinity] = rule;
      if (!Number.isFinite(value) || (kind === 'int' && !Number.isInteger(value))) return SHAPE;
      // Beyond the safe integers zod reports a bound, as it does below `min` and above `max`.
      const number = value as number;
      return (kind === 'int' && !Number.isSafeInteger(number)) || number < min || number > max ? CHECK : FITS;
    }
    case 'boolean':
      return typeof value === 'boolean' ? FITS : SHAPE;
    case 'unknown':
      return FITS;
    case 'oneOf':
      return rule[1].includes(value) ? FITS : SHAPE;
    case 'array':
      if (!Array.isArray(value)) return SHAPE;
      for (const item of value) worst = Math.max(worst, grade(rule[1], item)) as Grade;
      return value.length < (rule[2] ?? 0) ? (Math.max(worst, CHECK) as Grade) : worst;
    case 'optional':
      return value === undefined ? FITS : grade(rule[1], value);
    case 'nullable':
      return value === null ? FITS : grade(rule[1], value);
    case 'union': {
      const grades = rule[1].map((option) => grade(option, value));
      if (grades.includes(FITS)) return FITS;
      return grades.filter((found) => found === CHECK).length === 1 ? CHECK : SHAPE;
    }
  }
}

function isTuple(rule: Rule): rule is Exclude<Rule, Shape> {
  return Array.isArray(rule);
}

function at(path: string, key: string | number): string {
  return path ? `${path}.${key}` : String(key);
}
