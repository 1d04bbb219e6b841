import { Link } from 'react-router';
import { StateIcon, type StateTone } from '../../../shared/components/state-icon';
import { countHealth } from '../../meshes/utils/health-counts';
import {
  type FleetTotals,
  type OverviewCluster,
  type OverviewMesh,
} from '../graphql/overview-rows';
import { type ClusterState, countClusterStates } from '../../clusters/utils/cluster-states';

const clusterParts: ReadonlyArray<{ state: ClusterState; tone: StateTone }> = [
  { state: 'reachable', tone: 'ok' },
  { state: 'stale', tone: 'degraded' },
  { state: 'unreachable', tone: 'failing' },
  { state: 'pending', tone: 'unknown' },
];

interface FleetStatsProps {
  fleet: FleetTotals;
  clusters: readonly OverviewCluster[];
  meshes: readonly OverviewMesh[];
}

/** The fleet's totals, each a link, with clusters and control planes split by state. */
export function FleetStats({ fleet, clusters, meshes }: FleetStatsProps) {
  const states = countClusterStates(clusters);
  const health = countHealth(meshes);
  const meshProblems = health.DEGRADED + health.DOWN + health.UNKNOWN;
  return (
    <div className="fleet-stats">
      <section className="stat-card" aria-labelledby="stat-clusters" data-testid="stat-clusters">
        <h2 id="stat-clusters">Clusters</h2>
        <Link to="/clusters" className="stat-number">
          {fleet.clusters}
        </Link>
        <ul className="stat-parts">
          {clusterParts
            .filter(({ state }) => state !== 'pending' || states.pending > 0)
            .map(({ state, tone }) => (
              <li
                key={state}
                className={states[state] > 0 && tone !== 'ok' ? `tone-${tone}` : undefined}
              >
                {states[state] > 0 && <StateIcon tone={tone} />}
                <Link to={`/clusters?state=${state}`} data-cluster-state={state}>
                  {states[state]} {state}
                </Link>
              </li>
            ))}
        </ul>
      </section>
      <section className="stat-card" aria-labelledby="stat-meshes" data-testid="stat-meshes">
        <h2 id="stat-meshes">Meshes</h2>
        <Link to="/meshes" className="stat-number">
          {fleet.meshes}
        </Link>
        <ul className="stat-parts">
          <li>
            <Link to="/meshes">{health.HEALTHY} healthy</Link>
          </li>
          {meshProblems > 0 && (
            <li className="tone-degraded">
              <StateIcon tone="degraded" />
              <Link to="/meshes">{meshProblems} not healthy</Link>
            </li>
          )}
        </ul>
      </section>
      <section className="stat-card" aria-labelledby="stat-services">
        <h2 id="stat-services">Services</h2>
        <Link to="/services" className="stat-number" data-testid="stat-services">
          {fleet.services.toLocaleString('en')}
        </Link>
      </section>
      <section className="stat-card" aria-labelledby="stat-workloads">
        <h2 id="stat-workloads">Workloads</h2>
        <span className="stat-number">{fleet.workloads.toLocaleString('en')}</span>
      </section>
      <section className="stat-card" aria-labelledby="stat-policies">
        <h2 id="stat-policies">Mesh policies</h2>
        <span className="stat-number">{fleet.policies.toLocaleString('en')}</span>
      </section>
    </div>
  );
}
