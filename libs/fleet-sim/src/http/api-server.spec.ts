import { FleetSim } from '../fleet/fleet-sim';
import { type SimCluster } from '../fleet/sim-cluster';
import { kubeRequest } from '../testing/http-test-client';

describe('ApiServer over HTTPS', () => {
  let sim: FleetSim;
  let cluster: SimCluster;

  beforeAll(async () => {
    sim = await FleetSim.start({ clusters: [{ name: 'east' }] });
    cluster = sim.cluster('east');
  });
  afterAll(() => sim.stop());

  const cm = (name: string, data: Record<string, string> = { a: '1' }) => ({
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name },
    data,
  });

  it('answers /version, health endpoints and discovery', async () => {
    const version = await kubeRequest(cluster, 'GET', '/version');
    expect(version.body).toMatchObject({
      major: '1',
      minor: '34',
      gitVersion: 'v1.34.1',
      platform: 'linux/amd64',
    });
    for (const path of ['/readyz', '/livez', '/healthz']) {
      const r = await kubeRequest(cluster, 'GET', path, { token: null });
      expect([r.status, r.text]).toEqual([200, 'ok']);
    }
    const core = await kubeRequest(cluster, 'GET', '/api/v1', {
      accept:
        'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json',
    });
    expect(core.headers['content-type']).toBe('application/json');
    const pods = core.body.resources.find((r: { name: string }) => r.name === 'pods');
    expect(pods).toMatchObject({ kind: 'Pod', namespaced: true, shortNames: ['po'] });
    expect(pods.verbs).toEqual(expect.arrayContaining(['get', 'list', 'watch', 'create', 'patch']));
    expect(core.body.resources.map((r: { name: string }) => r.name)).toContain('pods/status');
    const groups = await kubeRequest(cluster, 'GET', '/apis');
    const names = groups.body.groups.map((g: { name: string }) => g.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'apps',
        'discovery.k8s.io',
        'apiextensions.k8s.io',
        'rbac.authorization.k8s.io',
        'authorization.k8s.io',
      ]),
    );
    const apps = await kubeRequest(cluster, 'GET', '/apis/apps');
    expect(apps.body).toMatchObject({
      kind: 'APIGroup',
      name: 'apps',
      preferredVersion: { groupVersion: 'apps/v1' },
    });
  });

  it('rejects a missing or unknown token with a 401 Status', async () => {
    for (const token of [null, 'not-a-token']) {
      const r = await kubeRequest(cluster, 'GET', '/api/v1/namespaces', { token });
      expect(r.status).toBe(401);
      expect(r.body).toEqual({
        kind: 'Status',
        apiVersion: 'v1',
        metadata: {},
        status: 'Failure',
        message: 'Unauthorized',
        reason: 'Unauthorized',
        code: 401,
      });
    }
  });

  it('lets the read-only token read but answers 403 with the upstream message on writes', async () => {
    const read = await kubeRequest(cluster, 'GET', '/api/v1/namespaces', {
      token: cluster.readOnlyToken,
    });
    expect(read.status).toBe(200);
    const write = await kubeRequest(cluster, 'POST', '/api/v1/namespaces', {
      token: cluster.readOnlyToken,
      body: { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'nope' } },
    });
    expect(write.status).toBe(403);
    expect(write.body).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message:
        'namespaces is forbidden: User "meshwork-reader" cannot create resource "namespaces" in API group "" at the cluster scope',
      reason: 'Forbidden',
      details: { kind: 'namespaces' },
      code: 403,
    });
    const del = await kubeRequest(
      cluster,
      'DELETE',
      '/apis/apps/v1/namespaces/default/deployments/web',
      { token: cluster.readOnlyToken },
    );
    expect(del.body.message).toBe(
      'deployments.apps "web" is forbidden: User "meshwork-reader" cannot delete resource "deployments" in API group "apps" in the namespace "default"',
    );
    expect(del.body.details).toEqual({ name: 'web', group: 'apps', kind: 'deployments' });
  });

  it('answers self-subject access reviews per token', async () => {
    const review = (verb: string) => ({
      apiVersion: 'authorization.k8s.io/v1',
      kind: 'SelfSubjectAccessReview',
      spec: { resourceAttributes: { verb, resource: 'pods', namespace: 'default' } },
    });
    const path = '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews';
    const readerList = await kubeRequest(cluster, 'POST', path, {
      token: cluster.readOnlyToken,
      body: review('list'),
    });
    const readerCreate = await kubeRequest(cluster, 'POST', path, {
      token: cluster.readOnlyToken,
      body: review('create'),
    });
    const adminCreate = await kubeRequest(cluster, 'POST', path, { body: review('create') });
    expect([readerList.status, readerList.body.status.allowed]).toEqual([201, true]);
    expect(readerCreate.body.status.allowed).toBe(false);
    expect(adminCreate.body.status.allowed).toBe(true);
    const rules = await kubeRequest(
      cluster,
      'POST',
      '/apis/authorization.k8s.io/v1/selfsubjectrulesreviews',
      {
        token: cluster.readOnlyToken,
        body: {
          apiVersion: 'authorization.k8s.io/v1',
          kind: 'SelfSubjectRulesReview',
          spec: { namespace: 'default' },
        },
      },
    );
    expect(rules.body.status.resourceRules[0]).toEqual({
      verbs: ['get', 'list', 'watch'],
      apiGroups: ['*'],
      resources: ['*'],
    });
    const getReviews = await kubeRequest(cluster, 'GET', path);
    expect(getReviews.status).toBe(405);
  });

  it('creates, reads, updates with optimistic concurrency and deletes', async () => {
    const created = await kubeRequest(cluster, 'POST', '/api/v1/namespaces/default/configmaps', {
      body: cm('crud'),
    });
    expect(created.status).toBe(201);
    expect(created.body.metadata).toMatchObject({ name: 'crud', namespace: 'default' });
    expect(created.body.metadata.uid).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.body.metadata.creationTimestamp).toMatch(/Z$/);
    const rv = created.body.metadata.resourceVersion as string;
    expect(typeof rv).toBe('string');

    const again = await kubeRequest(cluster, 'POST', '/api/v1/namespaces/default/configmaps', {
      body: cm('crud'),
    });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({
      reason: 'AlreadyExists',
      message: 'configmaps "crud" already exists',
      details: { name: 'crud', kind: 'configmaps' },
    });

    const updated = await kubeRequest(
      cluster,
      'PUT',
      '/api/v1/namespaces/default/configmaps/crud',
      {
        body: { ...created.body, data: { a: '2' } },
      },
    );
    expect(updated.status).toBe(200);
    expect(Number(updated.body.metadata.resourceVersion)).toBeGreaterThan(Number(rv));

    const stale = await kubeRequest(cluster, 'PUT', '/api/v1/namespaces/default/configmaps/crud', {
      body: { ...created.body, data: { a: '3' } },
    });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({
      reason: 'Conflict',
      message:
        'Operation cannot be fulfilled on configmaps "crud": the object has been modified; please apply your changes to the latest version and try again',
    });

    const deleted = await kubeRequest(
      cluster,
      'DELETE',
      '/api/v1/namespaces/default/configmaps/crud',
    );
    expect(deleted.status).toBe(200);
    expect(deleted.body).toMatchObject({
      kind: 'Status',
      status: 'Success',
      details: { name: 'crud', kind: 'configmaps', uid: created.body.metadata.uid },
    });
    const gone = await kubeRequest(cluster, 'GET', '/api/v1/namespaces/default/configmaps/crud');
    expect(gone.status).toBe(404);
    expect(gone.body).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: 'configmaps "crud" not found',
      reason: 'NotFound',
      details: { name: 'crud', kind: 'configmaps' },
      code: 404,
    });
  });

  it('returns the deleted object for kinds whose registry does so (services)', async () => {
    const svc = {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'api' },
      spec: { ports: [{ port: 80 }] },
    };
    const created = await kubeRequest(cluster, 'POST', '/api/v1/namespaces/default/services', {
      body: svc,
    });
    expect(created.body.spec).toMatchObject({
      type: 'ClusterIP',
      ports: [{ port: 80, protocol: 'TCP', targetPort: 80 }],
    });
    expect(created.body.spec.clusterIP).toMatch(/^10\.9[6-9]\./);
    const deleted = await kubeRequest(cluster, 'DELETE', '/api/v1/namespaces/default/services/api');
    expect(deleted.body).toMatchObject({ kind: 'Service', metadata: { name: 'api' } });
  });

  it('creates with generateName and rejects a body without a name as 422 Invalid', async () => {
    const generated = await kubeRequest(cluster, 'POST', '/api/v1/namespaces/default/configmaps', {
      body: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { generateName: 'gen-' } },
    });
    expect(generated.body.metadata.name).toMatch(/^gen-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    const unnamed = await kubeRequest(cluster, 'POST', '/api/v1/namespaces/default/configmaps', {
      body: { apiVersion: 'v1', kind: 'ConfigMap', metadata: {} },
    });
    expect(unnamed.status).toBe(422);
    expect(unnamed.body).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message:
        'ConfigMap "" is invalid: metadata.name: Required value: name or generateName is required',
      reason: 'Invalid',
      details: {
        kind: 'ConfigMap',
        causes: [
          {
            reason: 'FieldValueRequired',
            message: 'Required value: name or generateName is required',
            field: 'metadata.name',
          },
        ],
      },
      code: 422,
    });
    const badName = await kubeRequest(
      cluster,
      'POST',
      '/apis/apps/v1/namespaces/default/deployments',
      {
        body: { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'Bad_Name' } },
      },
    );
    expect(badName.status).toBe(422);
    expect(badName.body.message).toMatch(
      /^Deployment.apps "Bad_Name" is invalid: metadata.name: Invalid value: "Bad_Name": a lowercase RFC 1123 subdomain/,
    );
    const malformed = await kubeRequest(cluster, 'POST', '/api/v1/namespaces/default/configmaps', {
      body: '{not json',
    });
    expect(malformed.status).toBe(400);
  });

  it('answers 404 for a namespaced create in a namespace that does not exist', async () => {
    const r = await kubeRequest(cluster, 'POST', '/api/v1/namespaces/missing/configmaps', {
      body: cm('x'),
    });
    expect(r.status).toBe(404);
    expect(r.body).toMatchObject({
      reason: 'NotFound',
      message: 'namespaces "missing" not found',
      details: { name: 'missing', kind: 'namespaces' },
    });
  });

  it('answers 404 for unserved paths and 405 for verbs a path does not take', async () => {
    const unknown = await kubeRequest(cluster, 'GET', '/apis/example.com/v1/widgets');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({
      reason: 'NotFound',
      message: 'the server could not find the requested resource',
    });
    expect((await kubeRequest(cluster, 'GET', '/api/v1/pods/foo')).status).toBe(404);
    const put = await kubeRequest(cluster, 'PUT', '/api/v1/namespaces/default/configmaps', {
      body: cm('x'),
    });
    expect(put.status).toBe(405);
    expect(put.body.reason).toBe('MethodNotAllowed');
  });

  it('keeps status out of main-endpoint writes and takes only status through /status', async () => {
    const pod = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'p1' },
      spec: { containers: [{ name: 'app', image: 'nginx:1.27' }] },
      status: { phase: 'Running' },
    };
    const created = await kubeRequest(cluster, 'POST', '/api/v1/namespaces/default/pods', {
      body: pod,
    });
    expect(created.body.status.phase).toBe('Pending');
    expect(created.body.metadata.generation).toBe(1);
    const status = await kubeRequest(cluster, 'PUT', '/api/v1/namespaces/default/pods/p1/status', {
      body: {
        ...created.body,
        spec: { containers: [] },
        status: { phase: 'Running', podIP: '10.0.0.5' },
      },
    });
    expect(status.status).toBe(200);
    expect(status.body.status).toEqual({ phase: 'Running', podIP: '10.0.0.5' });
    expect(status.body.spec.containers).toHaveLength(1);
    expect(status.body.metadata.generation).toBe(1);
    const main = await kubeRequest(cluster, 'PATCH', '/api/v1/namespaces/default/pods/p1', {
      contentType: 'application/merge-patch+json',
      body: { metadata: { labels: { app: 'web' } }, status: { phase: 'Failed' } },
    });
    expect(main.body.status.phase).toBe('Running');
    expect(main.body.metadata.labels).toEqual({ app: 'web' });
    const spec = await kubeRequest(cluster, 'PATCH', '/api/v1/namespaces/default/pods/p1', {
      contentType: 'application/strategic-merge-patch+json',
      body: { spec: { activeDeadlineSeconds: 30 } },
    });
    expect(spec.body.metadata.generation).toBe(2);
  });

  it('applies merge and JSON patches and does not bump resourceVersion for a no-op', async () => {
    await kubeRequest(cluster, 'POST', '/api/v1/namespaces/default/configmaps', {
      body: cm('patched', { a: '1', b: '2' }),
    });
    const merged = await kubeRequest(
      cluster,
      'PATCH',
      '/api/v1/namespaces/default/configmaps/patched',
      {
        contentType: 'application/merge-patch+json',
        body: { data: { a: null, c: '3' } },
      },
    );
    expect(merged.body.data).toEqual({ b: '2', c: '3' });
    const json = await kubeRequest(
      cluster,
      'PATCH',
      '/api/v1/namespaces/default/configmaps/patched',
      {
        contentType: 'application/json-patch+json',
        body: [{ op: 'replace', path: '/data/b', value: '20' }],
      },
    );
    expect(json.body.data).toEqual({ b: '20', c: '3' });
    const noop = await kubeRequest(
      cluster,
      'PATCH',
      '/api/v1/namespaces/default/configmaps/patched',
      {
        contentType: 'application/merge-patch+json',
        body: { data: { b: '20' } },
      },
    );
    expect(noop.body.metadata.resourceVersion).toBe(json.body.metadata.resourceVersion);
    const unsupported = await kubeRequest(
      cluster,
      'PATCH',
      '/api/v1/namespaces/default/configmaps/patched',
      {
        contentType: 'text/plain',
        body: 'x',
      },
    );
    expect(unsupported.status).toBe(415);
    const missing = await kubeRequest(
      cluster,
      'PATCH',
      '/api/v1/namespaces/default/configmaps/none',
      {
        contentType: 'application/merge-patch+json',
        body: {},
      },
    );
    expect(missing.status).toBe(404);
  });

  it('server-side apply creates, then reports a conflict when another manager owns a field', async () => {
    const path = '/api/v1/namespaces/default/configmaps/ssa?fieldManager=meshwork';
    const applied = await kubeRequest(cluster, 'PATCH', path, {
      contentType: 'application/apply-patch+yaml',
      body: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ssa\ndata:\n  mode: strict\n',
    });
    expect(applied.status).toBe(201);
    expect(applied.body.metadata.managedFields[0]).toMatchObject({
      manager: 'meshwork',
      operation: 'Apply',
      fieldsV1: { 'f:data': { 'f:mode': {} } },
    });
    const other = (force: boolean) =>
      kubeRequest(
        cluster,
        'PATCH',
        `/api/v1/namespaces/default/configmaps/ssa?fieldManager=other${force ? '&force=true' : ''}`,
        {
          contentType: 'application/apply-patch+yaml',
          body: {
            apiVersion: 'v1',
            kind: 'ConfigMap',
            metadata: { name: 'ssa' },
            data: { mode: 'permissive' },
          },
        },
      );
    const conflict = await other(false);
    expect(conflict.status).toBe(409);
    expect(conflict.body).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: 'Apply failed with 1 conflict: conflict with "meshwork": .data.mode',
      reason: 'Conflict',
      details: {
        causes: [
          {
            reason: 'FieldManagerConflict',
            message: 'conflict with "meshwork"',
            field: '.data.mode',
          },
        ],
      },
      code: 409,
    });
    const forced = await other(true);
    expect(forced.status).toBe(200);
    expect(forced.body.data.mode).toBe('permissive');
    const managers = forced.body.metadata.managedFields.map((m: { manager: string }) => m.manager);
    expect(managers).toEqual(['other']);
  });
});
