import type { KubeObject } from '@meshwork/adapters-core';

const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

/** Pod spec fields no adapter reads: scheduling, volumes, security, DNS. */
const POD_SPEC_UNREAD = [
  'volumes',
  'tolerations',
  'affinity',
  'nodeSelector',
  'topologySpreadConstraints',
  'securityContext',
  'dnsPolicy',
  'dnsConfig',
  'schedulerName',
  'priority',
  'priorityClassName',
  'preemptionPolicy',
  'enableServiceLinks',
  'terminationGracePeriodSeconds',
  'imagePullSecrets',
  'readinessGates',
  'overhead',
  'hostAliases',
];
/** Container fields no adapter reads (name, image, args, env, ports and restartPolicy stay). */
const CONTAINER_UNREAD = [
  'volumeMounts',
  'volumeDevices',
  'resources',
  'resizePolicy',
  'livenessProbe',
  'readinessProbe',
  'startupProbe',
  'lifecycle',
  'securityContext',
  'terminationMessagePath',
  'terminationMessagePolicy',
  'imagePullPolicy',
  'workingDir',
  'envFrom',
];
/** Container status fields no adapter reads (name, image, ready and started stay). */
const CONTAINER_STATUS_UNREAD = [
  'state',
  'lastState',
  'imageID',
  'containerID',
  'restartCount',
  'volumeMounts',
  'resources',
  'allocatedResources',
  'user',
];
/** Pod status fields no adapter reads (phase, conditions and container statuses stay). */
const POD_STATUS_UNREAD = ['hostIP', 'hostIPs', 'podIPs', 'startTime', 'qosClass', 'resize'];
const WORKLOAD_KINDS = new Set(['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'Job']);

type Loose = Record<string, unknown>;

function drop(target: unknown, fields: readonly string[]): void {
  if (!target || typeof target !== 'object') return;
  for (const field of fields) delete (target as Loose)[field];
}

function trimPodSpec(spec: unknown): void {
  if (!spec || typeof spec !== 'object') return;
  drop(spec, POD_SPEC_UNREAD);
  const { containers, initContainers, ephemeralContainers } = spec as Loose;
  for (const list of [containers, initContainers, ephemeralContainers])
    if (Array.isArray(list)) for (const container of list) drop(container, CONTAINER_UNREAD);
}

/**
 * Drops what no adapter reads and what makes up most of an object's size, before it is cached:
 * managedFields and kubectl's copy of the last applied object on every kind (client-go informers
 * strip them with a transform for the same reason), and in pods and pod templates the scheduling,
 * volume, probe, resource and security settings and the container runtime states. The adapters'
 * answers are the same with and without (trim-object.spec.ts checks it on every scenario).
 * Mutates the freshly parsed object it is given.
 */
export function trimObject(object: KubeObject): KubeObject {
  const metadata = object.metadata as KubeObject['metadata'] & { managedFields?: unknown };
  delete metadata.managedFields;
  if (metadata.annotations && LAST_APPLIED in metadata.annotations)
    delete metadata.annotations[LAST_APPLIED];
  const { spec, status } = object as unknown as Loose;
  if (object.kind === 'Pod') {
    trimPodSpec(spec);
    drop(status, POD_STATUS_UNREAD);
    const statuses = status as Loose | undefined;
    for (const list of [statuses?.containerStatuses, statuses?.initContainerStatuses])
      if (Array.isArray(list)) for (const entry of list) drop(entry, CONTAINER_STATUS_UNREAD);
  } else if (object.kind && WORKLOAD_KINDS.has(object.kind)) {
    const template = (spec as Loose | undefined)?.template as Loose | undefined;
    trimPodSpec(template?.spec);
  }
  return object;
}
