import { WorkloadKind } from '@meshwork/model';
import { CoreKinds } from '../kube/core-kinds';
import { type Pod } from '../kube/core-objects';
import { type KubeObject, type OwnerReference } from '../kube/kube-object';
import { type ClusterSnapshot } from '../snapshot/cluster-snapshot';

export interface WorkloadRef {
  kind: WorkloadKind;
  namespace: string;
  name: string;
}

const controllerOf = (object: KubeObject): OwnerReference | undefined => {
  const owners = object.metadata.ownerReferences ?? [];
  return owners.find((o) => o.controller) ?? owners[0];
};

/** `cart-7d9f8c6b5` with pod-template-hash `7d9f8c6b5` → `cart`. */
const deploymentFromReplicaSetName = (
  rsName: string,
  hash: string | undefined,
): string | undefined =>
  hash && rsName.endsWith(`-${hash}`) ? rsName.slice(0, -hash.length - 1) : undefined;

/**
 * The workload a pod belongs to, walking ReplicaSet → Deployment and Job → CronJob. When the ReplicaSet
 * is not in the snapshot (not watched, or not yet seen) the `pod-template-hash` label recovers the
 * Deployment name. Pods with no controller we understand are their own workload.
 */
export function resolvePodOwner(snapshot: ClusterSnapshot, pod: Pod): WorkloadRef {
  const namespace = pod.metadata.namespace ?? '';
  const self: WorkloadRef = { kind: WorkloadKind.POD, namespace, name: pod.metadata.name };
  const owner = controllerOf(pod);
  if (!owner) return self;
  const ref = (kind: WorkloadKind, name: string): WorkloadRef => ({ kind, namespace, name });
  switch (owner.kind) {
    case 'StatefulSet':
      return ref(WorkloadKind.STATEFUL_SET, owner.name);
    case 'DaemonSet':
      return ref(WorkloadKind.DAEMON_SET, owner.name);
    case 'ReplicaSet': {
      const rs = snapshot.get(CoreKinds.ReplicaSet, namespace, owner.name);
      const rsOwner = rs && controllerOf(rs);
      if (rsOwner?.kind === 'Deployment') return ref(WorkloadKind.DEPLOYMENT, rsOwner.name);
      if (rs) return ref(WorkloadKind.REPLICA_SET, owner.name);
      const hash = pod.metadata.labels?.['pod-template-hash'];
      const deployment = deploymentFromReplicaSetName(owner.name, hash);
      return deployment
        ? ref(WorkloadKind.DEPLOYMENT, deployment)
        : ref(WorkloadKind.REPLICA_SET, owner.name);
    }
    case 'Job': {
      const job = snapshot.get(CoreKinds.Job, namespace, owner.name);
      const jobOwner = job && controllerOf(job);
      return jobOwner?.kind === 'CronJob'
        ? ref(WorkloadKind.CRON_JOB, jobOwner.name)
        : ref(WorkloadKind.JOB, owner.name);
    }
    default:
      return self;
  }
}
