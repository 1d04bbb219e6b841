import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TrafficModel } from './traffic-model';

export interface TrafficMetricsServerOptions {
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 0: any free port. */
  port?: number;
}

/**
 * Serves a TrafficModel for Prometheus to scrape: `GET /clusters/<cluster>/metrics` is that cluster's
 * proxies' metrics, as if one scrape collected every pod of the cluster.
 */
export class TrafficMetricsServer {
  private constructor(
    private readonly server: Server,
    readonly baseUrl: string,
  ) {}

  static async start(
    model: TrafficModel,
    options: TrafficMetricsServerOptions = {},
  ): Promise<TrafficMetricsServer> {
    const names = new Set(model.clusterNames());
    const server = createServer((request, response) => {
      const match = /^\/clusters\/([^/]+)\/metrics(\?.*)?$/.exec(request.url ?? '');
      const cluster = match ? decodeURIComponent(match[1]!) : undefined;
      if (request.method !== 'GET' || !cluster || !names.has(cluster)) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
        return;
      }
      response
        .writeHead(200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' })
        .end(model.render(cluster));
    });
    const host = options.host ?? '127.0.0.1';
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, host, () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    return new TrafficMetricsServer(server, `http://${host}:${port}`);
  }

  /** The path Prometheus scrapes for one cluster. */
  metricsPath(cluster: string): string {
    return `/clusters/${encodeURIComponent(cluster)}/metrics`;
  }

  /** `host:port`, as a Prometheus static target. */
  get target(): string {
    return this.baseUrl.replace(/^http:\/\//, '');
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
