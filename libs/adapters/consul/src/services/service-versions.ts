import { type WorkloadGroup } from '@meshwork/adapters-core';
import { type ServiceVersion } from '@meshwork/model';

export const UNVERSIONED = 'unversioned';

/**
 * The Service's workloads grouped by their `version` label. A version's labels are the Service
 * selector plus `version`, which select exactly its pods; workloads without the label share one
 * `unversioned` entry selected by the Service selector alone. Sorted by version name.
 */
export function serviceVersions(
  selector: Readonly<Record<string, string>> | undefined,
  workloads: readonly WorkloadGroup[],
): ServiceVersion[] {
  const byVersion = new Map<string, ServiceVersion>();
  for (const workload of workloads) {
    const version = workload.labels['version'];
    const name = version ?? UNVERSIONED;
    let entry = byVersion.get(name);
    if (!entry) {
      const labels = { ...selector, ...(version !== undefined && { version }) };
      byVersion.set(name, (entry = { name, labels, workloads: [] }));
    }
    entry.workloads.push(workload.id);
  }
  return [...byVersion.values()]
    .map((v) => ({ ...v, workloads: v.workloads.sort() }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
