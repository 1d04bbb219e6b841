import type { Health, MeshKind } from '@meshwork/model';

export enum TopologyGranularity {
  WORKLOAD = 'WORKLOAD',
  SERVICE = 'SERVICE',
  /** Workloads grouped by their `app` label (workload name when unlabelled). */
  APP = 'APP',
}

export type TopologyNodeKind = 'SERVICE' | 'WORKLOAD' | 'APP' | 'EXTERNAL';

/** Renderer-neutral graph node; the GraphQL `TopologyNode` is this shape. */
export interface TopologyNode {
  /** `<cluster>/<namespace>/<Kind>/<name>`: stable across refreshes. */
  id: string;
  kind: TopologyNodeKind;
  cluster: string;
  namespace: string;
  name: string;
  mesh?: string;
  meshKind?: MeshKind;
  health: Health;
  healthReasons: string[];
  /** Inbound requests per second; undefined when metrics are unavailable. */
  requestRate?: number;
  /** Inbound 5xx share, 0-100. */
  errorRate?: number;
  idle: boolean;
  trafficSource: boolean;
  highlighted: boolean;
  certificateAlert: boolean;
}

export type EdgeProtocol = 'http' | 'grpc' | 'tcp';

export interface TopologyEdge {
  /** `<source id>><target id>`: stable as long as both ends are. */
  id: string;
  source: string;
  target: string;
  protocol: EdgeProtocol;
  requestRate: number;
  /** 5xx share, 0-100. */
  errorRate: number;
  /** 4xx share, 0-100; used by health, not part of the GraphQL contract. */
  clientErrorRate: number;
  p50LatencyMs?: number;
  p95LatencyMs?: number;
  p99LatencyMs?: number;
  mtlsPercent?: number;
  /** Requests/s seen over mTLS, and the requests/s that share was measured on (mtls appender input). */
  mtlsRate?: number;
  mtlsTotalRate?: number;
  crossCluster: boolean;
  highlighted: boolean;
}

export interface TopologyGraph {
  nodes: TopologyNode[];
  edges: TopologyEdge[];
  /** Seconds. */
  window: number;
  generatedAt: Date;
  metricsAvailable: boolean;
  /** `prometheus:<url>`, `simulated` or `none`. */
  metricsSource: string;
  metricsError?: string;
}
