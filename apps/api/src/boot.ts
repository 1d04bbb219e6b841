import type { Logger } from 'pino';
import type { ClusterTarget } from './clusters/cluster-target';
import { inClusterTarget, runningInCluster } from './clusters/in-cluster-target';
import { KubeconfigError } from './clusters/kubeconfig-error';
import { loadClusterTargets } from './clusters/kubeconfig-loader';
import type { MeshworkConfig } from './config/meshwork-config';

export interface ResolvedClusters {
  targets: ClusterTarget[];
  /** Stops what was started for them (the demo fleet); a no-op for real clusters. */
  dispose(): Promise<void>;
}

/**
 * Real clusters (the one the hub runs in, and kubeconfig contexts, e.g. remote clusters registered as
 * mounted kubeconfig Secrets), or the embedded demo fleet when none are configured.
 */
export async function resolveClusters(
  config: MeshworkConfig,
  logger: Logger,
): Promise<ResolvedClusters> {
  const inCluster =
    config.inCluster === 'always' || (config.inCluster === 'auto' && runningInCluster());
  const targets = [
    ...(inCluster ? [inClusterTarget(config.inClusterName)] : []),
    ...(config.kubeconfig.length ? loadClusterTargets(config.kubeconfig, config.contexts) : []),
  ];
  const duplicate = targets.find((t, i) => targets.findIndex((u) => u.name === t.name) !== i);
  if (duplicate) {
    throw new KubeconfigError(
      `two clusters are named "${duplicate.name}"; rename the context or set MESHWORK_IN_CLUSTER_NAME`,
    );
  }
  const useDemo = config.demo === 'always' || (config.demo === 'auto' && targets.length === 0);
  if (!useDemo) return { targets, dispose: async () => undefined };
  // Loaded only when used: real deployments never load the simulator.
  const { startDemoFleet } = await import('./demo/demo-fleet');
  const demo = await startDemoFleet(logger);
  return { targets: demo.targets, dispose: () => demo.stop() };
}
