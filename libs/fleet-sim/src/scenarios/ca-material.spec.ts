import 'reflect-metadata';
import { webcrypto } from 'node:crypto';
import { inspect } from 'node:util';
import * as x509 from '@peculiar/x509';
import { type KubeObject } from '../kube-object';
import { createCaMaterial, type CaMaterial, type CertificateRole } from './ca-material';
import { LINKERD_ISSUER_NAME } from './ca/fleet-ca';
import { type FleetClusterName } from './fleet-clusters';

const crypto = webcrypto as unknown as Crypto;
const DAY = 24 * 3600_000;
const NOW = new Date('2026-11-20T12:00:00Z');
const CLUSTERS: FleetClusterName[] = ['east', 'west', 'north', 'south', 'central'];

let material: CaMaterial;
beforeAll(async () => {
  material = await createCaMaterial({ now: NOW });
}, 20_000);

const cert = (cluster: FleetClusterName, role: CertificateRole) => {
  const found = material.certificates.find((c) => c.cluster === cluster && c.role === role);
  if (!found) throw new Error(`no ${role} for ${cluster}`);
  return found;
};
const daysLeft = (cluster: FleetClusterName, role: CertificateRole) =>
  (cert(cluster, role).notAfter.getTime() - NOW.getTime()) / DAY;

function data(obj: KubeObject | undefined, key: string): string {
  const values = (obj?.data ?? {}) as Record<string, string>;
  const value = values[key];
  if (value === undefined) throw new Error(`${obj?.metadata.name ?? '?'} has no key ${key}`);
  return obj?.kind === 'Secret' ? Buffer.from(value, 'base64').toString('utf8') : value;
}

const find = (objects: KubeObject[], kind: string, namespace: string, name: string) =>
  objects.find(
    (o) => o.kind === kind && o.metadata.namespace === namespace && o.metadata.name === name,
  );

describe('createCaMaterial', () => {
  it('gives each CA the remaining lifetime its expiry class needs', () => {
    expect(daysLeft('central', 'osm-root')).toBeLessThan(0);
    expect(daysLeft('north', 'linkerd-issuer')).toBeGreaterThan(0);
    expect(daysLeft('north', 'linkerd-issuer')).toBeLessThan(7);
    expect(daysLeft('west', 'istio-intermediate')).toBeGreaterThan(7);
    expect(daysLeft('west', 'istio-intermediate')).toBeLessThan(60);
    for (const [cluster, role] of [
      ['east', 'istio-root'],
      ['east', 'istio-intermediate'],
      ['north', 'linkerd-trust-anchor'],
      ['south', 'consul-agent-ca'],
    ] as const) {
      expect(daysLeft(cluster, role)).toBeGreaterThan(365);
    }
  });

  it('chains the east and west intermediates to one shared Istio root', async () => {
    const eastRoot = new x509.X509Certificate(cert('east', 'istio-root').certPem);
    const westRoot = new x509.X509Certificate(cert('west', 'istio-root').certPem);
    expect(eastRoot.equal(westRoot)).toBe(true);
    for (const cluster of ['east', 'west'] as const) {
      const intermediate = new x509.X509Certificate(cert(cluster, 'istio-intermediate').certPem);
      expect(intermediate.issuer).toBe(eastRoot.subject);
      expect(
        await intermediate.verify({ publicKey: eastRoot.publicKey, signatureOnly: true }, crypto),
      ).toBe(true);
      const chain = await new x509.X509ChainBuilder({ certificates: [eastRoot] }).build(
        intermediate,
        crypto,
      );
      expect(chain.map((c) => c.subject)).toEqual([intermediate.subject, eastRoot.subject]);
    }
    const east = new x509.X509Certificate(cert('east', 'istio-intermediate').certPem);
    const west = new x509.X509Certificate(cert('west', 'istio-intermediate').certPem);
    expect(east.equal(west)).toBe(false);
  });

  it('stores Istio material in cacerts and istio-ca-root-cert as istiod reads it', async () => {
    const objects = material.objectsFor('east', ['default', 'kube-system', 'istio-system', 'shop']);
    const cacerts = find(objects, 'Secret', 'istio-system', 'cacerts');
    const root = data(cacerts, 'root-cert.pem');
    const intermediate = data(cacerts, 'ca-cert.pem');
    expect(data(cacerts, 'cert-chain.pem')).toBe(intermediate + root);
    expect(await keyMatches(data(cacerts, 'ca-key.pem'), intermediate)).toBe(true);
    const rootConfigMaps = objects.filter((o) => o.metadata.name === 'istio-ca-root-cert');
    expect(rootConfigMaps.map((o) => o.metadata.namespace)).toEqual([
      'default',
      'istio-system',
      'shop',
    ]);
    for (const cm of rootConfigMaps) expect(data(cm, 'root-cert.pem')).toBe(root);
  });

  it('stores Linkerd anchors in a ConfigMap and the issuer, signed by them, in a Secret', async () => {
    const objects = material.objectsFor('north', []);
    const anchors = data(
      find(objects, 'ConfigMap', 'linkerd', 'linkerd-identity-trust-roots'),
      'ca-bundle.crt',
    );
    const issuerSecret = find(objects, 'Secret', 'linkerd', 'linkerd-identity-issuer');
    const issuer = new x509.X509Certificate(data(issuerSecret, 'crt.pem'));
    const anchor = new x509.X509Certificate(anchors);
    expect(await issuer.verify({ publicKey: anchor.publicKey, signatureOnly: true }, crypto)).toBe(
      true,
    );
    expect(await keyMatches(data(issuerSecret, 'key.pem'), issuer.toString('pem'))).toBe(true);
    // The documented trust-domain mismatch: linkerd-config says cluster.local.
    expect(issuer.subject).toBe(`CN=${LINKERD_ISSUER_NAME}`);
    expect(LINKERD_ISSUER_NAME).not.toBe('identity.linkerd.cluster.local');
  });

  it('stores the Consul agent CA and the OSM root under the names their installers use', async () => {
    const south = material.objectsFor('south', []);
    const consulCert = data(find(south, 'Secret', 'consul', 'consul-ca-cert'), 'tls.crt');
    const consulKey = data(find(south, 'Secret', 'consul', 'consul-ca-key'), 'tls.key');
    expect(await keyMatches(consulKey, consulCert)).toBe(true);
    const central = material.objectsFor('central', []);
    const bundle = find(central, 'Secret', 'osm-system', 'osm-ca-bundle');
    const osmRoot = new x509.X509Certificate(data(bundle, 'ca.crt'));
    expect(osmRoot.subject).toContain('CN=osm-ca.openservicemesh.io');
    expect(osmRoot.publicKey.algorithm.name).toBe('RSASSA-PKCS1-v1_5');
    expect(await keyMatches(data(bundle, 'private.key'), data(bundle, 'ca.crt'))).toBe(true);
  });

  it('keeps private keys inside the mesh Secrets only', () => {
    const printed = [JSON.stringify(material), inspect(material, { depth: 10 })].join('\n');
    expect(printed).not.toContain('PRIVATE KEY');
    const holders = CLUSTERS.flatMap((cluster) =>
      material
        .objectsFor(cluster, ['default', 'istio-system'])
        .filter((o) =>
          Object.keys((o.data ?? {}) as object).some((k) => data(o, k).includes('PRIVATE KEY')),
        )
        .map((o) => `${cluster}:${o.kind}/${o.metadata.namespace ?? ''}/${o.metadata.name}`),
    );
    expect(holders).toEqual([
      'east:Secret/istio-system/cacerts',
      'west:Secret/istio-system/cacerts',
      'north:Secret/linkerd/linkerd-identity-issuer',
      'south:Secret/consul/consul-ca-key',
      'central:Secret/osm-system/osm-ca-bundle',
    ]);
  });
});

/** Signs with the PKCS#8 key and verifies with the certificate's public key. */
async function keyMatches(keyPem: string, certPem: string): Promise<boolean> {
  const certificate = new x509.X509Certificate(certPem);
  const ecdsa = certificate.publicKey.algorithm.name === 'ECDSA';
  const importAlg = ecdsa
    ? { name: 'ECDSA', namedCurve: 'P-256' }
    : { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };
  const signAlg = ecdsa ? { name: 'ECDSA', hash: 'SHA-256' } : { name: 'RSASSA-PKCS1-v1_5' };
  const key = await crypto.subtle.importKey(
    'pkcs8',
    x509.PemConverter.decodeFirst(keyPem),
    importAlg,
    false,
    ['sign'],
  );
  const message = new TextEncoder().encode('meshwork');
  const signature = await crypto.subtle.sign(signAlg, key, message);
  const publicKey = await certificate.publicKey.export(importAlg, ['verify'], crypto);
  return crypto.subtle.verify(signAlg, publicKey, signature, message);
}
