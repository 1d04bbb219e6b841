const UNIT_MS: Record<string, number> = {
  d: 86_400_000,
  h: 3_600_000,
  m: 60_000,
  s: 1_000,
  ms: 1,
  us: 0.001,
  µs: 0.001,
  ns: 0.000_001,
};

/**
 * Milliseconds of a duration as Linkerd reads them: annotation values (`300ms`, `10s`, `1d`),
 * Gateway API GEP-2257 durations (`1h30m`) and Go durations in ServiceProfiles (`1.5s`). A bare `0`
 * is zero. Undefined for anything else, so callers report the field instead of guessing.
 */
export function durationMs(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (text === '0') return 0;
  const part = /(\d+(?:\.\d+)?)(d|h|ms|m|s|us|µs|ns)/y;
  let total = 0;
  let consumed = 0;
  while (consumed < text.length) {
    part.lastIndex = consumed;
    const match = part.exec(text);
    if (!match) return undefined;
    total += Number(match[1]) * (UNIT_MS[match[2] as string] as number);
    consumed = part.lastIndex;
  }
  return consumed === 0 ? undefined : Math.round(total * 1000) / 1000;
}
