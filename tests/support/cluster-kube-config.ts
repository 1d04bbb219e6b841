import { KubeConfig } from '@kubernetes/client-node';
import type { ControlPlaneClusterInfo } from './control-plane-state';

/** Which credentials a client uses: the admin, the read-only user, or any bearer token (e.g. a bad one). */
export type ClusterIdentity = 'admin' | 'readonly' | { readonly token: string };

/**
 * A KubeConfig for one cluster of the test control plane, as a production client would have: the
 * server URL, its CA (no insecure-skip-tls-verify), and a bearer token.
 */
export function clusterKubeConfig(
  cluster: ControlPlaneClusterInfo,
  identity: ClusterIdentity = 'admin',
): KubeConfig {
  const config = new KubeConfig();
  if (identity === 'admin' || identity === 'readonly') {
    config.loadFromFile(
      identity === 'admin' ? cluster.adminKubeconfigPath : cluster.readOnlyKubeconfigPath,
    );
    return config;
  }
  const user = `${cluster.name}-custom-token`;
  config.loadFromOptions({
    clusters: [
      {
        name: cluster.name,
        server: cluster.server,
        caData: Buffer.from(cluster.caPem).toString('base64'),
        skipTLSVerify: false,
      },
    ],
    users: [{ name: user, token: identity.token }],
    contexts: [{ name: cluster.name, cluster: cluster.name, user }],
    currentContext: cluster.name,
  });
  return config;
}
