import type { TrafficSnapshot } from '../metrics/traffic-snapshot';
import type { TopologyGraph } from './graph/topology-graph';

interface Entry {
  revision: number;
  snapshot: TrafficSnapshot;
  graph: TopologyGraph;
}

/**
 * Computed topologies per (filter, window), valid while the fleet revision and the metrics snapshot
 * they were built from are current. Bounded: the least recently used entry goes first.
 */
export class TopologyCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly capacity = 64) {}

  get(key: string, revision: number, snapshot: TrafficSnapshot): TopologyGraph | undefined {
    const entry = this.entries.get(key);
    if (!entry || entry.revision !== revision || entry.snapshot !== snapshot) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.graph;
  }

  set(key: string, revision: number, snapshot: TrafficSnapshot, graph: TopologyGraph): void {
    this.entries.delete(key);
    this.entries.set(key, { revision, snapshot, graph });
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }
}
