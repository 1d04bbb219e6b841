import { CoreV1Api } from '@kubernetes/client-node';
import { ignoringStatus } from '../support/api-failure';
import { type ContractContext } from '../support/contract-context';
import { uniqueName } from '../support/unique-name';
import { waitUntil } from '../support/wait-until';
import { type RecordedEvent, WatchRecorder } from '../support/watch-recorder';

const configMapsPath = (namespace: string): string => `/api/v1/namespaces/${namespace}/configmaps`;
const isBookmark = (e: RecordedEvent): boolean => e.type === 'BOOKMARK';

/** Watches: how Meshwork stays fresh without polling. */
export function watchContract(ctx: ContractContext): void {
  const core = (): CoreV1Api => ctx.target().admin.makeApiClient(CoreV1Api);
  let recorders: WatchRecorder[] = [];
  const watch = async (path: string, query: Record<string, string | boolean | number>) => {
    const recorder = await WatchRecorder.start(ctx.target().admin, path, query);
    recorders.push(recorder);
    return recorder;
  };
  afterEach(() => {
    for (const recorder of recorders) recorder.stop();
    recorders = [];
  });

  it('watch from a resourceVersion delivers ADDED, MODIFIED, DELETED in order', async () => {
    const namespace = ctx.namespace();
    await core().createNamespacedConfigMap({ namespace, body: { metadata: { name: 'before' } } });
    const listed = await core().listNamespacedConfigMap({ namespace });
    const recorder = await watch(configMapsPath(namespace), {
      resourceVersion: listed.metadata?.resourceVersion ?? '',
    });

    const created = await core().createNamespacedConfigMap({
      namespace,
      body: { metadata: { name: 'watched' }, data: { step: '1' } },
    });
    const updated = await core().replaceNamespacedConfigMap({
      namespace,
      name: 'watched',
      body: { ...created, data: { step: '2' } },
    });
    await core().deleteNamespacedConfigMap({ namespace, name: 'watched' });
    await recorder.waitFor('DELETED watched', (e) => e.type === 'DELETED');

    const events = recorder.events.filter((e) => !isBookmark(e));
    // Nothing from before the resourceVersion it started at: 'before' is not replayed.
    expect(events.map((e) => `${e.type} ${e.object.metadata?.name}`)).toEqual([
      'ADDED watched',
      'MODIFIED watched',
      'DELETED watched',
    ]);
    expect(events[0]?.object.metadata?.resourceVersion).toBe(created.metadata?.resourceVersion);
    expect(events[1]?.object['data']).toEqual({ step: '2' });
    expect(events[1]?.object.metadata?.resourceVersion).toBe(updated.metadata?.resourceVersion);
    const versions = events.map((e) => Number(e.object.metadata?.resourceVersion));
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(3);
  });

  it('a watch that allows bookmarks gets a BOOKMARK past changes its selector filtered out, and resumes from it', async () => {
    const namespace = ctx.namespace();
    const listed = await core().listNamespacedConfigMap({ namespace, labelSelector: 'app=quiet' });
    // The real apiserver sends a bookmark only when its cache has moved past the watch's
    // resourceVersion, about 2 s before the watch's timeout (else about once a minute): a 5 s timeout
    // and a write the selector hides make one arrive within seconds on every target.
    const recorder = await watch(configMapsPath(namespace), {
      resourceVersion: listed.metadata?.resourceVersion ?? '',
      labelSelector: 'app=quiet',
      allowWatchBookmarks: true,
      timeoutSeconds: 5,
    });
    await core().createNamespacedConfigMap({
      namespace,
      body: { metadata: { name: 'unseen', labels: { app: 'noisy' } } },
    });
    const mark = recorder.events.length;
    const bookmark = await recorder.waitFor(
      'a BOOKMARK after the hidden write',
      (e) => isBookmark(e) && recorder.events.indexOf(e) >= mark,
      10_000,
    );
    expect(bookmark.object.kind).toBe('ConfigMap');
    expect(bookmark.object.metadata?.resourceVersion).toMatch(/^\d+$/);
    // A bookmark carries only the resourceVersion, no object.
    expect(bookmark.object.metadata?.name).toBeUndefined();
    expect(recorder.events.filter((e) => !isBookmark(e))).toEqual([]);

    // Resuming from the bookmark (now without a selector) does not replay the hidden write.
    const resumed = await watch(configMapsPath(namespace), {
      resourceVersion: bookmark.object.metadata?.resourceVersion ?? '',
    });
    await core().createNamespacedConfigMap({ namespace, body: { metadata: { name: 'later' } } });
    await resumed.waitFor('ADDED later', (e) => e.object.metadata?.name === 'later');
    expect(resumed.events.map((e) => `${e.type} ${e.object.metadata?.name}`)).toEqual([
      'ADDED later',
    ]);
  });

  it('sendInitialEvents streams the current objects, then a BOOKMARK marking the initial-events end', async () => {
    const namespace = ctx.namespace();
    for (const name of ['first', 'second']) {
      await core().createNamespacedConfigMap({ namespace, body: { metadata: { name } } });
    }
    const recorder = await watch(configMapsPath(namespace), {
      sendInitialEvents: true,
      resourceVersionMatch: 'NotOlderThan',
      allowWatchBookmarks: true,
    });
    const end = await recorder.waitFor(
      'the initial-events-end BOOKMARK',
      (e) =>
        isBookmark(e) && e.object.metadata?.annotations?.['k8s.io/initial-events-end'] === 'true',
    );
    const before = recorder.events.slice(0, recorder.events.indexOf(end));
    expect(before.map((e) => `${e.type} ${e.object.metadata?.name}`).sort()).toEqual([
      'ADDED first',
      'ADDED second',
    ]);

    await core().createNamespacedConfigMap({ namespace, body: { metadata: { name: 'third' } } });
    const live = await recorder.waitFor('ADDED third', (e) => e.object.metadata?.name === 'third');
    expect(live.type).toBe('ADDED');
  });

  it('a watch ends at its timeoutSeconds, and one reopened from the last resourceVersion misses nothing', async () => {
    const namespace = ctx.namespace();
    const listed = await core().listNamespacedConfigMap({ namespace });
    const first = await watch(configMapsPath(namespace), {
      resourceVersion: listed.metadata?.resourceVersion ?? '',
      timeoutSeconds: 1,
    });
    await core().createNamespacedConfigMap({ namespace, body: { metadata: { name: 'during' } } });
    await first.waitFor('ADDED during', (e) => e.type === 'ADDED');
    await waitUntil(
      'the server ends the watch',
      async () => (first.ended ? true : undefined),
      8_000,
    );

    // Written while no watch is open: the reopened watch must deliver it.
    await core().createNamespacedConfigMap({ namespace, body: { metadata: { name: 'between' } } });
    const last = first.events.at(-1)?.object.metadata?.resourceVersion ?? '';
    const reopened = await watch(configMapsPath(namespace), { resourceVersion: last });
    await reopened.waitFor('ADDED between', (e) => e.object.metadata?.name === 'between');
    expect(reopened.events.map((e) => `${e.type} ${e.object.metadata?.name}`)).toEqual([
      'ADDED between',
    ]);
  });

  it('a cluster-wide watch, as Meshwork runs one per kind, delivers events from every namespace', async () => {
    const namespace = ctx.namespace();
    const other = uniqueName('contract-other');
    await core().createNamespace({ body: { metadata: { name: other } } });
    try {
      // A label only this test uses keeps other tests' ConfigMaps out of the stream.
      const labels = { 'contract-test': namespace };
      const selector = `contract-test=${namespace}`;
      const listed = await core().listConfigMapForAllNamespaces({ labelSelector: selector });
      const recorder = await watch('/api/v1/configmaps', {
        resourceVersion: listed.metadata?.resourceVersion ?? '',
        labelSelector: selector,
      });
      for (const ns of [namespace, other]) {
        await core().createNamespacedConfigMap({
          namespace: ns,
          body: { metadata: { name: 'cm', labels } },
        });
      }
      await core().deleteNamespacedConfigMap({ namespace, name: 'cm' });
      await recorder.waitFor('DELETED', (e) => e.type === 'DELETED');
      expect(recorder.events.map((e) => `${e.type} ${e.object.metadata?.namespace}/cm`)).toEqual([
        `ADDED ${namespace}/cm`,
        `ADDED ${other}/cm`,
        `DELETED ${namespace}/cm`,
      ]);
    } finally {
      await ignoringStatus(404, core().deleteNamespace({ name: other }));
    }
  });
}
