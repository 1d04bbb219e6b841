import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFreePorts } from './free-port';
import { ManagedProcess } from './managed-process';

const REPO = join(__dirname, '..', '..');

export interface HubProcess {
  url: string;
  process: ManagedProcess;
  stop(): Promise<void>;
}

export interface StartHubOptions {
  /** Real clusters (or fleet-sim) through a kubeconfig; without it the hub starts its demo fleet. */
  kubeconfigPath?: string;
  env?: Record<string, string>;
  readyTimeoutMs?: number;
  /**
   * A compiled hub's main.js (see buildApi) to run as `npm start` does; without it the hub runs from
   * its TypeScript sources through register-ts, as `npm run start:api` does.
   */
  compiledMain?: string;
}

/**
 * Starts the hub (the API on Node 22 serving the built web app) on a free port on 127.0.0.1, and waits
 * until /readyz says every cluster was tried once.
 */
export async function startHubProcess(options: StartHubOptions = {}): Promise<HubProcess> {
  const [port] = await findFreePorts(1);
  if (port === undefined) throw new Error('no free port');
  const workDir = mkdtempSync(join(tmpdir(), 'meshwork-hub-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    MESHWORK_HOST: '127.0.0.1',
    MESHWORK_LOG_LEVEL: 'warn',
    MESHWORK_DEMO: options.kubeconfigPath ? 'never' : 'always',
    ...(options.kubeconfigPath ? { MESHWORK_KUBECONFIG: options.kubeconfigPath } : {}),
    ...options.env,
  };
  const hub = new ManagedProcess({
    name: 'meshwork-hub',
    command: process.execPath,
    args: options.compiledMain
      ? [options.compiledMain]
      : [
          '--enable-source-maps',
          '-r',
          join(REPO, 'scripts', 'register-ts.cjs'),
          join(REPO, 'apps', 'api', 'src', 'main.ts'),
        ],
    logPath: join(workDir, 'hub.log'),
    env,
  });
  hub.start();
  const url = `http://127.0.0.1:${port}`;
  await waitForReady(url, hub, options.readyTimeoutMs ?? 60_000);
  return { url, process: hub, stop: () => hub.stop() };
}

async function waitForReady(url: string, hub: ManagedProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await hub.stop();
  throw new Error(
    `the hub was not ready within ${timeoutMs} ms; its log ends with:\n${hub.logTail()}`,
  );
}
