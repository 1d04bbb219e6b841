import { type ConsulInstallSettings } from '../install/consul-install';
import { consulNamespaceOf, serviceSpiffeId } from './consul-naming';

const settings = (
  namespaces: Partial<ConsulInstallSettings['namespaces']>,
): ConsulInstallSettings => ({
  domain: 'consul',
  namespaces: {
    enabled: false,
    mirroring: false,
    mirroringPrefix: '',
    destinationNamespace: 'default',
    ...namespaces,
  },
  defaultInject: false,
  allowNamespaces: ['*'],
  denyNamespaces: [],
  peeringEnabled: false,
  serverAddress: 'consul-server.consul.svc',
});

describe('serviceSpiffeId', () => {
  it('writes the Consul service URI with namespace, datacenter and service', () => {
    expect(
      serviceSpiffeId({
        trustDomain: '7f42f496-fbc7-8692-05ed-334aa5340c1e.consul',
        consulNamespace: 'default',
        datacenter: 'dc1',
        service: 'web',
      }),
    ).toBe('spiffe://7f42f496-fbc7-8692-05ed-334aa5340c1e.consul/ns/default/dc/dc1/svc/web');
  });

  it('adds the partition segment only for a non-default admin partition', () => {
    const base = {
      trustDomain: 't.consul',
      consulNamespace: 'ns1',
      datacenter: 'dc2',
      service: 'db',
    };
    expect(serviceSpiffeId({ ...base, partition: 'default' })).toBe(
      'spiffe://t.consul/ns/ns1/dc/dc2/svc/db',
    );
    expect(serviceSpiffeId({ ...base, partition: 'team-a' })).toBe(
      'spiffe://t.consul/ap/team-a/ns/ns1/dc/dc2/svc/db',
    );
  });
});

describe('consulNamespaceOf', () => {
  it('puts every Kubernetes namespace in default without Consul namespaces (CE)', () => {
    expect(consulNamespaceOf(settings({}), 'shop')).toBe('default');
  });

  it('mirrors Kubernetes namespaces with the configured prefix', () => {
    expect(
      consulNamespaceOf(
        settings({ enabled: true, mirroring: true, mirroringPrefix: 'k8s-' }),
        'shop',
      ),
    ).toBe('k8s-shop');
  });

  it('uses the destination namespace when namespaces are on but not mirrored', () => {
    expect(
      consulNamespaceOf(settings({ enabled: true, destinationNamespace: 'apps' }), 'shop'),
    ).toBe('apps');
  });
});
