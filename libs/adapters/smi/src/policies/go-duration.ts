const MS_PER_UNIT: Readonly<Record<string, number>> = {
  h: 3_600_000,
  m: 60_000,
  s: 1_000,
  ms: 1,
  us: 0.001,
  µs: 0.001,
  ns: 0.000_001,
};

const PART = /(\d+\.?\d*|\.\d+)(ns|us|µs|ms|s|m|h)/y;

/**
 * Milliseconds of a Go `time.Duration` string (`1s`, `250ms`, `1m30s`), the format OSM's CRDs use.
 * Undefined when the text is not a duration, so callers report the field rather than guess.
 */
export function goDurationMs(text: string): number | undefined {
  const value = text.trim();
  if (value === '0') return 0;
  let total = 0;
  let at = 0;
  while (at < value.length) {
    PART.lastIndex = at;
    const match = PART.exec(value);
    if (!match) return undefined;
    total += Number(match[1]) * (MS_PER_UNIT[match[2] as string] as number);
    at = PART.lastIndex;
  }
  return at === 0 ? undefined : Math.round(total * 1_000) / 1_000;
}
