import {
  type ClusterSnapshot,
  type KubeService,
  collectWorkloads,
  serviceSelects,
} from '@meshwork/adapters-core';
import { DataPlaneMode, type Mesh, type Workload } from '@meshwork/model';
import { TraefikMeshAttributes } from '../detect/traefik-mesh-detector';
import { type MeshScope } from '../discover/mesh-scope';
import { isTraefikMeshIgnoredApp } from '../services/traefik-mesh-members';
import { workloadOf } from './workload-base';

/**
 * Traefik Mesh injects nothing: a workload is served by the node proxies (NODE_PROXY) when a meshed
 * Service selects it, and is listed as NONE otherwise. The proxy version is the DaemonSet's Traefik.
 */
export function discoverTraefikMeshWorkloads(
  snapshot: ClusterSnapshot,
  mesh: Mesh,
  scope: MeshScope,
  members: readonly KubeService[],
): Workload[] {
  const proxyVersion = mesh.attributes[TraefikMeshAttributes.proxyVersion];
  return scope.namespaces.flatMap((namespace) => {
    const services = members.filter((s) => s.metadata.namespace === namespace);
    return collectWorkloads(snapshot, namespace)
      .filter((group) => !isTraefikMeshIgnoredApp(group.labels))
      .map((group) =>
        services.some((s) => serviceSelects(s, group.labels))
          ? workloadOf(snapshot, group, {
              dataPlaneMode: DataPlaneMode.NODE_PROXY,
              mesh: mesh.id,
              ...(proxyVersion !== undefined && { proxyVersion }),
            })
          : workloadOf(snapshot, group, { dataPlaneMode: DataPlaneMode.NONE }),
      );
  });
}
