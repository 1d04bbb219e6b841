import { randomBytes } from 'node:crypto';

/** `<prefix>-<8 hex digits>`: a DNS label that no other test of this run uses. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${randomBytes(4).toString('hex')}`;
}
