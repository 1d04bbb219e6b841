import { ControlPlaneHealth, Health, MeshKind, type Mesh } from '@meshwork/model';
import type { FleetState } from '../discovery/fleet-state.service';
import { graphOf, node } from '../topology/testing/topology-fixtures';
import type { TopologyService } from '../topology/topology.service';
import { FleetHealthService } from './fleet-health.service';

const mesh = (cluster: string, health: ControlPlaneHealth): Mesh => ({
  id: `${cluster}/istio-system/Mesh/istio`,
  kind: MeshKind.ISTIO,
  name: 'istio',
  cluster,
  namespace: 'istio-system',
  controlPlanes: [
    {
      name: 'istiod',
      namespace: 'istio-system',
      revision: 'default',
      replicas: { desired: 1, ready: 1 },
      health,
    },
  ],
  health,
  attributes: {},
});

describe('FleetHealthService', () => {
  it('rolls workload and control-plane health up to meshes and clusters, with reasons', async () => {
    const meshes = [
      mesh('east', ControlPlaneHealth.HEALTHY),
      mesh('west', ControlPlaneHealth.DOWN),
    ];
    const fleet = {
      meshes: () => meshes,
      allClusters: () => [{ cluster: 'east' }, { cluster: 'west' }],
    } as unknown as FleetState;
    const graph = graphOf(
      [
        node('east/shop/Deployment/cart', {
          kind: 'WORKLOAD',
          mesh: meshes[0]!.id,
          health: Health.FAILING,
        }),
        node('east/shop/Deployment/web', {
          kind: 'WORKLOAD',
          mesh: meshes[0]!.id,
          health: Health.HEALTHY,
        }),
        node('west/shop/Deployment/cart', {
          kind: 'WORKLOAD',
          mesh: meshes[1]!.id,
          health: Health.HEALTHY,
        }),
      ],
      [],
    );
    const topology = { topology: () => Promise.resolve(graph) } as unknown as TopologyService;
    const result = await new FleetHealthService(fleet, topology).fleetHealth(300);
    expect(result.meshes).toEqual([
      {
        meshId: meshes[0]!.id,
        cluster: 'east',
        health: Health.FAILING,
        reasons: ['1 workload FAILING: cart'],
      },
      {
        meshId: meshes[1]!.id,
        cluster: 'west',
        health: Health.FAILING,
        reasons: ['control plane istiod down'],
      },
    ]);
    expect(result.clusters[1]).toEqual({
      cluster: 'west',
      health: Health.FAILING,
      reasons: [`${meshes[1]!.id}: control plane istiod down`],
    });
    expect(result.metricsAvailable).toBe(true);
  });
});
