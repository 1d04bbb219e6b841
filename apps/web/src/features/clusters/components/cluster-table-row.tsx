import { formatRelativeTime } from '../../../shared/format/relative-time';
import { type ClusterRow } from '../graphql/cluster-row';
import { ReachabilityBadge } from './reachability-badge';

function LastSeen({ at, now }: { at: string | null; now: number }) {
  if (at === null) return <span className="muted">never</span>;
  return (
    <time dateTime={at} title={new Date(at).toLocaleString()}>
      {formatRelativeTime(at, now)}
    </time>
  );
}

export function ClusterTableRow({ cluster, now }: { cluster: ClusterRow; now: number }) {
  const showContext = cluster.context !== null && cluster.context !== cluster.name;
  return (
    <tr data-cluster-name={cluster.name}>
      <td className="cluster-name-cell">
        <span className="cluster-name">{cluster.name}</span>
        {cluster.source === 'DEMO' && (
          <span className="source-tag" title="A simulated cluster from the demo fleet">
            simulated
          </span>
        )}
        {showContext && <div className="cluster-context muted">context {cluster.context}</div>}
      </td>
      <td className="mono" title={cluster.server ?? undefined}>
        {cluster.server ?? <span className="muted">—</span>}
      </td>
      <td>
        <ReachabilityBadge reachability={cluster.reachability} />
        {cluster.stale && (
          <span className="stale-note" title="Meshwork shows this cluster's last known state">
            last known state shown
          </span>
        )}
      </td>
      <td className="mono" data-column="version">
        {cluster.kubernetesVersion ?? <span className="muted">unknown</span>}
      </td>
      <td>
        <LastSeen at={cluster.lastSeenAt} now={now} />
      </td>
      <td title={cluster.error ?? undefined}>
        {cluster.error && <div className="cluster-error">{cluster.error}</div>}
      </td>
    </tr>
  );
}
