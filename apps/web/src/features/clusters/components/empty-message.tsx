import { type ClusterRow } from '../graphql/cluster-row';

interface EmptyMessageProps {
  clusters: readonly ClusterRow[] | undefined;
  error: string | undefined;
  filter: string;
  onClearFilter: () => void;
}

/** Why the clusters table has no rows: still loading, the hub failed, no clusters, or the filter. */
export function EmptyMessage({ clusters, error, filter, onClearFilter }: EmptyMessageProps) {
  if (clusters === undefined) {
    return error ? <>Could not load clusters: {error}</> : <>Loading clusters…</>;
  }
  if (clusters.length === 0) {
    return (
      <>No clusters yet. Start the hub with a kubeconfig, or in demo mode for a simulated fleet.</>
    );
  }
  return (
    <>
      No clusters match “{filter}”.{' '}
      <button type="button" className="link-button" onClick={onClearFilter}>
        Clear the filter
      </button>
    </>
  );
}
