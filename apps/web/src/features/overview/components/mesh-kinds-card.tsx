import { Link } from 'react-router';
import { MeshKindBadge } from '../../../shared/components/mesh-kind-badge';
import { type OverviewMesh } from '../graphql/overview-rows';
import { groupMeshesByKind } from '../utils/group-meshes';

/** Meshes by kind and version: version drift across the fleet at a glance. */
export function MeshKindsCard({ meshes }: { meshes: readonly OverviewMesh[] }) {
  const groups = groupMeshesByKind(meshes);
  return (
    <section className="overview-card" aria-labelledby="mesh-kinds-heading">
      <h2 id="mesh-kinds-heading">Meshes by kind and version</h2>
      {groups.length === 0 ? (
        <p className="muted">No meshes found yet.</p>
      ) : (
        <ul className="mesh-kinds" data-testid="mesh-kinds">
          {groups.map((group) => (
            <li key={group.kind} data-mesh-kind={group.kind}>
              <MeshKindBadge kind={group.kind} />
              <Link to={`/meshes?kind=${group.kind}`} className="mesh-kind-count">
                {group.count} {group.count === 1 ? 'mesh' : 'meshes'}
              </Link>
              <span className="mesh-versions">
                {group.versions.map(({ version, count }) =>
                  version === null ? (
                    <span key="unknown" className="muted">
                      unknown version ×{count}
                    </span>
                  ) : (
                    <Link
                      key={version}
                      to={`/meshes?kind=${group.kind}&version=${encodeURIComponent(version)}`}
                      className="mono"
                    >
                      {version} ×{count}
                    </Link>
                  ),
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
