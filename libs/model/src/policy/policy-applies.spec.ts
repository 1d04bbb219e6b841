import { type Service } from '../service/service';
import { type Workload } from '../workload/workload';
import { DataPlaneMode } from '../workload/data-plane-mode';
import { WorkloadKind } from '../workload/workload-kind';
import { type NativePolicy } from './native-policy';
import { policiesAffecting } from './policy-applies';

const service: Service = {
  id: 'east/shop/Service/cart',
  cluster: 'east',
  namespace: 'shop',
  name: 'cart',
  ports: [],
  labels: {},
  selector: { app: 'cart' },
  meshes: ['east/istio-system/Mesh/istio'],
  versions: [],
  subsets: [],
  workloads: ['east/shop/Deployment/cart-v1'],
  logicalKey: 'shop/cart',
};
const workload: Workload = {
  id: 'east/shop/Deployment/cart-v1',
  kind: WorkloadKind.DEPLOYMENT,
  replicas: { desired: 1, ready: 1 },
  services: ['east/shop/Service/cart'],
  cluster: 'east',
  namespace: 'shop',
  name: 'cart-v1',
  labels: { app: 'cart', version: 'v1' },
  dataPlaneMode: DataPlaneMode.SIDECAR,
};

const policy = (id: string, targets: NativePolicy['targets'], cluster = 'east'): NativePolicy => ({
  id,
  cluster,
  mesh: 'east/istio-system/Mesh/istio',
  kind: 'X',
  source: { cluster, group: 'g', kind: 'X', namespace: 'shop', name: id },
  targets,
  effects: [],
  unmodelled: [],
});

describe('policiesAffecting', () => {
  it('finds policies by service, selector, namespace, mesh and host, in the service cluster only', () => {
    const policies = [
      policy('direct', [{ type: 'SERVICE', service: service.id }]),
      policy('selector', [
        { type: 'WORKLOAD_SELECTOR', namespace: 'shop', labels: { app: 'cart' } },
      ]),
      policy('other-selector', [
        { type: 'WORKLOAD_SELECTOR', namespace: 'shop', labels: { app: 'web' } },
      ]),
      policy('namespace', [{ type: 'NAMESPACE', namespace: 'shop' }]),
      policy('mesh-wide', [{ type: 'MESH' }]),
      policy('host', [{ type: 'HOST', host: 'cart.shop.svc.cluster.local' }]),
      policy('other-cluster', [{ type: 'SERVICE', service: service.id }], 'west'),
    ];
    expect(policiesAffecting(service, [workload], policies).map((p) => p.id)).toEqual([
      'direct',
      'selector',
      'namespace',
      'mesh-wide',
      'host',
    ]);
  });
});
