import { type KubeObject } from '../../kube-object';

// Owners before what they own, so their uids are known when the dependents are written.
const DEPENDENT_RANK: Record<string, number> = { ReplicaSet: 1, Pod: 2, EndpointSlice: 3 };

/**
 * The order a scenario is applied in: CRDs (then wait until established), namespaces, then the other
 * objects in owner order. Objects within one phase do not depend on each other.
 */
export function applyPhases(objects: readonly KubeObject[]): {
  crds: KubeObject[];
  namespaces: KubeObject[];
  ranked: KubeObject[][];
} {
  const crds = objects.filter((o) => o.kind === 'CustomResourceDefinition');
  const namespaces = objects.filter((o) => o.kind === 'Namespace');
  const ranked: KubeObject[][] = [[], [], [], []];
  for (const o of objects) {
    if (o.kind === 'CustomResourceDefinition' || o.kind === 'Namespace') continue;
    ranked[DEPENDENT_RANK[o.kind] ?? 0]?.push(o);
  }
  return { crds, namespaces, ranked: ranked.filter((phase) => phase.length > 0) };
}

/** Runs `fn` over `items` with at most `limit` calls in flight; rejects with the first failure. */
export async function forEachLimited<T>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next] as T;
      next += 1;
      await fn(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
