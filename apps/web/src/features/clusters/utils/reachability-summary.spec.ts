import { aCluster } from '../testing/cluster-row.fixture';
import { countReachability, formatReachabilitySummary } from './reachability-summary';

describe('reachability summary', () => {
  it('counts reachable clusters out of all of them', () => {
    const counts = countReachability([
      aCluster({ name: 'a' }),
      aCluster({ name: 'b' }),
      aCluster({ name: 'c' }),
      aCluster({ name: 'd', reachability: 'UNREACHABLE' }),
    ]);
    expect(counts).toEqual({ REACHABLE: 3, PENDING: 0, UNREACHABLE: 1, UNAUTHORIZED: 0 });
    expect(formatReachabilitySummary(counts)).toBe('3 of 4 clusters reachable');
  });

  it('uses the singular for a fleet of one and handles an empty fleet', () => {
    expect(formatReachabilitySummary(countReachability([aCluster({ name: 'solo' })]))).toBe(
      '1 of 1 cluster reachable',
    );
    expect(formatReachabilitySummary(countReachability([]))).toBe('0 of 0 clusters reachable');
  });
});
