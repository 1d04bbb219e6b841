import { SnapshotBuilder } from '@meshwork/adapters-core';
import { ServiceRefs } from './service-refs';

const service = (namespace: string, name: string, selector: Record<string, string>) => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { namespace, name },
  spec: { selector, ports: [{ port: 80 }] },
});

const deployment = (
  namespace: string,
  name: string,
  labels: Record<string, string>,
  sa?: string,
) => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { namespace, name },
  spec: {
    replicas: 0,
    template: { metadata: { labels }, spec: { serviceAccountName: sa, containers: [] } },
  },
});

const snapshot = new SnapshotBuilder('east')
  .add(
    service('shop', 'cart', { app: 'cart' }),
    service('shop', 'cart-v2', { app: 'cart', version: 'v2' }),
    deployment('shop', 'cart-v1', { app: 'cart', version: 'v1' }, 'cart'),
    deployment('shop', 'cart-v2', { app: 'cart', version: 'v2' }, 'cart-v2'),
  )
  .build();
const refs = new ServiceRefs(snapshot);

describe('ServiceRefs.resolve', () => {
  it.each([
    'cart',
    'cart.shop',
    'cart.shop.svc',
    'cart.shop.svc.cluster.local',
    'cart.shop.svc.cluster.local.',
  ])('resolves %s to the Service id', (reference) => {
    expect(refs.resolve(reference, 'shop')).toEqual({
      ref: 'east/shop/Service/cart',
      target: { type: 'SERVICE', service: 'east/shop/Service/cart' },
      resolved: true,
    });
  });

  it('keeps external hosts and unknown Services as hosts', () => {
    expect(refs.resolve('httpbin.org', 'shop').target).toEqual({
      type: 'HOST',
      host: 'httpbin.org',
    });
    expect(refs.resolve('cart', 'other').target).toEqual({ type: 'HOST', host: 'cart' });
  });
});

describe('ServiceRefs.runningAs', () => {
  it('finds the Services selecting workloads of a ServiceAccount, even scaled to zero', () => {
    expect(refs.runningAs('shop', 'cart')).toEqual(['east/shop/Service/cart']);
    expect(refs.runningAs('shop', 'cart-v2')).toEqual([
      'east/shop/Service/cart',
      'east/shop/Service/cart-v2',
    ]);
    expect(refs.runningAs('shop', 'nobody')).toEqual([]);
  });
});
