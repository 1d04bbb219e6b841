import http from 'node:http';
import https from 'node:https';
import type { KubeConfig } from '@kubernetes/client-node';

export interface KubeHttpResponse {
  status: number;
  body: string;
}

/**
 * One GET against a cluster's API with the credentials and TLS settings of its kubeconfig context,
 * bounded by `timeoutMs` for the whole exchange (connect, TLS, response). Resolves on any HTTP status;
 * rejects with a message naming the failure (refused, timeout, TLS) otherwise.
 */
export async function kubeGet(
  kubeConfig: KubeConfig,
  path: string,
  timeoutMs: number,
): Promise<KubeHttpResponse> {
  const cluster = kubeConfig.getCurrentCluster();
  if (!cluster) throw new Error('no cluster in context');
  const url = new URL(path, cluster.server.endsWith('/') ? cluster.server : `${cluster.server}/`);
  const options: https.RequestOptions = { method: 'GET', headers: { accept: 'application/json' } };
  await kubeConfig.applyToHTTPSOptions(options);
  const transport = url.protocol === 'http:' ? http : https;
  return new Promise((resolve, reject) => {
    const request = transport.request(url, options, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        clearTimeout(timer);
        resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') });
      });
      response.on('error', fail);
    });
    const timer = setTimeout(() => {
      request.destroy(new Error(`no answer within ${timeoutMs} ms`));
    }, timeoutMs);
    function fail(error: Error): void {
      clearTimeout(timer);
      reject(new Error(describeNetworkError(error, url)));
    }
    request.on('error', fail);
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
