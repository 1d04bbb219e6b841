import { isJsonObject, type JsonObject, type KubeObject } from '../kube-object';

/** Hands out cluster IPs from 10.96.0.0/12 the way the service IP allocator does (without reuse). */
export class ClusterIpAllocator {
  private next = 10;

  allocate(): string {
    const n = this.next;
    this.next += 1;
    return `10.${96 + ((n >> 16) & 0x0f)}.${(n >> 8) & 0xff}.${n & 0xff}`;
  }
}

/**
 * The defaults the real API server fills in on the fields clients commonly read (a subset of upstream's
 * SetDefaults_* and strategies). Values already present are kept.
 */
export function applyKindDefaults(
  obj: KubeObject,
  ips: ClusterIpAllocator,
  old?: KubeObject,
): void {
  switch (obj.kind) {
    case 'Namespace':
      obj.metadata.labels = {
        ...obj.metadata.labels,
        'kubernetes.io/metadata.name': obj.metadata.name,
      };
      obj.spec = { finalizers: ['kubernetes'], ...objectAt(obj, 'spec') };
      return;
    case 'Service':
      defaultService(obj, ips, old);
      return;
    case 'Pod':
      defaultPodSpec(objectAt(obj, 'spec'));
      return;
    case 'Deployment':
    case 'StatefulSet':
    case 'ReplicaSet': {
      const spec = objectAt(obj, 'spec');
      spec.replicas ??= 1;
      spec.revisionHistoryLimit ??= 10;
      if (obj.kind === 'Deployment') spec.progressDeadlineSeconds ??= 600;
      return;
    }
    case 'Secret':
      obj.type ??= 'Opaque';
      return;
    default:
      return;
  }
}

/** The status a kind with a status subresource starts with when created through the API. */
export function initialStatus(obj: KubeObject): JsonObject | undefined {
  switch (obj.kind) {
    case 'Namespace':
      return { phase: 'Active' };
    case 'Pod':
      return { phase: 'Pending', qosClass: 'BestEffort' };
    case 'Service':
      return { loadBalancer: {} };
    case 'Node':
      return isJsonObject(obj.status) ? obj.status : undefined;
    case 'Deployment':
    case 'StatefulSet':
    case 'DaemonSet':
    case 'ReplicaSet':
      return {};
    default:
      return undefined;
  }
}

function defaultService(obj: KubeObject, ips: ClusterIpAllocator, old?: KubeObject): void {
  const spec = objectAt(obj, 'spec');
  const oldSpec = old && isJsonObject(old.spec) ? old.spec : undefined;
  spec.type ??= 'ClusterIP';
  if (spec.type !== 'ExternalName') {
    // The cluster IP is immutable: an update without it keeps the allocated one.
    spec.clusterIP ??= oldSpec?.clusterIP ?? ips.allocate();
    spec.clusterIPs ??= oldSpec?.clusterIPs ?? [spec.clusterIP];
    spec.ipFamilies ??= ['IPv4'];
    spec.ipFamilyPolicy ??= 'SingleStack';
    spec.internalTrafficPolicy ??= 'Cluster';
  }
  spec.sessionAffinity ??= 'None';
  if (Array.isArray(spec.ports)) {
    for (const port of spec.ports) {
      if (!isJsonObject(port)) continue;
      port.protocol ??= 'TCP';
      port.targetPort ??= port.port;
    }
  }
}

function defaultPodSpec(spec: JsonObject): void {
  spec.restartPolicy ??= 'Always';
  spec.dnsPolicy ??= 'ClusterFirst';
  spec.schedulerName ??= 'default-scheduler';
  spec.terminationGracePeriodSeconds ??= 30;
  spec.enableServiceLinks ??= true;
  spec.securityContext ??= {};
  for (const list of [spec.containers, spec.initContainers]) {
    if (!Array.isArray(list)) continue;
    for (const c of list) {
      if (!isJsonObject(c)) continue;
      const image = typeof c.image === 'string' ? c.image : '';
      const tag = image.includes('@') ? 'digest' : /:[^/]+$/.exec(image)?.[0].slice(1);
      c.imagePullPolicy ??= tag === undefined || tag === 'latest' ? 'Always' : 'IfNotPresent';
      c.terminationMessagePath ??= '/dev/termination-log';
      c.terminationMessagePolicy ??= 'File';
      c.resources ??= {};
    }
  }
}

function objectAt(obj: KubeObject, field: string): JsonObject {
  const value = obj[field];
  if (isJsonObject(value)) return value;
  const created: JsonObject = {};
  obj[field] = created;
  return created;
}
