const SUFFIX: Record<string, number> = {
  '': 1,
  m: 0.001,
  k: 1_000,
  M: 1_000_000,
  G: 1_000_000_000,
};

/**
 * A Kubernetes quantity as used for weights (ServiceProfile `dstOverrides`, SMI v1alpha1
 * TrafficSplit): `1`, `500m`, `0.5`, `1k`. Numbers pass through. Undefined when not a quantity.
 */
export function parseQuantity(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const match = /^(\d+(?:\.\d+)?)(m|k|M|G)?$/.exec(value.trim());
  if (!match) return undefined;
  return Math.round(Number(match[1]) * (SUFFIX[match[2] ?? ''] as number) * 1e6) / 1e6;
}
