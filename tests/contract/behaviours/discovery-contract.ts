import { ApisApi, AppsV1Api, CoreApi, CoreV1Api, CustomObjectsApi } from '@kubernetes/client-node';
import { type ContractContext } from '../support/contract-context';
import { customResourceDefinition } from '../support/custom-resource-definition';
import { uniqueName } from '../support/unique-name';
import { waitUntil } from '../support/wait-until';

/** Discovery: what Meshwork reads to learn which kinds a cluster serves before it starts informers. */
export function discoveryContract(ctx: ContractContext): void {
  it('discovery lists the core and apps groups, and a CRD group once its CRD is created', async () => {
    const admin = ctx.target().admin;
    expect((await admin.makeApiClient(CoreApi).getAPIVersions()).versions).toContain('v1');

    const core = await admin.makeApiClient(CoreV1Api).getAPIResources();
    const coreByName = new Map(core.resources.map((r) => [r.name, r]));
    expect(core.groupVersion).toBe('v1');
    expect(coreByName.get('pods')).toMatchObject({ kind: 'Pod', namespaced: true });
    expect(coreByName.get('namespaces')).toMatchObject({ kind: 'Namespace', namespaced: false });
    expect(coreByName.get('configmaps')?.verbs).toEqual(
      expect.arrayContaining(['create', 'delete', 'get', 'list', 'patch', 'update', 'watch']),
    );
    expect([...coreByName.keys()]).toEqual(
      expect.arrayContaining(['services', 'secrets', 'serviceaccounts', 'pods/status']),
    );

    const groups = (await admin.makeApiClient(ApisApi).getAPIVersions()).groups;
    expect(groups.find((g) => g.name === 'apps')?.preferredVersion?.groupVersion).toBe('apps/v1');
    const apps = await admin.makeApiClient(AppsV1Api).getAPIResources();
    expect(apps.resources.find((r) => r.name === 'deployments')).toMatchObject({
      kind: 'Deployment',
      namespaced: true,
    });

    const group = `${uniqueName('g')}.contract.meshwork.io`;
    expect(groups.map((g) => g.name)).not.toContain(group);
    await ctx.crds.create(
      customResourceDefinition({ group, version: 'v1alpha1', kind: 'Widget', plural: 'widgets' }),
    );
    const listed = await waitUntil(`discovery lists the group ${group}`, async () => {
      const all = await admin.makeApiClient(ApisApi).getAPIVersions();
      return all.groups.find((g) => g.name === group);
    });
    expect(listed.preferredVersion?.groupVersion).toBe(`${group}/v1alpha1`);
    const resources = await admin
      .makeApiClient(CustomObjectsApi)
      .getAPIResources({ group, version: 'v1alpha1' });
    expect(resources.resources.map((r) => r.name).sort()).toEqual(['widgets', 'widgets/status']);
    expect(resources.resources.find((r) => r.name === 'widgets')).toMatchObject({
      kind: 'Widget',
      namespaced: true,
      singularName: 'widget',
    });
  });
}
