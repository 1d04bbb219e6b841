import {
  Inject,
  Injectable,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { kindKey, type KindRef, type MeshAdapter } from '@meshwork/adapters-core';
import type { Logger } from 'pino';
import type { Subscription } from 'rxjs';
import { ClusterRegistry } from '../clusters/cluster-registry.service';
import type { ClusterStatus } from '../clusters/cluster-status';
import type { ClusterTarget } from '../clusters/cluster-target';
import { CLUSTER_TARGETS } from '../clusters/clusters.tokens';
import { Reachability } from '../clusters/reachability';
import { MESHWORK_CONFIG } from '../config/config.tokens';
import type { MeshworkConfig } from '../config/meshwork-config';
import { LOGGER } from '../logging/logging.tokens';
import { ClusterConnection, type ClusterChange } from '../fleet/cluster-connection';
import type { ClusterDiscovery } from './cluster-discovery';
import { discoverCluster } from './discover-cluster';
import { FleetState } from './fleet-state.service';
import { NAMESPACE_SCOPABLE_KINDS, rediscoverNamespaces } from './rediscover-namespaces';
import { MESH_ADAPTERS } from './mesh-adapters.token';

/** Quiet time after namespace-scoped updates before the whole cluster is checked once more. */
const RECONCILE_QUIET_MS = 10_000;
/** Longest a cluster under constant change goes without a whole-cluster discovery. */
const RECONCILE_MAX_MS = 60_000;

/**
 * Runs discovery: once a cluster answers, opens its ClusterConnection (the kinds every adapter needs);
 * whenever that cluster's objects change, runs every adapter over its snapshot and replaces that
 * cluster's part of the FleetState. Clusters never wait for one another.
 *
 * A change confined to pods, controllers and Services of ordinary namespaces is rediscovered for those
 * namespaces only (see rediscoverNamespaces), so its cost follows the change, not the cluster; a
 * whole-cluster discovery follows once the cluster is quiet, as a check that logs any difference.
 */
@Injectable()
export class DiscoveryService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly connections = new Map<string, ClusterConnection>();
  /** Clusters whose discovery reached the fleet model after their first full list. */
  private readonly discovered = new Set<string>();
  /** Pending whole-cluster checks after namespace-scoped updates, by cluster. */
  private readonly reconciles = new Map<string, { timer: NodeJS.Timeout; since: number }>();
  private readonly wantedKinds: KindRef[];
  private subscription: Subscription | undefined;

  constructor(
    @Inject(MESH_ADAPTERS) private readonly adapters: MeshAdapter[],
    @Inject(CLUSTER_TARGETS) private readonly targets: ClusterTarget[],
    @Inject(MESHWORK_CONFIG) private readonly config: MeshworkConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly registry: ClusterRegistry,
    private readonly fleet: FleetState,
  ) {
    const ids = adapters.map((a) => a.id);
    const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
    if (duplicate) throw new Error(`two mesh adapters share the id "${duplicate}"`);
    const byKey = new Map<string, KindRef>();
    for (const kind of adapters.flatMap((a) => a.watchedKinds)) {
      const key = `${kindKey(kind)}@${kind.version}`;
      const known = byKey.get(key);
      // A kind one adapter requires stays required even if another marks it optional.
      if (!known || (known.optional && !kind.optional)) byKey.set(key, kind);
    }
    this.wantedKinds = [...byKey.values()];
  }

  onApplicationBootstrap(): void {
    this.subscription = this.registry.changes.subscribe((status) => this.onClusterStatus(status));
  }

  onApplicationShutdown(): void {
    this.subscription?.unsubscribe();
    for (const connection of this.connections.values()) connection.stop();
    for (const { timer } of this.reconciles.values()) clearTimeout(timer);
    this.reconciles.clear();
  }

  connection(cluster: string): ClusterConnection | undefined {
    return this.connections.get(cluster);
  }

  /**
   * True once the cluster's first full list of every kind is done and the meshes found in it are in
   * the fleet model (so a client that waits for this sees the cluster's whole discovery).
   */
  isSynced(cluster: string): boolean {
    return (this.connections.get(cluster)?.synced ?? false) && this.discovered.has(cluster);
  }

  /** Clusters for which `isSynced` holds. */
  syncedClusters(): number {
    return [...this.connections.keys()].filter((name) => this.isSynced(name)).length;
  }

  private onClusterStatus(status: ClusterStatus): void {
    const existing = this.connections.get(status.name);
    if (status.reachability !== Reachability.REACHABLE) return;
    if (existing) {
      existing.reconnect();
      return;
    }
    const target = this.targets.find((t) => t.name === status.name);
    if (!target?.kubeConfig) return;
    const connection = new ClusterConnection(
      target.name,
      target.kubeConfig,
      this.wantedKinds,
      {
        timeoutMs: this.config.clusterTimeoutMs,
        watchSeconds: this.config.clusterWatchSeconds,
        maxBackoffMs: this.config.clusterRetryMs,
        secretNamespaces: this.config.secretNamespaces,
        onWatchError: () => this.registry.checkNow(target.name),
      },
      this.logger,
      (change) => this.rediscover(connection, change),
    );
    this.connections.set(target.name, connection);
    connection.start().catch((error: Error) => {
      this.logger.warn(
        { cluster: target.name, err: error.message },
        'could not start watching the cluster; will retry',
      );
      this.connections.delete(target.name);
      this.discovered.delete(target.name);
      connection.stop();
      this.registry.checkNow(target.name);
    });
  }

  private rediscover(connection: ClusterConnection, change?: ClusterChange): void {
    const snapshot = connection.snapshot();
    const errors = connection.errors();
    const previous = this.fleet.cluster(connection.cluster);
    let discovery: ClusterDiscovery | undefined;
    if (previous && this.discovered.has(connection.cluster) && isNamespaceScoped(change)) {
      discovery = rediscoverNamespaces(
        this.adapters,
        snapshot,
        previous,
        change.namespaces,
        errors,
      );
      if (discovery) this.scheduleReconcile(connection);
    }
    discovery ??= discoverCluster(this.adapters, snapshot, errors, (adapter, error) =>
      this.logger.error(
        { cluster: connection.cluster, adapter: adapter.id, err: error.stack },
        'adapter failed',
      ),
    );
    discovery.lastSyncedAt = connection.lastSyncedAt;
    const applied = this.fleet.replace(discovery);
    if (connection.synced) this.discovered.add(connection.cluster);
    // Changes still in their debounce window show up here too, so this is a hint, not an alarm.
    if (!change && applied.changedIds.length > 0)
      this.logger.info(
        { cluster: connection.cluster, changedIds: applied.changedIds.slice(0, 20) },
        'whole-cluster check after namespace-scoped updates changed entities',
      );
  }

  /** A whole-cluster discovery once the cluster has been quiet for a while (or at the latest 60 s). */
  private scheduleReconcile(connection: ClusterConnection): void {
    const pending = this.reconciles.get(connection.cluster);
    const since = pending?.since ?? Date.now();
    if (pending) clearTimeout(pending.timer);
    const delay = Math.min(RECONCILE_QUIET_MS, Math.max(0, since + RECONCILE_MAX_MS - Date.now()));
    const timer = setTimeout(() => {
      this.reconciles.delete(connection.cluster);
      if (this.connections.get(connection.cluster) === connection) this.rediscover(connection);
    }, delay);
    timer.unref();
    this.reconciles.set(connection.cluster, { timer, since });
  }
}

function isNamespaceScoped(
  change: ClusterChange | undefined,
): change is ClusterChange & { namespaces: ReadonlySet<string> } {
  return (
    change?.namespaces !== undefined &&
    change.namespaces.size > 0 &&
    [...change.kinds].every((kind) => NAMESPACE_SCOPABLE_KINDS.has(kind))
  );
}
