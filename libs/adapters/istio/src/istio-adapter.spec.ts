import { SnapshotBuilder, capabilityOf, kindKey } from '@meshwork/adapters-core';
import { ClusterErrorCode, MeshKind, PolicyEffectType } from '@meshwork/model';
import { IstioAdapter } from './istio-adapter';
import { IstioKinds } from './istio-kinds';
import { discoverFixture } from './testing/discover-fixture';
import { fixtureSnapshot, readFixture } from './testing/load-fixture';

describe('IstioAdapter', () => {
  const adapter = new IstioAdapter();

  it('asks for the Istio CRDs as optional kinds and for the core kinds it reads', () => {
    const keys = adapter.watchedKinds.map(kindKey);
    expect(keys).toEqual(
      expect.arrayContaining(['pods', 'deployments.apps', 'virtualservices.networking.istio.io']),
    );
    expect(
      adapter.watchedKinds.filter((k) => k.group.endsWith('istio.io')).every((k) => k.optional),
    ).toBe(true);
  });

  it('declares every policy effect as natively supported for Istio', () => {
    for (const effect of Object.values(PolicyEffectType)) {
      expect(capabilityOf(adapter, MeshKind.ISTIO, effect).supported).toBe(true);
    }
    expect(capabilityOf(adapter, MeshKind.LINKERD, PolicyEffectType.MIRROR).supported).toBe(false);
  });

  it('discovers a mesh with zero workloads without errors', () => {
    expect(discoverFixture('zero-workloads')).toEqual({
      services: [],
      workloads: [],
      policies: [],
      identities: [],
      links: [],
      certificates: [],
      errors: [],
    });
  });

  it('collects distinct identities of meshed workloads', () => {
    expect(discoverFixture('bookinfo-sidecar').identities.map((i) => i.value)).toEqual([
      'spiffe://east.example.com/ns/bookinfo/sa/bookinfo-productpage',
      'spiffe://east.example.com/ns/bookinfo/sa/bookinfo-ratings',
      'spiffe://east.example.com/ns/bookinfo/sa/bookinfo-reviews',
    ]);
  });

  it('turns unreadable objects into per-cluster errors and still reads the rest', () => {
    const discovery = discoverFixture('broken-config');
    expect(
      discovery.errors.map((e) => [e.code, e.cluster, e.resource, e.namespace, e.name]),
    ).toEqual([
      [ClusterErrorCode.INVALID_OBJECT, 'east', 'configmaps', 'istio-system', undefined],
      [ClusterErrorCode.INVALID_OBJECT, 'east', 'virtualservices', 'shop', 'broken'],
    ]);
    expect(discovery.policies.map((p) => p.id)).toEqual([
      'east/shop/PeerAuthentication.security.istio.io/default',
    ]);
  });

  it('keeps revision-scoped config with the mesh serving that revision', () => {
    const discovery = discoverFixture('two-revisions');
    expect(discovery.policies.map((p) => p.id)).toEqual([
      'east/payments/VirtualService.networking.istio.io/pay',
    ]);
  });

  it('is pure: the same snapshot gives the same answer', () => {
    const snapshot = fixtureSnapshot('bookinfo-sidecar');
    const [mesh] = adapter.detect(snapshot);
    expect(adapter.discover(snapshot, mesh!)).toEqual(adapter.discover(snapshot, mesh!));
  });

  it('works when the Istio CRDs are not served', () => {
    const snapshot = new SnapshotBuilder('east', adapter.watchedKinds)
      .add(...readFixture('zero-workloads'))
      .withhold(...Object.values(IstioKinds))
      .build();
    const [mesh] = adapter.detect(snapshot);
    expect(mesh?.version).toBe('1.23.1');
    expect(adapter.discover(snapshot, mesh!).policies).toEqual([]);
  });
});
