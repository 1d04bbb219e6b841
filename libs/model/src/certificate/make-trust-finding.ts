import { type Certificate } from './certificate';
import {
  type TrustFinding,
  type TrustFindingKind,
  type TrustFindingSeverity,
} from './trust-finding';

const sortedUnique = (values: Iterable<string>): string[] => [...new Set(values)].sort();

/**
 * A finding about these certificates and meshes; its id, clusters and mesh list follow from them, so
 * the same situation always yields the same finding.
 */
export function makeTrustFinding(
  kind: TrustFindingKind,
  severity: TrustFindingSeverity,
  message: string,
  certificates: readonly Certificate[],
  meshes: readonly { id: string; cluster: string }[] = [],
): TrustFinding {
  const certificateIds = sortedUnique(certificates.map((c) => c.id));
  const meshIds = sortedUnique([...certificates.map((c) => c.mesh), ...meshes.map((m) => m.id)]);
  return {
    id: `${kind}:${(certificateIds.length ? certificateIds : meshIds).join(',')}`,
    kind,
    severity,
    message,
    certificates: certificateIds,
    meshes: meshIds,
    clusters: sortedUnique([
      ...certificates.map((c) => c.cluster),
      ...meshes.map((m) => m.cluster),
    ]),
  };
}
