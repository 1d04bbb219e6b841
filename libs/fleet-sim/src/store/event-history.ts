import { type StoreEvent } from './store-event';

/**
 * The last N events of one cluster, like the apiserver's watch cache over etcd's compacted history:
 * a watch or a paginated list can resume from any resourceVersion still inside the window, older ones
 * get 410 Expired.
 */
export class EventHistory {
  private events: StoreEvent[] = [];
  private head = 0;
  /** Every event with a resourceVersion above this one is still held. */
  private compactedThrough = 0;

  constructor(private readonly capacity: number) {}

  get compactedRv(): number {
    return this.compactedThrough;
  }

  push(event: StoreEvent): void {
    this.events.push(event);
    if (this.events.length - this.head > this.capacity) {
      this.compactedThrough = this.events[this.head]?.rv ?? this.compactedThrough;
      this.head += 1;
      if (this.head >= this.capacity) {
        this.events = this.events.slice(this.head);
        this.head = 0;
      }
    }
  }

  /** Events after `rv`, oldest first; undefined when some of them were already compacted away. */
  since(rv: number): StoreEvent[] | undefined {
    if (rv < this.compactedThrough) return undefined;
    let lo = this.head;
    let hi = this.events.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.events[mid]?.rv ?? 0) <= rv) lo = mid + 1;
      else hi = mid;
    }
    return this.events.slice(lo);
  }

  /** Forgets everything up to `rv` (a test hook that provokes 410 Expired). */
  compact(rv: number): void {
    this.events = this.events.filter((e) => e.rv > rv);
    this.head = 0;
    this.compactedThrough = Math.max(this.compactedThrough, rv);
  }
}
