import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { type SimCluster } from '../fleet/sim-cluster';

export interface TestResponse {
  status: number;
  headers: IncomingMessage['headers'];
  text: string;
  // Tests index into answers freely.
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export interface RequestOptions {
  body?: unknown;
  contentType?: string;
  /** Default: the admin token; null: no Authorization header. */
  token?: string | null;
  accept?: string;
}

function open(cluster: SimCluster, method: string, path: string, opts: RequestOptions) {
  const url = new URL(path, cluster.server);
  const headers: Record<string, string> = { Accept: opts.accept ?? 'application/json' };
  const token = opts.token === undefined ? cluster.adminToken : opts.token;
  if (token !== null) headers.Authorization = `Bearer ${token}`;
  let payload: string | undefined;
  if (opts.body !== undefined) {
    payload = typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body);
    headers['Content-Type'] = opts.contentType ?? 'application/json';
    // Node sends DELETE bodies without chunked encoding, so the length must be explicit.
    headers['Content-Length'] = String(Buffer.byteLength(payload));
  }
  const req =
    url.protocol === 'https:'
      ? httpsRequest(url, { method, headers, ca: cluster.caPem, timeout: 10_000, agent: false })
      : httpRequest(url, { method, headers, timeout: 10_000, agent: false });
  if (payload !== undefined) req.write(payload);
  req.end();
  return req;
}

/** One real HTTP(S) request against a simulated cluster, trusting only its CA. */
export function kubeRequest(
  cluster: SimCluster,
  method: string,
  path: string,
  opts: RequestOptions = {},
): Promise<TestResponse> {
  return new Promise((resolve, reject) => {
    const req = open(cluster, method, path, opts);
    req.on('error', reject);
    req.on('timeout', () => req.destroy(new Error(`timeout: ${method} ${path}`)));
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let body: unknown = undefined;
        try {
          body = JSON.parse(text);
        } catch {
          body = undefined;
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, body });
      });
    });
  });
}

export interface WatchEventLine {
  type: string;
  object: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** A watch stream read line by line; `next()` waits for the next event (bounded in time). */
export class TestWatch {
  readonly events: WatchEventLine[] = [];
  status = 0;
  ended = false;
  private waiters: (() => void)[] = [];
  private readonly req;

  constructor(cluster: SimCluster, path: string, token?: string) {
    this.req = open(cluster, 'GET', path, token === undefined ? {} : { token });
    this.req.on('error', () => this.finish());
    this.req.on('response', (res) => {
      this.status = res.statusCode ?? 0;
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let nl = buffer.indexOf('\n');
        while (nl >= 0) {
          const line = buffer.slice(0, nl);
          buffer = buffer.slice(nl + 1);
          if (line.trim() !== '') this.events.push(JSON.parse(line) as WatchEventLine);
          nl = buffer.indexOf('\n');
        }
        this.wake();
      });
      res.on('end', () => this.finish());
      res.on('close', () => this.finish());
    });
  }

  /** Waits until `count` events arrived (or the stream ended), then returns them all. */
  async waitFor(count: number, timeoutMs = 5000): Promise<WatchEventLine[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.events.length < count && !this.ended) {
      const left = deadline - Date.now();
      if (left <= 0)
        throw new Error(`watch: ${this.events.length}/${count} events after ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.events;
  }

  async waitForEnd(timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.ended) {
      if (Date.now() > deadline) throw new Error('watch did not end');
      await this.waitFor(this.events.length + 1, Math.max(1, deadline - Date.now())).catch(
        () => undefined,
      );
    }
  }

  close(): void {
    this.req.destroy();
    this.finish();
  }

  private finish(): void {
    this.ended = true;
    this.wake();
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }
}
