import { MeshLinkKind } from '@meshwork/model';
import { discoverFixtures, fixtureSnapshot } from '../__fixtures__/load-fixtures';

describe('Consul multi-cluster links', () => {
  const { discovery } = discoverFixtures(
    fixtureSnapshot('east', 'control-plane', 'shop-workloads', 'peering'),
  );
  const peerings = discovery.links.filter((l) => l.kind === MeshLinkKind.CONSUL_PEERING);
  const exports = discovery.links.filter((l) => l.kind === MeshLinkKind.CONSUL_EXPORTED_SERVICE);

  it('reads PeeringAcceptor and PeeringDialer as peerings named after the peer', () => {
    expect(peerings).toEqual([
      {
        id: 'east/consul/MeshLink/CONSUL_PEERING:acceptor%2Fwest',
        kind: MeshLinkKind.CONSUL_PEERING,
        fromCluster: 'east',
        fromMesh: 'east/consul/Mesh/consul',
        toCluster: 'west',
        source: {
          cluster: 'east',
          group: 'consul.hashicorp.com',
          version: 'v1alpha1',
          kind: 'PeeringAcceptor',
          namespace: 'consul',
          name: 'west',
        },
        details: {
          role: 'acceptor',
          peer: 'west',
          state: 'synced',
          tokenSecret: 'peering-token-west',
        },
      },
      expect.objectContaining({
        toCluster: 'north',
        details: {
          role: 'dialer',
          peer: 'north',
          state: 'error',
          error: 'peering token secret peering-token-north not found',
          tokenSecret: 'peering-token-north',
        },
      }),
    ]);
  });

  it('makes one link per exported service and consumer peer, keyed by the logical service', () => {
    expect(
      exports.map((l) => [
        l.toCluster,
        l.details['service'],
        l.details['logicalKey'],
        l.details['services'],
      ]),
    ).toEqual([
      ['north', 'api', 'shop/api', 'east/shop/Service/api'],
      ['west', 'api', 'shop/api', 'east/shop/Service/api'],
      ['west', 'billing', 'shop/billing', 'east/shop/Service/payments'],
    ]);
    expect(exports[0]?.details).toMatchObject({ peer: 'north', consulNamespace: 'default' });
  });

  it('lets the peer cluster recognise an exported service as the same logical service', () => {
    const west = discoverFixtures(fixtureSnapshot('west', 'control-plane', 'shop-workloads'));
    const exported = exports.find((l) => l.toCluster === 'west' && l.details['service'] === 'api');
    const westApi = west.discovery.services.find((s) => s.name === 'api');
    expect(westApi?.cluster).toBe('west');
    expect(westApi?.logicalKey).toBe(exported?.details['logicalKey']);
  });

  it('turns an ExportedServices consumer without peer or partition into an error', () => {
    const bad = {
      apiVersion: 'consul.hashicorp.com/v1alpha1',
      kind: 'ExportedServices',
      metadata: { name: 'default', namespace: 'consul' },
      spec: { services: [{ name: 'api', consumers: [{}] }] },
    };
    const { discovery: d } = discoverFixtures(fixtureSnapshot('east', 'control-plane').add(bad));
    expect(d.links).toEqual([]);
    expect(d.errors).toEqual([
      expect.objectContaining({
        code: 'INVALID_OBJECT',
        resource: 'exportedservices',
        name: 'default',
        message: expect.stringContaining('spec.services[0].consumers[0]'),
      }),
    ]);
  });
});
