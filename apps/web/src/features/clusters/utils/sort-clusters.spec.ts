import { aCluster } from '../testing/cluster-row.fixture';
import { defaultClusterSort } from './cluster-sort';
import { sortClusters } from './sort-clusters';

const names = (rows: ReadonlyArray<{ name: string }>) => rows.map((row) => row.name);

describe('sortClusters', () => {
  const fleet = [
    aCluster({ name: 'alpha', reachability: 'REACHABLE' }),
    aCluster({ name: 'bravo', reachability: 'PENDING' }),
    aCluster({ name: 'charlie', reachability: 'UNAUTHORIZED' }),
    aCluster({ name: 'delta', reachability: 'REACHABLE' }),
    aCluster({ name: 'echo', reachability: 'UNREACHABLE' }),
  ];

  it('lists unreachable and unauthorized clusters first, then pending, then reachable', () => {
    expect(names(sortClusters(fleet, defaultClusterSort))).toEqual([
      'charlie',
      'echo',
      'bravo',
      'alpha',
      'delta',
    ]);
  });

  it('puts healthy clusters first when the severity order is reversed, keeping names A to Z', () => {
    expect(names(sortClusters(fleet, { key: 'severity', descending: true }))).toEqual([
      'alpha',
      'delta',
      'bravo',
      'charlie',
      'echo',
    ]);
  });

  it('does not reorder the input array', () => {
    const before = names(fleet);
    sortClusters(fleet, { key: 'name', descending: true });
    expect(names(fleet)).toEqual(before);
  });

  it('orders names with numbers naturally', () => {
    const rows = [
      aCluster({ name: 'edge-10' }),
      aCluster({ name: 'edge-9' }),
      aCluster({ name: 'edge-1' }),
    ];
    expect(names(sortClusters(rows, { key: 'name', descending: false }))).toEqual([
      'edge-1',
      'edge-9',
      'edge-10',
    ]);
  });

  it('compares Kubernetes versions numerically, unknown versions first', () => {
    const rows = [
      aCluster({ name: 'a', kubernetesVersion: 'v1.30.2' }),
      aCluster({ name: 'b', kubernetesVersion: 'v1.9.0' }),
      aCluster({ name: 'c', kubernetesVersion: null }),
      aCluster({ name: 'd', kubernetesVersion: 'v1.30.10' }),
    ];
    expect(names(sortClusters(rows, { key: 'version', descending: false }))).toEqual([
      'c',
      'b',
      'a',
      'd',
    ]);
  });

  it('lists clusters never seen before the oldest sighting when sorting by last seen', () => {
    const rows = [
      aCluster({ name: 'recent', lastSeenAt: '2025-01-01T12:00:00Z' }),
      aCluster({ name: 'never', lastSeenAt: null }),
      aCluster({ name: 'old', lastSeenAt: '2025-01-01T11:00:00Z' }),
    ];
    expect(names(sortClusters(rows, { key: 'lastSeen', descending: false }))).toEqual([
      'never',
      'old',
      'recent',
    ]);
  });
});
