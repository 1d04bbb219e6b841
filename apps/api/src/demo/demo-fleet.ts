import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FleetSim, scenarioFleet } from '@meshwork/fleet-sim';
import type { Logger } from 'pino';
import type { ClusterTarget } from '../clusters/cluster-target';
import { loadClusterTargets } from '../clusters/kubeconfig-loader';

export interface DemoFleet {
  sim: FleetSim;
  targets: ClusterTarget[];
  kubeconfigPath: string;
  stop(): Promise<void>;
}

/**
 * Starts the embedded demo fleet: simulated Kubernetes API servers on 127.0.0.1, one per scenario
 * cluster (Istio multi-primary pair, Linkerd, Consul, OSM, with CA material made now), and a
 * read-only kubeconfig for them. The hub then connects over HTTPS exactly as to real clusters.
 */
export async function startDemoFleet(logger: Logger): Promise<DemoFleet> {
  const sim = await FleetSim.start({ clusters: await scenarioFleet() });
  const kubeconfigPath = join(mkdtempSync(join(tmpdir(), 'meshwork-demo-')), 'kubeconfig');
  await sim.writeKubeconfig(kubeconfigPath, { readOnly: true });
  logger.info(
    { kubeconfig: kubeconfigPath, clusters: sim.clusters.map((c) => c.name) },
    'demo fleet started',
  );
  return {
    sim,
    targets: loadClusterTargets([kubeconfigPath], [], 'DEMO'),
    kubeconfigPath,
    stop: () => sim.stop(),
  };
}
