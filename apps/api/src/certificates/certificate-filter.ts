import { type Certificate, type CertificateExpiryClass } from '@meshwork/model';
import type { CertificateFilter } from './certificates.inputs';

/** A predicate for CertificateFilter; the class is computed by the caller for the time asked. */
export function certificateMatcher(
  where: CertificateFilter | undefined,
): (certificate: Certificate, expiryClass: CertificateExpiryClass) => boolean {
  if (!where) return () => true;
  const text = where.text?.trim().toLowerCase();
  return (c, expiryClass) =>
    (!where.clusters?.length || where.clusters.includes(c.cluster)) &&
    (!where.meshes?.length || where.meshes.includes(c.mesh)) &&
    (!where.classes?.length || where.classes.includes(expiryClass)) &&
    (!where.roles?.length || where.roles.includes(c.role)) &&
    (!text ||
      [c.subject, c.issuer, c.source.name, ...c.sans].some((v) => v.toLowerCase().includes(text)));
}
