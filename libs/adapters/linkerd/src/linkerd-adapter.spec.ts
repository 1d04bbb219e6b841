import {
  CertificateKinds,
  type ConfigMap,
  SnapshotBuilder,
  capabilityOf,
} from '@meshwork/adapters-core';
import { ClusterErrorCode, MeshKind, PolicyEffectType } from '@meshwork/model';
import { LinkerdAdapter } from './linkerd-adapter';
import { LinkerdKinds } from './linkerd-kinds';
import { discoverPrimary, fixtureObject, fixtureSnapshot, variant } from './testing/fixtures';

const adapter = new LinkerdAdapter();
const ALL = ['control-plane', 'emojivoto', 'policies', 'multicluster'];

describe('LinkerdAdapter', () => {
  it('declares every Linkerd CRD and webhook kind it reads as optional, and only built-in kinds as required', () => {
    const crds = adapter.watchedKinds.filter((k) => !['', 'apps', 'batch'].includes(k.group));
    expect(crds.length).toBe(
      Object.keys(LinkerdKinds).length + Object.keys(CertificateKinds).length,
    );
    expect(crds.every((k) => k.optional)).toBe(true);
    expect(adapter.watchedKinds.filter((k) => !k.optional).map((k) => k.kind)).toEqual([
      'Namespace',
      'Pod',
      'Service',
      'ConfigMap',
      'Secret',
      'Deployment',
      'ReplicaSet',
      'StatefulSet',
      'DaemonSet',
      'Job',
    ]);
  });

  it('says up front that Linkerd cannot mirror traffic or inject faults, and why', () => {
    const mirror = capabilityOf(adapter, MeshKind.LINKERD, PolicyEffectType.MIRROR);
    expect(mirror).toEqual({
      supported: false,
      reason: expect.stringMatching(/rejects the Gateway API RequestMirror/),
    });
    expect(
      capabilityOf(adapter, MeshKind.LINKERD, PolicyEffectType.FAULT_INJECTION).supported,
    ).toBe(false);
    expect(capabilityOf(adapter, MeshKind.LINKERD, PolicyEffectType.TRAFFIC_SPLIT).supported).toBe(
      true,
    );
    expect(capabilityOf(adapter, MeshKind.ISTIO, PolicyEffectType.RETRY).supported).toBe(false);
  });

  it('discovers the same result twice from the same snapshot, in id order', () => {
    const snapshot = fixtureSnapshot(...ALL).build();
    const first = discoverPrimary(snapshot).result;
    expect(discoverPrimary(snapshot).result).toEqual(first);
    for (const list of [first.services, first.workloads, first.policies, first.links]) {
      const ids = list.map((item) => item.id);
      expect(ids).toEqual([...ids].sort((a, b) => a.localeCompare(b)));
    }
    expect(first.errors).toEqual([]);
  });

  it('works when the policy and multicluster CRDs are not installed', () => {
    const withheld = Object.values(LinkerdKinds);
    const { result } = discoverPrimary(
      fixtureSnapshot(...ALL)
        .withhold(...withheld)
        .build(),
    );
    expect(result.errors).toEqual([]);
    expect(result.links.filter((l) => l.source.kind === 'Link')).toEqual([]);
    expect(result.policies.map((p) => p.kind).sort()).toEqual([
      'ConfigMap',
      'Deployment',
      'Deployment',
      'Namespace',
      'Service',
    ]);
    expect(result.workloads.some((w) => w.name === 'voting-v2')).toBe(true);
  });

  it('discovers a mesh with no workloads of its own as empty, without errors', () => {
    const canary = ['linkerd-destination', 'linkerd-identity', 'linkerd-proxy-injector'].map(
      (name) =>
        variant(fixtureObject('control-plane', 'Deployment', name), (d) => {
          d.metadata.namespace = 'linkerd-canary';
          d.metadata.labels!['linkerd.io/control-plane-ns'] = 'linkerd-canary';
          d.spec = {
            replicas: 1,
            template: { metadata: { labels: {} }, spec: { containers: [] } },
          };
        }),
    );
    const snapshot = fixtureSnapshot(...ALL)
      .add(...canary)
      .build();
    const mesh = adapter.detect(snapshot).find((m) => m.namespace === 'linkerd-canary');
    expect(mesh).toBeDefined();
    expect(adapter.discover(snapshot, mesh!)).toEqual({
      services: [],
      workloads: [],
      policies: [],
      identities: [],
      links: [],
      certificates: [],
      errors: [],
    });
  });

  it('reports each malformed object once and discovers everything else', () => {
    const route = variant(fixtureObject('policies', 'HTTPRoute', 'web-split'), (r) => {
      (r.spec as { rules: unknown }).rules = { oops: true };
    });
    const config = variant(
      fixtureObject('control-plane', 'ConfigMap', 'linkerd-config') as ConfigMap,
      (c) => {
        c.data!['values'] = 'identityTrustDomain: [';
      },
    );
    const snapshot = fixtureSnapshot(...ALL)
      .add(route, config)
      .build();
    const { mesh, result } = discoverPrimary(snapshot);
    expect(mesh.trustDomain).toBe('cluster.local');
    expect(result.errors.map((e) => [e.code, e.resource, e.name])).toEqual([
      [ClusterErrorCode.INVALID_OBJECT, 'configmaps', 'linkerd-config'],
      [ClusterErrorCode.INVALID_OBJECT, 'httproutes', 'web-split'],
    ]);
    expect(result.errors.every((e) => e.cluster === 'east')).toBe(true);
    expect(result.policies.length).toBeGreaterThan(10);
    expect(result.workloads.length).toBe(9);
  });

  it('finds nothing in an empty cluster', () => {
    expect(adapter.detect(new SnapshotBuilder('empty', adapter.watchedKinds).build())).toEqual([]);
  });
});
