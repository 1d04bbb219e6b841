import { InvalidObjectError } from './invalid-object-error';

const UNIT_MS: Record<string, number> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
};

const PART = /(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)/y;

/**
 * Milliseconds of a Go duration string (`metav1.Duration` in the CRDs): `10s`, `1m30s`, `250ms`, `1.5h`.
 * Absent or empty gives undefined; anything else that is not a duration is an invalid field.
 */
export function parseDurationMs(value: unknown, path: string): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') throw new InvalidObjectError(path, 'expected a duration string');
  if (value === '0') return 0;
  let total = 0;
  PART.lastIndex = 0;
  while (PART.lastIndex < value.length) {
    const start = PART.lastIndex;
    const match = PART.exec(value);
    if (!match || match.index !== start) {
      throw new InvalidObjectError(path, `"${value}" is not a duration like 10s or 1m30s`);
    }
    total += Number(match[1]) * (UNIT_MS[match[2] as string] as number);
  }
  return Math.round(total * 1000) / 1000;
}
