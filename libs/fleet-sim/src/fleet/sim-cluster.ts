import { Discovery } from '../api/discovery';
import { ResourceRegistry } from '../api/resource-registry';
import { TokenAuthenticator } from '../auth/token-authenticator';
import { ApiServer } from '../http/api-server';
import { ClusterListener } from '../http/cluster-listener';
import { type ClusterContext, versionInfo } from '../http/cluster-context';
import { type KubeObject, type VirtualClusterSpec } from '../kube-object';
import { ClusterIpAllocator } from '../registry/kind-defaults';
import { ObjectStrategy } from '../registry/object-strategy';
import { ObjectStore } from '../store/object-store';
import { createServingCertificate } from '../tls/serving-certificate';
import { WatchHub } from '../watch/watch-hub';
import { bootstrapObjects } from './bootstrap-objects';

/** One virtual cluster as tests and the demo see it. */
export interface SimCluster {
  readonly name: string;
  /** `https://127.0.0.1:<port>` (http:// when TLS is off). */
  readonly server: string;
  /** The CA of the serving certificate; empty when TLS is off. */
  readonly caPem: string;
  readonly adminToken: string;
  readonly readOnlyToken: string;
  /** Programmatic reads and writes; writes emit watch events like API writes. */
  readonly store: ObjectStore;
  /** Simulates an outage: closes the listener and drops open connections and watches. */
  pause(): Promise<void>;
  /** Listens again on the same port. */
  resume(): Promise<void>;
}

export interface SimClusterOptions {
  host: string;
  tls: boolean;
  bookmarkIntervalMs: number;
  historySize: number;
}

export class VirtualCluster implements SimCluster {
  private constructor(
    readonly name: string,
    readonly store: ObjectStore,
    private readonly auth: TokenAuthenticator,
    private readonly listener: ClusterListener,
    private readonly host: string,
    readonly caPem: string,
    private readonly scheme: 'http' | 'https',
  ) {}

  static async start(
    spec: VirtualClusterSpec,
    options: SimClusterOptions,
  ): Promise<VirtualCluster> {
    const registry = new ResourceRegistry();
    const hub = new WatchHub();
    const store = new ObjectStore(
      registry,
      hub,
      new ObjectStrategy(new ClusterIpAllocator()),
      options.historySize,
    );
    const auth = new TokenAuthenticator();
    const tls = options.tls ? await createServingCertificate(spec.name, options.host) : undefined;
    // The listener is created below; discovery asks it for the port only when serving a request.
    const hostPort = (): string => `${options.host}:${listener.port}`;
    const ctx: ClusterContext = {
      name: spec.name,
      version: versionInfo(spec.kubernetesVersion ?? 'v1.34.1'),
      store,
      registry,
      discovery: new Discovery(registry, hostPort),
      auth,
      bookmarkIntervalMs: options.bookmarkIntervalMs,
    };
    const api = new ApiServer(ctx);
    const listener = new ClusterListener(options.host, tls, (req, res) => api.handle(req, res));
    await listener.listen(0);
    const cluster = new VirtualCluster(
      spec.name,
      store,
      auth,
      listener,
      options.host,
      tls?.caPem ?? '',
      tls ? 'https' : 'http',
    );
    for (const obj of orderForLoading([
      ...bootstrapObjects(listener.port),
      ...(spec.objects ?? []),
    ]))
      store.upsert(obj);
    return cluster;
  }

  get server(): string {
    const host = this.host.includes(':') ? `[${this.host}]` : this.host;
    return `${this.scheme}://${host}:${this.listener.port}`;
  }

  get adminToken(): string {
    return this.auth.adminToken;
  }

  get readOnlyToken(): string {
    return this.auth.readOnlyToken;
  }

  async pause(): Promise<void> {
    this.store.hub.closeAll();
    await this.listener.close();
  }

  async resume(): Promise<void> {
    await this.listener.listen();
  }

  async stop(): Promise<void> {
    await this.pause();
  }
}

// CRDs before their custom resources, namespaces before what lives in them.
function orderForLoading(objects: KubeObject[]): KubeObject[] {
  const rank = (o: KubeObject): number =>
    o.kind === 'CustomResourceDefinition' ? 0 : o.kind === 'Namespace' ? 1 : 2;
  return [...objects].sort((a, b) => rank(a) - rank(b));
}
