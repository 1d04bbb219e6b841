import type { MeshDiscovery } from '@meshwork/adapters-core';
import type { Mesh, Service, Workload } from '@meshwork/model';
import type { ClusterDiscovery } from './cluster-discovery';

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * One cluster's discovery from every adapter's answer. A service or workload found by two adapters (a
 * Linkerd service that an SMI TrafficSplit also names) becomes one entry that lists both meshes.
 */
export function mergeDiscoveries(
  cluster: string,
  meshes: Mesh[],
  parts: MeshDiscovery[],
  extraErrors = [] as ClusterDiscovery['errors'],
): ClusterDiscovery {
  const services = new Map<string, Service>();
  const workloads = new Map<string, Workload>();
  const result: ClusterDiscovery = {
    cluster,
    meshes: [...meshes].sort(byId),
    services: [],
    workloads: [],
    policies: [],
    links: [],
    certificates: [],
    errors: [...extraErrors],
  };
  for (const part of parts) {
    for (const service of part.services) {
      const known = services.get(service.id);
      services.set(
        service.id,
        known
          ? {
              ...known,
              meshes: [...new Set([...known.meshes, ...service.meshes])].sort(),
              subsets: [...known.subsets, ...service.subsets],
              workloads: [...new Set([...known.workloads, ...service.workloads])].sort(),
            }
          : service,
      );
    }
    for (const workload of part.workloads) {
      const known = workloads.get(workload.id);
      // A workload outside every mesh (NONE) never hides one that is meshed.
      if (!known || (known.dataPlaneMode === 'NONE' && workload.dataPlaneMode !== 'NONE'))
        workloads.set(workload.id, workload);
    }
    result.policies.push(...part.policies);
    result.links.push(...part.links);
    result.certificates.push(...part.certificates);
    result.errors.push(...part.errors);
  }
  result.services = [...services.values()].sort(byId);
  result.workloads = [...workloads.values()].sort(byId);
  result.policies.sort(byId);
  result.links.sort(byId);
  result.certificates.sort(byId);
  return result;
}
