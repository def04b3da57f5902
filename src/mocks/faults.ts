/**
 * Fault injection: what a real network and a real back end do to an embedded element
 * (slow answers, 5xx, bodies that break the contract, no network at all), switched on by
 * tests, stories and the demo's "network" panel.
 */
export interface FaultRule {
  /** Only this method (any when absent). */
  method?: string;
  /** The path after the base URL: an exact string (`/procedures`) or a pattern. */
  path?: string | RegExp;
  /** Answer with this status as problem+json. */
  status?: number;
  /** Retry-After seconds sent with the status (429, 503). */
  retryAfter?: number;
  /** Answer 200 with a body that does not match the contract. */
  malformed?: boolean;
  /** Fail like a dropped connection. */
  offline?: boolean;
  /** Wait this long before answering (alone: a slow but correct answer). */
  delayMs?: number;
  /** How many requests the rule applies to; forever when absent. */
  times?: number;
}

interface ActiveRule extends FaultRule {
  remaining: number;
}

export class Faults {
  private rules: ActiveRule[] = [];

  /** Adds a rule; the returned function removes it. */
  add(rule: FaultRule): () => void {
    const active: ActiveRule = { ...rule, remaining: rule.times ?? Number.POSITIVE_INFINITY };
    this.rules.push(active);
    return () => {
      this.rules = this.rules.filter((candidate) => candidate !== active);
    };
  }

  clear(): void {
    this.rules = [];
  }

  get active(): readonly FaultRule[] {
    return this.rules;
  }

  /** The first rule that applies to this request, consumed once. */
  take(method: string, path: string): FaultRule | undefined {
    const rule = this.rules.find(
      (candidate) =>
        candidate.remaining > 0 &&
        (!candidate.method || candidate.method.toUpperCase() === method.toUpperCase()) &&
        (candidate.path === undefined ||
          (typeof candidate.path === 'string' ? candidate.path === path : candidate.path.test(path))),
    );
    if (!rule) return undefined;
    rule.remaining -= 1;
    if (rule.remaining <= 0) this.rules = this.rules.filter((candidate) => candidate !== rule);
    return rule;
  }
}
