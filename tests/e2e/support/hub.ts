import { startHubProcess, type StartHubOptions } from '../../support/hub-process';

/** The hub on its demo fleet (or on `kubeconfigPath`), for browser tests. */
export async function startHub(
  opts: StartHubOptions = {},
): Promise<{ url: string; stop(): Promise<void> }> {
  const hub = await startHubProcess(opts);
  return { url: hub.url, stop: hub.stop };
}
