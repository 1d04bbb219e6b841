import { type KubeService } from '@meshwork/adapters-core';
import { MirrorNames } from '../linkerd-labels';

/** How a Service stands for a Service of another cluster. */
export interface MirrorFacts {
  /** gateway: traffic goes through the target's gateway; remote-discovery: straight to remote pods
   * (flat network); federated: one Service over the same Service in many clusters. */
  mode: 'gateway' | 'remote-discovery' | 'federated';
  /** Clusters (as Links name them) that hold the original. */
  clusters: string[];
  /** Name and namespace of the original Service in those clusters. */
  name: string;
  namespace: string;
  remoteFqdn?: string;
  gatewayIdentity?: string;
}

const stripSuffix = (name: string, suffix: string): string =>
  name.endsWith(`-${suffix}`) ? name.slice(0, -suffix.length - 1) : name;

/**
 * Reads service-mirror metadata. A mirror is named `<svc>-<cluster>` (federated:
 * `<svc>-federated`); the original name is taken from the mirror's own annotations and labels where
 * present, because Service names can themselves end in `-<something>`.
 */
export function readMirror(service: KubeService): MirrorFacts | undefined {
  const labels = service.metadata.labels ?? {};
  const annotations = service.metadata.annotations ?? {};
  const namespace = service.metadata.namespace ?? '';
  const { name } = service.metadata;
  if (labels[MirrorNames.mirroredGatewayLabel] === 'true') return undefined;
  const gatewayIdentity = annotations[MirrorNames.remoteGatewayIdentityAnnotation];
  const remoteFqdn = annotations[MirrorNames.remoteFqNameAnnotation];
  const extra = {
    ...(remoteFqdn && { remoteFqdn }),
    ...(gatewayIdentity && { gatewayIdentity }),
  };
  const members = annotations[MirrorNames.remoteDiscoveryAnnotation];
  const local = annotations[MirrorNames.localDiscoveryAnnotation];
  if (members !== undefined || local !== undefined) {
    const parsed = (members ?? '')
      .split(',')
      .map((m) => m.trim().split('@'))
      .filter((parts): parts is [string, string] => parts.length === 2 && !!parts[0] && !!parts[1]);
    return {
      mode: 'federated',
      clusters: [...new Set(parsed.map(([, cluster]) => cluster))].sort(),
      name: local || parsed[0]?.[0] || stripSuffix(name, 'federated'),
      namespace,
      ...extra,
    };
  }
  const discoveryCluster = labels[MirrorNames.remoteDiscoveryLabel];
  if (discoveryCluster) {
    return {
      mode: 'remote-discovery',
      clusters: [discoveryCluster],
      name: labels[MirrorNames.remoteServiceLabel] || stripSuffix(name, discoveryCluster),
      namespace,
      ...extra,
    };
  }
  if (labels[MirrorNames.mirroredServiceLabel] !== 'true') return undefined;
  const cluster = labels[MirrorNames.clusterNameLabel] ?? '';
  const [fqName, fqNamespace] = (remoteFqdn ?? '').split('.');
  return {
    mode: 'gateway',
    clusters: cluster ? [cluster] : [],
    name: fqName || stripSuffix(name, cluster),
    namespace: fqNamespace || namespace,
    ...extra,
  };
}
