import { apiErrors } from '../api/api-errors';

/** The list position a continue token carries: the resourceVersion it pins and the next key. */
export interface ContinuePosition {
  rv: number;
  start: string;
}

/** Encoded like upstream's (base64url JSON {v, rv, start}); clients treat it as opaque anyway. */
export function encodeContinue(rv: number, lastKey: string): string {
  const json = JSON.stringify({ v: 'meta.k8s.io/v1', rv, start: `${lastKey}\u0000` });
  return Buffer.from(json).toString('base64url');
}

export function decodeContinue(token: string): ContinuePosition {
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as Record<
      string,
      unknown
    >;
    if (parsed.v !== 'meta.k8s.io/v1') throw new Error('unknown version');
    if (typeof parsed.rv !== 'number' || parsed.rv <= 0 || typeof parsed.start !== 'string')
      throw new Error('bad fields');
    return { rv: parsed.rv, start: parsed.start };
  } catch {
    throw apiErrors.badRequest(
      'continue key is not valid: incorrect encoded start resourceVersion (version meta.k8s.io/v1)',
    );
  }
}

/** A token that restarts at `start` (already a next-key) at another resourceVersion. */
export function encodeContinueAt(rv: number, start: string): string {
  return Buffer.from(JSON.stringify({ v: 'meta.k8s.io/v1', rv, start })).toString('base64url');
}
