import type { Logger } from 'pino';
import type { ClusterTarget } from './clusters/cluster-target';
import type { MeshworkConfig } from './config/meshwork-config';

/** What main() resolved before Nest starts: validated config, the logger, and the clusters to watch. */
export interface BootContext {
  config: MeshworkConfig;
  logger: Logger;
  targets: ClusterTarget[];
}
