import { X509Certificate } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CoreV1Api } from '@kubernetes/client-node';
import { TestCa } from '@meshwork/adapters-core/testing';
import { applyScenario, scenarioFleet, type ScenarioCluster } from '@meshwork/fleet-sim';
import { clusterKubeConfig } from '../support/cluster-kube-config';
import { startControlPlane, type ControlPlane } from '../support/control-plane';
import { isControlPlaneSkipped } from '../support/control-plane-state';
import { eventually, startHubInProcess, type InProcessHub } from '../support/hub-in-process';
import { writeKubeconfig } from '../support/kubeconfig-file';

interface CertificateRow {
  id: string;
  cluster: string;
  mesh: string;
  role: string;
  subject: string;
  notAfter: string;
  expiryClass: string;
  daysLeft: number;
  source: { kind: string; namespace: string; name: string; key: string };
  chain: { status: string; issuerId: string | null };
}
interface FindingRow {
  kind: string;
  severity: string;
  message: string;
  certificates: string[];
  clusters: string[];
}

const CERTIFICATES = `{ certificates { id cluster mesh role subject notAfter expiryClass daysLeft
  source { kind namespace name key } chain { status issuerId } } }`;
const FINDINGS = '{ trustFindings { kind severity message certificates clusters } }';
/** The scenario clusters whose certificates this suite checks (south's agent CA is OK throughout). */
const CLUSTERS = ['east', 'west', 'north', 'central'];

const notAfterIn = (cluster: ScenarioCluster, kind: string, name: string, key: string): string => {
  const object = cluster.objects.find((o) => o.kind === kind && o.metadata.name === name)!;
  const value = (object as unknown as { data: Record<string, string> }).data[key]!;
  const pem = kind === 'Secret' ? Buffer.from(value, 'base64').toString('utf8') : value;
  return new Date(new X509Certificate(pem).validTo).toISOString();
};

/**
 * The scenario fleet's CA material on real kube-apiservers, read by the hub through the read-only
 * identity: classes by expiry, the shared Istio root, the Linkerd trust-domain mismatch, and a
 * rotation seen live. A private control plane: this suite rewrites CA Secrets, which the shared
 * clusters' other suites load with CA material of their own.
 */
(isControlPlaneSkipped() ? describe.skip : describe)(
  'certificates of the scenario fleet on real kube-apiservers (private control plane)',
  () => {
    let plane: ControlPlane;
    let hub: InProcessHub;
    let fleet: ScenarioCluster[];
    const certificates = async () =>
      (await hub.graphql<{ certificates: CertificateRow[] }>(CERTIFICATES)).certificates;
    const findings = async () =>
      (await hub.graphql<{ trustFindings: FindingRow[] }>(FINDINGS)).trustFindings;
    const one = (rows: CertificateRow[], cluster: string, role: string) =>
      rows.find((c) => c.cluster === cluster && c.role === role);

    beforeAll(async () => {
      [plane, fleet] = await Promise.all([
        startControlPlane({ clusters: CLUSTERS }),
        scenarioFleet(),
      ]);
      for (const name of CLUSTERS) {
        const cluster = fleet.find((c) => c.name === name)!;
        await applyScenario(clusterKubeConfig(plane.cluster(name), 'admin'), cluster.objects);
      }
      const kubeconfig = join(mkdtempSync(join(tmpdir(), 'meshwork-certs-')), 'kubeconfig');
      writeKubeconfig(
        kubeconfig,
        plane.clusters.map((c) => ({
          context: c.name,
          cluster: c.name,
          server: c.server,
          caPem: c.caPem,
          user: `${c.name}-reader`,
          token: c.readOnlyToken,
        })),
      );
      hub = await startHubInProcess(kubeconfig, { clusterTimeoutMs: 3_000, clusterRetryMs: 2_000 });
      await eventually(
        async () => {
          const rows = await certificates();
          return CLUSTERS.every((c) => rows.some((r) => r.cluster === c)) && rows.length >= 7
            ? rows
            : undefined;
        },
        60_000,
        'certificates from every cluster',
      );
    }, 240_000);

    afterAll(async () => {
      await hub?.stop();
      await plane?.stop();
    }, 60_000);

    it('classes the expired OSM root, the 7-day Linkerd issuer and the 60-day Istio intermediate, soonest first', async () => {
      const rows = await certificates();
      expect(rows.slice(0, 3).map((c) => [c.cluster, c.role, c.expiryClass])).toEqual([
        ['central', 'ROOT', 'EXPIRED'],
        ['north', 'ISSUER', 'CRITICAL'],
        ['west', 'INTERMEDIATE', 'WARNING'],
      ]);
      expect(rows.slice(3).every((c) => c.expiryClass === 'OK')).toBe(true);
      const osm = one(rows, 'central', 'ROOT')!;
      expect(osm.source).toEqual({
        kind: 'Secret',
        namespace: 'osm-system',
        name: 'osm-ca-bundle',
        key: 'ca.crt',
      });
      expect(osm.daysLeft).toBe(-3);
      expect(one(rows, 'north', 'ISSUER')!.daysLeft).toBe(4);
      expect(one(rows, 'west', 'INTERMEDIATE')!.daysLeft).toBe(44);
      // The dates are the stored certificates' own, to the second.
      const byName = (name: string) => fleet.find((c) => c.name === name)!;
      expect(osm.notAfter).toBe(notAfterIn(byName('central'), 'Secret', 'osm-ca-bundle', 'ca.crt'));
      expect(one(rows, 'north', 'ISSUER')!.notAfter).toBe(
        notAfterIn(byName('north'), 'Secret', 'linkerd-identity-issuer', 'crt.pem'),
      );
      expect(one(rows, 'west', 'INTERMEDIATE')!.notAfter).toBe(
        notAfterIn(byName('west'), 'Secret', 'cacerts', 'ca-cert.pem'),
      );
    });

    it('recognises the root the Istio pair shares and the Linkerd issuer minted for another trust domain', async () => {
      const rows = await certificates();
      const all = await findings();
      const roots = ['east', 'west'].map((c) => one(rows, c, 'ROOT')!.id).sort();
      expect(all).toContainEqual(
        expect.objectContaining({
          kind: 'SHARED_ROOT',
          severity: 'INFO',
          clusters: ['east', 'west'],
          certificates: roots,
        }),
      );
      expect(all.some((f) => f.kind === 'ROOT_MISMATCH')).toBe(false);
      const issuer = one(rows, 'north', 'ISSUER')!;
      expect(all).toContainEqual(
        expect.objectContaining({
          kind: 'TRUST_DOMAIN_MISMATCH',
          severity: 'ERROR',
          clusters: ['north'],
          certificates: [issuer.id],
          message: expect.stringMatching(/"cluster\.local".*"north\.local"/),
        }),
      );
      // The issuer itself is sound: signed by the trust anchor, signature verified.
      const { certificate } = await hub.graphql<{
        certificate: { issuers: { role: string; chain: { status: string } }[] };
      }>(`{ certificate(id: ${JSON.stringify(issuer.id)}) { issuers { role chain { status } } } }`);
      expect(certificate.issuers).toEqual([
        { role: 'ISSUER', chain: { status: 'VALID' } },
        { role: 'ROOT', chain: { status: 'SELF_SIGNED' } },
      ]);
    });

    it('sees a rotated intermediate within seconds, and that it no longer chains to the root', async () => {
      const stranger = await TestCa.root({ subject: 'O=Elsewhere, CN=Other Root', daysLeft: 1000 });
      const rotated = await stranger.issue({
        subject: 'O=Istio, CN=Intermediate CA, L=west',
        daysLeft: 300,
      });
      const core = clusterKubeConfig(plane.cluster('west'), 'admin').makeApiClient(CoreV1Api);
      const secret = await core.readNamespacedSecret({
        name: 'cacerts',
        namespace: 'istio-system',
      });
      const pem = Buffer.from(rotated.pem).toString('base64');
      // A botched rotation: the signing CA and its chain replaced by one from another root.
      secret.data = { ...secret.data, 'ca-cert.pem': pem, 'cert-chain.pem': pem };
      const started = Date.now();
      await core.replaceNamespacedSecret({
        name: 'cacerts',
        namespace: 'istio-system',
        body: secret,
      });
      const { value: rows, ms } = await eventually(
        async () => {
          const current = await certificates();
          return one(current, 'west', 'INTERMEDIATE')?.expiryClass === 'OK' ? current : undefined;
        },
        20_000,
        'the rotated intermediate',
      );
      process.stderr.write(
        `[certificates] rotation seen ${ms} ms after the write (${Date.now() - started} ms in all)\n`,
      );
      expect(one(rows, 'west', 'INTERMEDIATE')!.chain.status).toBe('ISSUER_NOT_FOUND');
      expect(await findings()).toContainEqual(
        expect.objectContaining({
          kind: 'ISSUER_NOT_SIGNED_BY_ROOT',
          severity: 'ERROR',
          clusters: ['west'],
        }),
      );
    });
  },
);
