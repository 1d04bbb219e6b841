import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FleetSim, type VirtualClusterSpec } from '@meshwork/fleet-sim';
import type { Logger } from 'pino';
import { loadClusterTargets } from '../clusters/kubeconfig-loader';
import type { ClusterTarget } from '../clusters/cluster-target';
import { demoClusters } from './demo-clusters';

export interface DemoFleet {
  targets: ClusterTarget[];
  kubeconfigPath: string;
  stop(): Promise<void>;
}

/**
 * Starts the embedded demo fleet: simulated Kubernetes API servers on 127.0.0.1, one per cluster, and a
 * kubeconfig for them. The hub then connects over HTTPS exactly as it does to real clusters.
 */
export async function startDemoFleet(
  logger: Logger,
  clusters: VirtualClusterSpec[] = demoClusters(),
): Promise<DemoFleet> {
  const sim = await FleetSim.start({ clusters });
  const kubeconfigPath = join(mkdtempSync(join(tmpdir(), 'meshwork-demo-')), 'kubeconfig');
  await sim.writeKubeconfig(kubeconfigPath);
  logger.info(
    { kubeconfig: kubeconfigPath, clusters: sim.clusters.map((c) => c.name) },
    'demo fleet started',
  );
  return {
    targets: loadClusterTargets([kubeconfigPath], [], 'DEMO'),
    kubeconfigPath,
    stop: () => sim.stop(),
  };
}
