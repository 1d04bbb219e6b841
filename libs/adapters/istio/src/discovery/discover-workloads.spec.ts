import { DataPlaneMode, type Workload } from '@meshwork/model';
import { IstioAdapter } from '../istio-adapter';
import { fixtureSnapshot } from '../testing/load-fixture';

const adapter = new IstioAdapter();

function workloadsOf(fixture: string): Map<string, Workload> {
  const snapshot = fixtureSnapshot(fixture);
  const [mesh] = adapter.detect(snapshot);
  if (!mesh) throw new Error(`no mesh in ${fixture}`);
  return new Map(adapter.discover(snapshot, mesh).workloads.map((w) => [w.id, w]));
}

describe('Istio workloads', () => {
  const bookinfo = workloadsOf('bookinfo-sidecar');

  it('reads sidecars, proxy version (without -distroless), identity and backing services', () => {
    expect(bookinfo.get('east/bookinfo/Deployment/reviews-v2')).toEqual({
      id: 'east/bookinfo/Deployment/reviews-v2',
      cluster: 'east',
      namespace: 'bookinfo',
      name: 'reviews-v2',
      kind: 'Deployment',
      labels: { app: 'reviews', version: 'v2' },
      replicas: { desired: 2, ready: 1 },
      dataPlaneMode: DataPlaneMode.SIDECAR,
      mesh: 'east/istio-system/Mesh/istio',
      revision: 'default',
      proxyVersion: '1.22.3',
      serviceAccount: 'bookinfo-reviews',
      identity: {
        scheme: 'SPIFFE',
        value: 'spiffe://east.example.com/ns/bookinfo/sa/bookinfo-reviews',
        trustDomain: 'east.example.com',
        namespace: 'bookinfo',
        serviceAccount: 'bookinfo-reviews',
        mesh: 'east/istio-system/Mesh/istio',
      },
      version: 'v2',
      services: ['east/bookinfo/Service/reviews'],
    });
  });

  it('treats istio-proxy in initContainers as a native sidecar', () => {
    expect(bookinfo.get('east/bookinfo/Deployment/ratings-v1')?.dataPlaneMode).toBe(
      DataPlaneMode.NATIVE_SIDECAR,
    );
  });

  it('leaves version unset for workloads without a version label', () => {
    const productpage = bookinfo.get('east/bookinfo/Deployment/productpage-v1');
    expect(productpage?.dataPlaneMode).toBe(DataPlaneMode.SIDECAR);
    expect(productpage).not.toHaveProperty('version');
  });

  it('lists opted-out workloads of an injected namespace as NONE, without mesh or identity', () => {
    const details = bookinfo.get('east/bookinfo/Deployment/details-v1');
    expect(details?.dataPlaneMode).toBe(DataPlaneMode.NONE);
    expect(details).not.toHaveProperty('mesh');
    expect(details).not.toHaveProperty('identity');
  });

  it('predicts the data plane of a Deployment scaled to zero from its namespace', () => {
    expect(bookinfo.get('east/bookinfo/Deployment/reviews-v3')).toMatchObject({
      dataPlaneMode: DataPlaneMode.SIDECAR,
      replicas: { desired: 0, ready: 0 },
    });
  });

  it('leaves out the control plane and namespaces that never opted in', () => {
    expect([...bookinfo.keys()].filter((id) => !id.startsWith('east/bookinfo/'))).toEqual([]);
  });

  it('assigns each workload the revision that injected it and that revision trust domain', () => {
    const revisions = workloadsOf('two-revisions');
    expect(revisions.get('east/shop/Deployment/cart')).toMatchObject({
      revision: '1-21',
      proxyVersion: '1.21.5',
      identity: { value: 'spiffe://cluster.local/ns/shop/sa/cart' },
    });
    // No istio.io/rev label on this pod: the revision comes from sidecar.istio.io/status.
    expect(revisions.get('east/payments/Deployment/pay')).toMatchObject({
      revision: '1-22',
      identity: { value: 'spiffe://prod.example.com/ns/payments/sa/pay' },
    });
  });

  it('has no workloads in a mesh nobody joined yet', () => {
    expect(workloadsOf('zero-workloads').size).toBe(0);
  });

  it('reads ambient namespaces, pod-level ambient, opt-outs and sidecars inside ambient namespaces', () => {
    const ambient = workloadsOf('ambient');
    const modes = Object.fromEntries([...ambient.values()].map((w) => [w.id, w.dataPlaneMode]));
    expect(modes).toEqual({
      'east/store/Deployment/catalog': DataPlaneMode.AMBIENT,
      'east/store/Deployment/frontend': DataPlaneMode.SIDECAR,
      'east/store/StatefulSet/legacy-batch': DataPlaneMode.NONE,
      'east/later/Pod/report': DataPlaneMode.AMBIENT,
    });
    expect(ambient.get('east/store/Deployment/catalog')?.identity?.value).toBe(
      'spiffe://cluster.local/ns/store/sa/catalog',
    );
  });
});
