import { createHash } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import tls from 'node:tls';
import type { KubeConfig } from '@kubernetes/client-node';
import { byteLines, decodeBody } from './decode-body';

export interface KubeHttpResponse {
  status: number;
  body: string;
}

export interface KubeRequestOptions {
  method?: 'GET' | 'POST';
  body?: unknown;
  /** Bound for the whole exchange (connect, TLS, full response); for streams, until headers arrive. */
  timeoutMs: number;
}

/**
 * Opens a request against a cluster's API with the credentials and TLS settings of its kubeconfig
 * context (client-node applies tokens, client certificates, exec plugins and CAs).
 */
async function openRequest(
  kubeConfig: KubeConfig,
  path: string,
  method: string,
): Promise<{ url: URL; transport: typeof https | typeof http; options: https.RequestOptions }> {
  const cluster = kubeConfig.getCurrentCluster();
  if (!cluster) throw new Error('no cluster in context');
  const url = new URL(
    path.replace(/^\//, ''),
    cluster.server.endsWith('/') ? cluster.server : `${cluster.server}/`,
  );
  const options: https.RequestOptions = { method, headers: { accept: 'application/json' } };
  await kubeConfig.applyToHTTPSOptions(options);
  const transport = url.protocol === 'http:' ? http : https;
  if (transport === https && !cluster.proxyUrl && !options.pfx)
    options.agent = sharedAgent(options);
  return { url, transport, options };
}

const MAX_AGENTS = 256;
/** Keep-alive agents by TLS identity (CA, client certificate, verification settings). */
const agents = new Map<string, https.Agent>();

/**
 * client-node gives every request a new agent, hence a new TLS connection and a new secure context
 * (its CA parsed again): at hundreds of lists and watches per cluster that costs seconds. Requests
 * with the same TLS identity share one keep-alive agent and one secure context instead.
 */
function sharedAgent(options: https.RequestOptions): https.Agent {
  const { ca, cert, key, rejectUnauthorized, servername } = options;
  const identity = createHash('sha256')
    .update(JSON.stringify([ca, cert, key, rejectUnauthorized, servername]))
    .digest('hex');
  let agent = agents.get(identity);
  if (!agent) {
    agent = new https.Agent({
      keepAlive: true,
      secureContext: tls.createSecureContext({ ca, cert, key }),
      ...(rejectUnauthorized !== undefined && { rejectUnauthorized }),
      ...(servername && { servername }),
    });
    agents.set(identity, agent);
    if (agents.size > MAX_AGENTS) {
      const [oldest] = agents;
      agents.delete(oldest![0]);
      oldest![1].destroy();
    }
  }
  return agent;
}

/** One request with a JSON or empty body; resolves on any HTTP status, rejects on network failure. */
export async function kubeRequest(
  kubeConfig: KubeConfig,
  path: string,
  opts: KubeRequestOptions,
): Promise<KubeHttpResponse> {
  const method = opts.method ?? 'GET';
  const { url, transport, options } = await openRequest(kubeConfig, path, method);
  const payload = opts.body === undefined ? undefined : JSON.stringify(opts.body);
  if (payload) options.headers = { ...options.headers, 'content-type': 'application/json' };
  return new Promise((resolve, reject) => {
    const request = transport.request(url, options, (response) => {
      const chunks: Buffer[] = [];
      const onData = (chunk: Buffer): void => void chunks.push(chunk);
      const onEnd = (): void => {
        clearTimeout(timer);
        const body = decodeBody(Buffer.concat(chunks));
        // A keep-alive socket keeps the request that opened it (through the agent's TLS session
        // listener) and its response, and through these listeners the promise and so the answer:
        // megabytes per socket after a list page. Past the answer, a late error interests no one.
        response.off('data', onData).off('end', onEnd).off('error', fail);
        request.off('error', fail);
        response.on('error', ignoreLateError);
        request.on('error', ignoreLateError);
        resolve({ status: response.statusCode ?? 0, body });
      };
      response.on('data', onData).on('end', onEnd).on('error', fail);
    });
    const timer = setTimeout(
      () => request.destroy(new Error(`no answer within ${opts.timeoutMs} ms`)),
      opts.timeoutMs,
    );
    function fail(error: Error): void {
      clearTimeout(timer);
      reject(new Error(describeNetworkError(error, url)));
    }
    request.on('error', fail);
    request.end(payload);
  });
}

function ignoreLateError(): void {}

export async function kubeGet(
  kubeConfig: KubeConfig,
  path: string,
  timeoutMs: number,
): Promise<KubeHttpResponse> {
  return kubeRequest(kubeConfig, path, { timeoutMs });
}

export interface KubeStream {
  status: number;
  /** The body of a non-200 answer (a Kubernetes Status), read in full. */
  errorBody?: string;
  /** Newline-delimited JSON lines of a 200 answer; ends when the server closes the stream. */
  lines?: AsyncIterable<string>;
  close(): void;
}

/** A streaming GET (watch): waits for the response headers within `timeoutMs`, then yields lines. */
export async function kubeStream(
  kubeConfig: KubeConfig,
  path: string,
  timeoutMs: number,
): Promise<KubeStream> {
  const { url, transport, options } = await openRequest(kubeConfig, path, 'GET');
  return new Promise((resolve, reject) => {
    const request = transport.request(url, options, (response) => {
      clearTimeout(timer);
      const close = () => request.destroy();
      if (response.statusCode !== 200) {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            errorBody: decodeBody(Buffer.concat(chunks)),
            close,
          }),
        );
        response.on('error', (error) => reject(new Error(describeNetworkError(error, url))));
        return;
      }
      resolve({ status: 200, lines: byteLines(response), close });
    });
    const timer = setTimeout(
      () => request.destroy(new Error(`no answer within ${timeoutMs} ms`)),
      timeoutMs,
    );
    request.on('error', (error) => {
      clearTimeout(timer);
      reject(new Error(describeNetworkError(error, url)));
    });
    request.end();
  });
}

function describeNetworkError(error: NodeJS.ErrnoException, url: URL): string {
  switch (error.code) {
    case 'ECONNREFUSED':
      return `connection refused by ${url.host}`;
    case 'ENOTFOUND':
      return `host ${url.hostname} not found`;
    case 'ECONNRESET':
      return `connection reset by ${url.host}`;
    default:
      return error.code && !error.message.includes(error.code)
        ? `${error.code}: ${error.message}`
        : error.message;
  }
}
