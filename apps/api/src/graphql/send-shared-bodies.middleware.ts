import type { NextFunction, Request, Response } from 'express';
import type { SharedBodies } from './shared-bodies';

/** Content types whose charset Express would leave as is (it rewrites others on a string send). */
const CANONICAL_UTF8_TYPE = /^[\w.+-]+\/[\w.+-]+; charset=utf-8$/;

/**
 * Lets `res.send` of a shared body (sharedBodies) send its UTF-8 bytes encoded once instead of
 * encoding ~14 MiB again: same bytes, same headers (Content-Length and ETag are computed from them).
 */
export function sendSharedBodies(bodies: SharedBodies) {
  return (_request: Request, response: Response, next: NextFunction): void => {
    const send = response.send.bind(response);
    response.send = (body?: unknown) => {
      if (typeof body === 'string') {
        const type = response.get('Content-Type');
        const utf8 = type && CANONICAL_UTF8_TYPE.test(type) ? bodies.utf8(body) : undefined;
        if (utf8) return send(utf8);
      }
      return send(body);
    };
    next();
  };
}
