import { type ClusterRow } from '../graphql/cluster-row';

/** A reachable demo cluster; tests override only what they are about. */
export function aCluster(overrides: Partial<ClusterRow> & Pick<ClusterRow, 'name'>): ClusterRow {
  return {
    server: `https://127.0.0.1:6443/${overrides.name}`,
    context: overrides.name,
    source: 'DEMO',
    reachability: 'REACHABLE',
    stale: false,
    kubernetesVersion: 'v1.31.0',
    lastSeenAt: '2025-01-01T12:00:00.000Z',
    lastCheckedAt: '2025-01-01T12:00:00.000Z',
    error: null,
    ...overrides,
  };
}
