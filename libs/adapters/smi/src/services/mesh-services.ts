import {
  type ClusterSnapshot,
  type KubeService,
  type WorkloadGroup,
  baseService,
  collectWorkloads,
  serviceSelects,
} from '@meshwork/adapters-core';
import { type Mesh, type Service } from '@meshwork/model';
import { serviceVersions } from './service-versions';

/**
 * Model Services for the given Kubernetes Services, all members of `mesh`, with every workload they
 * select (meshed or not, so partial meshing shows) and versions. Sorted by id, duplicates dropped.
 */
export function meshServices(
  snapshot: ClusterSnapshot,
  mesh: Mesh,
  kubeServices: Iterable<KubeService>,
  adjust: (service: Service, kubeService: KubeService) => Service = (service) => service,
): Service[] {
  const groupsByNamespace = new Map<string, WorkloadGroup[]>();
  const groupsIn = (namespace: string): WorkloadGroup[] => {
    let groups = groupsByNamespace.get(namespace);
    if (!groups) groupsByNamespace.set(namespace, (groups = collectWorkloads(snapshot, namespace)));
    return groups;
  };
  const byId = new Map<string, Service>();
  for (const kubeService of kubeServices) {
    const base = baseService(snapshot.cluster, kubeService);
    if (byId.has(base.id)) continue;
    const selected = groupsIn(base.namespace).filter((g) => serviceSelects(kubeService, g.labels));
    const service: Service = {
      ...base,
      meshes: [mesh.id],
      workloads: selected.map((g) => g.id),
      versions: serviceVersions(kubeService, selected),
    };
    byId.set(base.id, adjust(service, kubeService));
  }
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}
