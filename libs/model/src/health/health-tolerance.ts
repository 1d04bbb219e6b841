/** Error shares (percent, 0-100) at which traffic turns DEGRADED and FAILING. */
export interface ErrorThresholds {
  /** DEGRADED at or above this share. */
  degradedAt: number;
  /** FAILING at or above this share. */
  failingAt: number;
}

/**
 * Tolerances for the workloads/services whose namespace, name and kind match the patterns (anchored
 * regular expressions; absent means any). The first matching rule wins, so specific rules go first.
 */
export interface HealthToleranceRule {
  namespace?: string;
  name?: string;
  /** SERVICE | WORKLOAD | APP. */
  kind?: string;
  serverErrors: ErrorThresholds;
  clientErrors: ErrorThresholds;
}

/** 5xx: DEGRADED from 0.1 %, FAILING from 10 %. 4xx: DEGRADED from 10 %, FAILING from 20 %. */
export const DEFAULT_HEALTH_TOLERANCE: HealthToleranceRule = {
  serverErrors: { degradedAt: 0.1, failingAt: 10 },
  clientErrors: { degradedAt: 10, failingAt: 20 },
};

export interface ToleranceSubject {
  namespace: string;
  name: string;
  kind: string;
}

/** Compiles rules once; `for(subject)` is the first matching rule, else the default. */
export class HealthTolerances {
  private readonly compiled: Array<{
    rule: HealthToleranceRule;
    namespace?: RegExp;
    name?: RegExp;
    kind?: RegExp;
  }>;

  constructor(
    rules: readonly HealthToleranceRule[] = [],
    private readonly fallback: HealthToleranceRule = DEFAULT_HEALTH_TOLERANCE,
  ) {
    const anchored = (pattern: string | undefined) =>
      pattern === undefined ? undefined : new RegExp(`^(?:${pattern})$`);
    this.compiled = rules.map((rule) => ({
      rule,
      namespace: anchored(rule.namespace),
      name: anchored(rule.name),
      kind: anchored(rule.kind),
    }));
  }

  for(subject: ToleranceSubject): HealthToleranceRule {
    const match = this.compiled.find(
      (c) =>
        (!c.namespace || c.namespace.test(subject.namespace)) &&
        (!c.name || c.name.test(subject.name)) &&
        (!c.kind || c.kind.test(subject.kind)),
    );
    return match?.rule ?? this.fallback;
  }
}
