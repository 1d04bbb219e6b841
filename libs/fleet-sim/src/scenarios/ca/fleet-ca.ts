// @peculiar/x509 resolves its algorithms through tsyringe, which needs the Reflect metadata API.
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { CaCertificate } from './ca-certificate';

const DAY_MS = 24 * 3600_000;

/**
 * Validity windows relative to load time, in days: [issued this many days ago, expires in this many
 * days]. Total lifetimes follow each mesh's tooling defaults (Istio tools/certs: root 3650 d,
 * intermediate 730 d; Linkerd step/CLI: anchor 10 y, issuer 365 d; `consul tls ca create`: 1825 d; OSM
 * tresor root 87600 h). What is left differs on purpose so the demo shows every expiry class.
 */
export const FLEET_CA_WINDOWS = {
  istioRoot: [300, 3350],
  istioEastIntermediate: [120, 610],
  /** Rotation due: within 60 days. */
  istioWestIntermediate: [685, 45],
  linkerdTrustAnchor: [200, 3450],
  /** Critical: within 7 days. */
  linkerdIssuer: [360, 5],
  consulAgentCa: [90, 1735],
  /** Expired three days ago. */
  osmRoot: [3653, -3],
} as const satisfies Record<string, readonly [number, number]>;

/**
 * The Linkerd issuer was minted for trust domain `north.local` while linkerd-config says
 * `identityTrustDomain: cluster.local` (Linkerd expects `identity.<ns>.<trustDomain>`): the one
 * deliberate trust-domain mismatch of the fleet, a half-done issuer rotation.
 */
export const LINKERD_ISSUER_NAME = 'identity.linkerd.north.local';

export interface FleetCa {
  istioRoot: CaCertificate;
  istioIntermediates: { east: CaCertificate; west: CaCertificate };
  linkerdTrustAnchor: CaCertificate;
  linkerdIssuer: CaCertificate;
  consulAgentCa: CaCertificate;
  osmRoot: CaCertificate;
}

const CA_USAGES = x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign;
// What Istio's tools/certs Makefile writes for root and intermediates.
const ISTIO_USAGES =
  x509.KeyUsageFlags.digitalSignature |
  x509.KeyUsageFlags.nonRepudiation |
  x509.KeyUsageFlags.keyEncipherment |
  x509.KeyUsageFlags.keyCertSign;

/** Every CA of the demo fleet, freshly keyed; East and West share one Istio root. */
export async function createFleetCa(now: Date = new Date()): Promise<FleetCa> {
  const window = (w: readonly [number, number]) => ({
    notBefore: new Date(now.getTime() - w[0] * DAY_MS),
    notAfter: new Date(now.getTime() + w[1] * DAY_MS),
  });
  const istioRoot = await CaCertificate.selfSigned({
    subject: 'O=Istio, CN=Root CA',
    keyUsages: ISTIO_USAGES,
    ...window(FLEET_CA_WINDOWS.istioRoot),
  });
  const intermediate = (cluster: string, w: readonly [number, number]) =>
    istioRoot.issue({
      subject: `O=Istio, CN=Intermediate CA, L=${cluster}`,
      pathLength: 0,
      keyUsages: ISTIO_USAGES,
      dnsNames: ['istiod.istio-system.svc'],
      ...window(w),
    });
  const linkerdTrustAnchor = await CaCertificate.selfSigned({
    subject: 'CN=root.linkerd.cluster.local',
    pathLength: 1,
    keyUsages: CA_USAGES,
    ...window(FLEET_CA_WINDOWS.linkerdTrustAnchor),
  });
  return {
    istioRoot,
    istioIntermediates: {
      east: await intermediate('east', FLEET_CA_WINDOWS.istioEastIntermediate),
      west: await intermediate('west', FLEET_CA_WINDOWS.istioWestIntermediate),
    },
    linkerdTrustAnchor,
    linkerdIssuer: await linkerdTrustAnchor.issue({
      subject: `CN=${LINKERD_ISSUER_NAME}`,
      pathLength: 0,
      keyUsages: CA_USAGES,
      ...window(FLEET_CA_WINDOWS.linkerdIssuer),
    }),
    consulAgentCa: await CaCertificate.selfSigned({
      subject:
        'C=US, ST=CA, L=San Francisco, O=HashiCorp Inc., CN=Consul Agent CA 92837465019283746501928374650192837465',
      keyUsages: CA_USAGES | x509.KeyUsageFlags.digitalSignature,
      dnsNames: ['consul', 'localhost'],
      ...window(FLEET_CA_WINDOWS.consulAgentCa),
    }),
    osmRoot: await CaCertificate.selfSigned({
      subject: 'C=US, L=CA, O=Open Service Mesh, CN=osm-ca.openservicemesh.io',
      keyUsages: CA_USAGES | x509.KeyUsageFlags.digitalSignature,
      keyAlgorithm: 'rsa-2048',
      ...window(FLEET_CA_WINDOWS.osmRoot),
    }),
  };
}
