import { writeFile } from 'node:fs/promises';
import { buildKubeconfig } from '../kubeconfig/kubeconfig';
import { type VirtualClusterSpec } from '../kube-object';
import { type SimCluster, VirtualCluster } from './sim-cluster';

export interface FleetSimOptions {
  clusters: VirtualClusterSpec[];
  /** Default 127.0.0.1. */
  host?: string;
  /** Default true: HTTPS with a per-cluster CA. */
  tls?: boolean;
  /** Period of BOOKMARK events on watches that allow them; default 1000 ms (real servers: ~1 min). */
  bookmarkIntervalMs?: number;
  /** Events kept per cluster for watch resumption and continue tokens; default 10,000. */
  historySize?: number;
}

/** A fleet of virtual clusters, each its own Kubernetes API server on its own port. */
export class FleetSim {
  private constructor(private readonly members: VirtualCluster[]) {}

  static async start(opts: FleetSimOptions): Promise<FleetSim> {
    const names = new Set<string>();
    for (const spec of opts.clusters) {
      if (names.has(spec.name)) throw new Error(`fleet-sim: duplicate cluster name "${spec.name}"`);
      names.add(spec.name);
    }
    const options = {
      host: opts.host ?? '127.0.0.1',
      tls: opts.tls ?? true,
      bookmarkIntervalMs: opts.bookmarkIntervalMs ?? 1000,
      historySize: opts.historySize ?? 10_000,
    };
    const members: VirtualCluster[] = [];
    try {
      for (const spec of opts.clusters) members.push(await VirtualCluster.start(spec, options));
    } catch (error) {
      await Promise.all(members.map((m) => m.stop()));
      throw error;
    }
    return new FleetSim(members);
  }

  get clusters(): SimCluster[] {
    return [...this.members];
  }

  cluster(name: string): SimCluster {
    const found = this.members.find((m) => m.name === name);
    if (!found) throw new Error(`fleet-sim: no cluster named "${name}"`);
    return found;
  }

  /** YAML with one context per cluster (named as the cluster), CA data embedded, a bearer token user. */
  kubeconfig(opts: { readOnly?: boolean } = {}): string {
    return buildKubeconfig(
      this.members.map((m) => ({
        name: m.name,
        server: m.server,
        caPem: m.caPem === '' ? undefined : m.caPem,
        token: opts.readOnly ? m.readOnlyToken : m.adminToken,
      })),
      opts.readOnly ? 'reader' : 'admin',
    );
  }

  async writeKubeconfig(path: string, opts: { readOnly?: boolean } = {}): Promise<void> {
    await writeFile(path, this.kubeconfig(opts), { mode: 0o600 });
  }

  async stop(): Promise<void> {
    await Promise.all(this.members.map((m) => m.stop()));
  }
}
