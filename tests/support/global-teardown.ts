import { rmSync } from 'node:fs';

/** Jest global teardown of the integration project: stops what global-setup.ts started. */
export default async function globalTeardown(): Promise<void> {
  const controlPlane = globalThis.__MESHWORK_CONTROL_PLANE__;
  if (controlPlane === undefined) return;
  globalThis.__MESHWORK_CONTROL_PLANE__ = undefined;
  await controlPlane.stop();
  // global-setup.ts chose this folder, so the control plane does not remove it on its own. Keep it (logs,
  // etcd data) when asked to, e.g. to read an apiserver log after a failed run.
  if (process.env['MESHWORK_KEEP_CP_WORKDIR'] !== '1') {
    rmSync(controlPlane.workDir, { recursive: true, force: true });
  }
}
