import { type StoredObject } from './stored-object';

/**
 * The objects of one resource, indexed by key and by namespace, with key order computed lazily and
 * kept until the next add or delete (updates never change the order), so paging stays cheap.
 */
export class ResourceBucket {
  readonly byKey = new Map<string, StoredObject>();
  private readonly byNamespace = new Map<string, Map<string, StoredObject>>();
  private sortedAll: string[] | undefined;
  private readonly sortedByNamespace = new Map<string, string[]>();

  get size(): number {
    return this.byKey.size;
  }

  get(key: string): StoredObject | undefined {
    return this.byKey.get(key);
  }

  put(stored: StoredObject): void {
    const isNew = !this.byKey.has(stored.key);
    this.byKey.set(stored.key, stored);
    let ns = this.byNamespace.get(stored.namespace);
    if (!ns) {
      ns = new Map();
      this.byNamespace.set(stored.namespace, ns);
    }
    ns.set(stored.key, stored);
    if (isNew) this.invalidate(stored.namespace);
  }

  remove(stored: StoredObject): void {
    if (!this.byKey.delete(stored.key)) return;
    const ns = this.byNamespace.get(stored.namespace);
    ns?.delete(stored.key);
    if (ns?.size === 0) this.byNamespace.delete(stored.namespace);
    this.invalidate(stored.namespace);
  }

  /** Objects of one namespace, or all, unsorted. */
  values(namespace?: string): IterableIterator<StoredObject> {
    if (namespace === undefined) return this.byKey.values();
    return (this.byNamespace.get(namespace) ?? new Map<string, StoredObject>()).values();
  }

  sortedKeys(namespace?: string): readonly string[] {
    if (namespace === undefined) {
      this.sortedAll ??= [...this.byKey.keys()].sort(compareKeys);
      return this.sortedAll;
    }
    let keys = this.sortedByNamespace.get(namespace);
    if (!keys) {
      keys = [...(this.byNamespace.get(namespace)?.keys() ?? [])].sort(compareKeys);
      this.sortedByNamespace.set(namespace, keys);
    }
    return keys;
  }

  private invalidate(namespace: string): void {
    this.sortedAll = undefined;
    this.sortedByNamespace.delete(namespace);
  }
}

export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
