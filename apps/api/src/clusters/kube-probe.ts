import type { ClusterTarget } from './cluster-target';
import { type Reachability } from './reachability';

export interface ProbeResult {
  reachability: Reachability.REACHABLE | Reachability.UNREACHABLE | Reachability.UNAUTHORIZED;
  kubernetesVersion?: string;
  error?: string;
}

/** The port through which the fleet asks a cluster whether it answers and who we are to it. */
export abstract class KubeProbe {
  abstract probe(target: ClusterTarget, timeoutMs: number): Promise<ProbeResult>;
}
