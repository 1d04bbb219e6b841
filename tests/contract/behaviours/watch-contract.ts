import { CoreV1Api } from '@kubernetes/client-node';
import { ignoringStatus } from '../support/api-failure';
import { type ContractContext } from '../support/contract-context';
import { uniqueName } from '../support/unique-name';
import { configMapsPath, useWatches } from '../support/use-watches';
import { waitUntil } from '../support/wait-until';
import { SERVER_CLOSED } from '../support/watch-recorder';

/** Watches: how Meshwork stays fresh without polling. */
export function watchContract(ctx: ContractContext): void {
  const core = (): CoreV1Api => ctx.target().admin.makeApiClient(CoreV1Api);
  const watch = useWatches(ctx);

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

    const events = recorder.events.filter((e) => e.type !== 'BOOKMARK');
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

  it('a watch ends at its timeoutSeconds, and one reopened from the last resourceVersion misses nothing', async () => {
    const namespace = ctx.namespace();
    const listed = await core().listNamespacedConfigMap({ namespace });
    const started = Date.now();
    const first = await watch(configMapsPath(namespace), {
      resourceVersion: listed.metadata?.resourceVersion ?? '',
      timeoutSeconds: 2,
    });
    await core().createNamespacedConfigMap({ namespace, body: { metadata: { name: 'during' } } });
    await waitUntil(
      'the server ends the watch',
      async () => (first.ended ? true : undefined),
      8_000,
    );
    expect(first.endReason).toBe(SERVER_CLOSED);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_500);

    // Written while no watch is open: the reopened watch must deliver it, and whatever the first
    // watch did not get to, exactly once.
    await core().createNamespacedConfigMap({ namespace, body: { metadata: { name: 'between' } } });
    const last =
      first.events.at(-1)?.object.metadata?.resourceVersion ?? listed.metadata?.resourceVersion;
    const reopened = await watch(configMapsPath(namespace), { resourceVersion: last ?? '' });
    await reopened.waitFor('ADDED between', (e) => e.object.metadata?.name === 'between');
    const all = [...first.events, ...reopened.events];
    expect(all.map((e) => `${e.type} ${e.object.metadata?.name}`)).toEqual([
      'ADDED during',
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
