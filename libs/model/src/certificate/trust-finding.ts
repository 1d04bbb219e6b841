export enum TrustFindingKind {
  /** Linked meshes verify each other's certificates with one common root: cross-cluster mTLS works. */
  SHARED_ROOT = 'SHARED_ROOT',
  /** Linked meshes have no root in common: their workloads cannot verify one another. */
  ROOT_MISMATCH = 'ROOT_MISMATCH',
  /** A certificate names a trust domain other than its mesh's (or linked meshes differ). */
  TRUST_DOMAIN_MISMATCH = 'TRUST_DOMAIN_MISMATCH',
  /** The mesh signs with a CA that does not chain to any of its roots. */
  ISSUER_NOT_SIGNED_BY_ROOT = 'ISSUER_NOT_SIGNED_BY_ROOT',
  /** The root expires before a CA it signed: that CA's certificates stop verifying early. */
  ROOT_EXPIRES_BEFORE_ISSUER = 'ROOT_EXPIRES_BEFORE_ISSUER',
  /** RSA below 2048 bits (or EC below 256). */
  WEAK_KEY = 'WEAK_KEY',
  /** A link points at a cluster where no mesh of the same kind was found, so trust cannot be checked. */
  LINKED_PEER_NOT_FOUND = 'LINKED_PEER_NOT_FOUND',
  /** The mesh has CA certificates but no root among them to anchor them. */
  NO_ROOT = 'NO_ROOT',
}

export enum TrustFindingSeverity {
  INFO = 'INFO',
  WARNING = 'WARNING',
  ERROR = 'ERROR',
}

/** One conclusion about trust between certificates, meshes and clusters. */
export interface TrustFinding {
  /** Deterministic: `<kind>:<sorted certificate or mesh ids>`. */
  id: string;
  kind: TrustFindingKind;
  severity: TrustFindingSeverity;
  message: string;
  /** Ids of the certificates concerned. */
  certificates: string[];
  /** Ids of the meshes concerned. */
  meshes: string[];
  clusters: string[];
}

const SEVERITY_RANK: Record<TrustFindingSeverity, number> = {
  [TrustFindingSeverity.ERROR]: 0,
  [TrustFindingSeverity.WARNING]: 1,
  [TrustFindingSeverity.INFO]: 2,
};

/** Errors first, then warnings, then information; ties by id. */
export function compareTrustFindings(a: TrustFinding, b: TrustFinding): number {
  return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.id.localeCompare(b.id);
}
