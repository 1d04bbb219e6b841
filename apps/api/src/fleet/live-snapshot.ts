import {
  kindKey,
  type ClusterSnapshot,
  type KindRef,
  type KubeObject,
} from '@meshwork/adapters-core';
import type { ObjectCache } from './object-cache';

/** The adapters' read view over one cluster's informer caches. */
export class LiveSnapshot implements ClusterSnapshot {
  constructor(
    readonly cluster: string,
    private readonly caches: ReadonlyMap<string, ObjectCache>,
  ) {}

  list<T extends KubeObject>(kind: KindRef<T> | string, namespace?: string): readonly T[] {
    return (this.cache(kind)?.list(namespace) ?? []) as readonly T[];
  }

  get<T extends KubeObject>(
    kind: KindRef<T> | string,
    namespace: string,
    name: string,
  ): T | undefined {
    return this.cache(kind)?.get(namespace, name) as T | undefined;
  }

  has(kind: KindRef | string): boolean {
    return this.cache(kind) !== undefined;
  }

  private cache(kind: KindRef | string): ObjectCache | undefined {
    return this.caches.get(typeof kind === 'string' ? kind : kindKey(kind));
  }
}
