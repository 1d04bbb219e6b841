import { type MeshLinkRow, type MeshRow } from '../graphql/mesh-row';

/** Another cluster a mesh is connected to, and by which kinds of link. */
export interface MeshPeer {
  cluster: string;
  direction: 'to' | 'from';
  kinds: string[];
}

/** A gateway that opens the mesh to any peer on another network. */
export interface MeshGateway {
  kind: string;
  address: string | undefined;
  network: string | undefined;
}

export interface MeshConnections {
  peers: MeshPeer[];
  gateways: MeshGateway[];
}

const detail = (link: MeshLinkRow, key: string) =>
  link.details.find((entry) => entry.key === key)?.value;

function ownedBy(link: MeshLinkRow, mesh: MeshRow): boolean {
  return link.fromMeshId ? link.fromMeshId === mesh.id : link.fromCluster === mesh.cluster.name;
}

function addPeer(peers: Map<string, MeshPeer>, peer: MeshPeer, kind: string) {
  const known = peers.get(peer.cluster);
  if (!known) peers.set(peer.cluster, { ...peer, kinds: [kind] });
  else if (!known.kinds.includes(kind)) known.kinds.push(kind);
}

/**
 * The clusters a mesh is linked to (its own links) or from (other clusters' links naming its
 * cluster, when it has none back), and its open gateways; peers A to Z.
 */
export function meshConnections(mesh: MeshRow, links: readonly MeshLinkRow[]): MeshConnections {
  const peers = new Map<string, MeshPeer>();
  const gateways: MeshGateway[] = [];
  for (const link of links) {
    if (!ownedBy(link, mesh)) continue;
    if (link.toCluster) {
      addPeer(peers, { cluster: link.toCluster, direction: 'to', kinds: [] }, link.kind);
    } else {
      const port = detail(link, 'port');
      const address = detail(link, 'address');
      gateways.push({
        kind: link.kind,
        address: address && port ? `${address}:${port}` : address,
        network: detail(link, 'network'),
      });
    }
  }
  for (const link of links) {
    if (link.toCluster !== mesh.cluster.name || link.fromCluster === mesh.cluster.name) continue;
    if (peers.has(link.fromCluster)) continue;
    addPeer(peers, { cluster: link.fromCluster, direction: 'from', kinds: [] }, link.kind);
  }
  return {
    peers: [...peers.values()].sort((a, b) => a.cluster.localeCompare(b.cluster)),
    gateways,
  };
}
