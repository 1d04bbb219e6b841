import { PatchStrategy, setHeaderOptions } from '@kubernetes/client-node';
import { apiFailure } from '../support/api-failure';
import { type ContractContext } from '../support/contract-context';
import { customResourceDefinition } from '../support/custom-resource-definition';
import { type CustomObject, CustomObjects } from '../support/custom-objects';
import { SMI_TRAFFIC_SPLIT, meshObject } from '../support/mesh-kinds';

/** The spec fields a manager owns, from managedFields (fieldsV1 keys such as `f:service`). */
function ownedSpecFields(object: CustomObject, manager: string): string[] {
  const entry = object.metadata.managedFields?.find(
    (m) => m.manager === manager && m.operation === 'Apply',
  );
  const fields = entry?.fieldsV1 as { 'f:spec'?: Record<string, unknown> } | undefined;
  return Object.keys(fields?.['f:spec'] ?? {})
    .filter((key) => key.startsWith('f:'))
    .sort();
}

/** Server-side apply: how Meshwork writes its translated mesh policies (field manager "meshwork"). */
export function applyContract(ctx: ContractContext): void {
  it('server-side apply creates; a second manager setting the same field gets 409 Conflict, and force=true wins', async () => {
    await ctx.crds.ensure(customResourceDefinition(SMI_TRAFFIC_SPLIT));
    const objects = new CustomObjects(ctx.target().admin, SMI_TRAFFIC_SPLIT, ctx.namespace());
    const apply = async (manager: string, body: object, force?: boolean): Promise<CustomObject> =>
      (await objects.api.patchNamespacedCustomObject(
        { ...objects.collection, name: 'web-split', body, fieldManager: manager, force },
        setHeaderOptions('Content-Type', PatchStrategy.ServerSideApply),
      )) as CustomObject;
    const desired = meshObject(SMI_TRAFFIC_SPLIT, objects.namespace, 'web-split');

    const created = await apply('meshwork', desired);
    expect(created.spec).toEqual(SMI_TRAFFIC_SPLIT.sampleSpec);
    expect(ownedSpecFields(created, 'meshwork')).toEqual(['f:backends', 'f:service']);
    // The same intent again is a no-op: no new resourceVersion, so no watch event for anyone.
    const again = await apply('meshwork', desired);
    expect(again.metadata.resourceVersion).toBe(created.metadata.resourceVersion);

    const rival = { ...desired, spec: { service: 'web-canary' } };
    const conflict = await apiFailure(apply('rival', rival));
    expect(conflict).toMatchObject({ code: 409, reason: 'Conflict' });
    expect(conflict.message).toContain('conflict with "meshwork"');
    expect(conflict.message).toContain('.spec.service');
    expect((await objects.get('web-split')).spec?.['service']).toBe('web');

    const forced = await apply('rival', rival, true);
    expect(forced.spec).toEqual({ ...SMI_TRAFFIC_SPLIT.sampleSpec, service: 'web-canary' });
    expect(ownedSpecFields(forced, 'rival')).toEqual(['f:service']);
    expect(ownedSpecFields(forced, 'meshwork')).toEqual(['f:backends']);

    // Now meshwork is the one that conflicts, until it forces back.
    const back = await apiFailure(apply('meshwork', desired));
    expect(back).toMatchObject({ code: 409, reason: 'Conflict' });
    expect(back.message).toContain('conflict with "rival"');
  });
}
