import { Link } from 'react-router';
import { type MeshConnections } from '../utils/mesh-links';

const linkKindLabel: Record<string, string> = {
  ISTIO_REMOTE_SECRET: 'remote secret',
  ISTIO_EAST_WEST_GATEWAY: 'east-west gateway',
  LINKERD_LINK: 'multicluster Link',
  LINKERD_MIRROR: 'mirrored services',
  CONSUL_PEERING: 'peering',
  CONSUL_EXPORTED_SERVICE: 'exported services',
};

const describeKinds = (kinds: readonly string[]) =>
  kinds.map((kind) => linkKindLabel[kind] ?? kind.toLowerCase()).join(', ');

/** "linked to west", "linked from north", "gateway 203.0.113.10:15443": federation at a glance. */
export function MeshLinksCell({ connections }: { connections: MeshConnections }) {
  const { peers, gateways } = connections;
  if (peers.length === 0 && gateways.length === 0) return <span className="muted">not linked</span>;
  return (
    <ul className="mesh-links">
      {peers.map((peer) => (
        <li key={peer.cluster} title={`by ${describeKinds(peer.kinds)}`} data-peer={peer.cluster}>
          linked {peer.direction}{' '}
          <Link to={`/meshes?cluster=${encodeURIComponent(peer.cluster)}`}>{peer.cluster}</Link>
        </li>
      ))}
      {gateways.map((gateway, index) => (
        <li key={index} className="muted" title={describeKinds([gateway.kind])}>
          gateway {gateway.address ?? ''}
          {gateway.network && ` (${gateway.network})`}
        </li>
      ))}
    </ul>
  );
}
