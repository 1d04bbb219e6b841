import { CoreV1Api } from '@kubernetes/client-node';
import { type ContractContext } from '../support/contract-context';
import { configMapsPath, useWatches } from '../support/use-watches';
import { type RecordedEvent } from '../support/watch-recorder';

const isBookmark = (e: RecordedEvent): boolean => e.type === 'BOOKMARK';

/** Bookmarks: how a watch learns the current resourceVersion when nothing it selects changes. */
export function bookmarkContract(ctx: ContractContext): void {
  const core = (): CoreV1Api => ctx.target().admin.makeApiClient(CoreV1Api);
  const watch = useWatches(ctx);

  it('a watch that allows bookmarks gets a BOOKMARK past changes its selector filtered out, and resumes from it', async () => {
    const namespace = ctx.namespace();
    const listed = await core().listNamespacedConfigMap({ namespace, labelSelector: 'app=quiet' });
    // The real apiserver sends a bookmark only when its cache has moved past the watch's
    // resourceVersion, about 2 s before the watch's timeout (else about once a minute): a 6 s timeout
    // and a write the selector hides make one arrive within seconds on every target.
    const recorder = await watch(configMapsPath(namespace), {
      resourceVersion: listed.metadata?.resourceVersion ?? '',
      labelSelector: 'app=quiet',
      allowWatchBookmarks: true,
      timeoutSeconds: 6,
    });
    await core().createNamespacedConfigMap({
      namespace,
      body: { metadata: { name: 'unseen', labels: { app: 'noisy' } } },
    });
    const mark = recorder.events.length;
    const bookmark = await recorder.waitFor(
      'a BOOKMARK after the hidden write',
      (e) => isBookmark(e) && recorder.events.indexOf(e) >= mark,
      12_000,
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
}
