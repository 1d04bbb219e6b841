import { type Mesh } from '../mesh/mesh';
import { MeshKind } from '../mesh/mesh-kind';
import { meshKindName } from './mesh-kind-name';
import { type MeshLink, MeshLinkKind } from '../mesh-link/mesh-link';
import { type Certificate, CertificateRole } from './certificate';
import { makeTrustFinding } from './make-trust-finding';
import { type TrustFinding, TrustFindingKind, TrustFindingSeverity } from './trust-finding';

/**
 * Links whose two ends must trust one root: Istio multi-primary/primary-remote (remote secrets) and
 * Linkerd multicluster (Links) both verify the other side's workload certificates with their own
 * trust anchors. Consul cluster peering is different: each side keeps its own Connect CA and the
 * peering exchanges trust bundles, so differing roots there are normal and not reported.
 */
const SHARED_ROOT_LINKS = new Set([MeshLinkKind.ISTIO_REMOTE_SECRET, MeshLinkKind.LINKERD_LINK]);
const PEER_LINKS = new Set([...SHARED_ROOT_LINKS, MeshLinkKind.CONSUL_PEERING]);

const LINK_WORDS: Partial<Record<MeshLinkKind, string>> = {
  [MeshLinkKind.ISTIO_REMOTE_SECRET]: 'Istio remote secret',
  [MeshLinkKind.LINKERD_LINK]: 'Linkerd Link',
  [MeshLinkKind.CONSUL_PEERING]: 'Consul peering',
};

const label = (mesh: Mesh): string => `${mesh.cluster}/${mesh.name}`;

/** Findings about pairs of linked meshes; each pair is reported once whichever side links to the other. */
export function linkedMeshTrustFindings(
  meshes: readonly Mesh[],
  links: readonly MeshLink[],
  certificatesByMesh: ReadonlyMap<string, readonly Certificate[]>,
): TrustFinding[] {
  const byId = new Map(meshes.map((m) => [m.id, m]));
  const seen = new Set<string>();
  const findings: TrustFinding[] = [];
  for (const link of links) {
    if (!PEER_LINKS.has(link.kind) || !link.fromMesh || !link.toCluster) continue;
    const from = byId.get(link.fromMesh);
    if (!from) continue;
    const peers = meshes.filter((m) => m.cluster === link.toCluster && m.kind === from.kind);
    const via = `${LINK_WORDS[link.kind] ?? link.kind} "${link.source.name}" in ${link.fromCluster}`;
    if (peers.length === 0) {
      const key = `peer:${link.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push(
        makeTrustFinding(
          TrustFindingKind.LINKED_PEER_NOT_FOUND,
          TrustFindingSeverity.WARNING,
          `${via} points at cluster ${link.toCluster}, where no ${meshKindName(from.kind)} mesh was found;` +
            ' trust between the two sides cannot be checked',
          [],
          [from],
        ),
      );
      continue;
    }
    for (const peer of peers) {
      const key = [from.id, peer.id].sort().join('|');
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push(...pairFindings(from, peer, link, via, certificatesByMesh));
    }
  }
  return findings;
}

function pairFindings(
  from: Mesh,
  peer: Mesh,
  link: MeshLink,
  via: string,
  certificatesByMesh: ReadonlyMap<string, readonly Certificate[]>,
): TrustFinding[] {
  const findings: TrustFinding[] = [];
  const pair = `${label(from)} and ${label(peer)} (${via})`;
  if (
    from.kind !== MeshKind.CONSUL &&
    from.trustDomain &&
    peer.trustDomain &&
    from.trustDomain !== peer.trustDomain
  ) {
    findings.push(
      makeTrustFinding(
        TrustFindingKind.TRUST_DOMAIN_MISMATCH,
        TrustFindingSeverity.WARNING,
        `${pair} use trust domains "${from.trustDomain}" and "${peer.trustDomain}";` +
          ' identities from one side will not match policies on the other unless aliased',
        [],
        [from, peer],
      ),
    );
  }
  if (!SHARED_ROOT_LINKS.has(link.kind)) return findings;
  const rootsOf = (mesh: Mesh) =>
    (certificatesByMesh.get(mesh.id) ?? []).filter((c) => c.role === CertificateRole.ROOT);
  const fromRoots = rootsOf(from);
  const peerRoots = rootsOf(peer);
  // Without roots on one side there is nothing to compare; NO_ROOT or the missing data says why.
  if (fromRoots.length === 0 || peerRoots.length === 0) return findings;
  const peerPrints = new Set(peerRoots.map((r) => r.sha256Fingerprint));
  const shared = fromRoots.filter((r) => peerPrints.has(r.sha256Fingerprint));
  if (shared.length > 0) {
    const prints = new Set(shared.map((r) => r.sha256Fingerprint));
    findings.push(
      makeTrustFinding(
        TrustFindingKind.SHARED_ROOT,
        TrustFindingSeverity.INFO,
        `${pair} share the root "${shared[0]!.subject}" (SHA-256 ${shared[0]!.sha256Fingerprint.slice(0, 23)}…)`,
        [...fromRoots, ...peerRoots].filter((r) => prints.has(r.sha256Fingerprint)),
        [from, peer],
      ),
    );
  } else {
    findings.push(
      makeTrustFinding(
        TrustFindingKind.ROOT_MISMATCH,
        TrustFindingSeverity.ERROR,
        `${pair} have no root in common (${fromRoots.map((r) => `"${r.subject}"`).join(', ')} vs` +
          ` ${peerRoots.map((r) => `"${r.subject}"`).join(', ')}); cross-cluster mTLS will fail`,
        [...fromRoots, ...peerRoots],
        [from, peer],
      ),
    );
  }
  return findings;
}
