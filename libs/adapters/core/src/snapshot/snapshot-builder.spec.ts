import { CoreKinds } from '../kube/core-kinds';
import { type KindRef } from '../kube/kind-ref';
import { SnapshotBuilder } from './snapshot-builder';

const VirtualService: KindRef = {
  group: 'networking.istio.io',
  version: 'v1',
  resource: 'virtualservices',
  kind: 'VirtualService',
  namespaced: true,
  optional: true,
};

const pod = (namespace: string, name: string) => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { namespace, name },
});

describe('SnapshotBuilder / InMemorySnapshot', () => {
  it('lists objects by kind across namespaces or in one namespace', () => {
    const snapshot = new SnapshotBuilder('east')
      .add(pod('a', 'p1'), pod('b', 'p2'), null, undefined)
      .build();
    expect(snapshot.cluster).toBe('east');
    expect(snapshot.list(CoreKinds.Pod).map((p) => p.metadata.name)).toEqual(['p1', 'p2']);
    expect(snapshot.list('pods', 'b').map((p) => p.metadata.name)).toEqual(['p2']);
    expect(snapshot.get(CoreKinds.Pod, 'a', 'p1')?.metadata.name).toBe('p1');
    expect(snapshot.get(CoreKinds.Pod, 'b', 'p1')).toBeUndefined();
  });

  it('serves built-in kinds always and CRD kinds only once added or declared', () => {
    const empty = new SnapshotBuilder('east', [VirtualService]).build();
    expect(empty.has(CoreKinds.Deployment)).toBe(true);
    expect(empty.has(VirtualService)).toBe(false);
    expect(empty.list(VirtualService)).toEqual([]);

    const declared = new SnapshotBuilder('east', [VirtualService]).serve(VirtualService).build();
    expect(declared.has('virtualservices.networking.istio.io')).toBe(true);

    const withObject = new SnapshotBuilder('east', [VirtualService])
      .add({
        apiVersion: 'networking.istio.io/v1beta1',
        kind: 'VirtualService',
        metadata: { namespace: 'shop', name: 'cart' },
      })
      .build();
    expect(withObject.has(VirtualService)).toBe(true);
    expect(withObject.list(VirtualService, 'shop')).toHaveLength(1);
  });

  it('withholds kinds to mimic a missing CRD or an RBAC denial', () => {
    const snapshot = new SnapshotBuilder('east')
      .add(pod('a', 'p1'))
      .withhold(CoreKinds.Pod)
      .build();
    expect(snapshot.has(CoreKinds.Pod)).toBe(false);
    expect(snapshot.list(CoreKinds.Pod)).toEqual([]);
  });

  it('rejects objects of kinds it was not told about', () => {
    expect(() =>
      new SnapshotBuilder('east').add({
        apiVersion: 'networking.istio.io/v1',
        kind: 'VirtualService',
        metadata: { name: 'x' },
      }),
    ).toThrow(/unknown kind VirtualService/);
  });

  it('keys cluster-scoped objects by name alone', () => {
    const snapshot = new SnapshotBuilder('east')
      .add({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'shop' } })
      .build();
    expect(snapshot.get(CoreKinds.Namespace, '', 'shop')?.metadata.name).toBe('shop');
  });
});
