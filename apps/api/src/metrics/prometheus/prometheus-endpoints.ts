import type { MeshworkConfig } from '../../config/meshwork-config';
import { PrometheusClient } from './prometheus-client';

export interface ClusterEndpoint {
  client: PrometheusClient;
  /** Set when the endpoint holds several clusters told apart by this label. */
  clusterLabel?: string;
}

/** Which Prometheus API answers for each cluster: its own entry, else the shared one. */
export class PrometheusEndpoints {
  private readonly perCluster = new Map<string, ClusterEndpoint>();
  private readonly shared?: ClusterEndpoint;

  constructor(config: MeshworkConfig) {
    for (const [cluster, endpoint] of Object.entries(config.prometheusClusters))
      this.perCluster.set(cluster, {
        client: new PrometheusClient(endpoint, config.prometheusTimeoutMs),
      });
    if (config.prometheusUrl)
      this.shared = {
        client: new PrometheusClient(
          {
            url: config.prometheusUrl,
            bearerToken: config.prometheusBearerToken,
            username: config.prometheusUsername,
            password: config.prometheusPassword,
          },
          config.prometheusTimeoutMs,
        ),
        clusterLabel: config.prometheusClusterLabel,
      };
  }

  get configured(): boolean {
    return this.shared !== undefined || this.perCluster.size > 0;
  }

  for(cluster: string): ClusterEndpoint | undefined {
    return this.perCluster.get(cluster) ?? this.shared;
  }

  /** `prometheus:<url>` of the shared endpoint, or of the per-cluster ones. */
  describe(): string {
    const urls = new Set<string>();
    if (this.shared) urls.add(this.shared.client.displayUrl);
    for (const e of this.perCluster.values()) urls.add(e.client.displayUrl);
    return `prometheus:${[...urls].join(',')}`;
  }
}
