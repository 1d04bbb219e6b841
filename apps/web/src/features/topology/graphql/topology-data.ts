// Hand-written to the topology contract until the API's schema carries it; then these become
// aliases of the generated query types (same shapes, so nothing else changes).
export type Health = 'HEALTHY' | 'DEGRADED' | 'FAILING' | 'IDLE' | 'UNKNOWN';
export type TopologyGranularity = 'WORKLOAD' | 'SERVICE' | 'APP';
export type MeshKind = 'CONSUL' | 'ISTIO' | 'LINKERD' | 'OSM' | 'TRAEFIK_MESH';

export interface TopologyFilter {
  clusters?: string[] | null;
  namespaces?: string[] | null;
  meshes?: string[] | null;
  health?: Health[] | null;
  granularity?: TopologyGranularity | null;
  find?: string | null;
  hide?: string | null;
}

export interface TopologyNodeData {
  id: string;
  kind: string;
  cluster: string;
  namespace: string;
  name: string;
  mesh: string | null;
  meshKind: MeshKind | null;
  health: Health;
  healthReasons: string[];
  requestRate: number | null;
  errorRate: number | null;
  idle: boolean;
  trafficSource: boolean;
  highlighted: boolean;
  certificateAlert: boolean;
}

export interface TopologyEdgeData {
  id: string;
  source: string;
  target: string;
  protocol: string;
  requestRate: number;
  errorRate: number;
  p50LatencyMs: number | null;
  p95LatencyMs: number | null;
  p99LatencyMs: number | null;
  mtlsPercent: number | null;
  crossCluster: boolean;
  highlighted: boolean;
}

export interface TopologyData {
  nodes: TopologyNodeData[];
  edges: TopologyEdgeData[];
  window: number;
  generatedAt: string;
  metricsAvailable: boolean;
  metricsSource: string;
  metricsError: string | null;
}

export interface TopologyQueryData {
  topology: TopologyData;
}

export interface TopologyQueryVariables {
  filter?: TopologyFilter | null;
  window?: number | null;
  [name: string]: unknown;
}

export interface TopologyUpdatedData {
  topologyUpdated: TopologyData;
}

export interface MetricSeriesData {
  name: string;
  unit: string;
  points: Array<{ t: string; v: number }>;
}

export interface ServiceMetricsData {
  serviceMetrics: {
    serviceId: string;
    window: number;
    metricsAvailable: boolean;
    metricsError: string | null;
    series: MetricSeriesData[];
  };
}

export interface ServiceMetricsVariables {
  id: string;
  window?: number | null;
  [name: string]: unknown;
}
