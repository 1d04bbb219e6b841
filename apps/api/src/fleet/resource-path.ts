import type { KindRef } from '@meshwork/adapters-core';

/** The cluster-wide collection path of a kind: `/api/v1/pods`, `/apis/networking.istio.io/v1/virtualservices`. */
export function resourcePath(kind: Pick<KindRef, 'group' | 'version' | 'resource'>): string {
  return kind.group
    ? `/apis/${kind.group}/${kind.version}/${kind.resource}`
    : `/api/${kind.version}/${kind.resource}`;
}
