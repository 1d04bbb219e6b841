import { type StoreEvent } from '../store/store-event';

/** A live watch on one resource: gets every committed event of it, in order. */
export interface WatchSubscriber {
  readonly storageKey: string;
  /** Only events of this namespace are delivered when set. */
  readonly namespace: string | undefined;
  deliver(event: StoreEvent): void;
  /** Ends the watch from the server side (resource no longer served, cluster paused). */
  close(): void;
}

/** Fans committed events out to the watches of their resource; the store calls it synchronously. */
export class WatchHub {
  private readonly byResource = new Map<string, Set<WatchSubscriber>>();

  subscribe(subscriber: WatchSubscriber): () => void {
    let set = this.byResource.get(subscriber.storageKey);
    if (!set) {
      set = new Set();
      this.byResource.set(subscriber.storageKey, set);
    }
    set.add(subscriber);
    return () => {
      set.delete(subscriber);
    };
  }

  count(storageKey?: string): number {
    if (storageKey !== undefined) return this.byResource.get(storageKey)?.size ?? 0;
    let total = 0;
    for (const set of this.byResource.values()) total += set.size;
    return total;
  }

  publish(event: StoreEvent): void {
    const set = this.byResource.get(event.storageKey);
    if (!set) return;
    for (const subscriber of set) {
      if (subscriber.namespace === undefined || subscriber.namespace === event.object.namespace) {
        subscriber.deliver(event);
      }
    }
  }

  closeResource(storageKey: string): void {
    for (const subscriber of [...(this.byResource.get(storageKey) ?? [])]) subscriber.close();
    this.byResource.delete(storageKey);
  }

  closeAll(): void {
    for (const key of [...this.byResource.keys()]) this.closeResource(key);
  }
}
