import { type Service } from '@meshwork/model';
import { fixtureSnapshot } from '../__fixtures__/load-fixtures';
import { ConsulAdapter } from '../consul-adapter';

const adapter = new ConsulAdapter();
const snapshot = fixtureSnapshot(
  'east',
  'control-plane',
  'shop-workloads',
  'config-entries',
).build();
const [mesh] = adapter.detect(snapshot);
const services = mesh ? adapter.discover(snapshot, mesh).services : [];
const service = (name: string): Service | undefined => services.find((s) => s.name === name);

describe('Consul service discovery', () => {
  it('lists Services with meshed workloads, not ignored, uninjected or unrelated ones', () => {
    expect(services.map((s) => s.id)).toEqual([
      'east/shop/Service/api',
      'east/shop/Service/frontend',
      'east/shop/Service/legacy-cart',
      'east/shop/Service/payments',
    ]);
    expect(services.every((s) => s.meshes.join() === 'east/consul/Mesh/consul')).toBe(true);
  });

  it('groups workloads into versions by their version label', () => {
    expect(service('api')?.versions).toEqual([
      {
        name: 'v1',
        labels: { app: 'api', version: 'v1' },
        workloads: ['east/shop/Deployment/api-v1'],
      },
      {
        name: 'v2',
        labels: { app: 'api', version: 'v2' },
        workloads: ['east/shop/Deployment/api-v2'],
      },
    ]);
    expect(service('api')?.workloads).toEqual([
      'east/shop/Deployment/api-v1',
      'east/shop/Deployment/api-v2',
    ]);
  });

  it('puts workloads without a version label under unversioned, selected by the Service alone', () => {
    expect(service('payments')?.versions).toEqual([
      {
        name: 'unversioned',
        labels: { app: 'payments' },
        workloads: ['east/shop/Deployment/payments'],
      },
    ]);
  });

  it('takes subsets from the ServiceResolver, with labels from Service.Meta filters', () => {
    const definedBy = 'east/shop/ServiceResolver.consul.hashicorp.com/api';
    expect(service('api')?.subsets).toEqual([
      { name: 'v1', labels: { version: 'v1' }, definedBy },
      { name: 'v2', labels: { version: 'v2' }, definedBy },
      { name: 'tagged', labels: {}, definedBy },
    ]);
  });

  it('keys a renamed Service by its Consul name so it meets the same service in other clusters', () => {
    expect(service('payments')?.logicalKey).toBe('shop/billing');
    expect(service('api')?.logicalKey).toBe('shop/api');
  });

  it('keeps the Kubernetes ports and protocols', () => {
    expect(service('payments')?.ports).toEqual([
      { name: 'grpc', port: 9090, protocol: 'TCP', appProtocol: 'grpc' },
    ]);
  });
});
