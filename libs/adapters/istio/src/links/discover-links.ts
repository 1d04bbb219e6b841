import { type ClusterSnapshot, CoreKinds, type KubeObject } from '@meshwork/adapters-core';
import {
  type Mesh,
  type MeshLink,
  MeshLinkKind,
  type ObjectRef,
  meshLinkId,
} from '@meshwork/model';
import { IstioKinds } from '../istio-kinds';

const REMOTE_SECRET_PREFIX = 'istio-remote-secret-';
const CROSS_NETWORK_PORT = 15443;

const refTo = (cluster: string, group: string, kind: string, object: KubeObject): ObjectRef => ({
  cluster,
  group,
  version: 'v1',
  kind,
  namespace: object.metadata.namespace ?? '',
  name: object.metadata.name,
});

/**
 * Remote secrets: istiod watches the cluster each one names. The peer name comes from the annotation
 * `networking.istio.io/cluster`, else the data key (istioctl keys the kubeconfig by cluster name), else
 * the secret name. Only key *names* are read: the kubeconfig inside holds credentials.
 */
function remoteSecretLinks(snapshot: ClusterSnapshot, mesh: Mesh): MeshLink[] {
  return snapshot
    .list(CoreKinds.Secret, mesh.namespace)
    .filter((s) => s.metadata.labels?.['istio/multiCluster'] === 'true')
    .map((secret) => {
      const name = secret.metadata.name;
      const toCluster =
        secret.metadata.annotations?.['networking.istio.io/cluster'] ??
        Object.keys(secret.data ?? {})[0] ??
        (name.startsWith(REMOTE_SECRET_PREFIX) ? name.slice(REMOTE_SECRET_PREFIX.length) : name);
      return {
        id: meshLinkId(snapshot.cluster, mesh.namespace, MeshLinkKind.ISTIO_REMOTE_SECRET, name),
        kind: MeshLinkKind.ISTIO_REMOTE_SECRET,
        fromCluster: snapshot.cluster,
        fromMesh: mesh.id,
        toCluster,
        source: refTo(snapshot.cluster, '', 'Secret', secret),
        details: { secret: name },
      };
    });
}

interface LoadBalancerStatus {
  loadBalancer?: { ingress?: { ip?: string; hostname?: string }[] };
}

/**
 * East-west gateways (`istio=eastwestgateway`) open this mesh to other networks. Without a Gateway
 * exposing port 15443 on them they carry no cross-network traffic, which is worth showing.
 */
function eastWestLinks(snapshot: ClusterSnapshot, mesh: Mesh, namespaces: Set<string>): MeshLink[] {
  const crossNetwork = snapshot
    .list(IstioKinds.Gateway)
    .filter((g) => g.spec?.selector?.['istio'] === 'eastwestgateway')
    .filter((g) => g.spec?.servers?.some((s) => s.port?.number === CROSS_NETWORK_PORT));
  return snapshot
    .list(CoreKinds.Service)
    .filter((s) => s.metadata.labels?.['istio'] === 'eastwestgateway')
    .filter((s) => namespaces.has(s.metadata.namespace ?? ''))
    .map((service) => {
      const ingress = (service.status as LoadBalancerStatus | undefined)?.loadBalancer
        ?.ingress?.[0];
      const address = ingress?.ip ?? ingress?.hostname;
      const port = service.spec?.ports?.find((p) => p.port === CROSS_NETWORK_PORT);
      const network = service.metadata.labels?.['topology.istio.io/network'];
      const gateway = crossNetwork[0];
      const details: Record<string, string> = {
        service: service.metadata.name,
        crossNetworkExposed: String(gateway !== undefined && port !== undefined),
      };
      if (address) details['address'] = address;
      if (port) details['port'] = String(port.port);
      if (network) details['network'] = network;
      if (gateway) details['gateway'] = `${gateway.metadata.namespace}/${gateway.metadata.name}`;
      return {
        id: meshLinkId(
          snapshot.cluster,
          service.metadata.namespace ?? '',
          MeshLinkKind.ISTIO_EAST_WEST_GATEWAY,
          service.metadata.name,
        ),
        kind: MeshLinkKind.ISTIO_EAST_WEST_GATEWAY,
        fromCluster: snapshot.cluster,
        fromMesh: mesh.id,
        source: refTo(snapshot.cluster, '', 'Service', service),
        details,
      };
    });
}

/** Links of one mesh; gateways outside every control-plane namespace go to the primary mesh. */
export function discoverLinks(
  snapshot: ClusterSnapshot,
  mesh: Mesh,
  meshes: readonly Mesh[],
): MeshLink[] {
  const owned = new Set([mesh.namespace]);
  if (meshes[0]?.id === mesh.id) {
    const controlPlaneNamespaces = new Set(meshes.map((m) => m.namespace));
    for (const service of snapshot.list(CoreKinds.Service)) {
      const ns = service.metadata.namespace ?? '';
      if (!controlPlaneNamespaces.has(ns)) owned.add(ns);
    }
  }
  return [...remoteSecretLinks(snapshot, mesh), ...eastWestLinks(snapshot, mesh, owned)].sort(
    (a, b) => a.id.localeCompare(b.id),
  );
}
