/** The mesh whose metric families a cluster's proxies export. */
export type TrafficMesh = 'istio' | 'linkerd' | 'consul' | 'osm';

export type TrafficProtocol = 'http' | 'grpc' | 'tcp';

export interface InventoryWorkload {
  namespace: string;
  name: string;
  /** Deployment, StatefulSet... */
  kind: string;
  /** Pod template labels. */
  labels: Record<string, string>;
  serviceAccount: string;
}

export interface InventoryService {
  namespace: string;
  name: string;
  /** Names of the workloads (same namespace) its selector matches. */
  workloads: string[];
  protocol: TrafficProtocol;
  port: number;
  /** A Linkerd mirror: the exported service it stands for in another cluster. */
  mirrorOf?: { cluster: string; name: string };
}

/** A service a Consul cluster exports to a peer (ExportedServices consumers[].peer). */
export interface InventoryExport {
  service: string;
  namespace: string;
  peer: string;
}

/** What the traffic model needs to know about one cluster. */
export interface InventoryCluster {
  name: string;
  mesh: TrafficMesh;
  trustDomain: string;
  workloads: InventoryWorkload[];
  services: InventoryService[];
  exports: InventoryExport[];
}
