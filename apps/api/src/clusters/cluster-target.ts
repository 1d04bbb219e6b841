import type { KubeConfig } from '@kubernetes/client-node';

export type ClusterSourceKind = 'KUBECONFIG' | 'IN_CLUSTER' | 'DEMO';

/**
 * One cluster Meshwork was asked to watch: a kubeconfig context. `kubeConfig` is scoped to that one
 * context. When the context cannot be used (a missing cluster or user entry), `configError` says why
 * and the cluster is reported with that error instead of being probed.
 */
export interface ClusterTarget {
  name: string;
  context: string;
  source: ClusterSourceKind;
  server?: string;
  kubeConfig?: KubeConfig;
  configError?: string;
}
