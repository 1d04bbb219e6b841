import { WorkloadKind } from '@meshwork/model';
import { type Pod } from '../kube/core-objects';
import { type KubeObject } from '../kube/kube-object';
import { SnapshotBuilder } from '../snapshot/snapshot-builder';
import { resolvePodOwner } from './pod-owner';

const owned = (kind: string, name: string) => [
  { apiVersion: 'apps/v1', kind, name, controller: true },
];

const pod = (name: string, owners: ReturnType<typeof owned> | undefined, hash?: string): Pod => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: {
    namespace: 'shop',
    name,
    ...(owners && { ownerReferences: owners }),
    ...(hash && { labels: { 'pod-template-hash': hash } }),
  },
});

const replicaSet = (name: string, deployment?: string): KubeObject => ({
  apiVersion: 'apps/v1',
  kind: 'ReplicaSet',
  metadata: {
    namespace: 'shop',
    name,
    ...(deployment && { ownerReferences: owned('Deployment', deployment) }),
  },
});

describe('resolvePodOwner', () => {
  it('walks Pod → ReplicaSet → Deployment through ownerReferences', () => {
    const p = pod('cart-abc-x1', owned('ReplicaSet', 'cart-abc'));
    const snapshot = new SnapshotBuilder('east').add(replicaSet('cart-abc', 'cart-v2'), p).build();
    expect(resolvePodOwner(snapshot, p)).toEqual({
      kind: WorkloadKind.DEPLOYMENT,
      namespace: 'shop',
      name: 'cart-v2',
    });
  });

  it('recovers the Deployment from pod-template-hash when the ReplicaSet is not in the snapshot', () => {
    const p = pod('cart-7d9f8c6b5-x1', owned('ReplicaSet', 'cart-7d9f8c6b5'), '7d9f8c6b5');
    const snapshot = new SnapshotBuilder('east').add(p).build();
    expect(resolvePodOwner(snapshot, p)).toMatchObject({
      kind: WorkloadKind.DEPLOYMENT,
      name: 'cart',
    });
  });

  it('keeps a ReplicaSet without a Deployment owner as the workload', () => {
    const p = pod('solo-x1', owned('ReplicaSet', 'solo'));
    const snapshot = new SnapshotBuilder('east').add(replicaSet('solo'), p).build();
    expect(resolvePodOwner(snapshot, p)).toMatchObject({
      kind: WorkloadKind.REPLICA_SET,
      name: 'solo',
    });
  });

  it('maps StatefulSet and DaemonSet owners directly', () => {
    const snapshot = new SnapshotBuilder('east').build();
    expect(resolvePodOwner(snapshot, pod('db-0', owned('StatefulSet', 'db')))).toMatchObject({
      kind: WorkloadKind.STATEFUL_SET,
      name: 'db',
    });
    expect(
      resolvePodOwner(snapshot, pod('ztunnel-x', owned('DaemonSet', 'ztunnel'))),
    ).toMatchObject({
      kind: WorkloadKind.DAEMON_SET,
      name: 'ztunnel',
    });
  });

  it('walks Job → CronJob when the Job is known', () => {
    const job = {
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: {
        namespace: 'shop',
        name: 'report-2891',
        ownerReferences: owned('CronJob', 'report'),
      },
    };
    const p = pod('report-2891-x', owned('Job', 'report-2891'));
    const snapshot = new SnapshotBuilder('east').add(job, p).build();
    expect(resolvePodOwner(snapshot, p)).toMatchObject({
      kind: WorkloadKind.CRON_JOB,
      name: 'report',
    });
  });

  it('treats bare pods and pods of unknown controllers as their own workload', () => {
    const snapshot = new SnapshotBuilder('east').build();
    expect(resolvePodOwner(snapshot, pod('debug', undefined))).toMatchObject({
      kind: WorkloadKind.POD,
      name: 'debug',
    });
    expect(
      resolvePodOwner(snapshot, pod('vm-1', owned('VirtualMachineInstance', 'vm'))),
    ).toMatchObject({
      kind: WorkloadKind.POD,
      name: 'vm-1',
    });
  });
});
