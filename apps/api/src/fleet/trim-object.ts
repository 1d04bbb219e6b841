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

const isObject = (value: unknown): value is Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A copy without `fields`. Copying rather than `delete` keeps V8's compact object layout: an object
 * that loses a property with `delete` falls back to a dictionary, several times its size.
 */
function omit(value: unknown, fields: ReadonlySet<string>): unknown {
  if (!isObject(value)) return value;
  const copy: Loose = {};
  for (const key in value) if (!fields.has(key)) copy[key] = value[key];
  return copy;
}

const omitEach = (list: unknown, fields: ReadonlySet<string>): unknown =>
  Array.isArray(list) ? list.map((item) => omit(item, fields)) : list;

const PodSpecUnread = new Set(POD_SPEC_UNREAD);
const ContainerUnread = new Set(CONTAINER_UNREAD);
const ContainerStatusUnread = new Set(CONTAINER_STATUS_UNREAD);
const PodStatusUnread = new Set(POD_STATUS_UNREAD);
const MetadataUnread = new Set(['managedFields']);
const TemplateSpec = new Set(['spec']);
/** Pods and their controllers are many: their bookkeeping metadata goes too. */
const ControllerMetadataUnread = new Set([
  'managedFields',
  'resourceVersion',
  'creationTimestamp',
  'generateName',
  'generation',
]);
/** Policies and links may name a controller by uid, never a pod. */
const PodMetadataUnread = new Set([...ControllerMetadataUnread, 'uid']);

/** Owners are followed by kind and name (and which one is the controller). */
function trimOwners(metadata: KubeObject['metadata']): void {
  if (metadata.ownerReferences)
    metadata.ownerReferences = metadata.ownerReferences.map(({ kind, name, controller }) => ({
      kind,
      name,
      ...(controller !== undefined && { controller }),
    })) as typeof metadata.ownerReferences;
}

function trimPodSpec(spec: unknown): unknown {
  const trimmed = omit(spec, PodSpecUnread);
  if (!isObject(trimmed)) return trimmed;
  for (const field of ['containers', 'initContainers', 'ephemeralContainers'])
    if (field in trimmed) trimmed[field] = omitEach(trimmed[field], ContainerUnread);
  return trimmed;
}

function trimPodStatus(status: unknown): unknown {
  const trimmed = omit(status, PodStatusUnread);
  if (!isObject(trimmed)) return trimmed;
  // Readiness is read from `type` and `status`; the timestamps, reasons and messages are not.
  if (Array.isArray(trimmed.conditions))
    trimmed.conditions = trimmed.conditions.map((c: unknown) =>
      isObject(c) ? { type: c.type, status: c.status } : c,
    );
  for (const field of ['containerStatuses', 'initContainerStatuses'])
    if (field in trimmed) trimmed[field] = omitEach(trimmed[field], ContainerStatusUnread);
  return trimmed;
}

/**
 * Drops what no adapter reads and what makes up most of an object's size, before it is cached:
 * managedFields and kubectl's copy of the last applied object on every kind (client-go informers
 * strip them with a transform for the same reason), and in pods and pod templates the scheduling,
 * volume, probe, resource and security settings, the container runtime states and the conditions'
 * timestamps and messages. The adapters'
 * answers are the same with and without (trim-object.spec.ts checks it on every scenario).
 * Mutates the freshly parsed object it is given.
 */
export function trimObject(object: KubeObject): KubeObject {
  // Anything without metadata is not a Kubernetes object; it is left for the cache to report.
  if (!isObject(object.metadata)) return object;
  const target = object as unknown as Loose;
  const pod = object.kind === 'Pod';
  const workload = pod || (object.kind !== undefined && WORKLOAD_KINDS.has(object.kind));
  const unread = pod ? PodMetadataUnread : workload ? ControllerMetadataUnread : MetadataUnread;
  const metadata = omit(object.metadata, unread) as KubeObject['metadata'];
  if (workload) trimOwners(metadata);
  const annotations = metadata.annotations;
  if (annotations && LAST_APPLIED in annotations)
    metadata.annotations = omit(annotations, new Set([LAST_APPLIED])) as Record<string, string>;
  target.metadata = metadata;
  if (object.kind === 'Pod') {
    if ('spec' in target) target.spec = trimPodSpec(target.spec);
    if ('status' in target) target.status = trimPodStatus(target.status);
  } else if (object.kind && WORKLOAD_KINDS.has(object.kind) && isObject(target.spec)) {
    const spec = { ...target.spec };
    if (isObject(spec.template) && 'spec' in spec.template)
      spec.template =
        object.kind === 'ReplicaSet'
          ? // A ReplicaSet is read for its owner and its template's annotations; its pods carry the
            // containers, and its Deployment the template they came from.
            omit(spec.template, TemplateSpec)
          : { ...spec.template, spec: trimPodSpec(spec.template.spec) };
    target.spec = spec;
  }
  return object;
}
