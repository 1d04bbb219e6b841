import { AuthorizationV1Api, CoreV1Api, type KubeConfig } from '@kubernetes/client-node';
import { apiFailure } from '../support/api-failure';
import { type ContractContext } from '../support/contract-context';
import { WatchRecorder } from '../support/watch-recorder';
import { withToken } from '../support/with-token';

/** Authentication and authorization as Meshwork meets them with a customer's (often read-only) kubeconfig. */
export function authContract(ctx: ContractContext): void {
  const core = (config: KubeConfig): CoreV1Api => config.makeApiClient(CoreV1Api);

  it('a bearer token the server does not know answers 401 Unauthorized', async () => {
    const stranger = withToken(ctx.target().admin, 'meshwork-contract-unknown-token');
    expect((await apiFailure(core(stranger).listNamespace())).code).toBe(401);
    expect(
      (await apiFailure(core(stranger).listNamespacedConfigMap({ namespace: ctx.namespace() })))
        .code,
    ).toBe(401);
  });

  it('the read-only identity can get, list and watch, but creating answers 403 Forbidden', async () => {
    const namespace = ctx.namespace();
    await core(ctx.target().admin).createNamespacedConfigMap({
      namespace,
      body: { metadata: { name: 'visible' } },
    });
    const reader = core(ctx.target().readOnly);
    const list = await reader.listNamespacedConfigMap({ namespace });
    expect(list.items.map((cm) => cm.metadata?.name)).toEqual(['visible']);
    expect(
      (await reader.readNamespacedConfigMap({ namespace, name: 'visible' })).metadata?.name,
    ).toBe('visible');
    const watch = await WatchRecorder.start(
      ctx.target().readOnly,
      `/api/v1/namespaces/${namespace}/configmaps`,
      { resourceVersion: list.metadata?.resourceVersion ?? '' },
    );
    try {
      await core(ctx.target().admin).createNamespacedConfigMap({
        namespace,
        body: { metadata: { name: 'later' } },
      });
      const added = await watch.waitFor('ADDED later', (e) => e.type === 'ADDED');
      expect(added.object.metadata?.name).toBe('later');
    } finally {
      watch.stop();
    }

    const denied = await apiFailure(
      reader.createNamespacedConfigMap({ namespace, body: { metadata: { name: 'denied' } } }),
    );
    expect(denied).toMatchObject({ code: 403, reason: 'Forbidden' });
    expect(denied.message).toContain('cannot create resource "configmaps"');
    expect(
      (await apiFailure(reader.deleteNamespacedConfigMap({ namespace, name: 'visible' }))).code,
    ).toBe(403);
  });

  it('SelfSubjectAccessReview tells the read-only identity that list is allowed and create is denied', async () => {
    const namespace = ctx.namespace();
    const review = async (
      config: KubeConfig,
      attributes: { verb: string; group?: string; resource: string; namespace?: string },
    ): Promise<boolean> => {
      const answer = await config.makeApiClient(AuthorizationV1Api).createSelfSubjectAccessReview({
        body: {
          apiVersion: 'authorization.k8s.io/v1',
          kind: 'SelfSubjectAccessReview',
          spec: { resourceAttributes: { group: '', ...attributes } },
        },
      });
      return answer.status?.allowed ?? false;
    };
    const reader = ctx.target().readOnly;
    // Cluster-wide, as Meshwork asks before it starts an informer per kind.
    expect(await review(reader, { verb: 'list', resource: 'pods' })).toBe(true);
    expect(await review(reader, { verb: 'watch', resource: 'services' })).toBe(true);
    expect(
      await review(reader, {
        verb: 'list',
        group: 'networking.istio.io',
        resource: 'virtualservices',
      }),
    ).toBe(true);
    expect(await review(reader, { verb: 'create', resource: 'configmaps', namespace })).toBe(false);
    expect(await review(reader, { verb: 'delete', resource: 'pods', namespace })).toBe(false);
    expect(
      await review(ctx.target().admin, { verb: 'create', resource: 'configmaps', namespace }),
    ).toBe(true);
  });
}
