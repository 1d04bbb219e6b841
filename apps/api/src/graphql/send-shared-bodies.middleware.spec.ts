import { createHash } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { sendSharedBodies } from './send-shared-bodies.middleware';
import { SharedBodies } from './shared-bodies';

/** The parts of an Express response the middleware uses, recording what reaches the real send. */
function fakeResponse(contentType: string) {
  const headers = new Map<string, string>([['content-type', contentType]]);
  const sent: unknown[] = [];
  const hashed: Buffer[] = [];
  const etagOf = (body: Buffer) => {
    hashed.push(body);
    return `W/"${createHash('sha1').update(body).digest('hex')}"`;
  };
  const response = {
    app: { get: (setting: string) => (setting === 'etag fn' ? etagOf : undefined) },
    get: (name: string) => headers.get(name.toLowerCase()),
    set: (name: string, value: string) => headers.set(name.toLowerCase(), value),
    send: (body: unknown) => sent.push(body),
  };
  return { response: response as unknown as Response, headers, sent, hashed };
}

describe('sendSharedBodies', () => {
  const bodies = new SharedBodies();
  const body = bodies.share({ topology: { reasons: ['5xx 12.0 % ≥ 10 %'] } });
  const middleware = sendSharedBodies(bodies);
  const through = (response: Response) =>
    middleware({} as Request, response, (() => undefined) as NextFunction);

  it('sends a shared body as its bytes, with the ETag of those bytes hashed once', () => {
    const first = fakeResponse('application/json; charset=utf-8');
    const second = fakeResponse('application/json; charset=utf-8');
    through(first.response);
    through(second.response);
    first.response.send(body);
    second.response.send(body);
    const bytes = Buffer.from(body, 'utf8');
    expect(first.sent).toEqual([bytes]);
    expect(second.sent).toEqual([bytes]);
    const etag = `W/"${createHash('sha1').update(bytes).digest('hex')}"`;
    expect([first.headers.get('etag'), second.headers.get('etag')]).toEqual([etag, etag]);
    expect(first.hashed.length + second.hashed.length).toBe(1);
  });

  it('leaves other bodies, and content types Express would rewrite, to Express', () => {
    const other = fakeResponse('application/json; charset=utf-8');
    through(other.response);
    other.response.send('{"data":{}}\n');
    expect(other.sent).toEqual(['{"data":{}}\n']);

    const unusual = fakeResponse('application/json');
    through(unusual.response);
    unusual.response.send(body);
    expect(unusual.sent).toEqual([body]);
    expect(unusual.headers.has('etag')).toBe(false);
  });
});
