import {
  Inject,
  Injectable,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import {
  kindKey,
  type KindRef,
  type MeshAdapter,
  type MeshDiscovery,
} from '@meshwork/adapters-core';
import { ClusterErrorCode, type ClusterError, type Mesh } from '@meshwork/model';
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
import { ClusterConnection } from '../fleet/cluster-connection';
import { emptyClusterDiscovery } from './cluster-discovery';
import { FleetState } from './fleet-state.service';
import { mergeDiscoveries } from './merge-discoveries';
import { MESH_ADAPTERS } from './mesh-adapters.token';

/**
 * Runs discovery: once a cluster answers, opens its ClusterConnection (the kinds every adapter needs);
 * whenever that cluster's objects change, runs every adapter over its snapshot and replaces that
 * cluster's part of the FleetState. Clusters never wait for one another.
 */
@Injectable()
export class DiscoveryService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly connections = new Map<string, ClusterConnection>();
  /** Clusters whose discovery reached the fleet model after their first full list. */
  private readonly discovered = new Set<string>();
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
      () => this.rediscover(connection),
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

  private rediscover(connection: ClusterConnection): void {
    const snapshot = connection.snapshot();
    const meshes: Mesh[] = [];
    const parts: MeshDiscovery[] = [];
    const errors: ClusterError[] = [...connection.errors()];
    for (const adapter of this.adapters) {
      try {
        for (const mesh of adapter.detect(snapshot)) {
          meshes.push(mesh);
          parts.push(adapter.discover(snapshot, mesh));
        }
      } catch (error) {
        this.logger.error(
          { cluster: connection.cluster, adapter: adapter.id, err: (error as Error).stack },
          'adapter failed',
        );
        errors.push({
          cluster: connection.cluster,
          code: ClusterErrorCode.ADAPTER_FAILED,
          message: `${adapter.id} adapter failed: ${(error as Error).message}`,
        });
      }
    }
    const discovery =
      meshes.length || errors.length
        ? mergeDiscoveries(connection.cluster, meshes, parts, errors)
        : emptyClusterDiscovery(connection.cluster);
    discovery.lastSyncedAt = connection.lastSyncedAt;
    this.fleet.replace(discovery);
    if (connection.synced) this.discovered.add(connection.cluster);
  }
}
