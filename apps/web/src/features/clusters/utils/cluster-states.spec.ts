import { aCluster } from '../testing/cluster-row.fixture';
import { clusterState, countClusterStates, isClusterState } from './cluster-states';

describe('cluster states', () => {
  it('tells stale clusters (last known data shown) from unreachable ones (nothing known)', () => {
    expect(clusterState(aCluster({ name: 'a', reachability: 'UNREACHABLE', stale: true }))).toBe(
      'stale',
    );
    expect(clusterState(aCluster({ name: 'b', reachability: 'UNREACHABLE' }))).toBe('unreachable');
    expect(clusterState(aCluster({ name: 'c', reachability: 'UNAUTHORIZED' }))).toBe('unreachable');
    expect(clusterState(aCluster({ name: 'd', reachability: 'PENDING' }))).toBe('pending');
    expect(clusterState(aCluster({ name: 'e' }))).toBe('reachable');
  });

  it('counts every state', () => {
    expect(
      countClusterStates([
        aCluster({ name: 'a' }),
        aCluster({ name: 'b' }),
        aCluster({ name: 'c', reachability: 'UNREACHABLE', stale: true }),
        aCluster({ name: 'd', reachability: 'UNREACHABLE' }),
      ]),
    ).toEqual({ reachable: 2, stale: 1, unreachable: 1, pending: 0 });
  });

  it('recognises the states as URL values', () => {
    expect(isClusterState('stale')).toBe(true);
    expect(isClusterState('STALE')).toBe(false);
    expect(isClusterState(null)).toBe(false);
  });
});
