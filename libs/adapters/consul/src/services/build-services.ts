import { baseService } from '@meshwork/adapters-core';
import { type Service, type ServiceSubset, logicalServiceKey } from '@meshwork/model';
import { type ConsulContext } from '../discovery/consul-context';
import { type PolicyReading } from '../policies/policy-reader';
import { type ConsulCatalog } from './consul-catalog';
import { serviceVersions } from './service-versions';

/**
 * Services of the mesh: those with a meshed workload, plus those its policies target. The logical key
 * uses the Consul service name, so a Service renamed by `connect-service` still meets its namesakes
 * in other clusters (Consul peers and exports by that name).
 */
export function buildServices(
  context: ConsulContext,
  catalog: ConsulCatalog,
  readings: readonly PolicyReading[],
): Service[] {
  const targeted = new Set(
    readings.flatMap((r) =>
      r.policy.targets.flatMap((t) => (t.type === 'SERVICE' ? [t.service] : [])),
    ),
  );
  const subsetsById = new Map<string, ServiceSubset[]>();
  for (const { serviceIds, subset } of readings.flatMap((r) => r.subsets ?? [])) {
    for (const id of serviceIds) {
      const list = subsetsById.get(id);
      if (list) list.push(subset);
      else subsetsById.set(id, [subset]);
    }
  }
  return catalog.entries
    .filter((entry) => entry.meshed || targeted.has(entry.id))
    .map((entry): Service => {
      const service = baseService(context.snapshot.cluster, entry.service);
      return {
        ...service,
        meshes: entry.meshed ? [context.mesh.id] : [],
        versions: serviceVersions(service.selector, entry.workloads),
        subsets: subsetsById.get(entry.id) ?? [],
        workloads: entry.workloads.map((w) => w.id).sort(),
        logicalKey: logicalServiceKey(service.namespace, entry.consulName),
      };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}
