/** Edge quantities an adapter's queries return; one instant query each, grouped by the edge key. */
export type TrafficStat =
  | 'requests'
  | 'serverErrors'
  | 'clientErrors'
  /** Requests that went over mTLS... */
  | 'mtls'
  /** ...out of these (defaults to `requests` when an adapter has no separate denominator). */
  | 'mtlsTotal'
  | 'p50'
  | 'p95'
  | 'p99';

export type ServiceSeriesName =
  'requestRate' | 'errorRate' | 'p50LatencyMs' | 'p95LatencyMs' | 'p99LatencyMs';

/** Where and how far back to look. */
export interface PromqlScope {
  /** The cluster whose Prometheus is asked (or whose series are selected with `clusterLabel`). */
  cluster: string;
  /** The `[range]` of rate(): seconds. */
  windowSeconds: number;
  /**
   * Set when one Prometheus (Thanos, Mimir...) holds every cluster and tells them apart by this label;
   * every selector then matches `<clusterLabel>="<cluster>"`.
   */
  clusterLabel?: string;
}

/** One end of an edge as the metrics name it; the topology resolves it to a node. */
export interface TrafficEndpoint {
  cluster: string;
  /** Kubernetes namespace; absent when the mesh does not name it (Consul's own namespaces). */
  namespace?: string;
  workload?: string;
  /** Kubernetes kind of `workload` when the metrics say it (Deployment, StatefulSet...). */
  workloadKind?: string;
  service?: string;
  app?: string;
}

export interface TrafficEdgeKey {
  source: TrafficEndpoint;
  target: TrafficEndpoint;
  protocol: 'http' | 'grpc' | 'tcp';
}

export interface StatQuery {
  stat: TrafficStat;
  expr: string;
}

export interface ServiceSeriesQuery {
  name: ServiceSeriesName;
  expr: string;
}

/** A service as the range queries need it. */
export interface PromqlService {
  namespace: string;
  name: string;
  /** Names of the workloads behind it (meshes that label by workload, like OSM, need them). */
  workloads: readonly string[];
}

/**
 * The PromQL of one mesh kind. Pure: builds query text and reads result labels; the API runs the
 * queries against whichever Prometheus-compatible store the cluster uses.
 */
export interface MeshPromql {
  /** Instant queries over every edge the cluster's proxies report. */
  edgeQueries(scope: PromqlScope): StatQuery[];
  /** The edge one result series (of any of `edgeQueries`) belongs to; undefined to skip it. */
  edgeKey(labels: Readonly<Record<string, string>>, scope: PromqlScope): TrafficEdgeKey | undefined;
  /** Range queries for one service's inbound traffic: each returns one series. */
  serviceQueries(service: PromqlService, scope: PromqlScope): ServiceSeriesQuery[];
}
