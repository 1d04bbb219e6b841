/**
 * How long to wait before reconnect attempt `attempt` (0-based): doubling from `baseMs` up to
 * `maxMs`, with up to a quarter of jitter so that many tabs do not reconnect to a restarted hub in
 * the same instant.
 */
export function retryDelayMs(
  attempt: number,
  { baseMs = 1_000, maxMs = 15_000, random = Math.random } = {},
): number {
  const exponential = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt));
  return Math.round(exponential * (0.75 + 0.25 * random()));
}
