import {
  type Certificate,
  type ExpiryThresholds,
  type Mesh,
  type TrustFinding,
  classifyExpiry,
  daysUntil,
} from '@meshwork/model';
import type { CertificateModel, TrustFindingModel } from './certificates.models';

export function toCertificateModel(
  certificate: Certificate,
  mesh: Mesh | undefined,
  now: Date,
  thresholds: ExpiryThresholds,
): CertificateModel {
  return {
    ...certificate,
    ...(mesh && { meshKind: mesh.kind, meshName: mesh.name }),
    notBefore: new Date(certificate.notBefore),
    notAfter: new Date(certificate.notAfter),
    expiryClass: classifyExpiry(certificate.notAfter, now, thresholds),
    daysLeft: daysUntil(certificate.notAfter, now),
  };
}

export function toTrustFindingModel(finding: TrustFinding): TrustFindingModel {
  return { ...finding };
}
