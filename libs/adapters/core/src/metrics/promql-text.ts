import type { PromqlScope } from './mesh-promql';

/** A PromQL string literal: double-quoted, with backslashes, quotes and newlines escaped. */
export function promqlString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}

/** A regex literal for `=~` that matches exactly one of `values`. */
export function promqlAlternatives(values: readonly string[]): string {
  const escaped = values.map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return promqlString(escaped.join('|'));
}

/**
 * `{a="1",b=~"x"}` from raw matchers (`a="1"`), plus the cluster matcher when one store holds every
 * cluster.
 */
export function selector(matchers: readonly string[], scope: PromqlScope): string {
  const all = scope.clusterLabel
    ? [...matchers, `${scope.clusterLabel}=${promqlString(scope.cluster)}`]
    : [...matchers];
  return all.length ? `{${all.join(',')}}` : '';
}

export function rangeOf(scope: PromqlScope): string {
  return `[${Math.max(1, Math.round(scope.windowSeconds))}s]`;
}

/** `sum by (<key>) (rate(<metric><selector>[w]))`. */
export function sumRate(
  metric: string,
  matchers: readonly string[],
  by: readonly string[],
  scope: PromqlScope,
): string {
  const group = by.length ? ` by (${by.join(', ')})` : '';
  return `sum${group} (rate(${metric}${selector(matchers, scope)}${rangeOf(scope)}))`;
}

/** `histogram_quantile(q, sum by (le, <key>) (rate(<histogram>_bucket<selector>[w])))`. */
export function quantile(
  q: number,
  histogram: string,
  matchers: readonly string[],
  by: readonly string[],
  scope: PromqlScope,
): string {
  return `histogram_quantile(${q}, ${sumRate(`${histogram}_bucket`, matchers, ['le', ...by], scope)})`;
}

/** `100 * <part> / <whole>`, as a percentage series. */
export function percentOf(part: string, whole: string): string {
  return `100 * (${part}) / (${whole})`;
}

/** A label value, with Prometheus' empty string read as absent. */
export function labelOf(
  labels: Readonly<Record<string, string>>,
  name: string,
): string | undefined {
  const value = labels[name];
  return value === undefined || value === '' || value === 'unknown' ? undefined : value;
}
