import type { KubeObject } from '@meshwork/adapters-core';

const objectKey = (o: KubeObject): string => `${o.metadata.namespace ?? ''}/${o.metadata.name}`;

/**
 * The objects of one kind in one cluster, by namespace/name, with a per-namespace index. `list` results
 * are memoized until the next change so adapters may call it freely.
 */
export class ObjectCache {
  private readonly byKey = new Map<string, KubeObject>();
  private readonly byNamespace = new Map<string, Map<string, KubeObject>>();
  private all: KubeObject[] | undefined;
  private readonly perNamespace = new Map<string, KubeObject[]>();

  reset(objects: KubeObject[]): void {
    this.byKey.clear();
    this.byNamespace.clear();
    for (const object of objects) this.insert(object);
    this.invalidate();
  }

  /** Replaces the objects of one namespace only (for kinds watched namespace by namespace). */
  resetNamespace(namespace: string, objects: KubeObject[]): void {
    for (const key of this.byNamespace.get(namespace)?.keys() ?? []) this.byKey.delete(key);
    this.byNamespace.delete(namespace);
    for (const object of objects) this.insert(object);
    this.invalidate(namespace);
  }

  upsert(object: KubeObject): void {
    this.insert(object);
    this.invalidate(object.metadata.namespace);
  }

  delete(object: KubeObject): void {
    const key = objectKey(object);
    this.byKey.delete(key);
    this.byNamespace.get(object.metadata.namespace ?? '')?.delete(key);
    this.invalidate(object.metadata.namespace);
  }

  get(namespace: string, name: string): KubeObject | undefined {
    return this.byKey.get(`${namespace}/${name}`);
  }

  list(namespace?: string): readonly KubeObject[] {
    if (namespace === undefined) return (this.all ??= [...this.byKey.values()]);
    let cached = this.perNamespace.get(namespace);
    if (!cached) {
      cached = [...(this.byNamespace.get(namespace)?.values() ?? [])];
      this.perNamespace.set(namespace, cached);
    }
    return cached;
  }

  get size(): number {
    return this.byKey.size;
  }

  private insert(object: KubeObject): void {
    const key = objectKey(object);
    const namespace = object.metadata.namespace ?? '';
    this.byKey.set(key, object);
    let index = this.byNamespace.get(namespace);
    if (!index) {
      index = new Map();
      this.byNamespace.set(namespace, index);
    }
    index.set(key, object);
  }

  private invalidate(namespace?: string): void {
    this.all = undefined;
    if (namespace === undefined) this.perNamespace.clear();
    else this.perNamespace.delete(namespace);
  }
}
