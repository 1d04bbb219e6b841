// A real Kubernetes control plane for tests: one etcd and one unmodified kube-apiserver per cluster, as
// local processes on 127.0.0.1 (binaries from tools/k8s, built once by scripts/build-control-plane.sh).
//
// Most suites use the run's shared control plane (clusters east, west, north, south, central, contract) that the Jest global
// set-up starts:
//   describeWithControlPlane('...', () => {
//     const kc = () => clusterKubeConfig(readControlPlaneState().cluster('east'), 'readonly');
//   });
// A suite that stops, restarts or reconfigures apiservers starts its own (about 10 s):
//   const plane = await startControlPlane({ clusters: ['a', 'b'] });  // apiserverArgs: extra flags
//   await plane.cluster('a').stop(); ...; await plane.cluster('a').start(); await plane.stop();
// No controllers run: create derived objects (EndpointSlices, status) yourself.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { KubeConfig, VersionApi } from '@kubernetes/client-node';
import type { ControlPlaneClusterInfo, ControlPlaneState } from './control-plane-state';
import { startEtcd, type EtcdServer } from './etcd-server';
import { findFreePorts } from './free-port';
import { KubeApiserverCluster } from './kube-apiserver-cluster';
import { writeKubeconfig } from './kubeconfig-file';

export interface StartControlPlaneOptions {
  /** One kube-apiserver per name (a DNS label); each keeps its objects under /<name> in etcd. */
  readonly clusters: readonly string[];
  /** Folder with kube-apiserver and etcd; default: $MESHWORK_K8S_BIN_DIR, else build (or reuse) them. */
  readonly binDir?: string;
  /** Folder for data, certificates, kubeconfigs and logs; default: a new temp folder, removed on stop. */
  readonly workDir?: string;
  /** Per process; default 90 s (three apiservers starting at once on two busy cores are slow). */
  readonly readyTimeoutMs?: number;
  /** Extra kube-apiserver flags for every cluster, e.g. ['--min-request-timeout=5']. */
  readonly apiserverArgs?: readonly string[];
}

/** One running test cluster: its connection data plus control over its apiserver process. */
export interface ControlPlaneCluster extends ControlPlaneClusterInfo {
  /** Stops this cluster's apiserver (SIGTERM, then SIGKILL): the cluster becomes unreachable. */
  stop(): Promise<void>;
  /** Starts it again on the same port, etcd prefix and certificate; resolves once /readyz is 200. */
  start(): Promise<void>;
  readonly isRunning: boolean;
  /** Milliseconds from spawn to ready, for the last start. */
  readonly readyMs: number | undefined;
  /** Resident memory of the apiserver process, in bytes; undefined while stopped. */
  rssBytes(): number | undefined;
  readonly logPath: string;
}

export interface ControlPlane {
  readonly clusters: readonly ControlPlaneCluster[];
  /** Kubeconfig with contexts `<cluster>` (admin) and `<cluster>-readonly` for every cluster. */
  readonly kubeconfigPath: string;
  readonly etcdUrl: string;
  readonly workDir: string;
  /** gitVersion from the first cluster's /version, e.g. v1.35.4. */
  readonly k8sVersion: string;
  /** The cluster with this name; throws when there is none. */
  cluster(name: string): ControlPlaneCluster;
  /** Plain data for tests in other processes (see control-plane-state.ts). */
  state(): ControlPlaneState;
  /** Stops every apiserver, then etcd; removes the work folder when this created it. Idempotent. */
  stop(): Promise<void>;
}

const CLUSTER_NAME = /^[a-z0-9]([-a-z0-9]{0,40}[a-z0-9])?$/;
const repoRoot = resolve(__dirname, '../..');

/** Builds the binaries when missing (minutes, once per machine) and returns their folder. */
export function ensureControlPlaneBinaries(): string {
  const fromEnv = process.env['MESHWORK_K8S_BIN_DIR'];
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  const out = execFileSync(join(repoRoot, 'scripts/build-control-plane.sh'), {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return out.trim().split('\n').pop() ?? '';
}

function validateNames(names: readonly string[]): void {
  if (names.length === 0) throw new Error('startControlPlane: give at least one cluster name');
  for (const name of names) {
    if (!CLUSTER_NAME.test(name)) {
      throw new Error(`startControlPlane: cluster name '${name}' is not a lower-case DNS label`);
    }
  }
  if (new Set(names).size !== names.length) {
    throw new Error(`startControlPlane: cluster names repeat: ${names.join(', ')}`);
  }
}

async function fetchGitVersion(cluster: KubeApiserverCluster): Promise<string> {
  const config = new KubeConfig();
  config.loadFromFile(cluster.adminKubeconfigPath);
  const version = await config.makeApiClient(VersionApi).getCode();
  return version.gitVersion;
}

/**
 * Starts one etcd and one unmodified kube-apiserver per cluster name, all on 127.0.0.1 and free ports,
 * waits until every apiserver is ready, grants the read-only identity, and writes kubeconfigs.
 * Every process is killed on `stop()` and, failing that, when this Node process exits.
 */
export async function startControlPlane(options: StartControlPlaneOptions): Promise<ControlPlane> {
  validateNames(options.clusters);
  const binDir = options.binDir ?? ensureControlPlaneBinaries();
  const ownsWorkDir = options.workDir === undefined;
  const workDir = options.workDir ?? mkdtempSync(join(tmpdir(), 'meshwork-cp-'));
  mkdirSync(workDir, { recursive: true, mode: 0o700 });
  const readyTimeoutMs = options.readyTimeoutMs ?? 90_000;

  const [etcdClientPort, etcdPeerPort, ...apiserverPorts] = await findFreePorts(
    2 + options.clusters.length,
  );
  let etcd: EtcdServer | undefined;
  const clusters: KubeApiserverCluster[] = [];
  try {
    etcd = await startEtcd({
      binDir,
      dir: workDir,
      clientPort: etcdClientPort ?? 0,
      peerPort: etcdPeerPort ?? 0,
      readyTimeoutMs,
    });
    for (const [index, name] of options.clusters.entries()) {
      const dir = join(workDir, name);
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      clusters.push(
        new KubeApiserverCluster({
          name,
          binDir,
          dir,
          etcdUrl: etcd.url,
          port: apiserverPorts[index] ?? 0,
          readyTimeoutMs,
          extraArgs: options.apiserverArgs ?? [],
        }),
      );
    }
    // In parallel: most of an apiserver's start is waiting on its own post-start hooks.
    await Promise.all(clusters.map((cluster) => cluster.start()));
    const first = clusters[0];
    if (first === undefined) throw new Error('startControlPlane: no cluster started');
    const k8sVersion = await fetchGitVersion(first);
    const kubeconfigPath = join(workDir, 'kubeconfig');
    writeKubeconfig(
      kubeconfigPath,
      clusters.flatMap((cluster) => cluster.kubeconfigEntries()),
    );
    return createHandle({ clusters, etcd, workDir, ownsWorkDir, kubeconfigPath, k8sVersion });
  } catch (error) {
    await Promise.all(clusters.map((cluster) => cluster.stop()));
    await etcd?.process.stop();
    // Keep the work folder: its logs explain the failure.
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`control plane failed to start (logs in ${workDir}): ${reason}`, {
      cause: error,
    });
  }
}

interface HandleParts {
  readonly clusters: readonly KubeApiserverCluster[];
  readonly etcd: EtcdServer;
  readonly workDir: string;
  readonly ownsWorkDir: boolean;
  readonly kubeconfigPath: string;
  readonly k8sVersion: string;
}

function createHandle(parts: HandleParts): ControlPlane {
  const { clusters, etcd, workDir, kubeconfigPath, k8sVersion } = parts;
  let stopping: Promise<void> | undefined;
  return {
    clusters,
    kubeconfigPath,
    etcdUrl: etcd.url,
    workDir,
    k8sVersion,
    cluster(name: string): ControlPlaneCluster {
      const found = clusters.find((c) => c.name === name);
      if (found === undefined) throw new Error(`no cluster '${name}' in this control plane`);
      return found;
    },
    state(): ControlPlaneState {
      return {
        k8sVersion,
        kubeconfigPath,
        etcdUrl: etcd.url,
        workDir,
        clusters: clusters.map((c) => c.info()),
      };
    },
    stop(): Promise<void> {
      stopping ??= (async () => {
        await Promise.all(clusters.map((cluster) => cluster.stop()));
        await etcd.process.stop();
        if (parts.ownsWorkDir) rmSync(workDir, { recursive: true, force: true });
      })();
      return stopping;
    },
  };
}
