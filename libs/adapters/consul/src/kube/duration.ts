import { durationMs } from '@meshwork/adapters-core';
import { InvalidObjectError } from './invalid-object-error';

/**
 * Milliseconds of a Go duration string (`metav1.Duration` in the CRDs): `10s`, `1m30s`, `250ms`, `1.5h`.
 * Absent or empty gives undefined; anything else that is not a duration is an invalid field.
 */
export function parseDurationMs(value: unknown, path: string): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') throw new InvalidObjectError(path, 'expected a duration string');
  const ms = durationMs(value);
  if (ms === undefined)
    throw new InvalidObjectError(path, `"${value}" is not a duration like 10s or 1m30s`);
  return ms;
}
