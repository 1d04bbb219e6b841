import { type DetectedMesh } from '@meshwork/adapters-core';
import {
  AccessAction,
  ClusterErrorCode,
  DataPlaneMode,
  IdentityScheme,
  PolicyEffectType,
} from '@meshwork/model';
import { OsmKinds } from '../kube/osm-kinds';
import { SmiKinds } from '../kube/smi-kinds';
import { SmiAdapter } from '../smi-adapter';
import { discoverOsmFixture as discoverOsm, policyById as policy } from '../testing/discovery';
import { snapshotOf } from '../testing/fixtures';

const adapter = new SmiAdapter();

describe('OSM discovery', () => {
  const discovery = discoverOsm(['osm-bookstore']);
  const workload = (id: string) => discovery.workloads.find((w) => w.id === id);

  it('lists the workloads of monitored namespaces only, with their data-plane mode', () => {
    expect(discovery.workloads.map((w) => [w.id, w.dataPlaneMode])).toEqual([
      ['east/bookbuyer/Deployment/bookbuyer', DataPlaneMode.SIDECAR],
      ['east/bookstore/Deployment/bookstore-v1', DataPlaneMode.SIDECAR],
      ['east/bookstore/Deployment/bookstore-v2', DataPlaneMode.NATIVE_SIDECAR],
      ['east/bookthief/Deployment/bookthief', DataPlaneMode.NONE],
      ['east/bookwarehouse/StatefulSet/bookwarehouse', DataPlaneMode.SIDECAR],
    ]);
  });

  it('gives meshed workloads the mesh, the Envoy version and an OSM identity; unmeshed ones none', () => {
    expect(workload('east/bookstore/Deployment/bookstore-v2')).toMatchObject({
      mesh: 'east/osm-system/Mesh/osm',
      proxyVersion: '1.22.2',
      serviceAccount: 'bookstore-v2',
      version: 'v2',
      replicas: { desired: 1, ready: 1 },
      identity: {
        scheme: IdentityScheme.OSM,
        value: 'bookstore-v2.bookstore.cluster.local',
        trustDomain: 'cluster.local',
      },
      services: ['east/bookstore/Service/bookstore', 'east/bookstore/Service/bookstore-v2'],
    });
    const thief = workload('east/bookthief/Deployment/bookthief');
    expect(thief?.mesh).toBeUndefined();
    expect(thief?.identity).toBeUndefined();
  });

  it('leaves the version out of a workload without a version label', () => {
    expect(workload('east/bookwarehouse/StatefulSet/bookwarehouse')?.version).toBeUndefined();
  });

  it('lists each identity once', () => {
    expect(discovery.identities.map((i) => i.value)).toEqual([
      'bookbuyer.bookbuyer.cluster.local',
      'bookstore-v2.bookstore.cluster.local',
      'bookstore.bookstore.cluster.local',
      'bookwarehouse.bookwarehouse.cluster.local',
    ]);
  });

  it('lists the Services of meshed workloads with their versions from pod labels', () => {
    expect(discovery.services.map((s) => s.id)).toEqual([
      'east/bookstore/Service/bookstore',
      'east/bookstore/Service/bookstore-v1',
      'east/bookstore/Service/bookstore-v2',
      'east/bookwarehouse/Service/bookwarehouse',
    ]);
    const bookstore = discovery.services[0];
    expect(bookstore?.meshes).toEqual(['east/osm-system/Mesh/osm']);
    expect(bookstore?.logicalKey).toBe('bookstore/bookstore');
    expect(bookstore?.versions.map((v) => [v.name, v.labels, v.workloads])).toEqual([
      ['v1', { app: 'bookstore', version: 'v1' }, ['east/bookstore/Deployment/bookstore-v1']],
      ['v2', { app: 'bookstore', version: 'v2' }, ['east/bookstore/Deployment/bookstore-v2']],
    ]);
    expect(discovery.services[3]?.versions.map((v) => v.name)).toEqual(['unversioned']);
  });

  it('has no multi-cluster links and no errors for a clean fixture', () => {
    expect(discovery.links).toEqual([]);
    expect(discovery.errors).toEqual([]);
  });
});

describe('OSM discovery, odd cases', () => {
  it('turns each malformed object into one error and still discovers the rest', () => {
    const clean = discoverOsm(['osm-bookstore']);
    const discovery = discoverOsm(['osm-bookstore', 'osm-malformed']);
    expect(discovery.errors).toEqual([
      expect.objectContaining({
        cluster: 'east',
        code: ClusterErrorCode.INVALID_OBJECT,
        group: 'specs.smi-spec.io',
        resource: 'httproutegroups',
        namespace: 'bookstore',
        name: 'broken-routes',
        message:
          'HTTPRouteGroup bookstore/broken-routes: spec.matches must be a list, got a string',
      }),
      expect.objectContaining({
        group: 'split.smi-spec.io',
        resource: 'trafficsplits',
        name: 'broken-split',
        message:
          'TrafficSplit bookstore/broken-split: spec.backends[0].weight must be a non-negative weight, got "lots"',
      }),
    ]);
    expect(discovery.workloads).toEqual(clean.workloads);
    expect(discovery.policies.map((p) => p.id)).toContain(
      'east/bookstore/TrafficSplit.split.smi-spec.io/bookstore-split',
    );
    // A target naming a broken route group allows nothing rather than everything.
    const target = policy(
      discovery,
      'east/bookstore/TrafficTarget.access.smi-spec.io/uses-broken-routes',
    );
    expect(target.effects).toEqual([
      { type: PolicyEffectType.ACCESS, action: AccessAction.ALLOW, rules: [] },
    ]);
    expect(target.unmodelled).toEqual(['spec.rules[0] (HTTPRouteGroup broken-routes is invalid)']);
  });

  it('reads no policies of a CRD the cluster does not serve, without errors', () => {
    const discovery = discoverOsm(['osm-bookstore'], {
      withhold: [SmiKinds.TrafficSplit, OsmKinds.Retry],
    });
    const kinds = new Set(discovery.policies.map((p) => p.kind));
    expect(kinds.has('TrafficSplit')).toBe(false);
    expect(kinds.has('Retry')).toBe(false);
    expect(kinds.has('TrafficTarget')).toBe(true);
    expect(discovery.errors).toEqual([]);
  });

  it('lets a TrafficTarget allow nothing when its route group kind is not served', () => {
    const discovery = discoverOsm(['osm-bookstore'], { withhold: [SmiKinds.HTTPRouteGroup] });
    const target = policy(discovery, 'east/bookstore/TrafficTarget.access.smi-spec.io/bookstore');
    expect(target.effects).toEqual([
      { type: PolicyEffectType.ACCESS, action: AccessAction.ALLOW, rules: [] },
    ]);
    expect(target.unmodelled).toEqual([
      'spec.rules[0] (HTTPRouteGroup bookstore-service-routes: specs.smi-spec.io is not served)',
    ]);
  });

  it('discovers a mesh with no monitored namespace as empty apart from its MeshConfig', () => {
    const discovery = discoverOsm([]);
    expect(discovery.workloads).toEqual([]);
    expect(discovery.services).toEqual([]);
    expect(discovery.identities).toEqual([]);
    expect(discovery.policies.map((p) => p.kind)).toEqual(['MeshConfig']);
  });

  it('keeps each OSM mesh to the namespaces labelled with its name', () => {
    const snapshot = snapshotOf(['osm-control-plane', 'osm-bookstore', 'osm-second-mesh']);
    const [payments, osm] = adapter.detect(snapshot) as [DetectedMesh, DetectedMesh];
    const paymentsDiscovery = adapter.discover(snapshot, payments);
    expect(paymentsDiscovery.workloads.map((w) => [w.id, w.mesh, w.identity?.value])).toEqual([
      [
        'east/payments/Pod/ledger',
        'east/osm-payments/Mesh/payments',
        'ledger.payments.cluster.local',
      ],
    ]);
    expect(paymentsDiscovery.services.map((s) => s.id)).toEqual(['east/payments/Service/ledger']);
    expect(adapter.discover(snapshot, osm).workloads.some((w) => w.namespace === 'payments')).toBe(
      false,
    );
  });

  it('does not take an application container named envoy for the OSM sidecar', () => {
    const pod = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'gateway', namespace: 'bookstore', labels: { app: 'gateway' } },
      spec: { containers: [{ name: 'envoy', image: 'envoyproxy/envoy:v1.30.1' }] },
    };
    const discovery = discoverOsm(['osm-bookstore'], { extra: [pod] });
    expect(
      discovery.workloads.find((w) => w.id === 'east/bookstore/Pod/gateway')?.dataPlaneMode,
    ).toBe(DataPlaneMode.NONE);
  });
});
