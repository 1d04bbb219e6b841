import { isJsonObject, type KubeObject } from '../kube-object';
import type {
  InventoryCluster,
  InventoryExport,
  InventoryService,
  InventoryWorkload,
  TrafficMesh,
  TrafficProtocol,
} from './traffic-inventory';

/** Namespaces of control planes and Kubernetes itself: their pods are not application traffic. */
const SYSTEM_NAMESPACES = /^(kube-.*|istio-system|linkerd(-.*)?|consul|osm-system|traefik-mesh)$/;
const WORKLOAD_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet']);

export interface InventoryClusterSpec {
  name: string;
  mesh: TrafficMesh;
  objects: readonly KubeObject[];
  /** Default `cluster.local`. */
  trustDomain?: string;
}

/** Reads the application workloads and services of one cluster from its objects. */
export function inventoryFromObjects(spec: InventoryClusterSpec): InventoryCluster {
  const apps = spec.objects.filter((o) => !SYSTEM_NAMESPACES.test(o.metadata.namespace ?? ''));
  const workloads = apps.filter((o) => WORKLOAD_KINDS.has(o.kind)).map(toWorkload);
  const services = apps
    .filter((o) => o.kind === 'Service' && o.apiVersion === 'v1')
    .map((o) => toService(o, workloads))
    .filter((s) => s.workloads.length > 0 || s.mirrorOf);
  const exports = spec.objects.filter((o) => o.kind === 'ExportedServices').flatMap(toExports);
  return {
    name: spec.name,
    mesh: spec.mesh,
    trustDomain: spec.trustDomain ?? 'cluster.local',
    workloads,
    services,
    exports,
  };
}

function record(value: unknown): Record<string, unknown> {
  return isJsonObject(value) ? value : {};
}

function strings(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, item] of Object.entries(record(value)))
    if (typeof item === 'string') out[key] = item;
  return out;
}

function toWorkload(object: KubeObject): InventoryWorkload {
  const template = record(record(object.spec).template);
  const podSpec = record(template.spec);
  return {
    namespace: object.metadata.namespace ?? 'default',
    name: object.metadata.name,
    kind: object.kind,
    labels: strings(record(template.metadata).labels),
    serviceAccount:
      typeof podSpec.serviceAccountName === 'string' ? podSpec.serviceAccountName : 'default',
  };
}

function toService(object: KubeObject, workloads: InventoryWorkload[]): InventoryService {
  const spec = record(object.spec);
  const namespace = object.metadata.namespace ?? 'default';
  const selector = strings(spec.selector);
  const keys = Object.keys(selector);
  const selected = keys.length
    ? workloads.filter(
        (w) => w.namespace === namespace && keys.every((k) => w.labels[k] === selector[k]),
      )
    : [];
  const ports = Array.isArray(spec.ports) ? spec.ports.map(record) : [];
  const first = ports[0] ?? {};
  const labels = object.metadata.labels ?? {};
  const target = labels['mirror.linkerd.io/cluster-name'];
  const mirrored = labels['mirror.linkerd.io/mirrored-service'] === 'true' && target;
  return {
    namespace,
    name: object.metadata.name,
    workloads: selected.map((w) => w.name),
    protocol: protocolOf(first),
    port: typeof first.port === 'number' ? first.port : 80,
    mirrorOf: mirrored
      ? { cluster: target, name: object.metadata.name.replace(new RegExp(`-${target}$`), '') }
      : undefined,
  };
}

/** As meshes infer it: `appProtocol`, else the port name prefix (`grpc-web`, `http2`...). */
function protocolOf(port: Record<string, unknown>): TrafficProtocol {
  const hint = String(port.appProtocol ?? port.name ?? '').toLowerCase();
  if (hint.startsWith('grpc')) return 'grpc';
  if (hint.startsWith('tcp') || hint.startsWith('mongo') || hint.startsWith('redis')) return 'tcp';
  return 'http';
}

function toExports(object: KubeObject): InventoryExport[] {
  const services = record(object.spec).services;
  if (!Array.isArray(services)) return [];
  return services.flatMap((entry) => {
    const service = record(entry);
    const consumers = Array.isArray(service.consumers) ? service.consumers.map(record) : [];
    return consumers
      .filter((c) => typeof c.peer === 'string')
      .map((c) => ({
        service: String(service.name),
        namespace: typeof service.namespace === 'string' ? service.namespace : 'default',
        peer: String(c.peer),
      }));
  });
}
