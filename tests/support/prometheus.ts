import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFreePorts } from './free-port';
import { ManagedProcess } from './managed-process';

/** Debian's package (`apt-get install prometheus`) puts it here; .ci/run installs it. */
export const PROMETHEUS_BINARY = '/usr/bin/prometheus';

export function prometheusInstalled(): boolean {
  return existsSync(PROMETHEUS_BINARY);
}

export interface ScrapeTarget {
  job: string;
  /** `host:port`. */
  target: string;
  metricsPath: string;
  /** Target labels attached to every series (e.g. `cluster`). */
  labels?: Record<string, string>;
}

/**
 * A real Prometheus on 127.0.0.1 (free port), with a temporary TSDB and a generated scrape config,
 * `--web.enable-lifecycle` on. `start` resolves once `/-/ready` answers; `stop` ends it and removes
 * its files.
 */
export class PrometheusServer {
  private constructor(
    private readonly process: ManagedProcess,
    private readonly dir: string,
    readonly url: string,
  ) {}

  static async start(
    targets: readonly ScrapeTarget[],
    options: { scrapeIntervalSeconds?: number; readyTimeoutMs?: number } = {},
  ): Promise<PrometheusServer> {
    const interval = `${options.scrapeIntervalSeconds ?? 1}s`;
    const dir = mkdtempSync(join(tmpdir(), 'meshwork-prometheus-'));
    const config = join(dir, 'prometheus.yml');
    writeFileSync(config, scrapeConfig(targets, interval));
    const [port] = await findFreePorts(1);
    const process = new ManagedProcess({
      name: 'prometheus',
      command: PROMETHEUS_BINARY,
      args: [
        `--config.file=${config}`,
        `--storage.tsdb.path=${join(dir, 'data')}`,
        `--web.listen-address=127.0.0.1:${port}`,
        '--web.enable-lifecycle',
        '--log.level=warn',
      ],
      logPath: join(dir, 'prometheus.log'),
    });
    process.resetLog();
    process.start();
    const server = new PrometheusServer(process, dir, `http://127.0.0.1:${port}`);
    await server.waitUntilReady(options.readyTimeoutMs ?? 30_000);
    return server;
  }

  get running(): boolean {
    return this.process.isRunning;
  }

  async stop(): Promise<void> {
    await this.process.stop();
  }

  /** Stops it (if running) and deletes the TSDB and config. */
  async dispose(): Promise<void> {
    await this.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** How many samples of `metric` Prometheus holds now, to wait for enough history. */
  async seriesCount(expr: string): Promise<number> {
    const response = await fetch(`${this.url}/api/v1/query?query=${encodeURIComponent(expr)}`, {
      signal: AbortSignal.timeout(5_000),
    });
    const body = (await response.json()) as { data?: { result?: unknown[] } };
    return body.data?.result?.length ?? 0;
  }

  private async waitUntilReady(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (!this.process.isRunning)
        throw new Error(
          `prometheus ${this.process.exitReason ?? 'exited'}:\n${this.process.logTail()}`,
        );
      try {
        const response = await fetch(`${this.url}/-/ready`, { signal: AbortSignal.timeout(1_000) });
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    await this.process.stop();
    throw new Error(`prometheus not ready after ${timeoutMs} ms:\n${this.process.logTail()}`);
  }
}

function scrapeConfig(targets: readonly ScrapeTarget[], interval: string): string {
  const jobs = targets.map((t) =>
    [
      `  - job_name: ${JSON.stringify(t.job)}`,
      `    metrics_path: ${JSON.stringify(t.metricsPath)}`,
      `    static_configs:`,
      `      - targets: [${JSON.stringify(t.target)}]`,
      `        labels: ${JSON.stringify(t.labels ?? {})}`,
    ].join('\n'),
  );
  return [
    'global:',
    `  scrape_interval: ${interval}`,
    `  evaluation_interval: ${interval}`,
    'scrape_configs:',
    ...jobs,
    '',
  ].join('\n');
}
