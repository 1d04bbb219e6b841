import { stringify } from 'yaml';

export interface KubeconfigCluster {
  name: string;
  server: string;
  /** Absent for plain-HTTP clusters. */
  caPem: string | undefined;
  token: string;
}

/** A kubeconfig with one context per cluster, named as the cluster, CA embedded, bearer token user. */
export function buildKubeconfig(clusters: KubeconfigCluster[], userSuffix: string): string {
  const doc = {
    apiVersion: 'v1',
    kind: 'Config',
    preferences: {},
    clusters: clusters.map((c) => ({
      name: c.name,
      cluster: {
        server: c.server,
        ...(c.caPem
          ? { 'certificate-authority-data': Buffer.from(c.caPem).toString('base64') }
          : {}),
      },
    })),
    users: clusters.map((c) => ({ name: `${c.name}-${userSuffix}`, user: { token: c.token } })),
    contexts: clusters.map((c) => ({
      name: c.name,
      context: { cluster: c.name, user: `${c.name}-${userSuffix}` },
    })),
    'current-context': clusters[0]?.name ?? '',
  };
  return stringify(doc);
}
