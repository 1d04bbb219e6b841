import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiException, CoreV1Api, KubeConfig, VersionApi } from '@kubernetes/client-node';
import { clusterKubeConfig, type ClusterIdentity } from '../support/cluster-kube-config';
import { startControlPlane, type ControlPlane } from '../support/control-plane';
import {
  GLOBAL_CLUSTER_NAMES,
  readControlPlaneState,
  type ControlPlaneStateView,
} from '../support/control-plane-state';
import { describeWithControlPlane } from '../support/describe-with-control-plane';

// The version tools/k8s pins; the apiservers must report exactly it, not v0.0.0-master.
const pinnedVersion = /^\s*k8s\.io\/kubernetes (v\S+)/m.exec(
  readFileSync(join(__dirname, '../../tools/k8s/go.mod'), 'utf8'),
)?.[1];

function core(state: ControlPlaneStateView, cluster: string, identity: ClusterIdentity): CoreV1Api {
  return clusterKubeConfig(state.cluster(cluster), identity).makeApiClient(CoreV1Api);
}

/** The HTTP status a call ends with: 200 when it succeeds, the ApiException's code when it fails. */
async function statusOf(call: Promise<unknown>): Promise<number> {
  try {
    await call;
    return 200;
  } catch (error) {
    if (error instanceof ApiException) return error.code;
    throw error;
  }
}

/**
 * Messages and codes of an error and its causes: fetch hides the TLS reason in `cause`, an Error of
 * Node's own realm, so `instanceof Error` (Jest's realm) is no test here.
 */
function describeErrorChain(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  while (typeof current === 'object' && current !== null && parts.length < 20) {
    const { message, code, cause } = current as {
      message?: unknown;
      code?: unknown;
      cause?: unknown;
    };
    parts.push(String(message), String(code));
    current = cause;
  }
  return parts.join(' | ');
}

const uniqueName = (prefix: string): string => `${prefix}-${randomBytes(4).toString('hex')}`;

describeWithControlPlane('the real control plane of the integration run', () => {
  let state: ControlPlaneStateView;
  beforeAll(() => {
    state = readControlPlaneState();
  });

  it('runs one apiserver per global cluster', () => {
    expect(state.clusters.map((c) => c.name)).toEqual([...GLOBAL_CLUSTER_NAMES]);
    expect(new Set(state.clusters.map((c) => c.server)).size).toBe(GLOBAL_CLUSTER_NAMES.length);
  });

  it.each(GLOBAL_CLUSTER_NAMES)(
    '%s reports the pinned upstream version on /version',
    async (name) => {
      expect(pinnedVersion).toMatch(/^v1\.\d+\.\d+$/);
      const version = await clusterKubeConfig(state.cluster(name), 'readonly')
        .makeApiClient(VersionApi)
        .getCode();
      expect(version.gitVersion).toBe(pinnedVersion);
      expect(`v${version.major}.${version.minor}`).toBe(pinnedVersion?.replace(/\.\d+$/, ''));
      expect(state.k8sVersion).toBe(pinnedVersion);
    },
  );

  it('lets the admin identity create a namespace', async () => {
    const name = uniqueName('cp-admin');
    const admin = core(state, 'east', 'admin');
    await admin.createNamespace({ body: { metadata: { name } } });
    const read = await admin.readNamespace({ name });
    expect(read.metadata?.name).toBe(name);
    // Defaulting ran in the real apiserver: the name label is added on create.
    expect(read.metadata?.labels?.['kubernetes.io/metadata.name']).toBe(name);
  });

  it('lets the read-only identity list namespaces but answers 403 when it creates one', async () => {
    const name = uniqueName('cp-reader');
    await core(state, 'west', 'admin').createNamespace({ body: { metadata: { name } } });
    const reader = core(state, 'west', 'readonly');
    const list = await reader.listNamespace();
    expect(list.items.map((ns) => ns.metadata?.name)).toEqual(
      expect.arrayContaining(['default', 'kube-system', name]),
    );
    const denied = uniqueName('cp-denied');
    expect(await statusOf(reader.createNamespace({ body: { metadata: { name: denied } } }))).toBe(
      403,
    );
    expect(await statusOf(reader.deleteNamespace({ name }))).toBe(403);
    expect(await statusOf(core(state, 'west', 'admin').readNamespace({ name: denied }))).toBe(404);
  });

  it('answers 401 to an unknown bearer token', async () => {
    const stranger = core(state, 'north', { token: randomBytes(24).toString('hex') });
    expect(await statusOf(stranger.listNamespace())).toBe(401);
  });

  it('keeps the clusters apart: a namespace made in east exists in neither west nor north', async () => {
    const name = uniqueName('cp-isolated');
    await core(state, 'east', 'admin').createNamespace({ body: { metadata: { name } } });
    expect(await statusOf(core(state, 'east', 'readonly').readNamespace({ name }))).toBe(200);
    expect(await statusOf(core(state, 'west', 'admin').readNamespace({ name }))).toBe(404);
    expect(await statusOf(core(state, 'north', 'admin').readNamespace({ name }))).toBe(404);
  });

  it('serves each cluster under its own CA, which the kubeconfigs embed instead of skipping TLS checks', async () => {
    const east = state.cluster('east');
    const west = state.cluster('west');
    expect(east.caPem).not.toBe(west.caPem);
    const mismatched = clusterKubeConfig(
      { ...west, caPem: east.caPem },
      { token: west.adminToken },
    );
    expect(mismatched.getCurrentCluster()?.skipTLSVerify).toBeFalsy();
    const failure = await mismatched
      .makeApiClient(CoreV1Api)
      .listNamespace()
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    expect(describeErrorChain(failure)).toMatch(/certificate|self.signed|CERT/i);
  });

  it('writes a combined kubeconfig with an admin and a read-only context per cluster', async () => {
    const combined = new KubeConfig();
    combined.loadFromFile(state.kubeconfigPath);
    expect(
      combined
        .getContexts()
        .map((c) => c.name)
        .sort(),
    ).toEqual(GLOBAL_CLUSTER_NAMES.flatMap((n) => [n, `${n}-readonly`]).sort());
    combined.setCurrentContext('north-readonly');
    const reader = combined.makeApiClient(CoreV1Api);
    expect(await statusOf(reader.listNamespace())).toBe(200);
    expect(
      await statusOf(
        reader.createNamespace({ body: { metadata: { name: uniqueName('cp-ctx') } } }),
      ),
    ).toBe(403);
  });
});

describeWithControlPlane('startControlPlane, for suites that need a cluster of their own', () => {
  let plane: ControlPlane | undefined;
  beforeAll(async () => {
    plane = await startControlPlane({ clusters: ['solo'] });
  }, 120_000);
  afterAll(async () => {
    await plane?.stop();
  });

  it('restarts a stopped cluster on the same address, certificate and data', async () => {
    const solo = plane!.cluster('solo');
    expect(solo.readyMs).toBeGreaterThan(0);
    expect(solo.rssBytes()).toBeGreaterThan(50 * 1024 * 1024);
    const admin = clusterKubeConfig(solo, 'admin').makeApiClient(CoreV1Api);
    const name = uniqueName('cp-restart');
    await admin.createNamespace({ body: { metadata: { name } } });

    await solo.stop();
    expect(solo.isRunning).toBe(false);
    expect(solo.rssBytes()).toBeUndefined();
    expect(
      describeErrorChain(
        await admin.listNamespace().then(
          () => 'answered',
          (e) => e,
        ),
      ),
    ).toMatch(/ECONNREFUSED/);

    await solo.start();
    expect(solo.isRunning).toBe(true);
    // The same kubeconfig, CA included, still works, and etcd kept the namespace and the reader grant.
    expect((await admin.readNamespace({ name })).metadata?.name).toBe(name);
    const reader = clusterKubeConfig(solo, 'readonly').makeApiClient(CoreV1Api);
    expect(await statusOf(reader.readNamespace({ name }))).toBe(200);
  }, 120_000);

  it('fails with the apiserver log tail when an apiserver cannot start', async () => {
    const workDir = mkdtempSync(join(tmpdir(), 'meshwork-cp-broken-'));
    try {
      await expect(
        startControlPlane({ clusters: ['broken'], workDir, apiserverArgs: ['--no-such-flag=1'] }),
      ).rejects.toThrow(/cluster 'broken' did not become ready[\s\S]*unknown flag: --no-such-flag/);
    } finally {
      rmSync(workDir, { recursive: true, force: true });
    }
  }, 120_000);
});
