const units: ReadonlyArray<{ limit: number; size: number; label: string }> = [
  { limit: 60, size: 1, label: 's' },
  { limit: 60 * 60, size: 60, label: 'min' },
  { limit: 24 * 60 * 60, size: 60 * 60, label: 'h' },
  { limit: Infinity, size: 24 * 60 * 60, label: 'd' },
];

/**
 * How long ago a moment was, short enough for a table cell: "just now", "12 s ago", "3 min ago",
 * "2 h ago", "5 d ago". A moment slightly in the future (the hub's clock ahead of the browser's)
 * reads as "just now" rather than a confusing negative age.
 */
export function formatRelativeTime(moment: string | number | Date, now: number): string {
  const at = moment instanceof Date ? moment.getTime() : new Date(moment).getTime();
  if (Number.isNaN(at)) return 'unknown';
  const seconds = Math.floor((now - at) / 1000);
  if (seconds < 5) return 'just now';
  const unit = units.find((candidate) => seconds < candidate.limit) ?? units[units.length - 1]!;
  return `${Math.floor(seconds / unit.size)} ${unit.label} ago`;
}
