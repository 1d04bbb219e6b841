import { randomBytes } from 'node:crypto';
import { timingSafeEqual } from 'node:crypto';
import { ADMIN_USER, READ_ONLY_USER, type UserInfo } from './user-info';

/** Static bearer tokens of one cluster: an admin one and a read-only one. */
export class TokenAuthenticator {
  readonly adminToken = randomBytes(24).toString('base64url');
  readonly readOnlyToken = randomBytes(24).toString('base64url');

  /** The user for an Authorization header; undefined when absent, 'invalid' when it matches no token. */
  authenticate(header: string | undefined): UserInfo | 'invalid' | undefined {
    if (header === undefined || header === '') return undefined;
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    const token = match?.[1];
    if (token === undefined) return 'invalid';
    if (same(token, this.adminToken)) {
      return {
        username: ADMIN_USER,
        groups: ['system:masters', 'system:authenticated'],
        access: 'admin',
      };
    }
    if (same(token, this.readOnlyToken)) {
      return { username: READ_ONLY_USER, groups: ['system:authenticated'], access: 'read-only' };
    }
    return 'invalid';
  }
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
