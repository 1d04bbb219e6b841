export { TrafficModel, type RouteWindowStats, type TrafficModelOptions } from './traffic-model';
export { TrafficMetricsServer, type TrafficMetricsServerOptions } from './traffic-metrics-server';
export { inventoryFromObjects, type InventoryClusterSpec } from './inventory-from-objects';
export { inferRoutes } from './infer-routes';
export { routeSecond, latencyQuantile, type RouteSecond } from './route-signal';
export type {
  InventoryCluster,
  InventoryExport,
  InventoryService,
  InventoryWorkload,
  TrafficMesh,
  TrafficProtocol,
} from './traffic-inventory';
export type { RouteHop, RouteTarget, TrafficRoute } from './traffic-route';
