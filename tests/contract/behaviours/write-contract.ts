import { CoreV1Api, PatchStrategy, setHeaderOptions } from '@kubernetes/client-node';
import { apiFailure } from '../support/api-failure';
import { type ContractContext } from '../support/contract-context';
import { customResourceDefinition } from '../support/custom-resource-definition';
import { type CustomObject, CustomObjects } from '../support/custom-objects';
import {
  CONSUL_SERVICE_INTENTIONS,
  ISTIO_VIRTUAL_SERVICE,
  LINKERD_SERVER,
  type MeshKind,
  meshObject,
} from '../support/mesh-kinds';

/** Writes: creates, optimistic concurrency, deletes, patches and status, on mesh resources. */
export function writeContract(ctx: ContractContext): void {
  const objectsOf = async (kind: MeshKind): Promise<CustomObjects> => {
    await ctx.crds.ensure(customResourceDefinition(kind));
    return new CustomObjects(ctx.target().admin, kind, ctx.namespace());
  };

  it('create answers 201, and creating the same name again answers 409 AlreadyExists', async () => {
    const objects = await objectsOf(CONSUL_SERVICE_INTENTIONS);
    const body = meshObject(CONSUL_SERVICE_INTENTIONS, objects.namespace, 'api');
    expect((await objects.create(body)).status).toBe(201);
    const failure = await apiFailure(objects.create(body));
    expect(failure).toMatchObject({ code: 409, reason: 'AlreadyExists' });
    expect(failure.details).toMatchObject({
      name: 'api',
      group: CONSUL_SERVICE_INTENTIONS.group,
      kind: CONSUL_SERVICE_INTENTIONS.plural,
    });
  });

  it('update with a stale resourceVersion answers 409 Conflict and changes nothing', async () => {
    const objects = await objectsOf(ISTIO_VIRTUAL_SERVICE);
    const { object: original } = await objects.create(
      meshObject(ISTIO_VIRTUAL_SERVICE, objects.namespace, 'reviews'),
    );
    const first: CustomObject = { ...original, spec: { ...original.spec, hosts: ['reviews-1'] } };
    const updated = await objects.replace(first);
    expect(updated.metadata.resourceVersion).not.toBe(original.metadata.resourceVersion);
    expect(updated.metadata.generation).toBe(2);

    // A second writer still holding the original resourceVersion loses.
    const stale: CustomObject = { ...original, spec: { ...original.spec, hosts: ['reviews-2'] } };
    const failure = await apiFailure(objects.replace(stale));
    expect(failure).toMatchObject({ code: 409, reason: 'Conflict' });
    expect((await objects.get('reviews')).spec?.['hosts']).toEqual(['reviews-1']);
  });

  it('delete removes the object, and a get afterwards answers 404 NotFound', async () => {
    const objects = await objectsOf(LINKERD_SERVER);
    await objects.create(meshObject(LINKERD_SERVER, objects.namespace, 'web-http'));
    await objects.delete('web-http');
    const failure = await apiFailure(objects.get('web-http'));
    expect(failure).toMatchObject({ code: 404, reason: 'NotFound' });
    expect((await objects.list()).items).toEqual([]);
    expect((await apiFailure(objects.delete('web-http'))).code).toBe(404);
  });

  it('get of an object that never existed answers 404 NotFound naming the kind and name', async () => {
    const namespace = ctx.namespace();
    const core = ctx.target().admin.makeApiClient(CoreV1Api);
    const failure = await apiFailure(core.readNamespacedConfigMap({ namespace, name: 'absent' }));
    expect(failure).toMatchObject({
      code: 404,
      reason: 'NotFound',
      message: 'configmaps "absent" not found',
      details: { name: 'absent', kind: 'configmaps' },
    });
    const objects = await objectsOf(ISTIO_VIRTUAL_SERVICE);
    expect(await apiFailure(objects.get('absent'))).toMatchObject({
      code: 404,
      reason: 'NotFound',
      message: 'virtualservices.networking.istio.io "absent" not found',
    });
  });

  it('a JSON merge patch changes the one field it names and keeps the others', async () => {
    const objects = await objectsOf(LINKERD_SERVER);
    const { object: before } = await objects.create(
      meshObject(LINKERD_SERVER, objects.namespace, 'web-http'),
    );
    const patched = (await objects.api.patchNamespacedCustomObject(
      { ...objects.collection, name: 'web-http', body: { spec: { port: 9090 } } },
      setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
    )) as CustomObject;
    expect(patched.spec).toEqual({ ...LINKERD_SERVER.sampleSpec, port: 9090 });
    expect(patched.metadata.generation).toBe(2);
    expect(patched.metadata.resourceVersion).not.toBe(before.metadata.resourceVersion);
    // null deletes a field in a merge patch.
    const removed = (await objects.api.patchNamespacedCustomObject(
      { ...objects.collection, name: 'web-http', body: { spec: { accessPolicy: null } } },
      setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
    )) as CustomObject;
    expect(removed.spec).not.toHaveProperty('accessPolicy');
    expect(removed.spec?.['port']).toBe(9090);
  });

  it('the status subresource: updating /status changes status, not spec; the main resource ignores status', async () => {
    const objects = await objectsOf(ISTIO_VIRTUAL_SERVICE);
    const { object: created } = await objects.create({
      ...meshObject(ISTIO_VIRTUAL_SERVICE, objects.namespace, 'reviews'),
      status: { observedGeneration: 99 },
    });
    // Status sent on create is dropped where a status subresource exists.
    expect(created.status).toBeUndefined();

    const status = { conditions: [{ type: 'Reconciled', status: 'True' }], observedGeneration: 1 };
    const afterStatus = await objects.replaceStatus({
      ...created,
      spec: { hosts: ['ignored'] },
      status,
    });
    expect(afterStatus.status).toEqual(status);
    expect(afterStatus.spec).toEqual(ISTIO_VIRTUAL_SERVICE.sampleSpec);
    expect(afterStatus.metadata.generation).toBe(1);

    const afterMain = await objects.replace({
      ...afterStatus,
      spec: { ...afterStatus.spec, hosts: ['reviews', 'ratings'] },
      status: { observedGeneration: 42 },
    });
    expect(afterMain.spec?.['hosts']).toEqual(['reviews', 'ratings']);
    expect(afterMain.status).toEqual(status);
    expect(afterMain.metadata.generation).toBe(2);
  });
}
