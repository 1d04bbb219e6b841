import {
  DataPlaneMode,
  Health,
  HealthTolerances,
  makeId,
  WorkloadKind,
  type Mesh,
  type Service,
  type Workload,
} from '@meshwork/model';
import type { AppenderContext } from '../appenders/topology-appender';
import type { TopologyEdge, TopologyGraph, TopologyNode } from '../graph/topology-graph';
import { workloadLookup } from '../graph/workload-lookup';
import type { FleetView } from '../graph/fleet-view';

export function workload(
  cluster: string,
  namespace: string,
  name: string,
  extra: Partial<Workload> = {},
): Workload {
  return {
    id: makeId({ cluster, namespace, kind: WorkloadKind.DEPLOYMENT, name }),
    cluster,
    namespace,
    name,
    kind: WorkloadKind.DEPLOYMENT,
    labels: { app: name.replace(/-v\d+$/, '') },
    replicas: { desired: 2, ready: 2 },
    dataPlaneMode: DataPlaneMode.SIDECAR,
    mesh: `${cluster}/istio-system/Mesh/istio`,
    services: [],
    ...extra,
  };
}

export function service(
  cluster: string,
  namespace: string,
  name: string,
  workloads: Workload[],
): Service {
  const id = makeId({ cluster, namespace, kind: 'Service', name });
  for (const w of workloads) w.services.push(id);
  return {
    id,
    cluster,
    namespace,
    name,
    ports: [{ name: 'http', port: 80, protocol: 'TCP' }],
    labels: {},
    meshes: [`${cluster}/istio-system/Mesh/istio`],
    versions: [],
    subsets: [],
    workloads: workloads.map((w) => w.id),
    logicalKey: `${namespace}/${name}`,
  };
}

export function fleetOf(
  workloads: Workload[],
  services: Service[],
  revision = 1,
  meshes: Mesh[] = [],
): FleetView {
  return {
    revision,
    meshes: () => meshes,
    certificates: () => [],
    services: () => services,
    workloads: () => workloads,
    links: () => [],
  };
}

export function node(id: string, extra: Partial<TopologyNode> = {}): TopologyNode {
  const [cluster = '', namespace = '', kind = 'Service', name = ''] = id.split('/');
  return {
    id,
    kind: kind === 'Service' ? 'SERVICE' : 'WORKLOAD',
    cluster,
    namespace,
    name,
    health: Health.UNKNOWN,
    healthReasons: [],
    idle: false,
    trafficSource: false,
    highlighted: false,
    certificateAlert: false,
    ...extra,
  };
}

export function edge(
  source: string,
  target: string,
  extra: Partial<TopologyEdge> = {},
): TopologyEdge {
  return {
    id: `${source}>${target}`,
    source,
    target,
    protocol: 'http',
    requestRate: 10,
    errorRate: 0,
    clientErrorRate: 0,
    crossCluster: source.split('/')[0] !== target.split('/')[0],
    highlighted: false,
    ...extra,
  };
}

export function graphOf(
  nodes: TopologyNode[],
  edges: TopologyEdge[],
  metricsAvailable = true,
): TopologyGraph {
  return {
    nodes,
    edges,
    window: 300,
    generatedAt: new Date(0),
    metricsAvailable,
    metricsSource: metricsAvailable ? 'simulated' : 'none',
  };
}

export function contextFor(
  fleet: FleetView,
  extra: Partial<AppenderContext> = {},
): AppenderContext {
  return {
    tolerances: new HealthTolerances(),
    workloadsOf: workloadLookup(fleet),
    meshesWithCertificateAlert: new Set(),
    ...extra,
  };
}
