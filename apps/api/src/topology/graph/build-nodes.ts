import { Health, makeId, type Mesh, type MeshKind } from '@meshwork/model';
import { appName } from './app-name';
import type { FleetView } from './fleet-view';
import { TopologyGranularity, type TopologyNode, type TopologyNodeKind } from './topology-graph';

/** One node per service, workload or app of the fleet, before metrics and appenders. */
export function buildNodes(fleet: FleetView, granularity: TopologyGranularity): TopologyNode[] {
  const meshKinds = new Map<string, MeshKind>(fleet.meshes().map((m: Mesh) => [m.id, m.kind]));
  const node = (
    id: string,
    kind: TopologyNodeKind,
    ref: { cluster: string; namespace: string; name: string },
    mesh: string | undefined,
  ): TopologyNode => ({
    id,
    kind,
    cluster: ref.cluster,
    namespace: ref.namespace,
    name: ref.name,
    mesh,
    meshKind: mesh ? meshKinds.get(mesh) : undefined,
    health: Health.UNKNOWN,
    healthReasons: [],
    idle: false,
    trafficSource: false,
    highlighted: false,
    certificateAlert: false,
  });
  switch (granularity) {
    case TopologyGranularity.SERVICE:
      return fleet.services().map((s) => node(s.id, 'SERVICE', s, s.meshes[0]));
    case TopologyGranularity.WORKLOAD:
      return fleet.workloads().map((w) => node(w.id, 'WORKLOAD', w, w.mesh));
    case TopologyGranularity.APP: {
      const apps = new Map<string, TopologyNode>();
      for (const w of fleet.workloads()) {
        const ref = { cluster: w.cluster, namespace: w.namespace, name: appName(w) };
        const id = makeId({ ...ref, kind: 'App' });
        const known = apps.get(id);
        if (!known) apps.set(id, node(id, 'APP', ref, w.mesh));
        else if (!known.mesh && w.mesh) {
          known.mesh = w.mesh;
          known.meshKind = meshKinds.get(w.mesh);
        }
      }
      return [...apps.values()];
    }
  }
}
