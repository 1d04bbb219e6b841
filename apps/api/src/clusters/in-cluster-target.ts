import { existsSync } from 'node:fs';
import { KubeConfig } from '@kubernetes/client-node';
import type { ClusterTarget } from './cluster-target';

const TOKEN_PATH = '/var/run/secrets/kubernetes.io/serviceaccount/token';

/** True inside a Kubernetes pod with a mounted service-account token. */
export function runningInCluster(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.KUBERNETES_SERVICE_HOST) && existsSync(TOKEN_PATH);
}

/** The cluster the hub runs in, through its service account, named `name`. */
export function inClusterTarget(name: string): ClusterTarget {
  const kubeConfig = new KubeConfig();
  kubeConfig.loadFromCluster();
  const cluster = kubeConfig.getCurrentCluster();
  return { name, context: 'in-cluster', source: 'IN_CLUSTER', server: cluster?.server, kubeConfig };
}
