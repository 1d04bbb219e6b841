import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Environment variable that holds the path of the state file the global set-up writes. */
export const CONTROL_PLANE_STATE_ENV = 'MESHWORK_CP_STATE';
/** Set to 1 to run the integration project without starting a control plane (its tests skip). */
export const SKIP_CONTROL_PLANE_ENV = 'MESHWORK_SKIP_CONTROL_PLANE';

/** The clusters the Jest global set-up starts for every integration and contract test. */
// The scenario fleet's five clusters, plus one the contract suite may scribble on (CRDs come and go there).
export const GLOBAL_CLUSTER_NAMES = [
  'east',
  'west',
  'north',
  'south',
  'central',
  'contract',
] as const;
export type GlobalClusterName = (typeof GLOBAL_CLUSTER_NAMES)[number];

/** Everything a test needs to reach one cluster; plain data, so it crosses from set-up to test workers. */
export interface ControlPlaneClusterInfo {
  readonly name: string;
  /** https://127.0.0.1:<port> */
  readonly server: string;
  /** Bearer token of a user in group system:masters. */
  readonly adminToken: string;
  /** Bearer token of user `meshwork-reader`: get/list/watch on everything, nothing else. */
  readonly readOnlyToken: string;
  /** The apiserver's self-signed serving certificate chain, to trust as CA. */
  readonly caPem: string;
  /** Kubeconfig with one context, named `<name>`, for the admin token. */
  readonly adminKubeconfigPath: string;
  /** Kubeconfig with one context, named `<name>-readonly`, for the read-only token. */
  readonly readOnlyKubeconfigPath: string;
}

export interface ControlPlaneState {
  /** gitVersion the apiservers report, e.g. v1.35.4. */
  readonly k8sVersion: string;
  /** Kubeconfig with contexts `<cluster>` (admin) and `<cluster>-readonly` for every cluster. */
  readonly kubeconfigPath: string;
  /** The shared etcd's client URL; each cluster keeps its keys under /<cluster>. */
  readonly etcdUrl: string;
  /** Where the logs are: etcd.log and <cluster>/kube-apiserver.log. */
  readonly workDir: string;
  readonly clusters: readonly ControlPlaneClusterInfo[];
}

export interface ControlPlaneStateView extends ControlPlaneState {
  /** The cluster with this name; throws when there is none. */
  cluster(name: string): ControlPlaneClusterInfo;
}

/** Whether the integration run was asked to go without a control plane. */
export function isControlPlaneSkipped(): boolean {
  return process.env[SKIP_CONTROL_PLANE_ENV] === '1';
}

export function writeControlPlaneState(path: string, state: ControlPlaneState): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  // Mode 0600: the file holds bearer tokens.
  writeFileSync(path, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
}

/**
 * The control plane the Jest global set-up started for this run (see tests/support/global-setup.ts).
 * Throws when there is none, e.g. under MESHWORK_SKIP_CONTROL_PLANE=1: guard the suite with
 * `describeWithControlPlane`.
 */
export function readControlPlaneState(): ControlPlaneStateView {
  const path = process.env[CONTROL_PLANE_STATE_ENV];
  if (path === undefined || path === '') {
    throw new Error(
      `${CONTROL_PLANE_STATE_ENV} is not set: run this test through Jest's integration project, ` +
        'whose global set-up starts the control plane',
    );
  }
  const state = JSON.parse(readFileSync(path, 'utf8')) as ControlPlaneState;
  return {
    ...state,
    cluster(name: string): ControlPlaneClusterInfo {
      const found = state.clusters.find((c) => c.name === name);
      if (found === undefined) {
        const known = state.clusters.map((c) => c.name).join(', ');
        throw new Error(`no cluster '${name}' in the control plane (clusters: ${known})`);
      }
      return found;
    },
  };
}
