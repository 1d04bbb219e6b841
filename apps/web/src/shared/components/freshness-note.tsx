import { type LiveStatus } from '../../graphql/live-socket';
import { formatRelativeTime } from '../format/relative-time';
import { revisionCheckMs } from '../live/fleet-change-feed';

interface FreshnessNoteProps {
  fetchedAt: number | undefined;
  error: string | undefined;
  paused: boolean;
  /** The poll rate in force; undefined when the page only refreshes on pushed changes. */
  intervalMs: number | undefined;
  now: number;
  /** For pages fed by fleet change events: whether those arrive right now. */
  live?: LiveStatus;
}

const seconds = (ms: number) => `${ms / 1000} s`;

function howItRefreshes(paused: boolean, intervalMs: number | undefined, live?: LiveStatus) {
  if (paused) return 'paused while the tab is hidden';
  if (live === undefined) {
    return intervalMs === undefined ? 'not refreshed' : `refreshes every ${seconds(intervalMs)}`;
  }
  // Without the socket, the page learns of changes from the revision check (or its own poll).
  const every = seconds(Math.min(intervalMs ?? Infinity, revisionCheckMs.fallback));
  switch (live) {
    case 'live':
      return 'live';
    case 'offline':
      return `live updates lost, checking every ${every}`;
    case 'connecting':
      return `checking every ${every}`;
  }
}

/**
 * How old the data on screen is. When a refresh fails the last good data stays on screen, so this
 * says so plainly instead of letting it pass for current.
 */
export function FreshnessNote({
  fetchedAt,
  error,
  paused,
  intervalMs,
  now,
  live,
}: FreshnessNoteProps) {
  const age = fetchedAt === undefined ? undefined : formatRelativeTime(fetchedAt, now);
  if (error) {
    return (
      <p className="freshness-note is-stale" role="status">
        Refresh failed: {error}
        {age && ` · showing data from ${age}`}
      </p>
    );
  }
  if (age === undefined) return null;
  return (
    <p className="freshness-note" role="status" data-live={live}>
      {live === 'live' && <span className="live-dot" aria-hidden="true" />}
      Updated {age} · {howItRefreshes(paused, intervalMs, live)}
    </p>
  );
}
