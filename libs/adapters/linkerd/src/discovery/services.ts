import {
  type ClusterSnapshot,
  CoreKinds,
  type WorkloadGroup,
  baseService,
  serviceSelects,
} from '@meshwork/adapters-core';
import {
  type Mesh,
  type NativePolicy,
  PolicyEffectType,
  type Service,
  type ServiceVersion,
  type Workload,
  logicalServiceKey,
} from '@meshwork/model';
import { LinkerdNames } from '../linkerd-labels';
import { readMirror } from '../links/mirror-service';

/** Service ids the policies target or send traffic to. */
function referencedServices(policies: readonly NativePolicy[]): Set<string> {
  const ids = new Set<string>();
  for (const policy of policies) {
    for (const target of policy.targets) if (target.type === 'SERVICE') ids.add(target.service);
    for (const effect of policy.effects) {
      if (effect.type === PolicyEffectType.TRAFFIC_SPLIT) {
        for (const backend of effect.backends) ids.add(backend.service);
      }
    }
  }
  return ids;
}

/** Workloads behind a Service grouped by their `version` label; `unversioned` for those without. */
function versionsOf(
  selector: Record<string, string>,
  selected: readonly WorkloadGroup[],
): ServiceVersion[] {
  const byVersion = new Map<string, ServiceVersion>();
  for (const group of selected) {
    const value = group.labels[LinkerdNames.podVersionLabel];
    const name = value ?? 'unversioned';
    const entry = byVersion.get(name) ?? {
      name,
      labels:
        value === undefined
          ? { ...selector }
          : { ...selector, [LinkerdNames.podVersionLabel]: value },
      workloads: [],
    };
    entry.workloads.push(group.id);
    byVersion.set(name, entry);
  }
  return [...byVersion.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export interface ServiceInputs {
  snapshot: ClusterSnapshot;
  mesh: Mesh;
  /** Whether this mesh is the cluster's primary Linkerd, which owns the multicluster mirrors. */
  primary: boolean;
  groups: readonly WorkloadGroup[];
  workloads: readonly Workload[];
  policies: readonly NativePolicy[];
}

/**
 * Services that select a workload of this mesh, mirror a Service of another cluster, or are named by
 * its policies. A mirror keeps the original Service's logical key (`web-east` → `shop/web`), so it
 * and the original are one logical service across clusters.
 */
export function discoverServices(inputs: ServiceInputs): Service[] {
  const { snapshot, mesh } = inputs;
  const referenced = referencedServices(inputs.policies);
  const meshed = new Set(inputs.workloads.filter((w) => w.mesh === mesh.id).map((w) => w.id));
  const services: Service[] = [];
  for (const kubeService of snapshot.list(CoreKinds.Service)) {
    const service = baseService(snapshot.cluster, kubeService);
    const selected = inputs.groups.filter(
      (g) => g.ref.namespace === service.namespace && serviceSelects(kubeService, g.labels),
    );
    const mirror = inputs.primary ? readMirror(kubeService) : undefined;
    const inMesh = selected.some((g) => meshed.has(g.id));
    if (!inMesh && !mirror && !referenced.has(service.id)) continue;
    services.push({
      ...service,
      meshes: inMesh || mirror ? [mesh.id] : [],
      workloads: selected.map((g) => g.id).sort(),
      versions: versionsOf(service.selector ?? {}, selected),
      ...(mirror && { logicalKey: logicalServiceKey(mirror.namespace, mirror.name) }),
    });
  }
  return services.sort((a, b) => a.id.localeCompare(b.id));
}
