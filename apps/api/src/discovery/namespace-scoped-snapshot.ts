import {
  CoreKinds,
  kindKey,
  type ClusterSnapshot,
  type KindRef,
  type KubeObject,
} from '@meshwork/adapters-core';

/**
 * The kinds whose objects only ever matter to their own namespace's services and workloads: pods and
 * their controllers. (Services stay visible everywhere: policies in one namespace resolve hosts in
 * another.) They are also most of a cluster's objects and most of its changes.
 */
export const NAMESPACE_LOCAL_KINDS: ReadonlySet<string> = new Set(
  [
    CoreKinds.Pod,
    CoreKinds.Deployment,
    CoreKinds.ReplicaSet,
    CoreKinds.StatefulSet,
    CoreKinds.DaemonSet,
    CoreKinds.Job,
  ].map((kind) => kindKey(kind)),
);

const keyOf = (kind: KindRef | string): string => (typeof kind === 'string' ? kind : kindKey(kind));

/**
 * A cluster's snapshot in which the namespace-local kinds show only the objects of `visible`
 * namespaces; every other kind shows everything. Adapters run over it answer for those namespaces
 * exactly as over the whole snapshot, at a fraction of the cost.
 */
export class NamespaceScopedSnapshot implements ClusterSnapshot {
  readonly cluster: string;

  constructor(
    private readonly inner: ClusterSnapshot,
    private readonly visible: ReadonlySet<string>,
  ) {
    this.cluster = inner.cluster;
  }

  list<T extends KubeObject>(kind: KindRef<T> | string, namespace?: string): readonly T[] {
    if (!NAMESPACE_LOCAL_KINDS.has(keyOf(kind))) return this.inner.list(kind, namespace);
    if (namespace !== undefined)
      return this.visible.has(namespace) ? this.inner.list(kind, namespace) : [];
    const objects: T[] = [];
    for (const visible of this.visible) objects.push(...this.inner.list(kind, visible));
    return objects;
  }

  get<T extends KubeObject>(
    kind: KindRef<T> | string,
    namespace: string,
    name: string,
  ): T | undefined {
    if (NAMESPACE_LOCAL_KINDS.has(keyOf(kind)) && !this.visible.has(namespace)) return undefined;
    return this.inner.get(kind, namespace, name);
  }

  has(kind: KindRef | string): boolean {
    return this.inner.has(kind);
  }
}
