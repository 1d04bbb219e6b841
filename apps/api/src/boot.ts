import type { Logger } from 'pino';
import { loadClusterTargets } from './clusters/kubeconfig-loader';
import type { ClusterTarget } from './clusters/cluster-target';
import type { MeshworkConfig } from './config/meshwork-config';

export interface ResolvedClusters {
  targets: ClusterTarget[];
  /** Stops what was started for them (the demo fleet); a no-op for real clusters. */
  dispose(): Promise<void>;
}

/** Real clusters from kubeconfig files, or the embedded demo fleet when none are configured. */
export async function resolveClusters(
  config: MeshworkConfig,
  logger: Logger,
): Promise<ResolvedClusters> {
  const useDemo =
    config.demo === 'always' || (config.demo === 'auto' && config.kubeconfig.length === 0);
  if (!useDemo) {
    return {
      targets: loadClusterTargets(config.kubeconfig, config.contexts),
      dispose: async () => undefined,
    };
  }
  // Loaded only when used: real deployments never load the simulator.
  const { startDemoFleet } = await import('./demo/demo-fleet');
  const demo = await startDemoFleet(logger);
  return { targets: demo.targets, dispose: () => demo.stop() };
}
