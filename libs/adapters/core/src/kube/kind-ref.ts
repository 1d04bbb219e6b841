import { type KubeObject } from './kube-object';

/**
 * A kind an adapter wants watched. The type parameter only tells `ClusterSnapshot.list` what it
 * returns; it never exists at run time.
 */
export interface KindRef<T extends KubeObject = KubeObject> {
  /** API group; empty for the core group. */
  group: string;
  /** Version to list/watch; the snapshot stores objects by group+resource regardless of version. */
  version: string;
  /** Plural resource name used in API paths (`virtualservices`). */
  resource: string;
  kind: string;
  namespaced: boolean;
  /** A CRD that may be absent: not being served is normal, not an error. */
  optional?: boolean;
  readonly __object?: T;
}

/** kubectl-style key: `pods`, `deployments.apps`, `virtualservices.networking.istio.io`. */
export function kindKey(kind: Pick<KindRef, 'group' | 'resource'>): string {
  return kind.group ? `${kind.resource}.${kind.group}` : kind.resource;
}

export function apiVersionOf(kind: Pick<KindRef, 'group' | 'version'>): string {
  return kind.group ? `${kind.group}/${kind.version}` : kind.version;
}

/** Splits `group/version` (or a bare core `version`) into its parts. */
export function parseApiVersion(apiVersion: string): { group: string; version: string } {
  const slash = apiVersion.indexOf('/');
  return slash < 0
    ? { group: '', version: apiVersion }
    : { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) };
}
