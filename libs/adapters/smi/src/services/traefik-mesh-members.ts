import { type ClusterSnapshot, CoreKinds, type KubeService } from '@meshwork/adapters-core';
import { type MeshScope } from '../discover/mesh-scope';
import { TraefikMeshConventions as TM } from '../kube/traefik-mesh-conventions';

/** The controller never meshes objects whose `app` label is one of its own or Jaeger's. */
export const isTraefikMeshIgnoredApp = (
  labels: Readonly<Record<string, string>> | undefined,
): boolean => TM.ignoredApps.some((app) => app === labels?.['app']);

/** Mirrors the controller's filter [TM pkg/k8s/filter.go; pkg/controller/controller.go]. */
export function isTraefikMeshMember(service: KubeService): boolean {
  const { namespace, name, labels } = service.metadata;
  if (namespace === 'default' && name === 'kubernetes') return false;
  if (service.spec?.type === 'ExternalName') return false;
  if (labels?.[TM.partOfLabel] === TM.partOfValue) return false;
  return !isTraefikMeshIgnoredApp(labels);
}

/**
 * Services the mesh serves: every Service in a watched namespace passing the controller's filter.
 * Traefik Mesh has no opt-in switch per Service; clients opt in per call by using
 * `<service>.<namespace>.traefik.mesh`.
 */
export function traefikMeshMemberServices(
  snapshot: ClusterSnapshot,
  scope: MeshScope,
): KubeService[] {
  return scope.namespaces.flatMap((namespace) =>
    snapshot.list(CoreKinds.Service, namespace).filter(isTraefikMeshMember),
  );
}
