import { makeId, type Workload } from '@meshwork/model';
import { appName } from './app-name';
import type { FleetView } from './fleet-view';

/** The workloads behind any node id: a workload itself, a service's, or an app's. */
export function workloadLookup(fleet: FleetView): (nodeId: string) => readonly Workload[] {
  const byId = new Map<string, Workload[]>();
  const add = (id: string, w: Workload) => {
    const list = byId.get(id);
    if (list) list.push(w);
    else byId.set(id, [w]);
  };
  const workloads = new Map(fleet.workloads().map((w) => [w.id, w]));
  for (const w of workloads.values()) {
    add(w.id, w);
    add(makeId({ cluster: w.cluster, namespace: w.namespace, kind: 'App', name: appName(w) }), w);
  }
  for (const s of fleet.services())
    for (const id of s.workloads) {
      const w = workloads.get(id);
      if (w) add(s.id, w);
    }
  return (nodeId) => byId.get(nodeId) ?? [];
}
