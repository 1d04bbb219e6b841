import {
  type ClusterSnapshot,
  CoreKinds,
  type KubeService,
  type WorkloadGroup,
  baseService,
  collectWorkloads,
  serviceSelects,
} from '@meshwork/adapters-core';
import {
  DataPlaneMode,
  type Mesh,
  type Service,
  type ServiceSubset,
  type ServiceVersion,
  type Workload,
  parseId,
} from '@meshwork/model';

const UNVERSIONED = 'unversioned';

function versionsOf(service: KubeService, groups: WorkloadGroup[]): ServiceVersion[] {
  const byVersion = new Map<string, ServiceVersion>();
  for (const group of groups) {
    const name = group.labels['version'] ?? UNVERSIONED;
    let version = byVersion.get(name);
    if (!version) {
      const labels = { ...service.spec?.selector, ...(name !== UNVERSIONED && { version: name }) };
      version = { name, labels, workloads: [] };
      byVersion.set(name, version);
    }
    version.workloads.push(group.id);
  }
  return [...byVersion.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Services of one mesh: those selecting a workload in its data plane, plus those its policies target.
 * Every workload a Service selects is listed (meshed or not) so partial meshing is visible.
 */
export function discoverServices(
  snapshot: ClusterSnapshot,
  mesh: Mesh,
  workloads: readonly Workload[],
  policyServiceIds: Iterable<string>,
  subsetsByService: ReadonlyMap<string, ServiceSubset[]>,
): Service[] {
  const wanted = new Set<string>(policyServiceIds);
  for (const workload of workloads) {
    if (workload.dataPlaneMode === DataPlaneMode.NONE) continue;
    for (const id of workload.services) wanted.add(id);
  }
  const groupsByNamespace = new Map<string, WorkloadGroup[]>();
  const groupsIn = (namespace: string) => {
    let groups = groupsByNamespace.get(namespace);
    if (!groups) groupsByNamespace.set(namespace, (groups = collectWorkloads(snapshot, namespace)));
    return groups;
  };

  const services: Service[] = [];
  for (const id of [...wanted].sort()) {
    const { namespace, name } = parseId(id);
    const kubeService = snapshot.get(CoreKinds.Service, namespace, name);
    if (!kubeService) continue;
    const selected = groupsIn(namespace).filter((g) => serviceSelects(kubeService, g.labels));
    services.push({
      ...baseService(snapshot.cluster, kubeService),
      meshes: [mesh.id],
      workloads: selected.map((g) => g.id),
      versions: versionsOf(kubeService, selected),
      subsets: subsetsByService.get(id) ?? [],
    });
  }
  return services;
}
