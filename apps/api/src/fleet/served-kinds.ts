import type { KubeConfig } from '@kubernetes/client-node';
import type { KindRef } from '@meshwork/adapters-core';
import { kubeGet } from '../clusters/kube-http';
import { mapLimited } from './map-limited';

/** Discovery documents fetched at once per cluster (see mapLimited). */
const CONCURRENT_REQUESTS = 4;

/**
 * Which of `kinds` the cluster serves: `/apis` says which group/versions exist (one request, so the
 * dozens of mesh CRD groups a cluster does not have cost nothing), then the discovery document of each
 * one present (`/api/v1`, `/apis/<group>/<version>`) says which resources it has.
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
  const present = await presentGroupVersions(kubeConfig, timeoutMs);
  await mapLimited([...byGroupVersion], CONCURRENT_REQUESTS, async ([path, wanted]) => {
    if (path.startsWith('/apis/') && !present.has(path)) return;
    const response = await kubeGet(kubeConfig, path, timeoutMs);
    if (response.status === 404) return;
    if (response.status !== 200) throw new Error(`GET ${path}: HTTP ${response.status}`);
    const resources = new Set(
      ((JSON.parse(response.body) as { resources?: Array<{ name: string }> }).resources ?? []).map(
        (r) => r.name,
      ),
    );
    for (const kind of wanted) if (resources.has(kind.resource)) served.add(kind);
  });
  return served;
}

async function presentGroupVersions(
  kubeConfig: KubeConfig,
  timeoutMs: number,
): Promise<Set<string>> {
  const response = await kubeGet(kubeConfig, '/apis', timeoutMs);
  if (response.status !== 200) throw new Error(`GET /apis: HTTP ${response.status}`);
  const groups =
    (
      JSON.parse(response.body) as {
        groups?: Array<{ versions?: Array<{ groupVersion: string }> }>;
      }
    ).groups ?? [];
  return new Set(groups.flatMap((g) => (g.versions ?? []).map((v) => `/apis/${v.groupVersion}`)));
}
