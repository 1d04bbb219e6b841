import { formatRelativeTime } from '../../../shared/format/relative-time';
import { useNow } from '../../../shared/hooks/use-now';
import { type TopologyFeed } from '../hooks/use-topology-data';

function howItUpdates(mode: TopologyFeed['mode'], refreshSeconds: number): string {
  switch (mode) {
    case 'paused':
      return 'paused';
    case 'hidden':
      return 'paused while the tab is hidden';
    case 'live':
      return `live, at most every ${refreshSeconds} s`;
    case 'polling':
      return `refreshes every ${refreshSeconds} s`;
  }
}

/** How old the graph is and how it updates; a failed refresh says so beside the old data. */
export function TopologyFreshness({
  feed,
  refreshSeconds,
}: {
  feed: TopologyFeed;
  refreshSeconds: number;
}) {
  const now = useNow(1_000, feed.mode !== 'paused');
  const fetchedAt = feed.snapshot?.fetchedAt;
  const age = fetchedAt === undefined ? undefined : formatRelativeTime(fetchedAt, now);
  if (feed.error && age) {
    return (
      <p className="freshness-note is-stale" role="status">
        Refresh failed: {feed.error.message} · showing data from {age}
      </p>
    );
  }
  if (!age) return null;
  return (
    <p className="freshness-note" role="status" data-mode={feed.mode}>
      Updated {age} · {howItUpdates(feed.mode, refreshSeconds)}
    </p>
  );
}
