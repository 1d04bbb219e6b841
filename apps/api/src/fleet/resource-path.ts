import type { KindRef } from '@meshwork/adapters-core';

/**
 * The collection path of a kind, cluster-wide (`/api/v1/pods`) or in one namespace
 * (`/api/v1/namespaces/istio-system/secrets`).
 */
export function resourcePath(
  kind: Pick<KindRef, 'group' | 'version' | 'resource'>,
  namespace?: string,
): string {
  const base = kind.group ? `/apis/${kind.group}/${kind.version}` : `/api/${kind.version}`;
  return namespace
    ? `${base}/namespaces/${encodeURIComponent(namespace)}/${kind.resource}`
    : `${base}/${kind.resource}`;
}
