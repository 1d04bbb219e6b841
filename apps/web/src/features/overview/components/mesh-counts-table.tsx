import { Link } from 'react-router';
import { HealthBadge } from '../../../shared/components/health-badge';
import { MeshKindBadge } from '../../../shared/components/mesh-kind-badge';
import { compareNames } from '../../../shared/utils/compare';
import { type OverviewMesh } from '../graphql/overview-rows';
import { type ServiceWorkloadCounts } from '../utils/fleet-counts-query';
import { CountLink } from './count-link';

interface MeshCountsTableProps {
  meshes: readonly OverviewMesh[];
  /** Clusters that stopped answering: their meshes show last known state. */
  staleClusters: ReadonlySet<string>;
  counts: ReadonlyMap<string, ServiceWorkloadCounts> | undefined;
}

export const meshCountKey = (meshId: string) => `mesh:${meshId}`;

/** Services and workloads in each mesh, with the mesh's version and control-plane health. */
export function MeshCountsTable({ meshes, staleClusters, counts }: MeshCountsTableProps) {
  const rows = [...meshes].sort(
    (a, b) =>
      compareNames(a.cluster.name, b.cluster.name) || compareNames(a.namespace, b.namespace),
  );
  return (
    <section className="overview-card" aria-labelledby="per-mesh-heading">
      <h2 id="per-mesh-heading">Per mesh</h2>
      {rows.length === 0 ? (
        <p className="muted">No meshes found yet.</p>
      ) : (
        <table className="counts-table" data-testid="per-mesh">
          <thead>
            <tr>
              <th scope="col">Mesh</th>
              <th scope="col">Version</th>
              <th scope="col">Control plane</th>
              <th scope="col" className="numeric">
                Services
              </th>
              <th scope="col" className="numeric">
                Workloads
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((mesh) => {
              const count = counts?.get(meshCountKey(mesh.id));
              const cluster = encodeURIComponent(mesh.cluster.name);
              return (
                <tr key={mesh.id} data-mesh-id={mesh.id}>
                  <th scope="row">
                    <MeshKindBadge kind={mesh.kind} />{' '}
                    <Link to={`/meshes?cluster=${cluster}&kind=${mesh.kind}`}>
                      {mesh.cluster.name} / {mesh.namespace}
                    </Link>
                    {staleClusters.has(mesh.cluster.name) && (
                      <span className="state-word state-stale" title="Last known state">
                        stale
                      </span>
                    )}
                  </th>
                  <td className="mono">{mesh.version ?? <span className="muted">unknown</span>}</td>
                  <td>
                    <HealthBadge health={mesh.health} />
                  </td>
                  <td className="numeric">
                    <CountLink
                      value={count?.services}
                      to={`/services?cluster=${cluster}&kind=${mesh.kind}`}
                      label="services"
                    />
                  </td>
                  <td className="numeric">
                    <CountLink value={count?.workloads} label="workloads" />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
