import {
  CORE_KINDS,
  parseApiVersion,
  SnapshotBuilder,
  type ClusterSnapshot,
  type KubeObject,
} from '@meshwork/adapters-core';
import { FLEET_CLUSTERS, generateFleet, readScenario } from '@meshwork/fleet-sim';
import type { ClusterDiscovery } from '../cluster-discovery';
import { discoverCluster } from '../discover-cluster';
import { meshAdapters } from '../mesh-adapters';

/** The hub's adapters, and the kinds they read (plus the built-in ones). */
export const testAdapters = meshAdapters();
const watchedKinds = testAdapters.flatMap((adapter) => adapter.watchedKinds);
const known = new Set([...CORE_KINDS, ...watchedKinds].map((k) => `${k.group}/${k.kind}`));

/** A cluster's objects as the hub would cache them: only the kinds some adapter watches. */
export function snapshotOf(cluster: string, objects: readonly KubeObject[]): ClusterSnapshot {
  return new SnapshotBuilder(cluster, watchedKinds)
    .add(...objects.filter((o) => known.has(`${parseApiVersion(o.apiVersion!).group}/${o.kind}`)))
    .build();
}

/** What the hub's adapters find in a cluster made of these objects. */
export function discoverObjects(cluster: string, objects: readonly KubeObject[]): ClusterDiscovery {
  return discoverCluster(testAdapters, snapshotOf(cluster, objects), []);
}

/** Every scenario cluster and a small generated fleet (one cluster per mesh flavour), as raw objects. */
export function rawClusters(seed: string): Array<{ name: string; objects: KubeObject[] }> {
  return [
    ...FLEET_CLUSTERS.map((c) => ({ name: c.cluster, objects: readScenario(c.scenario) })),
    ...generateFleet({
      clusters: 4,
      servicesPerCluster: 30,
      workloadsPerService: 2,
      podsPerWorkload: 2,
      seed,
    }).map((c) => ({ name: c.cluster, objects: c.objects })),
  ];
}
