import { type OverviewCluster, type OverviewMesh } from '../graphql/overview-rows';

export function aCluster(name: string, overrides: Partial<OverviewCluster> = {}): OverviewCluster {
  return {
    name,
    reachability: 'REACHABLE',
    stale: false,
    synced: true,
    lastSeenAt: '2025-01-01T12:00:00.000Z',
    lastSyncedAt: '2025-01-01T12:00:00.000Z',
    error: null,
    meshCount: 1,
    errors: [],
    ...overrides,
  };
}

export function aMesh(cluster: string, overrides: Partial<OverviewMesh> = {}): OverviewMesh {
  return {
    id: `${cluster}/istio-system/Mesh/istio`,
    kind: 'ISTIO',
    name: 'istio',
    namespace: 'istio-system',
    version: '1.24.2',
    health: 'HEALTHY',
    cluster: { name: cluster },
    controlPlanes: [{ name: 'istiod', health: 'HEALTHY', readyReplicas: 1, desiredReplicas: 1 }],
    ...overrides,
  };
}
