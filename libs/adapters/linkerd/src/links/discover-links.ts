import { CoreKinds } from '@meshwork/adapters-core';
import { type MeshLink, MeshLinkKind, type ObjectRef, meshLinkId } from '@meshwork/model';
import { LinkerdKinds } from '../linkerd-kinds';
import { type PolicyContext } from '../policies/policy-context';
import { readMirror } from './mirror-service';

const detailsOf = (entries: Record<string, string | number | undefined>): Record<string, string> =>
  Object.fromEntries(
    Object.entries(entries)
      .filter(([, value]) => value !== undefined && value !== '')
      .map(([key, value]) => [key, String(value)]),
  );

/**
 * `Link`s to other clusters and the mirror Services they produce. Links and mirrors belong to the
 * multicluster extension, which serves the primary control plane. A federated Service yields one
 * link per member cluster, so each pair of clusters is visible on its own.
 */
export function discoverLinks(ctx: PolicyContext): MeshLink[] {
  if (ctx.membership.primary !== ctx.mesh.namespace) return [];
  const { cluster } = ctx;
  const links: MeshLink[] = [];
  const ref = (
    group: string,
    kind: string,
    namespace: string,
    name: string,
    uid?: string,
  ): ObjectRef => ({
    cluster,
    group,
    kind,
    namespace,
    name,
    ...(uid && { uid }),
  });
  for (const link of ctx.snapshot.list(LinkerdKinds.Link)) {
    const spec = link.spec ?? {};
    const namespace = link.metadata.namespace ?? '';
    links.push({
      id: meshLinkId(cluster, namespace, MeshLinkKind.LINKERD_LINK, link.metadata.name),
      kind: MeshLinkKind.LINKERD_LINK,
      fromCluster: cluster,
      fromMesh: ctx.mesh.id,
      ...(spec.targetClusterName && { toCluster: spec.targetClusterName }),
      source: {
        ...ref(LinkerdKinds.Link.group, 'Link', namespace, link.metadata.name, link.metadata.uid),
        version: LinkerdKinds.Link.version,
      },
      details: detailsOf({
        mode: spec.gatewayAddress ? 'gateway' : 'remote-discovery',
        gatewayAddress: spec.gatewayAddress,
        gatewayPort: spec.gatewayPort,
        gatewayIdentity: spec.gatewayIdentity,
        targetClusterDomain: spec.targetClusterDomain,
        targetClusterLinkerdNamespace: spec.targetClusterLinkerdNamespace,
        probePath: spec.probeSpec?.path,
        probePeriod: spec.probeSpec?.period,
      }),
    });
  }
  for (const service of ctx.snapshot.list(CoreKinds.Service)) {
    const mirror = readMirror(service);
    if (!mirror) continue;
    const namespace = service.metadata.namespace ?? '';
    const targets = mirror.clusters.length ? mirror.clusters : [undefined];
    for (const target of targets) {
      const sourceName =
        mirror.mode === 'federated' && target
          ? `${service.metadata.name}@${target}`
          : service.metadata.name;
      links.push({
        id: meshLinkId(cluster, namespace, MeshLinkKind.LINKERD_MIRROR, sourceName),
        kind: MeshLinkKind.LINKERD_MIRROR,
        fromCluster: cluster,
        fromMesh: ctx.mesh.id,
        ...(target && { toCluster: target }),
        source: {
          ...ref('', 'Service', namespace, service.metadata.name, service.metadata.uid),
          version: 'v1',
        },
        details: detailsOf({
          mode: mirror.mode,
          service: ctx.serviceId(namespace, service.metadata.name),
          remoteService: mirror.name,
          remoteNamespace: mirror.namespace,
          remoteFqdn: mirror.remoteFqdn,
          gatewayIdentity: mirror.gatewayIdentity,
        }),
      });
    }
  }
  return links.sort((a, b) => a.id.localeCompare(b.id));
}
