import { SnapshotBuilder } from '../snapshot/snapshot-builder';
import { baseService } from './base-service';
import { podsForService, serviceSelects, servicesSelecting } from './service-selection';

const service = (name: string, selector?: Record<string, string>) => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { namespace: 'shop', name, labels: { team: 'cart' } },
  spec: { ...(selector && { selector }), ports: [{ name: 'http', port: 80, targetPort: 8080 }] },
});
const pod = (name: string, labels: Record<string, string>) => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { namespace: 'shop', name, labels },
});

describe('service selection', () => {
  const snapshot = new SnapshotBuilder('east')
    .add(
      service('cart', { app: 'cart' }),
      service('cart-external'),
      pod('cart-1', { app: 'cart', version: 'v1' }),
      pod('web-1', { app: 'web' }),
    )
    .build();

  it('finds the pods a Service selects', () => {
    const cart = snapshot.get<ReturnType<typeof service>>('services', 'shop', 'cart');
    expect(podsForService(snapshot, cart!).map((p) => p.metadata.name)).toEqual(['cart-1']);
  });

  it('never selects pods with a selector-less Service', () => {
    expect(serviceSelects(service('x'), { app: 'cart' })).toBe(false);
    expect(serviceSelects(service('x', {}), { app: 'cart' })).toBe(false);
  });

  it('finds the Services selecting a label set', () => {
    expect(
      servicesSelecting(snapshot, 'shop', { app: 'cart', version: 'v2' }).map(
        (s) => s.metadata.name,
      ),
    ).toEqual(['cart']);
  });

  it('builds a model Service with an id, ports and a logical key', () => {
    expect(baseService('east', service('cart', { app: 'cart' }))).toEqual({
      id: 'east/shop/Service/cart',
      cluster: 'east',
      namespace: 'shop',
      name: 'cart',
      ports: [{ name: 'http', port: 80, targetPort: 8080, protocol: 'TCP' }],
      labels: { team: 'cart' },
      selector: { app: 'cart' },
      meshes: [],
      versions: [],
      subsets: [],
      workloads: [],
      logicalKey: 'shop/cart',
    });
  });
});
