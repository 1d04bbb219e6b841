import { formatRelativeTime } from '../format/relative-time';

interface FreshnessNoteProps {
  fetchedAt: number | undefined;
  error: string | undefined;
  paused: boolean;
  intervalMs: number;
  now: number;
}

/**
 * How old the data on screen is. When a refresh fails the last good data stays on screen, so this
 * says so plainly instead of letting it pass for current.
 */
export function FreshnessNote({ fetchedAt, error, paused, intervalMs, now }: FreshnessNoteProps) {
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
    <p className="freshness-note" role="status">
      Updated {age} ·{' '}
      {paused ? 'paused while the tab is hidden' : `refreshes every ${intervalMs / 1000} s`}
    </p>
  );
}
