import { FleetSim } from '../fleet/fleet-sim';
import { type SimCluster } from '../fleet/sim-cluster';
import { kubeRequest, TestWatch } from '../testing/http-test-client';

const crd = (scope: 'Namespaced' | 'Cluster', status: boolean) => ({
  apiVersion: 'apiextensions.k8s.io/v1',
  kind: 'CustomResourceDefinition',
  metadata: {
    name: scope === 'Namespaced' ? 'virtualservices.networking.istio.io' : 'meshes.example.com',
  },
  spec: {
    group: scope === 'Namespaced' ? 'networking.istio.io' : 'example.com',
    names:
      scope === 'Namespaced'
        ? {
            plural: 'virtualservices',
            singular: 'virtualservice',
            kind: 'VirtualService',
            shortNames: ['vs'],
          }
        : { plural: 'meshes', singular: 'mesh', kind: 'Mesh' },
    scope,
    versions: [
      {
        name: 'v1',
        served: true,
        storage: true,
        schema: {
          openAPIV3Schema: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true },
        },
        ...(status ? { subresources: { status: {} } } : {}),
      },
      {
        name: 'v1beta1',
        served: true,
        storage: false,
        schema: { openAPIV3Schema: { type: 'object' } },
      },
    ],
  },
});

describe('CustomResourceDefinitions', () => {
  let sim: FleetSim;
  let cluster: SimCluster;

  beforeAll(async () => {
    sim = await FleetSim.start({ clusters: [{ name: 'crd' }] });
    cluster = sim.cluster('crd');
  });
  afterAll(() => sim.stop());

  it('serves a namespaced custom resource once its CRD exists, with discovery, CRUD, status and watch', async () => {
    const base = '/apis/networking.istio.io/v1/namespaces/default/virtualservices';
    expect((await kubeRequest(cluster, 'GET', base)).status).toBe(404);
    const created = await kubeRequest(
      cluster,
      'POST',
      '/apis/apiextensions.k8s.io/v1/customresourcedefinitions',
      { body: crd('Namespaced', true) },
    );
    expect(created.status).toBe(201);
    expect(created.body.status.conditions).toEqual(
      expect.arrayContaining([expect.objectContaining({ type: 'Established', status: 'True' })]),
    );

    const groups = await kubeRequest(cluster, 'GET', '/apis');
    const istio = groups.body.groups.find(
      (g: { name: string }) => g.name === 'networking.istio.io',
    );
    expect(istio.preferredVersion.version).toBe('v1');
    expect(istio.versions.map((v: { version: string }) => v.version)).toEqual(['v1', 'v1beta1']);
    const resources = await kubeRequest(cluster, 'GET', '/apis/networking.istio.io/v1');
    expect(resources.body.resources.map((r: { name: string }) => r.name)).toEqual([
      'virtualservices',
      'virtualservices/status',
    ]);
    expect(resources.body.resources[0]).toMatchObject({
      kind: 'VirtualService',
      namespaced: true,
      shortNames: ['vs'],
    });

    const rv = cluster.store.resourceVersion;
    const watch = new TestWatch(cluster, `${base}?watch=true&resourceVersion=${rv}`);
    const vs = {
      apiVersion: 'networking.istio.io/v1',
      kind: 'VirtualService',
      metadata: { name: 'reviews' },
      spec: { hosts: ['reviews'] },
      status: { x: 1 },
    };
    const made = await kubeRequest(cluster, 'POST', base, { body: vs });
    expect(made.status).toBe(201);
    expect(made.body.status).toBeUndefined();
    expect(made.body.metadata.generation).toBe(1);

    const list = await kubeRequest(cluster, 'GET', base);
    expect(list.body).toMatchObject({
      kind: 'VirtualServiceList',
      apiVersion: 'networking.istio.io/v1',
    });
    expect(list.body.items[0]).toMatchObject({
      kind: 'VirtualService',
      apiVersion: 'networking.istio.io/v1',
    });
    const beta = await kubeRequest(
      cluster,
      'GET',
      '/apis/networking.istio.io/v1beta1/namespaces/default/virtualservices/reviews',
    );
    expect(beta.body.apiVersion).toBe('networking.istio.io/v1beta1');

    const status = await kubeRequest(cluster, 'PATCH', `${base}/reviews/status`, {
      contentType: 'application/merge-patch+json',
      body: { status: { observedGeneration: 1 } },
    });
    expect(status.body.status).toEqual({ observedGeneration: 1 });
    const unconditional = await kubeRequest(cluster, 'PUT', `${base}/reviews`, {
      body: { ...vs, spec: { hosts: ['x'] } },
    });
    expect(unconditional.status).toBe(422);
    const updated = await kubeRequest(cluster, 'PUT', `${base}/reviews`, {
      body: { ...status.body, spec: { hosts: ['x'] } },
    });
    expect(updated.body.metadata.generation).toBe(2);
    expect(updated.body.status).toEqual({ observedGeneration: 1 });
    const smp = await kubeRequest(cluster, 'PATCH', `${base}/reviews`, {
      contentType: 'application/strategic-merge-patch+json',
      body: {},
    });
    expect(smp.status).toBe(415);

    const events = await watch.waitFor(3);
    expect(events.map((e) => e.type)).toEqual(['ADDED', 'MODIFIED', 'MODIFIED']);
    watch.close();

    const deleted = await kubeRequest(
      cluster,
      'DELETE',
      '/apis/apiextensions.k8s.io/v1/customresourcedefinitions/virtualservices.networking.istio.io',
    );
    expect(deleted.status).toBe(200);
    expect((await kubeRequest(cluster, 'GET', base)).status).toBe(404);
    const after = await kubeRequest(cluster, 'GET', '/apis');
    expect(after.body.groups.map((g: { name: string }) => g.name)).not.toContain(
      'networking.istio.io',
    );
  });

  it('serves cluster-scoped custom resources, and deleting the CRD deletes them for watchers', async () => {
    await kubeRequest(cluster, 'POST', '/apis/apiextensions.k8s.io/v1/customresourcedefinitions', {
      body: crd('Cluster', false),
    });
    const base = '/apis/example.com/v1/meshes';
    const made = await kubeRequest(cluster, 'POST', base, {
      body: {
        apiVersion: 'example.com/v1',
        kind: 'Mesh',
        metadata: { name: 'm1' },
        status: { kept: true },
      },
    });
    expect(made.body.status).toEqual({ kept: true });
    expect(made.body.metadata.namespace).toBeUndefined();
    expect(
      (await kubeRequest(cluster, 'GET', '/apis/example.com/v1/namespaces/default/meshes')).status,
    ).toBe(404);
    const watch = new TestWatch(
      cluster,
      `${base}?watch=true&resourceVersion=${cluster.store.resourceVersion}`,
    );
    await kubeRequest(
      cluster,
      'DELETE',
      '/apis/apiextensions.k8s.io/v1/customresourcedefinitions/meshes.example.com',
    );
    const events = await watch.waitFor(1);
    expect(events[0]).toMatchObject({ type: 'DELETED', object: { metadata: { name: 'm1' } } });
    await watch.waitForEnd();
  });

  it('rejects an invalid CRD with 422', async () => {
    const bad = crd('Cluster', false);
    bad.metadata.name = 'wrong.example.com';
    const r = await kubeRequest(
      cluster,
      'POST',
      '/apis/apiextensions.k8s.io/v1/customresourcedefinitions',
      { body: bad },
    );
    expect(r.status).toBe(422);
    expect(r.body.details.causes[0]).toMatchObject({
      field: 'metadata.name',
      reason: 'FieldValueInvalid',
    });
  });
});
