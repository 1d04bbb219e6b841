import type { InventoryCluster, TrafficMesh, TrafficProtocol } from '@meshwork/fleet-sim';
import { MeshKind, tryParseId, type Service } from '@meshwork/model';
import type { FleetView } from '../../topology/graph/fleet-view';

const TRAFFIC_MESH: Partial<Record<MeshKind, TrafficMesh>> = {
  [MeshKind.ISTIO]: 'istio',
  [MeshKind.LINKERD]: 'linkerd',
  [MeshKind.CONSUL]: 'consul',
  [MeshKind.OSM]: 'osm',
};

function protocolOf(service: Service): TrafficProtocol {
  const port = service.ports[0];
  const hint = (port?.appProtocol ?? port?.name ?? '').toLowerCase();
  if (hint.startsWith('grpc')) return 'grpc';
  if (hint.startsWith('tcp')) return 'tcp';
  return 'http';
}

/**
 * The traffic model's view of the discovered fleet: per cluster, its (first) mesh with metrics, the
 * meshed workloads and the services in front of them, Linkerd mirrors included. Clusters with no
 * such mesh (Traefik Mesh exports no caller labels) carry no traffic.
 */
export function fleetInventory(fleet: FleetView): InventoryCluster[] {
  const clusters = new Map<string, InventoryCluster>();
  for (const mesh of fleet.meshes()) {
    const traffic = TRAFFIC_MESH[mesh.kind];
    if (!traffic || clusters.has(mesh.cluster)) continue;
    clusters.set(mesh.cluster, {
      name: mesh.cluster,
      mesh: traffic,
      trustDomain: mesh.trustDomain ?? 'cluster.local',
      workloads: [],
      services: [],
      exports: [],
    });
  }
  // Control planes talk to their proxies, not through them: no application traffic there.
  const controlPlanes = new Set(fleet.meshes().map((m) => `${m.cluster}/${m.namespace}`));
  const system = (cluster: string, namespace: string) =>
    controlPlanes.has(`${cluster}/${namespace}`) || /^(kube-|linkerd-)/.test(namespace);
  const meshed = new Set<string>();
  for (const w of fleet.workloads()) {
    const cluster = clusters.get(w.cluster);
    if (!cluster || !w.mesh || system(w.cluster, w.namespace)) continue;
    meshed.add(w.id);
    cluster.workloads.push({
      namespace: w.namespace,
      name: w.name,
      kind: w.kind,
      labels: w.labels,
      serviceAccount: w.serviceAccount ?? 'default',
    });
  }
  for (const s of fleet.services()) {
    const cluster = clusters.get(s.cluster);
    if (!cluster || system(s.cluster, s.namespace)) continue;
    const workloads = s.workloads
      .filter((id) => meshed.has(id))
      .flatMap((id) => tryParseId(id)?.name ?? []);
    const target = s.labels['mirror.linkerd.io/cluster-name'];
    const mirrorOf =
      s.labels['mirror.linkerd.io/mirrored-service'] === 'true' && target
        ? { cluster: target, name: s.name.replace(new RegExp(`-${target}$`), '') }
        : undefined;
    if (!workloads.length && !mirrorOf) continue;
    cluster.services.push({
      namespace: s.namespace,
      name: s.name,
      workloads,
      protocol: protocolOf(s),
      port: s.ports[0]?.port ?? 80,
      mirrorOf,
    });
  }
  return [...clusters.values()];
}
