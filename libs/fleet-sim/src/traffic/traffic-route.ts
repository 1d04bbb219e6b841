import type {
  InventoryService,
  InventoryWorkload,
  TrafficMesh,
  TrafficProtocol,
} from './traffic-inventory';

/** How a call leaves its cluster, when it does. Istio multi-primary needs no hop: endpoints are shared. */
export type RouteHop =
  { kind: 'linkerd-mirror'; mirrorService: string } | { kind: 'consul-peer'; peer: string };

export interface RouteTarget {
  /** Absent when the destination runs no workload the model knows (a mirror with no remote pods). */
  workload?: InventoryWorkload;
  /** Share of the route's requests this workload serves; shares add up to 1. */
  share: number;
}

/** Slow sine drifts, one per quantity; periods in seconds. */
export interface RouteDrift {
  ratePeriod: number;
  ratePhase: number;
  burstPeriod: number;
  burstPhase: number;
  errorPeriod: number;
  errorPhase: number;
  latencyPeriod: number;
  latencyPhase: number;
}

/** One caller workload sending requests to one service, possibly in another cluster. */
export interface TrafficRoute {
  /** `<src cluster>/<src ns>/<src workload>><dst cluster>/<dst ns>/<dst service>`. */
  id: string;
  sourceCluster: string;
  sourceMesh: TrafficMesh;
  source: InventoryWorkload;
  /** The source workload's own service, when it has one (Consul names callers by service). */
  sourceService?: string;
  destCluster: string;
  destMesh: TrafficMesh;
  destService: InventoryService;
  targets: RouteTarget[];
  hop?: RouteHop;
  protocol: TrafficProtocol;
  mtls: boolean;
  /** Requests per second around which the rate drifts. */
  baseRate: number;
  /** Share of 5xx answers (0-1) around which it drifts. */
  baseServerErrors: number;
  /** Share of 4xx answers (0-1). */
  baseClientErrors: number;
  /** Median latency in ms around which it drifts; the spread is log-normal. */
  baseLatencyMs: number;
  drift: RouteDrift;
}
