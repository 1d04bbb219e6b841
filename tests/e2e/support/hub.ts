import { startHubProcess, type StartHubOptions } from '../../support/hub-process';

export interface Hub {
  url: string;
  stop(): Promise<void>;
}

/** The hub on its demo fleet (or on `kubeconfigPath`), for browser tests. */
export async function startHub(opts: StartHubOptions = {}): Promise<Hub> {
  const hub = await startHubProcess(opts);
  return { url: hub.url, stop: hub.stop };
}
