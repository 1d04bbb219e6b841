import { ResourceRegistry } from '../api/resource-registry';
import { ClusterIpAllocator } from '../registry/kind-defaults';
import { ObjectStrategy } from '../registry/object-strategy';
import { WatchHub } from '../watch/watch-hub';
import { type StoreEvent } from './store-event';
import { ObjectStore } from './object-store';

function newStore() {
  const hub = new WatchHub();
  const store = new ObjectStore(
    new ResourceRegistry(),
    hub,
    new ObjectStrategy(new ClusterIpAllocator()),
  );
  const events: StoreEvent[] = [];
  hub.subscribe({
    storageKey: '/pods',
    namespace: undefined,
    deliver: (e) => events.push(e),
    close: () => {},
  });
  return { store, events };
}

const pod = {
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'p', namespace: 'shop' },
  spec: { containers: [] },
  status: { phase: 'Running' },
};

describe('ObjectStore programmatic API', () => {
  it('creates with server metadata, keeps the given status and creates the namespace', () => {
    const { store, events } = newStore();
    const created = store.create(pod);
    expect(created.metadata).toMatchObject({ name: 'p', namespace: 'shop', generation: 1 });
    expect(created.metadata.uid).toBeDefined();
    expect(created.status).toEqual({ phase: 'Running' });
    expect(store.get('v1', 'Namespace', 'shop')?.status).toEqual({ phase: 'Active' });
    expect(events.map((e) => e.type)).toEqual(['ADDED']);
    expect(() => store.create(pod)).toThrow('pods "p" already exists');
  });

  it('bumps one resourceVersion counter for every kind and emits MODIFIED and DELETED', () => {
    const { store, events } = newStore();
    const created = store.create(pod);
    const cm = store.create({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'c', namespace: 'shop' },
    });
    expect(Number(cm.metadata.resourceVersion)).toBe(Number(created.metadata.resourceVersion) + 1);
    const patched = store.patch('v1', 'Pod', 'p', 'shop', { status: { phase: 'Failed' } });
    expect(patched.status).toEqual({ phase: 'Failed' });
    expect(patched.metadata.resourceVersion).toBe(store.resourceVersion);
    expect(() =>
      store.update({ ...patched, metadata: { ...patched.metadata, resourceVersion: '1' } }),
    ).toThrow(/has been modified/);
    store.delete('v1', 'Pod', 'p', 'shop');
    expect(events.map((e) => e.type)).toEqual(['ADDED', 'MODIFIED', 'DELETED']);
    expect(events[2]?.object.object.metadata.resourceVersion).toBe(store.resourceVersion);
    expect(store.get('v1', 'Pod', 'p', 'shop')).toBeUndefined();
  });

  it('upserts and refuses kinds it does not serve', () => {
    const { store } = newStore();
    store.upsert(pod);
    const again = store.upsert({ ...pod, metadata: { ...pod.metadata, labels: { a: 'b' } } });
    expect(again.metadata.labels).toEqual({ a: 'b' });
    expect(() =>
      store.create({ apiVersion: 'x.io/v1', kind: 'Thing', metadata: { name: 't' } }),
    ).toThrow(/no matches for kind "Thing"/);
  });

  it('deleting a namespace deletes what it contains', () => {
    const { store } = newStore();
    store.create(pod);
    store.delete('v1', 'Namespace', 'shop');
    expect(store.list('v1', 'Pod')).toEqual([]);
    expect(store.get('v1', 'Namespace', 'shop')).toBeUndefined();
  });
});
