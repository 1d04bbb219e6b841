import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CoreV1Api, KubeConfig, makeInformer, type V1Pod } from '@kubernetes/client-node';
import { parse } from 'yaml';
import { kubeRequest, TestWatch } from '../testing/http-test-client';
import { FleetSim } from './fleet-sim';

const pod = (name: string, labels: Record<string, string> = {}) => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, namespace: 'shop', labels },
  spec: { containers: [{ name: 'app', image: 'shop:1' }] },
  status: { phase: 'Running' },
});

describe('FleetSim', () => {
  let sim: FleetSim;
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'fleet-sim-'));
    sim = await FleetSim.start({
      clusters: [
        { name: 'one', objects: [pod('a', { app: 'cart' }), pod('b', { app: 'pay' })] },
        { name: 'two', kubernetesVersion: 'v1.33.4' },
      ],
      bookmarkIntervalMs: 200,
    });
  });
  afterAll(async () => {
    await sim.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('gives every cluster its own port, CA, tokens and store', async () => {
    const [one, two] = sim.clusters;
    expect(one?.server).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    expect(one?.server).not.toBe(two?.server);
    expect(one?.caPem).not.toBe(two?.caPem);
    expect(one?.adminToken).not.toBe(two?.adminToken);
    expect(one?.store.list('v1', 'Pod', 'shop')).toHaveLength(2);
    expect(two?.store.list('v1', 'Pod')).toHaveLength(0);
    const version = await kubeRequest(sim.cluster('two'), 'GET', '/version');
    expect(version.body.gitVersion).toBe('v1.33.4');
    const crossToken = await kubeRequest(sim.cluster('two'), 'GET', '/api/v1/pods', {
      token: one?.adminToken ?? '',
    });
    expect(crossToken.status).toBe(401);
  });

  it('writes a kubeconfig with one context per cluster, CA data and the chosen token', async () => {
    const path = join(dir, 'reader.yaml');
    await sim.writeKubeconfig(path, { readOnly: true });
    const doc = parse(await readFile(path, 'utf8'));
    expect(doc.contexts.map((c: { name: string }) => c.name)).toEqual(['one', 'two']);
    const cluster = doc.clusters.find((c: { name: string }) => c.name === 'two').cluster;
    expect(Buffer.from(cluster['certificate-authority-data'], 'base64').toString()).toBe(
      sim.cluster('two').caPem,
    );
    const user = doc.users.find(
      (u: { name: string }) => u.name === doc.contexts[1].context.user,
    ).user;
    expect(user.token).toBe(sim.cluster('two').readOnlyToken);
  });

  it('serves @kubernetes/client-node: listNamespacedPod and an informer from the written kubeconfig', async () => {
    const path = join(dir, 'admin.yaml');
    await sim.writeKubeconfig(path);
    const kc = new KubeConfig();
    kc.loadFromFile(path);
    kc.setCurrentContext('one');
    const core = kc.makeApiClient(CoreV1Api);
    const list = await core.listNamespacedPod({ namespace: 'shop', labelSelector: 'app=cart' });
    expect(list.items.map((p) => p.metadata?.name)).toEqual(['a']);

    const informer = makeInformer<V1Pod>(kc, '/api/v1/namespaces/shop/pods', () =>
      core.listNamespacedPod({ namespace: 'shop' }),
    );
    const added: string[] = [];
    const updated: string[] = [];
    const deleted: string[] = [];
    informer.on('add', (p) => added.push(p.metadata?.name ?? ''));
    informer.on('update', (p) => updated.push(p.metadata?.name ?? ''));
    informer.on('delete', (p) => deleted.push(p.metadata?.name ?? ''));
    await informer.start();
    try {
      await waitUntil(() => added.length === 2);
      const store = sim.cluster('one').store;
      store.create(pod('c'));
      store.patch('v1', 'Pod', 'a', 'shop', { status: { phase: 'Failed' } });
      await core.deleteNamespacedPod({ name: 'b', namespace: 'shop' });
      await waitUntil(() => added.includes('c') && updated.includes('a') && deleted.includes('b'));
      expect(
        informer
          .list('shop')
          .map((p) => p.metadata?.name)
          .sort(),
      ).toEqual(['a', 'c']);
      expect(informer.get('a', 'shop')?.status?.phase).toBe('Failed');
    } finally {
      await informer.stop();
    }
  });

  it('pause drops watches and refuses connections; resume serves again on the same port', async () => {
    const cluster = sim.cluster('two');
    const server = cluster.server;
    const watch = new TestWatch(cluster, '/api/v1/namespaces?watch=true');
    await watch.waitFor(1);
    await cluster.pause();
    await watch.waitForEnd();
    await expect(kubeRequest(cluster, 'GET', '/version')).rejects.toThrow(/ECONNREFUSED/);
    cluster.store.create({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'while-down', namespace: 'default' },
    });
    await cluster.resume();
    expect(cluster.server).toBe(server);
    const back = await kubeRequest(
      cluster,
      'GET',
      '/api/v1/namespaces/default/configmaps/while-down',
    );
    expect(back.status).toBe(200);
  });
});

async function waitUntil(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}
