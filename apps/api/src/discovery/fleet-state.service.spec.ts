import { ControlPlaneHealth, MeshKind, type Mesh } from '@meshwork/model';
import { emptyClusterDiscovery } from './cluster-discovery';
import { FleetState, type FleetChange } from './fleet-state.service';

const mesh = (cluster: string, version: string): Mesh => ({
  id: `${cluster}/istio-system/Mesh/istio`,
  kind: MeshKind.ISTIO,
  name: 'istio',
  cluster,
  namespace: 'istio-system',
  version,
  controlPlanes: [],
  health: ControlPlaneHealth.HEALTHY,
  attributes: {},
});

describe('FleetState', () => {
  it('bumps the revision and names exactly the changed ids', () => {
    const state = new FleetState();
    const events: FleetChange[] = [];
    state.changes.subscribe((c) => events.push(c));
    state.replace({ ...emptyClusterDiscovery('east'), meshes: [mesh('east', '1.24.0')] });
    state.replace({ ...emptyClusterDiscovery('west'), meshes: [mesh('west', '1.24.0')] });
    const unchanged = state.replace({
      ...emptyClusterDiscovery('east'),
      meshes: [mesh('east', '1.24.0')],
    });
    expect(unchanged.changedIds).toEqual([]);
    state.replace({ ...emptyClusterDiscovery('east'), meshes: [mesh('east', '1.25.0')] });
    state.replace(emptyClusterDiscovery('west'));
    expect(events.map((e) => [e.revision, e.clusters, e.changedIds])).toEqual([
      [1, ['east'], ['east/istio-system/Mesh/istio']],
      [2, ['west'], ['west/istio-system/Mesh/istio']],
      [3, ['east'], ['east/istio-system/Mesh/istio']],
      [4, ['west'], ['west/istio-system/Mesh/istio']],
    ]);
    expect(state.meshes().map((m) => [m.id, m.version])).toEqual([
      ['east/istio-system/Mesh/istio', '1.25.0'],
    ]);
  });
});
