import type { ExpositionWriter } from '../exposition-writer';
import {
  LATENCY_BOUNDS,
  type CodeClass,
  type CodeCounters,
  type RouteCounters,
} from '../route-counters';
import type { InventoryWorkload } from '../traffic-inventory';

/** What a mesh renderer is given: the routes to draw from one cluster's point of view. */
export interface RenderInput {
  cluster: string;
  trustDomains: ReadonlyMap<string, string>;
  /** Routes whose caller runs in this cluster. */
  outbound: readonly RouteCounters[];
  /** Routes whose callee runs in this cluster. */
  inbound: readonly RouteCounters[];
  out: ExpositionWriter;
}

export type MeshRenderer = (input: RenderInput) => void;

/** Buckets of `counters` at `bounds` (each must be one of LATENCY_BOUNDS), floored like a proxy's. */
export function bucketsAt(counters: CodeCounters, bounds: readonly number[]): number[] {
  return bounds.map((le) => Math.floor(counters.buckets[LATENCY_BOUNDS.indexOf(le)] ?? 0));
}

/** Sum of several counters (one upstream cluster's view over all its endpoints). */
export function addCounters(all: readonly CodeCounters[]): CodeCounters {
  const total: CodeCounters = {
    count: 0,
    sumMs: 0,
    buckets: new Float64Array(LATENCY_BOUNDS.length),
  };
  for (const c of all) {
    total.count += c.count;
    total.sumMs += c.sumMs;
    c.buckets.forEach((v, i) => (total.buckets[i]! += v));
  }
  return total;
}

export function countersOf(route: RouteCounters, code: CodeClass): CodeCounters[] {
  return route.targets.map((t) => t[code]);
}

export function appOf(workload: InventoryWorkload | undefined): string {
  if (!workload) return 'unknown';
  return workload.labels.app ?? workload.labels['app.kubernetes.io/name'] ?? workload.name;
}

export function versionOf(workload: InventoryWorkload | undefined): string | undefined {
  return workload?.labels.version ?? workload?.labels['app.kubernetes.io/version'];
}

export function serviceFqdn(namespace: string, name: string): string {
  return `${name}.${namespace}.svc.cluster.local`;
}
