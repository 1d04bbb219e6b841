import { type KindRef } from '../kube/kind-ref';
import { type KubeObject } from '../kube/kube-object';

/**
 * A read-only view of one cluster's objects, as the informers last saw them. Adapters read only through
 * this, never the network, so they are pure and testable with fixtures.
 *
 * `kind` is a `KindRef` or its `kindKey` string (`pods`, `deployments.apps`,
 * `virtualservices.networking.istio.io`).
 */
export interface ClusterSnapshot {
  readonly cluster: string;
  /** Objects of a kind, in one namespace or all; empty when the kind is not served. */
  list<T extends KubeObject>(kind: KindRef<T> | string, namespace?: string): readonly T[];
  /** One object; `namespace` is '' for cluster-scoped kinds. */
  get<T extends KubeObject>(
    kind: KindRef<T> | string,
    namespace: string,
    name: string,
  ): T | undefined;
  /** Whether the cluster serves the kind (CRD installed) and we could read it. */
  has(kind: KindRef | string): boolean;
}
