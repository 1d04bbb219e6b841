import { aLink, aMesh } from '../testing/mesh-row.fixture';
import { meshConnections } from './mesh-links';

describe('meshConnections', () => {
  const east = aMesh('east');

  it('groups a mesh’s own links by the cluster they point to', () => {
    const links = [
      aLink('east', 'ISTIO_REMOTE_SECRET', { toCluster: 'west' }),
      aLink('east', 'ISTIO_REMOTE_SECRET', { toCluster: 'central', id: 'x' }),
      aLink('east', 'CONSUL_PEERING', { toCluster: 'west', id: 'y' }),
      aLink('west', 'ISTIO_REMOTE_SECRET', { toCluster: 'east' }),
    ];
    expect(meshConnections(east, links).peers).toEqual([
      { cluster: 'central', direction: 'to', kinds: ['ISTIO_REMOTE_SECRET'] },
      { cluster: 'west', direction: 'to', kinds: ['ISTIO_REMOTE_SECRET', 'CONSUL_PEERING'] },
    ]);
  });

  it('shows a link another cluster made to this one when there is none back', () => {
    const links = [aLink('north', 'LINKERD_LINK', { toCluster: 'east', fromMeshId: 'north/m' })];
    expect(meshConnections(east, links).peers).toEqual([
      { cluster: 'north', direction: 'from', kinds: ['LINKERD_LINK'] },
    ]);
  });

  it('lists gateways open to any peer with their address and network', () => {
    const links = [
      aLink('east', 'ISTIO_EAST_WEST_GATEWAY', {
        details: [
          { key: 'address', value: '203.0.113.10' },
          { key: 'port', value: '15443' },
          { key: 'network', value: 'network-east' },
        ],
      }),
      aLink('west', 'ISTIO_EAST_WEST_GATEWAY'),
    ];
    expect(meshConnections(east, links)).toEqual({
      peers: [],
      gateways: [
        { kind: 'ISTIO_EAST_WEST_GATEWAY', address: '203.0.113.10:15443', network: 'network-east' },
      ],
    });
  });

  it('ignores links of another mesh in the same cluster', () => {
    const links = [
      aLink('east', 'LINKERD_LINK', { toCluster: 'west', fromMeshId: 'east/linkerd/Mesh/linkerd' }),
    ];
    expect(meshConnections(east, links).peers).toEqual([]);
  });
});
