import { type KindRef, kindKey } from '../kube/kind-ref';
import { type KubeObject } from '../kube/kube-object';
import { type ClusterSnapshot } from './cluster-snapshot';

type ObjectsByName = Map<string, KubeObject>;

const keyOf = (kind: KindRef | string): string => (typeof kind === 'string' ? kind : kindKey(kind));
const objectKey = (namespace: string, name: string): string => `${namespace}/${name}`;

/** A `ClusterSnapshot` over objects held in memory; build it with `SnapshotBuilder`. */
export class InMemorySnapshot implements ClusterSnapshot {
  private readonly byKind = new Map<string, ObjectsByName>();
  private readonly served = new Set<string>();

  constructor(
    readonly cluster: string,
    served: Iterable<string>,
    objects: Iterable<{ kindKey: string; object: KubeObject }>,
  ) {
    for (const key of served) this.served.add(key);
    for (const { kindKey: key, object } of objects) {
      this.served.add(key);
      let byName = this.byKind.get(key);
      if (!byName) this.byKind.set(key, (byName = new Map()));
      byName.set(objectKey(object.metadata.namespace ?? '', object.metadata.name), object);
    }
  }

  list<T extends KubeObject>(kind: KindRef<T> | string, namespace?: string): readonly T[] {
    const byName = this.byKind.get(keyOf(kind));
    if (!byName) return [];
    const all = [...byName.values()] as T[];
    return namespace === undefined ? all : all.filter((o) => o.metadata.namespace === namespace);
  }

  get<T extends KubeObject>(
    kind: KindRef<T> | string,
    namespace: string,
    name: string,
  ): T | undefined {
    return this.byKind.get(keyOf(kind))?.get(objectKey(namespace, name)) as T | undefined;
  }

  has(kind: KindRef | string): boolean {
    return this.served.has(keyOf(kind));
  }
}
