import { type MeshKind } from '../../../graphql/generated/graphql';
import { meshKinds } from '../../../shared/format/mesh-kind-label';
import { compareVersions } from '../../../shared/utils/compare';

export interface MeshVersionCount {
  /** null when the version could not be read. */
  version: string | null;
  count: number;
}

export interface MeshKindGroup {
  kind: MeshKind;
  count: number;
  /** Newest first, the unknown version last: version drift reads left to right. */
  versions: MeshVersionCount[];
}

/** Meshes by kind, then by version within each kind, in the usual order of kinds. */
export function groupMeshesByKind(
  meshes: ReadonlyArray<{ kind: MeshKind; version: string | null }>,
): MeshKindGroup[] {
  return meshKinds.flatMap((kind) => {
    const ofKind = meshes.filter((mesh) => mesh.kind === kind);
    if (ofKind.length === 0) return [];
    const byVersion = new Map<string | null, number>();
    for (const mesh of ofKind) byVersion.set(mesh.version, (byVersion.get(mesh.version) ?? 0) + 1);
    const versions = [...byVersion.entries()]
      .map(([version, count]) => ({ version, count }))
      .sort((a, b) =>
        a.version === null || b.version === null
          ? Number(a.version === null) - Number(b.version === null)
          : compareVersions(b.version, a.version),
      );
    return [{ kind, count: ofKind.length, versions }];
  });
}
