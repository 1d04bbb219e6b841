import { aCluster } from '../testing/cluster-row.fixture';
import { filterClusters } from './filter-clusters';

describe('filterClusters', () => {
  const fleet = [
    aCluster({ name: 'east', server: 'https://10.0.0.1:6443' }),
    aCluster({
      name: 'west',
      reachability: 'UNREACHABLE',
      error: 'connect ECONNREFUSED 10.0.0.2:6443',
      kubernetesVersion: null,
    }),
    aCluster({ name: 'prod-eu', source: 'KUBECONFIG', context: 'gke_prod_europe-west1' }),
  ];
  const names = (query: string) => filterClusters(fleet, query).map((row) => row.name);

  it('returns every cluster for an empty or blank filter', () => {
    expect(names('')).toEqual(['east', 'west', 'prod-eu']);
    expect(names('   ')).toEqual(['east', 'west', 'prod-eu']);
  });

  it('matches the name, server, context, reachability and error, ignoring case', () => {
    expect(names('EAST')).toEqual(['east']);
    expect(names('10.0.0.1')).toEqual(['east']);
    expect(names('europe')).toEqual(['prod-eu']);
    expect(names('unreachable')).toEqual(['west']);
    expect(names('econnrefused')).toEqual(['west']);
  });

  it('requires every term to match', () => {
    expect(names('west')).toEqual(['west', 'prod-eu']);
    expect(names('west kubeconfig')).toEqual(['prod-eu']);
    expect(names('west nothing-like-this')).toEqual([]);
  });
});
