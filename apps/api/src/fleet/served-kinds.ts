import type { KubeConfig } from '@kubernetes/client-node';
import type { KindRef } from '@meshwork/adapters-core';
import { kubeGet } from '../clusters/kube-http';

/**
 * Which of `kinds` the cluster serves, from the discovery document of each group/version they use
 * (`/api/v1`, `/apis/<group>/<version>`). A group/version that answers 404 is not installed.
 */
export async function findServedKinds(
  kubeConfig: KubeConfig,
  kinds: readonly KindRef[],
  timeoutMs: number,
): Promise<Set<KindRef>> {
  const byGroupVersion = new Map<string, KindRef[]>();
  for (const kind of kinds) {
    const gv = kind.group ? `/apis/${kind.group}/${kind.version}` : `/api/${kind.version}`;
    byGroupVersion.set(gv, [...(byGroupVersion.get(gv) ?? []), kind]);
  }
  const served = new Set<KindRef>();
  await Promise.all(
    [...byGroupVersion].map(async ([path, wanted]) => {
      const response = await kubeGet(kubeConfig, path, timeoutMs);
      if (response.status === 404) return;
      if (response.status !== 200) throw new Error(`GET ${path}: HTTP ${response.status}`);
      const resources = new Set(
        (
          (JSON.parse(response.body) as { resources?: Array<{ name: string }> }).resources ?? []
        ).map((r) => r.name),
      );
      for (const kind of wanted) if (resources.has(kind.resource)) served.add(kind);
    }),
  );
  return served;
}
