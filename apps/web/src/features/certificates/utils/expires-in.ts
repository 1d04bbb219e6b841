const DAY_MS = 86_400_000;

function amount(days: number): string {
  if (days < 1) {
    const hours = Math.max(1, Math.floor(days * 24));
    return `${hours} h`;
  }
  if (days < 730) return `${Math.floor(days)} d`;
  return `${Math.floor(days / 365)} y`;
}

/**
 * When a certificate expires, relative to `now`, short enough for a table cell: "in 5 d", "in 3 y",
 * "expired 3 d ago", "expired 5 h ago".
 */
export function expiresIn(notAfter: string, now: number): string {
  const at = Date.parse(notAfter);
  if (Number.isNaN(at)) return 'unknown';
  const days = (at - now) / DAY_MS;
  return days > 0 ? `in ${amount(days)}` : `expired ${amount(-days)} ago`;
}

/** The calendar day, ISO (2026-11-28): unambiguous in every locale. */
export function isoDay(moment: string): string {
  return moment.slice(0, 10);
}
