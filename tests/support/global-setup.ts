import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startControlPlane, type ControlPlane } from './control-plane';
import {
  CONTROL_PLANE_STATE_ENV,
  GLOBAL_CLUSTER_NAMES,
  isControlPlaneSkipped,
  SKIP_CONTROL_PLANE_ENV,
  writeControlPlaneState,
} from './control-plane-state';

// globalSetup and globalTeardown run in Jest's parent process and share `globalThis`; the test files
// run in workers and only see the state file.
declare global {
  var __MESHWORK_CONTROL_PLANE__: ControlPlane | undefined;
}

const mib = (bytes: number | undefined): string =>
  bytes === undefined ? '?' : `${Math.round(bytes / 1024 / 1024)} MiB`;

/** Jest global set-up of the integration project: one control plane for the whole run. */
export default async function globalSetup(): Promise<void> {
  if (isControlPlaneSkipped()) {
    process.stderr.write(`\n[control-plane] ${SKIP_CONTROL_PLANE_ENV}=1: not started\n`);
    return;
  }
  const started = Date.now();
  const workDir = join(tmpdir(), `meshwork-cp-${process.pid}`);
  mkdirSync(workDir, { recursive: true, mode: 0o700 });
  const controlPlane = await startControlPlane({ clusters: [...GLOBAL_CLUSTER_NAMES], workDir });
  globalThis.__MESHWORK_CONTROL_PLANE__ = controlPlane;

  const statePath = join(workDir, 'state.json');
  writeControlPlaneState(statePath, controlPlane.state());
  process.env[CONTROL_PLANE_STATE_ENV] = statePath;

  const perCluster = controlPlane.clusters
    .map((c) => `${c.name} ready in ${c.readyMs} ms, RSS ${mib(c.rssBytes())}`)
    .join('; ');
  process.stderr.write(
    `\n[control-plane] kube-apiserver ${controlPlane.k8sVersion} x${controlPlane.clusters.length} ` +
      `up in ${Date.now() - started} ms (${perCluster}); state ${statePath}\n`,
  );
}
