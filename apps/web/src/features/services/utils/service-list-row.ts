import { type MeshKind } from '../../../graphql/generated/graphql';
import { meshKindLabel } from '../../../shared/format/mesh-kind-label';
import { type ServiceMesh, type ServiceNode } from '../graphql/service-node';

/** A service as the table shows, filters and sorts it, with what that needs worked out once. */
export interface ServiceListRow {
  id: string;
  cluster: string;
  namespace: string;
  name: string;
  meshes: ReadonlyArray<{ id: string; kind: MeshKind | undefined; version: string | null }>;
  versions: readonly string[];
  workloadCount: number;
  /** Lower-case text every filter term is looked for in. */
  searchText: string;
}

/** Joins services with their meshes; a mesh id the meshes query did not return keeps an unknown kind. */
export function toServiceListRows(
  nodes: readonly ServiceNode[],
  meshes: readonly ServiceMesh[],
): ServiceListRow[] {
  const meshById = new Map(meshes.map((mesh) => [mesh.id, mesh]));
  return nodes.map((node) => {
    const rowMeshes = node.meshIds.map((id) => {
      const mesh = meshById.get(id);
      return { id, kind: mesh?.kind, version: mesh?.version ?? null };
    });
    const words = [
      node.cluster.name,
      node.namespace,
      node.name,
      `${node.cluster.name}/${node.namespace}/${node.name}`,
      ...rowMeshes.map((mesh) => (mesh.kind ? meshKindLabel(mesh.kind) : mesh.id)),
      ...node.versions,
    ];
    return {
      id: node.id,
      cluster: node.cluster.name,
      namespace: node.namespace,
      name: node.name,
      meshes: rowMeshes,
      versions: node.versions,
      workloadCount: node.workloadIds.length,
      searchText: words.join('\n').toLowerCase(),
    };
  });
}
