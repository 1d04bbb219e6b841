import { type MeshLinkRow, type MeshRow } from '../graphql/mesh-row';

/** A healthy Istio mesh in `cluster`; tests override only what they are about. */
export function aMesh(cluster: string, overrides: Partial<MeshRow> = {}): MeshRow {
  return {
    id: `${cluster}/istio-system/Mesh/istio`,
    kind: 'ISTIO',
    name: 'istio',
    namespace: 'istio-system',
    version: '1.24.2',
    revision: 'default',
    trustDomain: 'cluster.local',
    health: 'HEALTHY',
    cluster: { name: cluster },
    controlPlanes: [
      {
        name: 'istiod',
        namespace: 'istio-system',
        revision: 'default',
        version: '1.24.2',
        health: 'HEALTHY',
        readyReplicas: 2,
        desiredReplicas: 2,
      },
    ],
    ...overrides,
  };
}

export function aLink(
  fromCluster: string,
  kind: string,
  overrides: Partial<MeshLinkRow> = {},
): MeshLinkRow {
  return {
    id: `${fromCluster}/istio-system/MeshLink/${kind}:${overrides.toCluster ?? 'gateway'}`,
    kind,
    fromCluster,
    fromMeshId: `${fromCluster}/istio-system/Mesh/istio`,
    toCluster: null,
    details: [],
    ...overrides,
  };
}
