import {
  type Certificate,
  type ExpiryThresholds,
  type Mesh,
  type MeshLink,
  type TrustFinding,
  compareByExpiry,
  fleetTrustFindings,
} from '@meshwork/model';

/**
 * Every certificate of the fleet at one revision, soonest expiry first, with its indexes and trust
 * findings. Expiry classes are not stored here: they depend on the time of the question.
 */
export class CertificateView {
  readonly certificates: readonly Certificate[];
  readonly byId: ReadonlyMap<string, Certificate>;
  readonly findings: readonly TrustFinding[];
  readonly meshesById: ReadonlyMap<string, Mesh>;

  constructor(
    readonly key: string,
    certificates: readonly Certificate[],
    meshes: readonly Mesh[],
    links: readonly MeshLink[],
    readonly thresholds: ExpiryThresholds,
  ) {
    this.certificates = [...certificates].sort(compareByExpiry);
    this.byId = new Map(this.certificates.map((c) => [c.id, c]));
    this.meshesById = new Map(meshes.map((m) => [m.id, m]));
    this.findings = fleetTrustFindings(meshes, links, this.certificates);
  }

  findingsAbout(id: string): TrustFinding[] {
    return this.findings.filter((f) => f.certificates.includes(id));
  }
}
