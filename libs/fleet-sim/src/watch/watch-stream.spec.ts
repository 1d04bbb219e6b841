import { FleetSim } from '../fleet/fleet-sim';
import { type SimCluster } from '../fleet/sim-cluster';
import { type KubeObject } from '../kube-object';
import { kubeRequest, TestWatch } from '../testing/http-test-client';

const cm = (
  name: string,
  labels: Record<string, string> = {},
  data: Record<string, string> = {},
): KubeObject => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name, namespace: 'w', labels },
  data,
});

describe('watch', () => {
  let sim: FleetSim;
  let cluster: SimCluster;
  const open: TestWatch[] = [];
  const watch = (path: string): TestWatch => {
    const w = new TestWatch(cluster, path);
    open.push(w);
    return w;
  };

  beforeAll(async () => {
    sim = await FleetSim.start({
      clusters: [{ name: 'north', objects: [cm('seed')] }],
      bookmarkIntervalMs: 100,
    });
    cluster = sim.cluster('north');
  });
  afterEach(() => open.splice(0).forEach((w) => w.close()));
  afterAll(() => sim.stop());

  it('starts with synthetic ADDED events for current objects when no resourceVersion is given', async () => {
    const w = watch('/api/v1/namespaces/w/configmaps?watch=true');
    const [first] = await w.waitFor(1);
    expect(w.status).toBe(200);
    expect(first).toMatchObject({
      type: 'ADDED',
      object: { kind: 'ConfigMap', apiVersion: 'v1', metadata: { name: 'seed' } },
    });
    cluster.store.create(cm('live'));
    const events = await w.waitFor(2);
    expect(events[1]).toMatchObject({ type: 'ADDED', object: { metadata: { name: 'live' } } });
  });

  it('replays the events after a resourceVersion, then streams live ones', async () => {
    const rv = cluster.store.resourceVersion;
    cluster.store.create(cm('r1'));
    cluster.store.patch('v1', 'ConfigMap', 'r1', 'w', { data: { x: '1' } });
    cluster.store.delete('v1', 'ConfigMap', 'r1', 'w');
    const w = watch(`/api/v1/namespaces/w/configmaps?watch=1&resourceVersion=${rv}`);
    const replayed = await w.waitFor(3);
    expect(replayed.map((e) => e.type)).toEqual(['ADDED', 'MODIFIED', 'DELETED']);
    const rvs = replayed.map((e) => Number(e.object.metadata.resourceVersion));
    expect(rvs).toEqual([...rvs].sort((a, b) => a - b));
    expect(rvs[0]).toBeGreaterThan(Number(rv));
    await kubeRequest(cluster, 'POST', '/api/v1/namespaces/w/configmaps', { body: cm('r2') });
    expect((await w.waitFor(4))[3]).toMatchObject({
      type: 'ADDED',
      object: { metadata: { name: 'r2' } },
    });
  });

  it('applies label selectors, turning moves in and out of the selection into ADDED and DELETED', async () => {
    const rv = cluster.store.resourceVersion;
    const w = watch(
      `/api/v1/namespaces/w/configmaps?watch=true&resourceVersion=${rv}&labelSelector=team%3Dmesh`,
    );
    cluster.store.create(cm('other'));
    cluster.store.create(cm('in', { team: 'mesh' }));
    cluster.store.patch('v1', 'ConfigMap', 'other', 'w', {
      metadata: { labels: { team: 'mesh' } },
    });
    cluster.store.patch('v1', 'ConfigMap', 'in', 'w', { metadata: { labels: { team: 'web' } } });
    const events = await w.waitFor(3);
    expect(events.map((e) => `${e.type}:${e.object.metadata.name}`)).toEqual([
      'ADDED:in',
      'ADDED:other',
      'DELETED:in',
    ]);
    expect(events[2]?.object.metadata.labels).toEqual({ team: 'mesh' });
  });

  it('sends BOOKMARKs when allowed, and the initial-events-end bookmark with sendInitialEvents', async () => {
    const w = watch(
      '/api/v1/namespaces/w/configmaps?watch=true&allowWatchBookmarks=true&sendInitialEvents=true&resourceVersionMatch=NotOlderThan',
    );
    const events = await w.waitFor(20);
    const firstBookmark = events.findIndex((e) => e.type === 'BOOKMARK');
    expect(events.slice(0, firstBookmark).every((e) => e.type === 'ADDED')).toBe(true);
    expect(events[firstBookmark]?.object).toEqual({
      kind: 'ConfigMap',
      apiVersion: 'v1',
      metadata: {
        resourceVersion: cluster.store.resourceVersion,
        annotations: { 'k8s.io/initial-events-end': 'true' },
      },
    });
    const periodic = events.slice(firstBookmark + 1);
    expect(periodic.length).toBeGreaterThan(0);
    expect(
      periodic.every((e) => e.type === 'BOOKMARK' && e.object.metadata.annotations === undefined),
    ).toBe(true);
  });

  it('ends the stream after timeoutSeconds', async () => {
    const started = Date.now();
    const w = watch('/api/v1/namespaces/w/configmaps?watch=true&timeoutSeconds=1');
    await w.waitForEnd(4000);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it('answers a resourceVersion older than the history with an ERROR 410 Expired event', async () => {
    const old = cluster.store.resourceVersion;
    cluster.store.create(cm('after-old'));
    cluster.store.compact();
    const w = watch(`/api/v1/namespaces/w/configmaps?watch=true&resourceVersion=${old}`);
    await w.waitForEnd();
    expect(w.status).toBe(200);
    expect(w.events).toEqual([
      {
        type: 'ERROR',
        object: {
          kind: 'Status',
          apiVersion: 'v1',
          metadata: {},
          status: 'Failure',
          message: expect.stringMatching(
            new RegExp(`^too old resource version: ${old} \\(\\d+\\)$`),
          ),
          reason: 'Expired',
          code: 410,
        },
      },
    ]);
  });

  it('watches across namespaces on the cluster-wide path and a single object by name', async () => {
    const rv = cluster.store.resourceVersion;
    const all = watch(`/api/v1/configmaps?watch=true&resourceVersion=${rv}`);
    const one = watch(
      `/api/v1/namespaces/w/configmaps?watch=true&resourceVersion=${rv}&fieldSelector=metadata.name%3Done`,
    );
    cluster.store.create({ ...cm('elsewhere'), metadata: { name: 'elsewhere', namespace: 'x' } });
    cluster.store.create(cm('one'));
    expect((await all.waitFor(2)).map((e) => e.object.metadata.name)).toEqual(['elsewhere', 'one']);
    expect((await one.waitFor(1)).map((e) => e.object.metadata.name)).toEqual(['one']);
  });
});
