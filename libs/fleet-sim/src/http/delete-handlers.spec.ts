import { FleetSim } from '../fleet/fleet-sim';
import { type SimCluster } from '../fleet/sim-cluster';
import { kubeRequest, TestWatch } from '../testing/http-test-client';

describe('delete', () => {
  let sim: FleetSim;
  let cluster: SimCluster;

  beforeAll(async () => {
    sim = await FleetSim.start({ clusters: [{ name: 'del' }] });
    cluster = sim.cluster('del');
  });
  afterAll(() => sim.stop());

  it('holds an object with finalizers until an update removes the last one', async () => {
    const path = '/api/v1/namespaces/default/configmaps';
    await kubeRequest(cluster, 'POST', path, {
      body: {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'held', finalizers: ['example.com/x'] },
      },
    });
    const marked = await kubeRequest(cluster, 'DELETE', `${path}/held`);
    expect(marked.body.metadata.deletionTimestamp).toBeDefined();
    expect((await kubeRequest(cluster, 'GET', `${path}/held`)).status).toBe(200);
    const released = await kubeRequest(cluster, 'PATCH', `${path}/held`, {
      contentType: 'application/merge-patch+json',
      body: { metadata: { finalizers: null } },
    });
    expect(released.status).toBe(200);
    expect((await kubeRequest(cluster, 'GET', `${path}/held`)).status).toBe(404);
  });

  it('checks delete preconditions', async () => {
    const path = '/api/v1/namespaces/default/configmaps';
    await kubeRequest(cluster, 'POST', path, {
      body: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'pre' } },
    });
    const r = await kubeRequest(cluster, 'DELETE', `${path}/pre`, {
      body: { kind: 'DeleteOptions', apiVersion: 'v1', preconditions: { uid: 'other' } },
    });
    expect(r.status).toBe(409);
    expect(r.body.message).toMatch(
      /^Operation cannot be fulfilled on configmaps "pre": Precondition failed: UID in precondition: other/,
    );
  });

  it('marks a namespace Terminating, then removes it and its contents', async () => {
    await kubeRequest(cluster, 'POST', '/api/v1/namespaces', {
      body: { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'gone' } },
    });
    await kubeRequest(cluster, 'POST', '/api/v1/namespaces/gone/configmaps', {
      body: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' } },
    });
    const watch = new TestWatch(
      cluster,
      `/api/v1/configmaps?watch=true&resourceVersion=${cluster.store.resourceVersion}`,
    );
    const r = await kubeRequest(cluster, 'DELETE', '/api/v1/namespaces/gone');
    expect(r.body).toMatchObject({ kind: 'Namespace', status: { phase: 'Terminating' } });
    const events = await watch.waitFor(1);
    expect(events[0]).toMatchObject({
      type: 'DELETED',
      object: { metadata: { name: 'c', namespace: 'gone' } },
    });
    watch.close();
    expect((await kubeRequest(cluster, 'GET', '/api/v1/namespaces/gone')).status).toBe(404);
  });

  it('deletes a collection by label selector', async () => {
    const path = '/api/v1/namespaces/default/configmaps';
    for (const [name, team] of [
      ['x1', 'a'],
      ['x2', 'a'],
      ['x3', 'b'],
    ]) {
      await kubeRequest(cluster, 'POST', path, {
        body: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, labels: { team } } },
      });
    }
    const r = await kubeRequest(cluster, 'DELETE', `${path}?labelSelector=team%3Da`);
    expect(r.body.kind).toBe('ConfigMapList');
    expect(r.body.items.map((i: { metadata: { name: string } }) => i.metadata.name)).toEqual([
      'x1',
      'x2',
    ]);
    const left = await kubeRequest(cluster, 'GET', `${path}?labelSelector=team`);
    expect(left.body.items.map((i: { metadata: { name: string } }) => i.metadata.name)).toEqual([
      'x3',
    ]);
  });
});
