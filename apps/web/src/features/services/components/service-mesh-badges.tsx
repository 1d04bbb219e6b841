import { MeshKindBadge } from '../../../shared/components/mesh-kind-badge';
import { type ServiceListRow } from '../utils/service-list-row';

/** The meshes a service belongs to, by kind; the version shows on hover. */
export function ServiceMeshBadges({ meshes }: { meshes: ServiceListRow['meshes'] }) {
  if (meshes.length === 0) return <span className="muted">none</span>;
  return (
    <>
      {meshes.map((mesh) =>
        mesh.kind ? (
          <MeshKindBadge
            key={mesh.id}
            kind={mesh.kind}
            title={mesh.version ? `${mesh.id}, version ${mesh.version}` : mesh.id}
          />
        ) : (
          <span key={mesh.id} className="muted" title={mesh.id}>
            unknown mesh
          </span>
        ),
      )}
    </>
  );
}
