import { type Mesh } from '../mesh/mesh';
import { type MeshLink } from '../mesh-link/mesh-link';
import { type Certificate } from './certificate';
import { linkedMeshTrustFindings } from './linked-mesh-trust-checks';
import { meshTrustFindings } from './mesh-trust-checks';
import { compareTrustFindings, type TrustFinding } from './trust-finding';

/** Every trust finding of the fleet: each mesh's own PKI, then pairs of linked meshes; errors first. */
export function fleetTrustFindings(
  meshes: readonly Mesh[],
  links: readonly MeshLink[],
  certificates: readonly Certificate[],
): TrustFinding[] {
  const byMesh = new Map<string, Certificate[]>();
  for (const certificate of certificates) {
    const list = byMesh.get(certificate.mesh);
    if (list) list.push(certificate);
    else byMesh.set(certificate.mesh, [certificate]);
  }
  const findings = [
    ...meshes.flatMap((mesh) => meshTrustFindings(mesh, byMesh.get(mesh.id) ?? [])),
    ...linkedMeshTrustFindings(meshes, links, byMesh),
  ];
  const unique = new Map(findings.map((f) => [f.id, f]));
  return [...unique.values()].sort(compareTrustFindings);
}
