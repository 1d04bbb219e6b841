import { MeshLinkKind } from '@meshwork/model';
import { discoverFixture } from '../testing/discover-fixture';

describe('Istio multi-cluster links', () => {
  const { links } = discoverFixture('bookinfo-sidecar');

  it('finds remote secrets, naming the peer by annotation or data key, never copying the kubeconfig', () => {
    const secrets = links.filter((l) => l.kind === MeshLinkKind.ISTIO_REMOTE_SECRET);
    expect(secrets.map((l) => [l.id, l.toCluster])).toEqual([
      ['east/istio-system/MeshLink/ISTIO_REMOTE_SECRET:istio-remote-secret-north', 'north'],
      ['east/istio-system/MeshLink/ISTIO_REMOTE_SECRET:istio-remote-secret-west', 'west'],
    ]);
    expect(JSON.stringify(links)).not.toContain('YXBpVmVyc2lvbj');
  });

  it('finds the east-west gateway with its address, network and cross-network Gateway', () => {
    const gateway = links.find((l) => l.kind === MeshLinkKind.ISTIO_EAST_WEST_GATEWAY);
    expect(gateway).toEqual({
      id: 'east/istio-system/MeshLink/ISTIO_EAST_WEST_GATEWAY:istio-eastwestgateway',
      kind: MeshLinkKind.ISTIO_EAST_WEST_GATEWAY,
      fromCluster: 'east',
      fromMesh: 'east/istio-system/Mesh/istio',
      source: {
        cluster: 'east',
        group: '',
        version: 'v1',
        kind: 'Service',
        namespace: 'istio-system',
        name: 'istio-eastwestgateway',
      },
      details: {
        service: 'istio-eastwestgateway',
        crossNetworkExposed: 'true',
        address: '203.0.113.10',
        port: '15443',
        network: 'network-east',
        gateway: 'istio-system/cross-network-gateway',
      },
    });
  });

  it('has no links in a single-cluster install', () => {
    expect(discoverFixture('zero-workloads').links).toEqual([]);
  });
});
