import { type Mesh } from '../mesh/mesh';
import { meshKindName } from './mesh-kind-name';
import { type Certificate, CertificateRole } from './certificate';
import { chainOf } from './certificate-chain';
import { makeTrustFinding } from './make-trust-finding';
import { type TrustFinding, TrustFindingKind, TrustFindingSeverity } from './trust-finding';

const SIGNING_ROLES = new Set([CertificateRole.ISSUER, CertificateRole.INTERMEDIATE]);
const MIN_RSA_BITS = 2048;
const MIN_EC_BITS = 256;

const day = (iso: string): string => iso.slice(0, 10);
const describe = (c: Certificate): string => `${c.role.toLowerCase()} "${c.subject}"`;

/**
 * Checks of one mesh's own PKI: every signing CA chains to one of its roots, no root expires before a
 * CA below it, certificates name the mesh's trust domain, keys are not weak.
 */
export function meshTrustFindings(
  mesh: Mesh,
  certificates: readonly Certificate[],
): TrustFinding[] {
  const findings: TrustFinding[] = [];
  const byId = new Map(certificates.map((c) => [c.id, c]));
  const roots = certificates.filter((c) => c.role === CertificateRole.ROOT);
  const signing = certificates.filter((c) => SIGNING_ROLES.has(c.role));
  const where = `${meshKindName(mesh.kind)} mesh ${mesh.name} in ${mesh.cluster}`;

  if (signing.length > 0 && roots.length === 0) {
    findings.push(
      makeTrustFinding(
        TrustFindingKind.NO_ROOT,
        TrustFindingSeverity.WARNING,
        `${where} signs with ${signing.map(describe).join(', ')} but no root (trust anchor) was found`,
        signing,
        [mesh],
      ),
    );
  }
  for (const ca of roots.length ? signing : []) {
    const chain = chainOf(ca, byId);
    const top = chain[chain.length - 1]!;
    if (top.role !== CertificateRole.ROOT) {
      findings.push(
        makeTrustFinding(
          TrustFindingKind.ISSUER_NOT_SIGNED_BY_ROOT,
          TrustFindingSeverity.ERROR,
          `${where}: ${describe(ca)} does not chain to the mesh's root` +
            ` (${roots.map((r) => `"${r.subject}"`).join(', ')}): ${top.chain.message}`,
          [ca, ...roots],
        ),
      );
      continue;
    }
    for (const above of chain.slice(1)) {
      if (Date.parse(above.notAfter) < Date.parse(ca.notAfter)) {
        findings.push(
          makeTrustFinding(
            TrustFindingKind.ROOT_EXPIRES_BEFORE_ISSUER,
            TrustFindingSeverity.WARNING,
            `${where}: ${describe(above)} expires ${day(above.notAfter)}, before ${describe(ca)}` +
              ` (${day(ca.notAfter)}); everything it signs stops verifying then`,
            [above, ca],
          ),
        );
      }
    }
  }
  for (const certificate of certificates) {
    if (certificate.trustDomain && mesh.trustDomain && certificate.trustDomain !== mesh.trustDomain)
      findings.push(
        makeTrustFinding(
          TrustFindingKind.TRUST_DOMAIN_MISMATCH,
          TrustFindingSeverity.ERROR,
          `${where} has trust domain "${mesh.trustDomain}", but its ${describe(certificate)}` +
            ` is for "${certificate.trustDomain}"`,
          [certificate],
        ),
      );
    const weak = weakKey(certificate);
    if (weak) findings.push(weak);
  }
  return findings;
}

function weakKey(certificate: Certificate): TrustFinding | undefined {
  const bits = certificate.keySize;
  if (bits === undefined) return undefined;
  const minimum =
    certificate.keyAlgorithm === 'RSA'
      ? MIN_RSA_BITS
      : certificate.keyAlgorithm === 'EC'
        ? MIN_EC_BITS
        : 0;
  if (bits >= minimum) return undefined;
  return makeTrustFinding(
    TrustFindingKind.WEAK_KEY,
    certificate.keyAlgorithm === 'RSA' ? TrustFindingSeverity.ERROR : TrustFindingSeverity.WARNING,
    `${describe(certificate)} in ${certificate.cluster} has a ${bits}-bit ${certificate.keyAlgorithm}` +
      ` key; at least ${minimum} bits are expected`,
    [certificate],
  );
}
