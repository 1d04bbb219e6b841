import type { KubeObject } from '@meshwork/adapters-core';
import { discoverObjects, rawClusters } from '../discovery/testing/raw-clusters';
import { PodPartSharing } from './share-pod-parts';
import { trimObject } from './trim-object';

function replica(name: string, ready: boolean): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      namespace: 'shop',
      labels: { app: 'cart', 'pod-template-hash': '5d8' },
      ownerReferences: [{ kind: 'ReplicaSet', name: 'cart-5d8', controller: true }],
    },
    spec: {
      nodeName: `node-${name}`,
      containers: [{ name: 'cart', image: 'example/cart:1' }, { name: 'istio-proxy' }],
    },
    status: {
      podIP: `10.0.0.${name.length}`,
      conditions: [{ type: 'Ready', status: ready ? 'True' : 'False' }],
    },
  } as unknown as KubeObject;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

describe('PodPartSharing', () => {
  it("gives a replica its sibling's equal parts and keeps its own where they differ", () => {
    const sharing = new PodPartSharing();
    const first = sharing.share(replica('cart-5d8-a', true));
    const second = sharing.share(replica('cart-5d8-b', false));
    expect(second.metadata.labels).toBe(first.metadata.labels);
    expect(second.metadata.ownerReferences).toBe(first.metadata.ownerReferences);
    expect(second.spec).not.toBe(first.spec);
    expect((second.spec as { containers: unknown }).containers).toBe(
      (first.spec as { containers: unknown }).containers,
    );
    expect((second.status as { conditions: unknown }).conditions).not.toBe(
      (first.status as { conditions: unknown }).conditions,
    );
    expect(second).toEqual(replica('cart-5d8-b', false));
  });
});

it('shares labels and containers only between siblings, readiness with any pod', () => {
  const sharing = new PodPartSharing();
  const first = sharing.share(replica('cart-5d8-a', true));
  const other = replica('cart-5d8-b', true);
  other.metadata.ownerReferences = [
    { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'cart-7f1', controller: true },
  ];
  const second = sharing.share(other);
  expect(second.metadata.labels).not.toBe(first.metadata.labels);
  expect((second.spec as { containers: unknown }).containers).not.toBe(
    (first.spec as { containers: unknown }).containers,
  );
  expect((second.status as { conditions: unknown }).conditions).toBe(
    (first.status as { conditions: unknown }).conditions,
  );
});

describe('trimming and sharing on every scenario and a generated fleet', () => {
  const clusters = rawClusters('share');
  const inListOrder = (objects: KubeObject[]) =>
    [...objects].sort((a, b) =>
      `${a.metadata.namespace}/${a.metadata.name}`.localeCompare(
        `${b.metadata.namespace}/${b.metadata.name}`,
      ),
    );

  it.each(clusters)(
    'leaves what the adapters find in $name unchanged, and no adapter writes to a shared part',
    ({ name, objects }) => {
      const sharing = new PodPartSharing();
      const cached = inListOrder(objects).map((o) => {
        const trimmed = trimObject(structuredClone(o));
        return deepFreeze(o.kind === 'Pod' ? sharing.share(trimmed) : trimmed);
      });
      expect(discoverObjects(name, cached)).toEqual(discoverObjects(name, objects));
    },
  );

  it('leaves one containers array per controller in a generated cluster', () => {
    const generated = clusters.at(-1)!;
    const sharing = new PodPartSharing();
    const pods = inListOrder(generated.objects.filter((o) => o.kind === 'Pod')).map((o) =>
      sharing.share(trimObject(structuredClone(o))),
    );
    const containers = new Set(pods.map((p) => (p.spec as { containers: unknown }).containers));
    const controllers = new Set(
      pods.map(
        (p) =>
          `${p.metadata.namespace}/${p.metadata.ownerReferences?.[0]?.name ?? p.metadata.name}`,
      ),
    );
    expect(pods.length).toBeGreaterThan(100);
    expect(controllers.size).toBeLessThan(pods.length);
    expect(containers.size).toBe(controllers.size);
  });
});
