import { type KubeObject } from '../kube-object';
import { type CaCertificate } from './ca/ca-certificate';
import { consulCaObjects } from './ca/consul-ca-objects';
import { createFleetCa, type FleetCa } from './ca/fleet-ca';
import { istioCaObjects } from './ca/istio-ca-objects';
import { linkerdCaObjects } from './ca/linkerd-ca-objects';
import { osmCaObjects } from './ca/osm-ca-objects';
import { type FleetClusterName } from './fleet-clusters';

export type CertificateRole =
  | 'istio-root'
  | 'istio-intermediate'
  | 'linkerd-trust-anchor'
  | 'linkerd-issuer'
  | 'consul-agent-ca'
  | 'osm-root';

/** Public facts about one stored CA certificate: enough to test and to document, no key. */
export interface IssuedCertificateInfo {
  cluster: FleetClusterName;
  role: CertificateRole;
  subject: string;
  issuer: string;
  notBefore: Date;
  notAfter: Date;
  certPem: string;
  storedIn: { kind: 'Secret' | 'ConfigMap'; namespace: string; name: string; key: string };
}

export interface CaMaterial {
  readonly certificates: readonly IssuedCertificateInfo[];
  /**
   * The Secrets and ConfigMaps a cluster keeps its CA material in. `namespaces` are the cluster's
   * namespaces: istiod copies its root into each of them.
   */
  objectsFor(cluster: FleetClusterName, namespaces: readonly string[]): KubeObject[];
}

const LINKERD_CREATED_BY = 'linkerd/helm edge-25.8.5';
const CONSUL_RELEASE = 'consul';

/** Generates every CA of the demo fleet at load time, with the lifetimes of FLEET_CA_WINDOWS. */
export async function createCaMaterial(opts: { now?: Date } = {}): Promise<CaMaterial> {
  const ca = await createFleetCa(opts.now);
  return { certificates: describe(ca), objectsFor: (cluster, ns) => objectsFor(ca, cluster, ns) };
}

function objectsFor(
  ca: FleetCa,
  cluster: FleetClusterName,
  namespaces: readonly string[],
): KubeObject[] {
  switch (cluster) {
    case 'east':
    case 'west':
      return istioCaObjects(ca.istioRoot, ca.istioIntermediates[cluster], namespaces);
    case 'north':
      return linkerdCaObjects(ca.linkerdTrustAnchor, ca.linkerdIssuer, LINKERD_CREATED_BY);
    case 'south':
      return consulCaObjects(ca.consulAgentCa, CONSUL_RELEASE, 'consul');
    case 'central':
      return osmCaObjects(ca.osmRoot, 'osm-system');
  }
}

function describe(ca: FleetCa): IssuedCertificateInfo[] {
  const info = (
    cluster: FleetClusterName,
    role: CertificateRole,
    cert: CaCertificate,
    storedIn: IssuedCertificateInfo['storedIn'],
  ): IssuedCertificateInfo => ({
    cluster,
    role,
    subject: cert.subject,
    issuer: cert.certificate.issuer,
    notBefore: cert.notBefore,
    notAfter: cert.notAfter,
    certPem: cert.certPem,
    storedIn,
  });
  const cacerts = (key: string) =>
    ({ kind: 'Secret', namespace: 'istio-system', name: 'cacerts', key }) as const;
  return [
    ...(['east', 'west'] as const).flatMap((cluster) => [
      info(cluster, 'istio-root', ca.istioRoot, cacerts('root-cert.pem')),
      info(cluster, 'istio-intermediate', ca.istioIntermediates[cluster], cacerts('ca-cert.pem')),
    ]),
    info('north', 'linkerd-trust-anchor', ca.linkerdTrustAnchor, {
      kind: 'ConfigMap',
      namespace: 'linkerd',
      name: 'linkerd-identity-trust-roots',
      key: 'ca-bundle.crt',
    }),
    info('north', 'linkerd-issuer', ca.linkerdIssuer, {
      kind: 'Secret',
      namespace: 'linkerd',
      name: 'linkerd-identity-issuer',
      key: 'crt.pem',
    }),
    info('south', 'consul-agent-ca', ca.consulAgentCa, {
      kind: 'Secret',
      namespace: 'consul',
      name: `${CONSUL_RELEASE}-ca-cert`,
      key: 'tls.crt',
    }),
    info('central', 'osm-root', ca.osmRoot, {
      kind: 'Secret',
      namespace: 'osm-system',
      name: 'osm-ca-bundle',
      key: 'ca.crt',
    }),
  ];
}
