import { type MeshKind } from '../../../graphql/generated/graphql';
import { meshKindLabel } from '../../../shared/format/mesh-kind-label';
import { type MeshRow } from '../graphql/mesh-row';

export interface MeshFilter {
  kind: MeshKind | undefined;
  cluster: string | undefined;
  version: string | undefined;
  text: string;
}

function searchableText(mesh: MeshRow): string {
  return [
    mesh.cluster.name,
    mesh.namespace,
    mesh.name,
    meshKindLabel(mesh.kind),
    mesh.version,
    mesh.revision,
    mesh.trustDomain,
    mesh.health,
    ...mesh.controlPlanes.map((cp) => cp.name),
  ]
    .filter((field): field is string => typeof field === 'string')
    .join('\n')
    .toLowerCase();
}

/** The meshes of one kind / cluster / version (when set) whose text contains every term of `text`. */
export function filterMeshes(rows: readonly MeshRow[], filter: MeshFilter): MeshRow[] {
  const terms = filter.text.toLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter(
    (mesh) =>
      (!filter.kind || mesh.kind === filter.kind) &&
      (!filter.cluster || mesh.cluster.name === filter.cluster) &&
      (!filter.version || mesh.version === filter.version) &&
      terms.every((term) => searchableText(mesh).includes(term)),
  );
}
