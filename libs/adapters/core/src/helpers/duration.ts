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

export interface DurationSyntax {
  /** Also accept days (`1d`), as Linkerd's annotations do; Go's own durations stop at hours. */
  days?: boolean;
}

/**
 * Milliseconds of a Go duration (`time.ParseDuration`: `1.5s`, `100ms`, `1m30s`, `.5h`; `0` alone is
 * zero), the form mesh CRDs and annotations write durations in. The protobuf form Istio also takes
 * (`1.5s`) is one of them. Undefined for anything else, empty included, so that a caller can name the
 * field rather than guess.
 */
export function durationMs(
  value: string | undefined,
  syntax: DurationSyntax = {},
): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (text === '0') return 0;
  const part = syntax.days
    ? /(\d+(?:\.\d*)?|\.\d+)(d|h|ms|m|s|us|µs|ns)/y
    : /(\d+(?:\.\d*)?|\.\d+)(h|ms|m|s|us|µs|ns)/y;
  let total = 0;
  while (part.lastIndex < text.length) {
    const match = part.exec(text);
    if (!match) return undefined;
    total += Number(match[1]) * (UNIT_MS[match[2] as string] as number);
  }
  return text === '' ? undefined : Math.round(total * 1000) / 1000;
}
