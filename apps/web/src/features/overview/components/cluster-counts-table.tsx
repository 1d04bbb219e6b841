import { Link } from 'react-router';
import { compareNames } from '../../../shared/utils/compare';
import { type OverviewCluster } from '../graphql/overview-rows';
import { type ServiceWorkloadCounts } from '../utils/fleet-counts-query';
import { clusterState } from '../../clusters/utils/cluster-states';
import { CountLink } from './count-link';

interface ClusterCountsTableProps {
  clusters: readonly OverviewCluster[];
  counts: ReadonlyMap<string, ServiceWorkloadCounts> | undefined;
}

export const clusterCountKey = (cluster: string) => `cluster:${cluster}`;

/** Meshes, services and workloads in each cluster; each number opens its filtered list. */
export function ClusterCountsTable({ clusters, counts }: ClusterCountsTableProps) {
  const rows = [...clusters].sort((a, b) => compareNames(a.name, b.name));
  return (
    <section className="overview-card" aria-labelledby="per-cluster-heading">
      <h2 id="per-cluster-heading">Per cluster</h2>
      <table className="counts-table" data-testid="per-cluster">
        <thead>
          <tr>
            <th scope="col">Cluster</th>
            <th scope="col" className="numeric">
              Meshes
            </th>
            <th scope="col" className="numeric">
              Services
            </th>
            <th scope="col" className="numeric">
              Workloads
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((cluster) => {
            const count = counts?.get(clusterCountKey(cluster.name));
            const state = clusterState(cluster);
            const query = `cluster=${encodeURIComponent(cluster.name)}`;
            return (
              <tr key={cluster.name} data-cluster-name={cluster.name}>
                <th scope="row">
                  <Link to={`/clusters?q=${encodeURIComponent(cluster.name)}`}>{cluster.name}</Link>
                  {state !== 'reachable' && (
                    <span className={`state-word state-${state}`}>{state}</span>
                  )}
                  {state === 'reachable' && !cluster.synced && (
                    <span className="state-word">syncing</span>
                  )}
                </th>
                <td className="numeric">
                  <CountLink value={cluster.meshCount} to={`/meshes?${query}`} label="meshes" />
                </td>
                <td className="numeric" data-column="services">
                  <CountLink value={count?.services} to={`/services?${query}`} label="services" />
                </td>
                <td className="numeric">
                  <CountLink value={count?.workloads} label="workloads" />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
