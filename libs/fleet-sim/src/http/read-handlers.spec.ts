import { FleetSim } from '../fleet/fleet-sim';
import { type SimCluster } from '../fleet/sim-cluster';
import { type KubeObject } from '../kube-object';
import { kubeRequest } from '../testing/http-test-client';

const pod = (
  namespace: string,
  name: string,
  labels: Record<string, string>,
  phase = 'Running',
): KubeObject => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, namespace, labels },
  spec: { containers: [{ name: 'app', image: 'app:1' }] },
  status: { phase },
});

describe('list', () => {
  let sim: FleetSim;
  let cluster: SimCluster;

  beforeAll(async () => {
    const objects: KubeObject[] = [];
    for (const ns of ['alpha', 'beta']) {
      for (let i = 0; i < 5; i += 1) {
        objects.push(
          pod(
            ns,
            `p${i}`,
            { app: i % 2 === 0 ? 'web' : 'db', tier: `t${i}` },
            i === 4 ? 'Pending' : 'Running',
          ),
        );
      }
    }
    sim = await FleetSim.start({ clusters: [{ name: 'west', objects }] });
    cluster = sim.cluster('west');
  });
  afterAll(() => sim.stop());

  const names = (body: { items: { metadata: { namespace: string; name: string } }[] }) =>
    body.items.map((i) => `${i.metadata.namespace}/${i.metadata.name}`);

  it('lists cluster-wide and per namespace, in key order, with the list resourceVersion', async () => {
    const all = await kubeRequest(cluster, 'GET', '/api/v1/pods');
    expect(all.body.kind).toBe('PodList');
    expect(all.body.metadata.resourceVersion).toBe(cluster.store.resourceVersion);
    expect(names(all.body)).toEqual([
      ...['alpha', 'beta'].flatMap((ns) => [0, 1, 2, 3, 4].map((i) => `${ns}/p${i}`)),
    ]);
    expect(all.body.items[0].kind).toBeUndefined();
    const beta = await kubeRequest(cluster, 'GET', '/api/v1/namespaces/beta/pods');
    expect(names(beta.body)).toEqual(['beta/p0', 'beta/p1', 'beta/p2', 'beta/p3', 'beta/p4']);
  });

  it.each([
    ['app=web', ['p0', 'p2', 'p4']],
    ['app==web', ['p0', 'p2', 'p4']],
    ['app!=web', ['p1', 'p3']],
    ['tier in (t1,t3, t4)', ['p1', 'p3', 'p4']],
    ['tier notin (t1,t3)', ['p0', 'p2', 'p4']],
    ['app=web,tier!=t0', ['p2', 'p4']],
    ['tier', ['p0', 'p1', 'p2', 'p3', 'p4']],
    ['!tier', []],
    ['missing', []],
  ])('filters by labelSelector %s', async (selector, expected) => {
    const r = await kubeRequest(
      cluster,
      'GET',
      `/api/v1/namespaces/alpha/pods?labelSelector=${encodeURIComponent(selector)}`,
    );
    expect(r.body.items.map((i: KubeObject) => i.metadata.name)).toEqual(expected);
  });

  it('filters by fieldSelector and rejects fields the kind does not index', async () => {
    const pending = await kubeRequest(
      cluster,
      'GET',
      '/api/v1/pods?fieldSelector=status.phase%3DPending',
    );
    expect(names(pending.body)).toEqual(['alpha/p4', 'beta/p4']);
    const byName = await kubeRequest(
      cluster,
      'GET',
      '/api/v1/pods?fieldSelector=metadata.name%3Dp1,metadata.namespace!%3Dalpha',
    );
    expect(names(byName.body)).toEqual(['beta/p1']);
    const bad = await kubeRequest(
      cluster,
      'GET',
      '/api/v1/namespaces/alpha/configmaps?fieldSelector=data.x%3D1',
    );
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({
      reason: 'BadRequest',
      message: 'field label not supported: data.x',
    });
    const badLabel = await kubeRequest(cluster, 'GET', '/api/v1/pods?labelSelector=a%20in%20b');
    expect(badLabel.status).toBe(400);
  });

  it('pages with limit and continue, reporting remainingItemCount', async () => {
    const first = await kubeRequest(cluster, 'GET', '/api/v1/pods?limit=4');
    expect(names(first.body)).toEqual(['alpha/p0', 'alpha/p1', 'alpha/p2', 'alpha/p3']);
    expect(first.body.metadata.remainingItemCount).toBe(6);
    const seen = names(first.body);
    let token = first.body.metadata.continue as string | undefined;
    while (token) {
      const page = await kubeRequest(
        cluster,
        'GET',
        `/api/v1/pods?limit=4&continue=${encodeURIComponent(token)}`,
      );
      expect(page.body.metadata.resourceVersion).toBe(first.body.metadata.resourceVersion);
      seen.push(...names(page.body));
      token = page.body.metadata.continue;
    }
    expect(seen).toHaveLength(10);
    expect(new Set(seen).size).toBe(10);
  });

  it('serves later pages as of the first page resourceVersion despite writes in between', async () => {
    const first = await kubeRequest(cluster, 'GET', '/api/v1/namespaces/beta/pods?limit=2');
    cluster.store.delete('v1', 'Pod', 'p3', 'beta');
    cluster.store.create(pod('beta', 'p2a', { app: 'new' }));
    cluster.store.patch('v1', 'Pod', 'p4', 'beta', { metadata: { labels: { changed: 'yes' } } });
    const rest = await kubeRequest(
      cluster,
      'GET',
      `/api/v1/namespaces/beta/pods?limit=10&continue=${encodeURIComponent(first.body.metadata.continue)}`,
    );
    expect(names(rest.body)).toEqual(['beta/p2', 'beta/p3', 'beta/p4']);
    expect(rest.body.items[2].metadata.labels.changed).toBeUndefined();
    expect(rest.body.metadata.resourceVersion).toBe(first.body.metadata.resourceVersion);
    const now = await kubeRequest(cluster, 'GET', '/api/v1/namespaces/beta/pods');
    expect(names(now.body)).toEqual(['beta/p0', 'beta/p1', 'beta/p2', 'beta/p2a', 'beta/p4']);
  });

  it('answers 410 Expired for a continue token older than the history, with a fresh token', async () => {
    const first = await kubeRequest(cluster, 'GET', '/api/v1/pods?limit=3');
    cluster.store.create(pod('alpha', 'late', {}));
    cluster.store.compact();
    const expired = await kubeRequest(
      cluster,
      'GET',
      `/api/v1/pods?limit=3&continue=${encodeURIComponent(first.body.metadata.continue)}`,
    );
    expect(expired.status).toBe(410);
    expect(expired.body).toMatchObject({
      kind: 'Status',
      status: 'Failure',
      reason: 'Expired',
      code: 410,
    });
    expect(expired.body.message).toMatch(/^The provided continue parameter is too old/);
    const resumed = await kubeRequest(
      cluster,
      'GET',
      `/api/v1/pods?limit=3&continue=${encodeURIComponent(expired.body.metadata.continue)}`,
    );
    expect(resumed.status).toBe(200);
    expect(names(resumed.body)[0]).toBe('alpha/p3');
  });

  it('accepts resourceVersion and resourceVersionMatch', async () => {
    const rv = cluster.store.resourceVersion;
    const notOlder = await kubeRequest(
      cluster,
      'GET',
      `/api/v1/pods?resourceVersion=${rv}&resourceVersionMatch=NotOlderThan`,
    );
    expect(notOlder.status).toBe(200);
    const any = await kubeRequest(cluster, 'GET', '/api/v1/pods?resourceVersion=0');
    expect(any.status).toBe(200);
    const exact = await kubeRequest(
      cluster,
      'GET',
      `/api/v1/pods?resourceVersion=${rv}&resourceVersionMatch=Exact`,
    );
    expect(exact.body.metadata.resourceVersion).toBe(rv);
    const future = await kubeRequest(
      cluster,
      'GET',
      `/api/v1/pods?resourceVersion=${Number(rv) + 100}`,
    );
    expect(future.status).toBe(504);
  });
});
