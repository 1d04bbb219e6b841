import { Link } from 'react-router';
import { HealthBadge } from '../../../shared/components/health-badge';
import { MeshKindBadge } from '../../../shared/components/mesh-kind-badge';
import { type MeshRow } from '../graphql/mesh-row';
import { type MeshConnections } from '../utils/mesh-links';
import { ControlPlaneList } from './control-plane-list';
import { MeshLinksCell } from './mesh-links-cell';

interface MeshTableRowProps {
  mesh: MeshRow;
  connections: MeshConnections;
  /** The mesh's cluster stopped answering: what is shown is its last known state. */
  stale: boolean;
}

function StaleTag() {
  return (
    <span className="stale-tag" title="The cluster does not answer; this is its last known state">
      stale
    </span>
  );
}

const orUnknown = (value: string | null) => value ?? <span className="muted">unknown</span>;

export function MeshTableRow({ mesh, connections, stale }: MeshTableRowProps) {
  const services = `/services?cluster=${encodeURIComponent(mesh.cluster.name)}&kind=${mesh.kind}`;
  return (
    <tr data-mesh-id={mesh.id}>
      <td>
        <MeshKindBadge kind={mesh.kind} />
        <span className="mesh-place">
          <Link
            to={`/meshes?cluster=${encodeURIComponent(mesh.cluster.name)}`}
            className="mesh-cluster"
          >
            {mesh.cluster.name}
          </Link>
          <span className="muted"> / {mesh.namespace}</span>
        </span>
        <div className="mesh-meta">
          <Link to={services} className="mesh-services-link">
            services in this mesh
          </Link>
          {stale && <StaleTag />}
        </div>
      </td>
      <td className="mono" data-column="version">
        {orUnknown(mesh.version)}
      </td>
      <td className="mono">
        {/* Revisions are an Istio idea; other meshes have none rather than an unknown one. */}
        {mesh.kind === 'ISTIO'
          ? orUnknown(mesh.revision)
          : (mesh.revision ?? <span className="muted">—</span>)}
      </td>
      <td className="mono" title={mesh.trustDomain ?? undefined}>
        {orUnknown(mesh.trustDomain)}
      </td>
      <td data-column="health">
        <HealthBadge
          health={mesh.health}
          title={stale ? 'Last known health: the cluster does not answer' : undefined}
        />
      </td>
      <td>
        <ControlPlaneList controlPlanes={mesh.controlPlanes} />
      </td>
      <td data-column="links">
        <MeshLinksCell connections={connections} />
      </td>
    </tr>
  );
}
