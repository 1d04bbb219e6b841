import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FleetSim, generateFleet } from '@meshwork/fleet-sim';

export interface P1Fleet {
  sim: FleetSim;
  /** The read-only identity's kubeconfig, as the hub would be given. */
  kubeconfigPath: string;
  objects: number;
}

/**
 * P1's fleet (`clusters` x `services` x 2 workloads x 3 pods, seed "p1") served by fleet-sim, whose
 * encoding is done before any clock starts: it stands in for API servers on their own machines.
 * The generated specs are not kept once the simulator holds the objects (another ~150 MB of heap
 * for the simulator's garbage collector to mark while the hub is measured).
 */
export async function startP1Fleet(clusters: number, services: number): Promise<P1Fleet> {
  const specs = generateFleet({
    clusters,
    servicesPerCluster: services,
    workloadsPerService: 2,
    podsPerWorkload: 3,
    seed: 'p1',
  });
  const objects = specs.reduce((n, c) => n + c.objects.length, 0);
  const sim = await FleetSim.start({ clusters: specs });
  for (const cluster of sim.clusters) cluster.store.warm();
  const kubeconfigPath = join(mkdtempSync(join(tmpdir(), 'meshwork-bench-')), 'kubeconfig');
  await sim.writeKubeconfig(kubeconfigPath, { readOnly: true });
  return { sim, kubeconfigPath, objects };
}
