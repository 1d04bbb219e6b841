import {
  Inject,
  Injectable,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { Logger } from 'pino';
import { Subject } from 'rxjs';
import { MESHWORK_CONFIG } from '../config/config.tokens';
import type { MeshworkConfig } from '../config/meshwork-config';
import { forCluster } from '../logging/logger';
import { LOGGER } from '../logging/logging.tokens';
import type { ClusterStatus } from './cluster-status';
import type { ClusterTarget } from './cluster-target';
import { CLUSTER_TARGETS } from './clusters.tokens';
import { KubeProbe } from './kube-probe';
import { Reachability } from './reachability';

const FIRST_RETRY_MS = 1_000;

/**
 * Keeps the reachability of every configured cluster current. Each cluster is probed on its own
 * schedule, so a slow or dead cluster never delays the others: a failing one is retried with
 * exponential backoff (1 s doubling up to clusterRetryMs), a healthy one re-checked every clusterRetryMs.
 */
@Injectable()
export class ClusterRegistry implements OnApplicationBootstrap, OnApplicationShutdown {
  readonly changes = new Subject<ClusterStatus>();
  private readonly statuses = new Map<string, ClusterStatus>();
  private readonly tried = new Set<string>();
  private readonly failures = new Map<string, number>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly inFlight = new Set<string>();
  private stopped = false;

  constructor(
    @Inject(CLUSTER_TARGETS) private readonly targets: ClusterTarget[],
    @Inject(MESHWORK_CONFIG) private readonly config: MeshworkConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly probe: KubeProbe,
  ) {
    for (const target of targets) {
      this.statuses.set(target.name, {
        name: target.name,
        context: target.context,
        source: target.source,
        server: target.server,
        reachability: Reachability.PENDING,
        error: target.configError,
      });
    }
  }

  onApplicationBootstrap(): void {
    for (const target of this.targets) void this.check(target);
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.changes.complete();
  }

  list(): ClusterStatus[] {
    return [...this.statuses.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  get(name: string): ClusterStatus | undefined {
    return this.statuses.get(name);
  }

  /** Ready once every configured cluster was tried at least once, whatever the answer. */
  readiness(): { ready: boolean; tried: number; total: number } {
    return {
      ready: this.tried.size === this.statuses.size,
      tried: this.tried.size,
      total: this.statuses.size,
    };
  }

  /**
   * Probe a cluster now instead of at its next scheduled check (a watch on it just failed), so an
   * outage is reported within one probe timeout rather than one retry interval.
   */
  checkNow(name: string): void {
    const target = this.targets.find((t) => t.name === name);
    if (!target || this.stopped || this.inFlight.has(name)) return;
    clearTimeout(this.timers.get(name));
    void this.check(target);
  }

  private async check(target: ClusterTarget): Promise<void> {
    this.inFlight.add(target.name);
    try {
      await this.checkOnce(target);
    } finally {
      this.inFlight.delete(target.name);
    }
  }

  private async checkOnce(target: ClusterTarget): Promise<void> {
    const log = forCluster(this.logger, target.name);
    const previous = this.statuses.get(target.name);
    const result = await this.probe.probe(target, this.config.clusterTimeoutMs);
    if (this.stopped || !previous) return;
    const now = new Date();
    const next: ClusterStatus = {
      ...previous,
      reachability: result.reachability,
      kubernetesVersion: result.kubernetesVersion ?? previous.kubernetesVersion,
      lastCheckedAt: now,
      lastSeenAt: result.reachability === Reachability.UNREACHABLE ? previous.lastSeenAt : now,
      error: result.error,
    };
    this.statuses.set(target.name, next);
    this.tried.add(target.name);
    if (previous.reachability !== next.reachability || previous.error !== next.error) {
      const fields = {
        reachability: next.reachability,
        kubernetesVersion: next.kubernetesVersion,
        error: next.error,
      };
      if (next.reachability === Reachability.REACHABLE) log.info(fields, 'cluster reachable');
      else log.warn(fields, 'cluster not reachable');
    }
    this.changes.next(next);
    this.schedule(target, next.reachability === Reachability.REACHABLE);
  }

  private schedule(target: ClusterTarget, healthy: boolean): void {
    if (this.stopped || !target.kubeConfig) return;
    const failures = healthy ? 0 : (this.failures.get(target.name) ?? 0) + 1;
    this.failures.set(target.name, failures);
    const base = healthy
      ? this.config.clusterRetryMs
      : Math.min(FIRST_RETRY_MS * 2 ** (failures - 1), this.config.clusterRetryMs);
    const jittered = base * (0.9 + Math.random() * 0.2);
    const timer = setTimeout(() => void this.check(target), jittered);
    timer.unref();
    this.timers.set(target.name, timer);
  }
}
