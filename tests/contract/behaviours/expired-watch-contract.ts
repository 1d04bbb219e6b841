import { makeInformer } from '@kubernetes/client-node';
import { type ContractContext } from '../support/contract-context';
import { customResourceDefinition } from '../support/custom-resource-definition';
import { type CustomObject, CustomObjects } from '../support/custom-objects';
import { ISTIO_VIRTUAL_SERVICE, meshObject } from '../support/mesh-kinds';
import { waitUntil } from '../support/wait-until';
import { SERVER_CLOSED, WatchRecorder } from '../support/watch-recorder';

type CustomObjectList = Awaited<ReturnType<CustomObjects['list']>>;

/** 410 Gone: a client that fell too far behind must re-list, not silently miss changes. */
export function expiredWatchContract(ctx: ContractContext): void {
  it('a watch from an expired resourceVersion gets 410 Gone, and an informer then re-lists', async () => {
    await ctx.crds.ensure(customResourceDefinition(ISTIO_VIRTUAL_SERVICE));
    const admin = ctx.target().admin;
    const objects = new CustomObjects(admin, ISTIO_VIRTUAL_SERVICE, ctx.namespace());
    const { group, version, namespace, plural } = objects.collection;
    const path = `/apis/${group}/${version}/namespaces/${namespace}/${plural}`;
    await objects.create(meshObject(ISTIO_VIRTUAL_SERVICE, namespace, 'old'));
    const staleList = await objects.list();
    await objects.create(meshObject(ISTIO_VIRTUAL_SERVICE, namespace, 'missed'));
    const expired = await ctx
      .target()
      .expireResourceVersion(staleList.metadata?.resourceVersion ?? '');

    // The server answers the watch with one ERROR event carrying a 410 Status, then ends it.
    const raw = await WatchRecorder.start(admin, path, { resourceVersion: expired });
    try {
      const error = await raw.waitFor('an ERROR event', (e) => e.type === 'ERROR');
      expect(error.object).toMatchObject({ kind: 'Status', code: 410, reason: 'Expired' });
      await waitUntil('the server ends the expired watch', async () =>
        raw.ended ? true : undefined,
      );
      expect(raw.endReason).toBe(SERVER_CLOSED);
      expect(raw.events.map((e) => e.type)).toEqual(['ERROR']);
    } finally {
      raw.stop();
    }

    // An informer whose last list is that old (e.g. after a long disconnect) resumes from the expired
    // resourceVersion, gets the 410, and must list again to learn about 'missed'.
    let lists = 0;
    const informer = makeInformer<CustomObject>(
      admin,
      path,
      async (): Promise<CustomObjectList> => {
        lists += 1;
        if (lists > 1) return objects.list();
        return { ...staleList, metadata: { ...staleList.metadata, resourceVersion: expired } };
      },
    );
    const added: string[] = [];
    const errors: unknown[] = [];
    informer.on('add', (object) => added.push(object.metadata.name));
    informer.on('error', (error) => errors.push(error));
    await informer.start();
    try {
      await waitUntil('the informer re-lists and sees "missed"', async () =>
        informer.get('missed', namespace) ? true : undefined,
      );
      expect(lists).toBe(2);
      // The watch after the re-list is live again.
      await objects.create(meshObject(ISTIO_VIRTUAL_SERVICE, namespace, 'fresh'));
      await waitUntil('the informer sees "fresh"', async () =>
        informer.get('fresh', namespace) ? true : undefined,
      );
      expect(added).toEqual(['old', 'missed', 'fresh']);
      expect(errors).toEqual([]);
    } finally {
      await informer.stop();
    }
  });
}
