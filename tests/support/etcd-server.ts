import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ManagedProcess } from './managed-process';
import { waitUntilOk } from './wait-for-apiserver';

export interface EtcdServer {
  /** Client URL, e.g. http://127.0.0.1:40123 */
  readonly url: string;
  readonly process: ManagedProcess;
}

export interface StartEtcdOptions {
  readonly binDir: string;
  /** Holds the data dir and etcd.log. */
  readonly dir: string;
  readonly clientPort: number;
  readonly peerPort: number;
  readonly readyTimeoutMs: number;
}

/**
 * One single-member etcd on 127.0.0.1 that every apiserver of a control plane shares, each under its own
 * key prefix. `--unsafe-no-fsync` because test data need not survive a power cut, and fsync on a busy CI
 * disk is the slowest part of every write.
 */
export async function startEtcd(options: StartEtcdOptions): Promise<EtcdServer> {
  const dataDir = join(options.dir, 'etcd-data');
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const url = `http://127.0.0.1:${options.clientPort}`;
  const peerUrl = `http://127.0.0.1:${options.peerPort}`;
  const etcd = new ManagedProcess({
    name: 'etcd',
    command: join(options.binDir, 'etcd'),
    args: [
      '--name=meshwork-test',
      `--data-dir=${dataDir}`,
      `--listen-client-urls=${url}`,
      `--advertise-client-urls=${url}`,
      `--listen-peer-urls=${peerUrl}`,
      `--initial-advertise-peer-urls=${peerUrl}`,
      `--initial-cluster=meshwork-test=${peerUrl}`,
      '--unsafe-no-fsync',
      '--log-level=warn',
    ],
    logPath: join(options.dir, 'etcd.log'),
  });
  etcd.resetLog();
  etcd.start();
  try {
    await waitUntilOk(
      { url: `${url}/health` },
      { timeoutMs: options.readyTimeoutMs, abortReason: () => etcd.exitReason },
    );
  } catch (error) {
    await etcd.stop();
    throw new Error(`etcd did not become healthy; log tail (${etcd.logPath}):\n${etcd.logTail()}`, {
      cause: error,
    });
  }
  return { url, process: etcd };
}
