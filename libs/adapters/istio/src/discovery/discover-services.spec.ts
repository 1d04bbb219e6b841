import { IstioAdapter } from '../istio-adapter';
import { fixtureSnapshot } from '../testing/load-fixture';

const adapter = new IstioAdapter();
const snapshot = fixtureSnapshot('bookinfo-sidecar');
const [mesh] = adapter.detect(snapshot);
const { services } = adapter.discover(snapshot, mesh!);
const byId = new Map(services.map((s) => [s.id, s]));

describe('Istio services', () => {
  it('lists Services of meshed workloads only, in id order', () => {
    expect(services.map((s) => s.id)).toEqual([
      'east/bookinfo/Service/productpage',
      'east/bookinfo/Service/ratings',
      'east/bookinfo/Service/reviews',
    ]);
  });

  it('groups workloads into versions by their version label and adds DestinationRule subsets', () => {
    const reviews = byId.get('east/bookinfo/Service/reviews');
    expect(reviews?.meshes).toEqual(['east/istio-system/Mesh/istio']);
    expect(reviews?.logicalKey).toBe('bookinfo/reviews');
    expect(reviews?.versions.map((v) => [v.name, v.labels, v.workloads])).toEqual([
      ['v1', { app: 'reviews', version: 'v1' }, ['east/bookinfo/Deployment/reviews-v1']],
      ['v2', { app: 'reviews', version: 'v2' }, ['east/bookinfo/Deployment/reviews-v2']],
      ['v3', { app: 'reviews', version: 'v3' }, ['east/bookinfo/Deployment/reviews-v3']],
    ]);
    expect(reviews?.subsets).toEqual(
      ['v1', 'v2', 'v3'].map((name) => ({
        name,
        labels: { version: name },
        definedBy: 'east/bookinfo/DestinationRule.networking.istio.io/reviews',
      })),
    );
  });

  it('puts workloads without a version label under `unversioned`', () => {
    expect(byId.get('east/bookinfo/Service/productpage')?.versions).toEqual([
      {
        name: 'unversioned',
        labels: { app: 'productpage' },
        workloads: ['east/bookinfo/Deployment/productpage-v1'],
      },
    ]);
  });
});
