import { CoreV1Api, CustomObjectsApi } from '@kubernetes/client-node';
import { apiFailure } from '../support/api-failure';
import { createConfigMaps, namesOf } from '../support/config-maps';
import { type ContractContext } from '../support/contract-context';
import { customResourceDefinition } from '../support/custom-resource-definition';
import { SMI_TRAFFIC_SPLIT, meshObject } from '../support/mesh-kinds';

/** Lists: what every informer's first call and every re-list relies on. */
export function listContract(ctx: ContractContext): void {
  const core = (): CoreV1Api => ctx.target().admin.makeApiClient(CoreV1Api);

  it('list returns metadata.resourceVersion, and a later write lists with a different one', async () => {
    const namespace = ctx.namespace();
    const before = await core().listNamespacedConfigMap({ namespace });
    expect(before.metadata?.resourceVersion).toMatch(/^\d+$/);
    await createConfigMaps(core(), namespace, { one: undefined });
    const after = await core().listNamespacedConfigMap({ namespace });
    expect(after.metadata?.resourceVersion).toMatch(/^\d+$/);
    expect(after.metadata?.resourceVersion).not.toBe(before.metadata?.resourceVersion);
    expect(namesOf(after)).toEqual(['one']);
    // Items carry their own resourceVersion: what an informer compares to skip stale updates.
    expect(after.items[0]?.metadata?.resourceVersion).toMatch(/^\d+$/);
  });

  it('pagination with limit/continue returns every object exactly once, as of the first page', async () => {
    const namespace = ctx.namespace();
    const names = ['cm-a', 'cm-b', 'cm-c', 'cm-d', 'cm-e', 'cm-f', 'cm-g'];
    await createConfigMaps(core(), namespace, Object.fromEntries(names.map((n) => [n, undefined])));

    const first = await core().listNamespacedConfigMap({ namespace, limit: 3 });
    expect(first.items).toHaveLength(3);
    expect(first.metadata?._continue).toBeTruthy();
    expect(first.metadata?.remainingItemCount).toBe(4);
    // Writes between pages must not show: the continue token pins the first page's snapshot.
    await core().createNamespacedConfigMap({ namespace, body: { metadata: { name: 'cm-late' } } });
    const notYetSeen = names.find((n) => !namesOf(first).includes(n)) ?? '';
    await core().deleteNamespacedConfigMap({ namespace, name: notYetSeen });

    const seen = namesOf(first);
    let token = first.metadata?._continue;
    let pages = 1;
    while (token !== undefined && token !== '') {
      const page = await core().listNamespacedConfigMap({ namespace, limit: 3, _continue: token });
      expect(page.items.length).toBeLessThanOrEqual(3);
      expect(page.metadata?.resourceVersion).toBe(first.metadata?.resourceVersion);
      seen.push(...namesOf(page));
      token = page.metadata?._continue;
      pages += 1;
      expect(pages).toBeLessThanOrEqual(names.length);
    }
    expect(seen).toEqual(names);
    expect(namesOf(await core().listNamespacedConfigMap({ namespace }))).toEqual(
      [...names.filter((n) => n !== notYetSeen), 'cm-late'].sort(),
    );
  });

  it('pagination works the same for custom resources', async () => {
    const namespace = ctx.namespace();
    await ctx.crds.ensure(customResourceDefinition(SMI_TRAFFIC_SPLIT));
    const api = ctx.target().admin.makeApiClient(CustomObjectsApi);
    const kind = { group: SMI_TRAFFIC_SPLIT.group, version: SMI_TRAFFIC_SPLIT.version };
    const names = ['ts-1', 'ts-2', 'ts-3', 'ts-4', 'ts-5'];
    for (const name of names) {
      await api.createNamespacedCustomObject({
        ...kind,
        namespace,
        plural: SMI_TRAFFIC_SPLIT.plural,
        body: meshObject(SMI_TRAFFIC_SPLIT, namespace, name),
      });
    }
    const seen: string[] = [];
    let token: string | undefined;
    do {
      const page = (await api.listNamespacedCustomObject({
        ...kind,
        namespace,
        plural: SMI_TRAFFIC_SPLIT.plural,
        limit: 2,
        _continue: token,
      })) as { items: { metadata?: { name?: string } }[]; metadata?: { continue?: string } };
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...namesOf(page));
      token = page.metadata?.continue;
    } while (token !== undefined && token !== '' && seen.length <= names.length);
    expect(seen).toEqual(names);
  });

  it('label selectors support =, !=, in, notin, exists and !exists', async () => {
    const namespace = ctx.namespace();
    await createConfigMaps(core(), namespace, {
      web: { app: 'web', tier: 'front' },
      api: { app: 'api', tier: 'back' },
      db: { app: 'db' },
      plain: undefined,
    });
    const select = async (labelSelector: string): Promise<string[]> =>
      namesOf(await core().listNamespacedConfigMap({ namespace, labelSelector })).sort();

    expect(await select('app=web')).toEqual(['web']);
    expect(await select('app==web')).toEqual(['web']);
    // != and notin also match objects that lack the label.
    expect(await select('app!=web')).toEqual(['api', 'db', 'plain']);
    expect(await select('app in (web,api)')).toEqual(['api', 'web']);
    expect(await select('app notin (web,api)')).toEqual(['db', 'plain']);
    expect(await select('tier')).toEqual(['api', 'web']);
    expect(await select('!tier')).toEqual(['db', 'plain']);
    expect(await select('app in (web,api,db),tier=back')).toEqual(['api']);
    expect(await select('app=nothing')).toEqual([]);
  });

  it('field selectors on metadata.name and metadata.namespace; an unknown field is 400', async () => {
    const namespace = ctx.namespace();
    await createConfigMaps(core(), namespace, { alpha: undefined, beta: undefined });
    const byName = await core().listNamespacedConfigMap({
      namespace,
      fieldSelector: 'metadata.name=alpha',
    });
    expect(namesOf(byName)).toEqual(['alpha']);
    const notName = await core().listNamespacedConfigMap({
      namespace,
      fieldSelector: 'metadata.name!=alpha',
    });
    expect(namesOf(notName)).toEqual(['beta']);

    const everywhere = await core().listConfigMapForAllNamespaces({
      fieldSelector: `metadata.namespace=${namespace}`,
    });
    expect(namesOf(everywhere).sort()).toEqual(['alpha', 'beta']);
    expect(everywhere.items.every((cm) => cm.metadata?.namespace === namespace)).toBe(true);

    const failure = await apiFailure(
      core().listNamespacedConfigMap({ namespace, fieldSelector: 'data.owner=alpha' }),
    );
    expect(failure).toMatchObject({ code: 400, reason: 'BadRequest' });
  });
}
