import { type ClusterSnapshot, CoreKinds } from '@meshwork/adapters-core';
import { ControlPlaneHealth, type Mesh, MeshKind, makeId, worstHealth } from '@meshwork/model';
import { LinkerdNames } from '../linkerd-labels';
import {
  CORE_COMPONENTS,
  type LinkerdControlPlane,
  componentControlPlanes,
  findLinkerdControlPlanes,
} from './control-planes';
import { releaseChannel } from './linkerd-version';

export const LINKERD_MESH_NAME = 'linkerd';

/** Keys of `Mesh.attributes`; discover() reads some back, the UI shows all of them. */
export const LinkerdMeshAttributes = {
  clusterDomain: 'clusterDomain',
  defaultInboundPolicy: 'defaultInboundPolicy',
  channel: 'channel',
  missingComponents: 'missingComponents',
  configError: 'configError',
  extensions: 'extensions',
} as const;

export function linkerdMeshId(cluster: string, namespace: string): string {
  return makeId({ cluster, namespace, kind: 'Mesh', name: LINKERD_MESH_NAME });
}

/** Installed extensions (viz, multicluster, smi, jaeger...) from their namespaces' labels. */
function extensionsIn(snapshot: ClusterSnapshot): string[] {
  const names = snapshot
    .list(CoreKinds.Namespace)
    .map((ns) => ns.metadata.labels?.[LinkerdNames.extensionLabel])
    .filter((name): name is string => !!name);
  return [...new Set(names)].sort();
}

function toMesh(
  snapshot: ClusterSnapshot,
  controlPlane: LinkerdControlPlane,
  extensions: string[],
): Mesh {
  const { namespace, config } = controlPlane;
  const controlPlanes = componentControlPlanes(controlPlane);
  const destination = controlPlanes.find((cp) => cp.name === 'linkerd-destination');
  const version =
    destination?.version ??
    controlPlanes.find((cp) => cp.version)?.version ??
    config.linkerdVersion;
  const missing = CORE_COMPONENTS.filter((c) => !controlPlane.components.has(c));
  const attributes: Record<string, string> = {};
  const channel = releaseChannel(version);
  if (channel) attributes[LinkerdMeshAttributes.channel] = channel;
  if (config.clusterDomain) attributes[LinkerdMeshAttributes.clusterDomain] = config.clusterDomain;
  if (config.defaultInboundPolicy) {
    attributes[LinkerdMeshAttributes.defaultInboundPolicy] = config.defaultInboundPolicy;
  }
  if (missing.length) attributes[LinkerdMeshAttributes.missingComponents] = missing.join(',');
  if (config.error) attributes[LinkerdMeshAttributes.configError] = config.error;
  if (extensions.length) attributes[LinkerdMeshAttributes.extensions] = extensions.join(',');
  // A control plane without identity or destination cannot issue certificates or route; its
  // absence is an outage even though no ControlPlane entry exists to carry that health.
  const healths = controlPlanes.map((cp) => cp.health);
  if (missing.length) healths.push(ControlPlaneHealth.DOWN);
  return {
    id: linkerdMeshId(snapshot.cluster, namespace),
    kind: MeshKind.LINKERD,
    name: LINKERD_MESH_NAME,
    cluster: snapshot.cluster,
    namespace,
    ...(version && { version }),
    trustDomain: controlPlane.trustDomain,
    controlPlanes,
    health: worstHealth(healths),
    attributes,
  };
}

/** Every Linkerd control plane in the cluster, the primary (`linkerd` namespace) first. */
export function detectLinkerdMeshes(snapshot: ClusterSnapshot): Mesh[] {
  const extensions = extensionsIn(snapshot);
  return findLinkerdControlPlanes(snapshot).map((cp) => toMesh(snapshot, cp, extensions));
}
