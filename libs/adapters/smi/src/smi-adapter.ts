import type { MeshPromql } from '@meshwork/adapters-core';
import { osmPromql } from './metrics/osm-promql';
import {
  CertificateKinds,
  type ClusterSnapshot,
  CoreKinds,
  type DetectedMesh,
  type KindRef,
  type MeshAdapter,
  type MeshDiscovery,
  emptyDiscovery,
} from '@meshwork/adapters-core';
import { type CapabilityTable, MeshKind } from '@meshwork/model';
import { OSM_CAPABILITIES } from './capabilities/osm-capabilities';
import { TRAEFIK_MESH_CAPABILITIES } from './capabilities/traefik-mesh-capabilities';
import { detectOsmMeshes } from './detect/osm-detector';
import { detectTraefikMeshes } from './detect/traefik-mesh-detector';
import { discoverOsm } from './discover/osm-discovery';
import { discoverTraefikMesh } from './discover/traefik-mesh-discovery';
import { OSM_WATCHED_KINDS } from './kube/osm-kinds';
import { SMI_WATCHED_KINDS } from './kube/smi-kinds';

/**
 * The SMI meshes: Open Service Mesh (OSM) and Traefik Mesh, which both read the Service Mesh
 * Interface CRDs (TrafficSplit, TrafficTarget, HTTPRouteGroup, TCPRoute) at different versions.
 *
 * Both projects are effectively over, and users will ask: OSM and the SMI specification were
 * archived by the CNCF in 2023 (last OSM release line v1.2; its maintainers point users to Istio),
 * and Traefik Mesh sees little upstream activity. The adapter exists so clusters still running
 * them show up next to everything else and can be migrated with eyes open; it does not track new
 * upstream features, because there are none.
 */
export class SmiAdapter implements MeshAdapter {
  readonly id = 'smi' as const;

  readonly watchedKinds: readonly KindRef[] = [
    CoreKinds.Namespace,
    CoreKinds.Pod,
    CoreKinds.Service,
    CoreKinds.Secret,
    CoreKinds.Deployment,
    CoreKinds.ReplicaSet,
    CoreKinds.StatefulSet,
    CoreKinds.DaemonSet,
    CoreKinds.Job,
    ...SMI_WATCHED_KINDS,
    ...OSM_WATCHED_KINDS,
    ...Object.values(CertificateKinds),
  ];

  readonly capabilities: Readonly<Partial<Record<MeshKind, CapabilityTable>>> = {
    [MeshKind.OSM]: OSM_CAPABILITIES,
    [MeshKind.TRAEFIK_MESH]: TRAEFIK_MESH_CAPABILITIES,
  };

  /** PromQL for edges and service stats (Traefik Mesh exports no caller labels: no edges). */
  readonly promql: Readonly<Partial<Record<MeshKind, MeshPromql>>> = { [MeshKind.OSM]: osmPromql };

  detect(snapshot: ClusterSnapshot): DetectedMesh[] {
    return [...detectOsmMeshes(snapshot), ...detectTraefikMeshes(snapshot)].sort((a, b) =>
      a.id.localeCompare(b.id),
    );
  }

  discover(snapshot: ClusterSnapshot, mesh: DetectedMesh): MeshDiscovery {
    switch (mesh.kind) {
      case MeshKind.OSM:
        return discoverOsm(snapshot, mesh);
      case MeshKind.TRAEFIK_MESH:
        return discoverTraefikMesh(snapshot, mesh);
      default:
        return emptyDiscovery();
    }
  }
}
