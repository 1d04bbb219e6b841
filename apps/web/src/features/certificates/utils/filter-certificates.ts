import { type CertificateExpiryClass } from '../../../graphql/generated/graphql';
import { type CertificateRow, type TrustFindingRow } from '../graphql/certificate-rows';

export interface CertificateFilters {
  classes: readonly CertificateExpiryClass[];
  cluster?: string;
  /** Mesh id. */
  mesh?: string;
  text: string;
}

/** The rows that match every given filter; the hub's order (soonest expiry first) is kept. */
export function filterCertificates(
  rows: readonly CertificateRow[],
  { classes, cluster, mesh, text }: CertificateFilters,
): CertificateRow[] {
  const needle = text.trim().toLowerCase();
  return rows.filter(
    (row) =>
      (classes.length === 0 || classes.includes(row.expiryClass)) &&
      (!cluster || row.cluster === cluster) &&
      (!mesh || row.mesh === mesh) &&
      (!needle ||
        [row.subject, row.issuer, row.source.name, row.source.namespace, row.cluster].some((v) =>
          v.toLowerCase().includes(needle),
        )),
  );
}

/** Findings about the clusters and meshes in view; the class and text filters do not hide them. */
export function filterFindings(
  findings: readonly TrustFindingRow[],
  { cluster, mesh }: Pick<CertificateFilters, 'cluster' | 'mesh'>,
): TrustFindingRow[] {
  return findings.filter(
    (f) => (!cluster || f.clusters.includes(cluster)) && (!mesh || f.meshes.includes(mesh)),
  );
}

/** Certificates per class over all rows, for the summary's counts. */
export function countByClass(
  rows: readonly CertificateRow[],
): Record<CertificateExpiryClass, number> {
  const counts: Record<CertificateExpiryClass, number> = {
    EXPIRED: 0,
    CRITICAL: 0,
    WARNING: 0,
    OK: 0,
  };
  for (const row of rows) counts[row.expiryClass] += 1;
  return counts;
}
