import { type KubeService, type WorkloadGroup } from '@meshwork/adapters-core';
import { type ServiceVersion } from '@meshwork/model';

export const UNVERSIONED = 'unversioned';

/**
 * Versions of a Service from its workloads' `version` label. SMI meshes split traffic between
 * Services (one per version), not label subsets, so this only shows what runs behind the selector.
 */
export function serviceVersions(
  service: KubeService,
  selected: readonly WorkloadGroup[],
): ServiceVersion[] {
  const byName = new Map<string, ServiceVersion>();
  for (const group of selected) {
    const name = group.labels['version'] ?? UNVERSIONED;
    let version = byName.get(name);
    if (!version) {
      const labels = { ...service.spec?.selector, ...(name !== UNVERSIONED && { version: name }) };
      byName.set(name, (version = { name, labels, workloads: [] }));
    }
    version.workloads.push(group.id);
  }
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
}
