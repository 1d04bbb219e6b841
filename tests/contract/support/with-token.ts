import { KubeConfig } from '@kubernetes/client-node';

/** The same server and CA as `config`'s current context, with another bearer token. */
export function withToken(config: KubeConfig, token: string): KubeConfig {
  const cluster = config.getCurrentCluster();
  if (cluster === null) throw new Error('withToken: the KubeConfig has no current cluster');
  const derived = new KubeConfig();
  derived.loadFromOptions({
    clusters: [cluster],
    users: [{ name: 'other-token', token }],
    contexts: [{ name: 'other-token', cluster: cluster.name, user: 'other-token' }],
    currentContext: 'other-token',
  });
  return derived;
}
