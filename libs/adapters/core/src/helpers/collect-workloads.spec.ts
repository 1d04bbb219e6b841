import { WorkloadKind } from '@meshwork/model';
import { SnapshotBuilder } from '../snapshot/snapshot-builder';
import { collectWorkloads } from './collect-workloads';

const ready = { conditions: [{ type: 'Ready', status: 'True' }] };
const notReady = { conditions: [{ type: 'Ready', status: 'False' }] };

let podCount = 0;
const rsPod = (name: string, hash: string, status: object) => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: {
    namespace: 'shop',
    name: `${name}-${hash}-${++podCount}`,
    labels: { app: name, 'pod-template-hash': hash },
    ownerReferences: [
      { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: `${name}-${hash}`, controller: true },
    ],
  },
  spec: { containers: [{ name: 'app' }] },
  status,
});

describe('collectWorkloads', () => {
  it('groups pods under their Deployment and takes replicas and labels from it', () => {
    const deployment = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { namespace: 'shop', name: 'cart' },
      spec: {
        replicas: 3,
        template: {
          metadata: { labels: { app: 'cart', version: 'v1' } },
          spec: { containers: [] },
        },
      },
      status: { readyReplicas: 2 },
    };
    const snapshot = new SnapshotBuilder('east')
      .add(
        deployment,
        rsPod('cart', 'h1', ready),
        rsPod('cart', 'h1', ready),
        rsPod('cart', 'h1', notReady),
      )
      .build();
    const [group, ...rest] = collectWorkloads(snapshot);
    expect(rest).toEqual([]);
    expect(group).toMatchObject({
      id: 'east/shop/Deployment/cart',
      ref: { kind: WorkloadKind.DEPLOYMENT, name: 'cart' },
      labels: { app: 'cart', version: 'v1' },
      replicas: { desired: 3, ready: 2 },
    });
    expect(group?.pods).toHaveLength(3);
  });

  it('counts pods and strips per-pod labels when the controller is not in the snapshot', () => {
    const snapshot = new SnapshotBuilder('east')
      .add(rsPod('web', 'h2', ready), rsPod('web', 'h2', notReady))
      .build();
    expect(collectWorkloads(snapshot, 'shop')).toEqual([
      expect.objectContaining({
        id: 'east/shop/Deployment/web',
        labels: { app: 'web' },
        replicas: { desired: 2, ready: 1 },
      }),
    ]);
  });

  it('keeps controllers scaled to zero and reads DaemonSet status fields', () => {
    const snapshot = new SnapshotBuilder('east')
      .add(
        {
          apiVersion: 'apps/v1',
          kind: 'Deployment',
          metadata: { namespace: 'shop', name: 'idle' },
          spec: { replicas: 0 },
        },
        {
          apiVersion: 'apps/v1',
          kind: 'DaemonSet',
          metadata: { namespace: 'istio-system', name: 'ztunnel' },
          status: { desiredNumberScheduled: 3, numberReady: 3 },
        },
      )
      .build();
    const groups = collectWorkloads(snapshot);
    expect(groups.map((g) => [g.id, g.replicas])).toEqual([
      ['east/istio-system/DaemonSet/ztunnel', { desired: 3, ready: 3 }],
      ['east/shop/Deployment/idle', { desired: 0, ready: 0 }],
    ]);
  });
});
