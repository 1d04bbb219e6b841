import { type Replicas, WorkloadKind, makeId } from '@meshwork/model';
import { CoreKinds } from '../kube/core-kinds';
import { type Pod, type WorkloadObject } from '../kube/core-objects';
import { type ClusterSnapshot } from '../snapshot/cluster-snapshot';
import { type WorkloadRef, resolvePodOwner } from './pod-owner';
import { isPodReady } from './pod-status';

/** Labels Kubernetes adds per pod or per rollout; they would split one workload's label set. */
const POD_INSTANCE_LABELS = [
  'pod-template-hash',
  'controller-revision-hash',
  'statefulset.kubernetes.io/pod-name',
  'apps.kubernetes.io/pod-index',
  'batch.kubernetes.io/controller-uid',
  'batch.kubernetes.io/job-name',
  'controller-uid',
  'job-name',
];

export interface WorkloadGroup {
  /** Workload id (`<cluster>/<ns>/<Kind>/<name>`). */
  id: string;
  ref: WorkloadRef;
  /** The controller object, when the snapshot has it. */
  controller?: WorkloadObject;
  pods: Pod[];
  /** Pod-template labels (from the controller, else the first pod minus per-pod labels). */
  labels: Record<string, string>;
  replicas: Replicas;
}

const CONTROLLER_KINDS = [
  [WorkloadKind.DEPLOYMENT, CoreKinds.Deployment],
  [WorkloadKind.STATEFUL_SET, CoreKinds.StatefulSet],
  [WorkloadKind.DAEMON_SET, CoreKinds.DaemonSet],
] as const;

function replicasOf(group: WorkloadGroup): Replicas {
  const status = group.controller?.status;
  if (group.ref.kind === WorkloadKind.DAEMON_SET && status?.desiredNumberScheduled !== undefined) {
    return { desired: status.desiredNumberScheduled, ready: status.numberReady ?? 0 };
  }
  const spec = group.controller?.spec;
  if (group.controller && group.ref.kind !== WorkloadKind.DAEMON_SET) {
    return { desired: spec?.replicas ?? 1, ready: status?.readyReplicas ?? 0 };
  }
  return { desired: group.pods.length, ready: group.pods.filter(isPodReady).length };
}

function podTemplateLabels(pod: Pod | undefined): Record<string, string> {
  const labels = { ...pod?.metadata.labels };
  for (const key of POD_INSTANCE_LABELS) delete labels[key];
  return labels;
}

/**
 * Groups pods by owning workload and adds Deployments/StatefulSets/DaemonSets that have no pods (scaled
 * to zero), so a mesh still shows them. Order: by id, so results are stable.
 */
export function collectWorkloads(snapshot: ClusterSnapshot, namespace?: string): WorkloadGroup[] {
  const groups = new Map<string, WorkloadGroup>();
  const groupFor = (ref: WorkloadRef): WorkloadGroup => {
    const id = makeId({ cluster: snapshot.cluster, ...ref });
    let group = groups.get(id);
    if (!group) {
      group = { id, ref, pods: [], labels: {}, replicas: { desired: 0, ready: 0 } };
      groups.set(id, group);
    }
    return group;
  };
  for (const [kind, kindRef] of CONTROLLER_KINDS) {
    for (const controller of snapshot.list(kindRef, namespace)) {
      const ref = {
        kind,
        namespace: controller.metadata.namespace ?? '',
        name: controller.metadata.name,
      };
      groupFor(ref).controller = controller;
    }
  }
  for (const pod of snapshot.list(CoreKinds.Pod, namespace)) {
    groupFor(resolvePodOwner(snapshot, pod)).pods.push(pod);
  }
  return [...groups.values()]
    .map((group) => ({
      ...group,
      labels:
        group.controller?.spec?.template?.metadata?.labels ?? podTemplateLabels(group.pods[0]),
      replicas: replicasOf(group),
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}
