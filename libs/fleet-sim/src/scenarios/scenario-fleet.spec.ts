import { createHash } from 'node:crypto';
import { KubeConfig, KubernetesObjectApi } from '@kubernetes/client-node';
import { parse } from 'yaml';
import { FleetSim } from '../fleet/fleet-sim';
import { scenarioFleet, type ScenarioCluster } from './scenario-fleet';

type Any = any; // eslint-disable-line @typescript-eslint/no-explicit-any

let fleet: ScenarioCluster[];
beforeAll(async () => {
  fleet = await scenarioFleet();
}, 30_000);

const cluster = (name: string) => fleet.find((c) => c.cluster === name)!;
const find = (objects: Any[], kind: string, namespace: string, name: string): Any =>
  objects.find(
    (o) => o.kind === kind && o.metadata.namespace === namespace && o.metadata.name === name,
  );

describe('scenarioFleet', () => {
  it('returns the five demo clusters with their versions, CRDs first', () => {
    expect(fleet.map((c) => [c.cluster, c.name, c.kubernetesVersion])).toEqual([
      ['east', 'east', 'v1.34.1'],
      ['west', 'west', 'v1.34.1'],
      ['north', 'north', 'v1.33.4'],
      ['south', 'south', 'v1.35.0'],
      ['central', 'central', 'v1.32.6'],
    ]);
    for (const c of fleet) expect(c.objects[0]!.kind).toBe('CustomResourceDefinition');
  });

  it('adds each mesh its CA objects, Istio roots in every namespace', () => {
    const east = cluster('east').objects;
    expect(find(east, 'Secret', 'istio-system', 'cacerts')).toBeDefined();
    const roots = east
      .filter((o) => o.metadata.name === 'istio-ca-root-cert')
      .map((o) => o.metadata.namespace);
    expect(roots.sort()).toEqual(['default', 'istio-system', 'ledger', 'shop']);
    expect(
      find(cluster('north').objects, 'Secret', 'linkerd', 'linkerd-identity-issuer'),
    ).toBeDefined();
    expect(find(cluster('south').objects, 'Secret', 'consul', 'consul-ca-cert')).toBeDefined();
    expect(find(cluster('central').objects, 'Secret', 'osm-system', 'osm-ca-bundle')).toBeDefined();
  });

  it('stamps Linkerd pods and control-plane templates with the digest of the generated anchors', () => {
    const north = cluster('north').objects as Any[];
    const anchors = find(north, 'ConfigMap', 'linkerd', 'linkerd-identity-trust-roots').data[
      'ca-bundle.crt'
    ];
    const digest = createHash('sha256').update(anchors).digest('hex');
    const proxied = north.filter(
      (o) => o.kind === 'Pod' && o.metadata.annotations?.['linkerd.io/proxy-version'],
    );
    expect(proxied.length).toBe(north.filter((o) => o.kind === 'Pod').length);
    for (const pod of proxied)
      expect(pod.metadata.annotations['linkerd.io/trust-root-sha256']).toBe(digest);
    const destination = find(north, 'Deployment', 'linkerd', 'linkerd-destination');
    expect(destination.spec.template.metadata.annotations['linkerd.io/trust-root-sha256']).toBe(
      digest,
    );
    const values = parse(find(north, 'ConfigMap', 'linkerd', 'linkerd-config').data.values);
    expect(values.identityTrustAnchorsPEM).toBe(anchors);
    expect(values.identity.issuer.tls.crtPEM).toContain('BEGIN CERTIFICATE');
    expect(JSON.stringify(values)).not.toContain('PRIVATE KEY');
  });

  it('starts in FleetSim as it is and serves every cluster through client-node', async () => {
    const sim = await FleetSim.start({ clusters: fleet });
    try {
      const config = new KubeConfig();
      config.loadFromString(sim.kubeconfig({ readOnly: true }));
      for (const c of fleet) {
        config.setCurrentContext(c.cluster);
        const api = KubernetesObjectApi.makeApiClient(config);
        const pods = (await api.list('v1', 'Pod')).items as Any[];
        expect(pods).toHaveLength(c.objects.filter((o) => o.kind === 'Pod').length);
        expect(pods.every((p) => p.status.phase === 'Running')).toBe(true);
      }
      config.setCurrentContext('south');
      const api = KubernetesObjectApi.makeApiClient(config);
      const splitters = (
        await api.list('consul.hashicorp.com/v1alpha1', 'ServiceSplitter', 'payments')
      ).items as Any[];
      expect(splitters[0].spec.splits.map((s: Any) => s.weight)).toEqual([80, 20]);
    } finally {
      await sim.stop();
    }
  });
});
