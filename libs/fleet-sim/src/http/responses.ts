import { randomUUID } from 'node:crypto';
import { type ServerResponse } from 'node:http';
import { KubeStatusError } from '../api/status-error';
import { apiErrors } from '../api/api-errors';

function headers(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Cache-Control': 'no-cache, private',
    'Audit-Id': randomUUID(),
  };
}

/** A JSON answer; `body` may be pre-serialized (lists and objects are built from cached JSON). */
export function sendJson(res: ServerResponse, code: number, body: Buffer | string | object): void {
  const text = typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body);
  res.writeHead(code, {
    ...headers('application/json'),
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

export function sendText(res: ServerResponse, code: number, text: string): void {
  res.writeHead(code, {
    ...headers('text/plain; charset=utf-8'),
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(text);
}

export function sendError(res: ServerResponse, error: unknown): void {
  const status =
    error instanceof KubeStatusError ? error.status : apiErrors.internal(String(error)).status;
  if (res.headersSent) {
    res.destroy();
    return;
  }
  sendJson(res, status.code, status);
}

/** Headers of a watch stream, sent at once so the client sees the 200 before the first event. */
export function startStream(res: ServerResponse): void {
  res.writeHead(200, { ...headers('application/json'), 'Transfer-Encoding': 'chunked' });
  res.flushHeaders();
}
