import type { KubeConfig } from '@kubernetes/client-node';
import {
  kindKey,
  type ClusterSnapshot,
  type KindRef,
  type KubeObject,
} from '@meshwork/adapters-core';
import { ClusterErrorCode, type ClusterError } from '@meshwork/model';
import type { Logger } from 'pino';
import { reviewAccess } from './access-review';
import { KubeListWatch } from './kube-list-watch';
import { LiveSnapshot } from './live-snapshot';
import { ObjectCache } from './object-cache';
import { sanitizeSecret } from './secret-sanitizer';
import { PodPartSharing } from './share-pod-parts';
import { trimObject } from './trim-object';
import { findServedKinds } from './served-kinds';

const CRDS: KindRef = {
  group: 'apiextensions.k8s.io',
  version: 'v1',
  resource: 'customresourcedefinitions',
  kind: 'CustomResourceDefinition',
  namespaced: false,
};

export interface ClusterConnectionOptions {
  timeoutMs: number;
  /** Watch Secrets only in these namespaces (where RBAC grants them); empty: cluster-wide. */
  secretNamespaces?: readonly string[];
  /** Longest wait between retries of a failing list or watch. */
  maxBackoffMs?: number;
  /** Length of one watch request; jittered by up to 20% so watches do not reconnect in lockstep. */
  watchSeconds?: number;
  /** Quiet time before a burst of watch events becomes one change notification. */
  debounceMs?: number;
  /** Longest a change waits while events keep arriving. */
  maxDelayMs?: number;
  /** A list or watch failed for a reason other than permissions (the cluster may be gone). */
  onWatchError?: () => void;
}

/** What changed in a cluster since the last notification. */
export interface ClusterChange {
  /** Keys (kindKey) of the kinds with changed objects. */
  kinds: ReadonlySet<string>;
  /**
   * Namespaces of every changed object, when all of them were single namespaced objects added,
   * updated or deleted; undefined when anything may have changed (a re-list, a lost kind, a
   * cluster-scoped object).
   */
  namespaces?: ReadonlySet<string>;
}

/**
 * Everything the hub reads from one cluster: which of the wanted kinds it serves, which we may read
 * (access review), and one list-watch per readable kind feeding an in-memory cache. A CRD installed
 * later is picked up through a watch on CustomResourceDefinitions. `onChange` fires, debounced, with
 * the kinds (and, where known, the namespaces) that changed.
 */
export class ClusterConnection {
  private readonly caches = new Map<string, ObjectCache>();
  private readonly watches = new Map<string, KubeListWatch>();
  /** Kinds with their list-watch(es) started (keys of `wanted`, by kindKey). */
  private readonly watchedKinds = new Set<string>();
  private readonly kindErrors = new Map<string, ClusterError>();
  private readonly pendingSync = new Set<string>();
  private readonly changedKinds = new Set<string>();
  /** Namespaces touched since the last notification; undefined once anything may have changed. */
  private changedNamespaces: Set<string> | undefined = new Set();
  private debounce: NodeJS.Timeout | undefined;
  private firstPendingAt: number | undefined;
  private crdWatch: KubeListWatch | undefined;
  private rescan: NodeJS.Timeout | undefined;
  private started = false;
  private stopped = false;
  lastSyncedAt: Date | undefined;

  constructor(
    readonly cluster: string,
    private readonly kubeConfig: KubeConfig,
    private readonly wanted: readonly KindRef[],
    private readonly options: ClusterConnectionOptions,
    private readonly logger: Logger,
    private readonly onChange: (change: ClusterChange) => void,
  ) {}

  /** Discovers and starts watching; safe to call again after a failure (it resumes where it stopped). */
  async start(): Promise<void> {
    if (this.started || this.stopped) return;
    await this.watchReadableKinds();
    this.started = true;
    // A cluster with nothing to watch is still discovered (as empty) once.
    if (this.pendingSync.size === 0) this.changed('');
    this.crdWatch = new KubeListWatch(
      this.kubeConfig,
      CRDS,
      {
        onReset: () => this.scheduleRescan(),
        onUpsert: () => this.scheduleRescan(),
        onDelete: () => this.scheduleRescan(),
        onError: () => undefined,
      },
      { timeoutMs: this.options.timeoutMs },
    );
    this.crdWatch.start();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.debounce);
    clearTimeout(this.rescan);
    this.crdWatch?.stop();
    for (const watch of this.watches.values()) watch.stop();
  }

  /** Reopen every watch now, e.g. after the cluster answered again. */
  reconnect(): void {
    this.crdWatch?.reconnect();
    for (const watch of this.watches.values()) watch.reconnect();
  }

  snapshot(): ClusterSnapshot {
    return new LiveSnapshot(this.cluster, this.caches);
  }

  /** True once every watched kind completed its first list. */
  get synced(): boolean {
    return this.started && this.pendingSync.size === 0;
  }

  errors(): ClusterError[] {
    return [...this.kindErrors.values()];
  }

  objectCount(): number {
    let total = 0;
    for (const cache of this.caches.values()) total += cache.size;
    return total;
  }

  private async watchReadableKinds(): Promise<void> {
    const candidates = this.wanted.filter((kind) => !this.watchedKinds.has(kindKey(kind)));
    if (candidates.length === 0) return;
    const served = await findServedKinds(this.kubeConfig, candidates, this.options.timeoutMs);
    // Several versions of one resource may be wanted; watch the first one served.
    const chosen = new Map<string, KindRef>();
    for (const kind of candidates) {
      const key = kindKey(kind);
      if (served.has(kind) && !chosen.has(key)) chosen.set(key, kind);
    }
    for (const kind of candidates) {
      const key = kindKey(kind);
      if (chosen.has(key) || kind.optional) continue;
      this.kindErrors.set(key, {
        cluster: this.cluster,
        code: ClusterErrorCode.KIND_NOT_SERVED,
        message: `${key} (${kind.version}) is not served by this cluster`,
        group: kind.group,
        resource: kind.resource,
      });
    }
    // Kinds watched namespace by namespace report a refusal per namespace when their list fails.
    const clusterWide = [...chosen.values()].filter((kind) => !this.scopedNamespaces(kind));
    const denials = await reviewAccess(this.kubeConfig, clusterWide, this.options.timeoutMs);
    for (const denial of denials) {
      const key = kindKey(denial.kind);
      chosen.delete(key);
      this.kindErrors.set(key, forbidden(this.cluster, denial.verb, denial.kind, denial.reason));
    }
    for (const [key, kind] of chosen) this.watchKind(key, kind);
  }

  /** Namespaces to watch a kind in, one watch each; undefined: the whole cluster. */
  private scopedNamespaces(kind: KindRef): readonly string[] | undefined {
    const isSecret = kind.kind === 'Secret' && kind.group === '';
    return isSecret && this.options.secretNamespaces?.length
      ? this.options.secretNamespaces
      : undefined;
  }

  private watchKind(key: string, kind: KindRef): void {
    const cache = new ObjectCache();
    const clean = cleaner(kind);
    this.watchedKinds.add(key);
    for (const namespace of this.scopedNamespaces(kind) ?? [undefined]) {
      const watchKey = namespace === undefined ? key : `${key}@${namespace}`;
      this.pendingSync.add(watchKey);
      const watch = new KubeListWatch(
        this.kubeConfig,
        kind,
        {
          onReset: (objects) => {
            if (namespace === undefined) cache.reset(objects);
            else cache.resetNamespace(namespace, objects);
            if (!this.caches.has(key)) this.caches.set(key, cache);
            this.pendingSync.delete(watchKey);
            this.kindErrors.delete(watchKey);
            this.changed(key);
          },
          onUpsert: (object) => {
            cache.upsert(object);
            this.changed(key, object.metadata.namespace);
          },
          onDelete: (object) => {
            cache.delete(object);
            this.changed(key, object.metadata.namespace);
          },
          onError: (error, status) => this.watchFailed(key, kind, error, status, namespace),
        },
        {
          timeoutMs: this.options.timeoutMs,
          watchSeconds: this.watchSeconds(),
          maxBackoffMs: this.options.maxBackoffMs,
          namespace,
          transform: clean,
        },
      );
      this.watches.set(watchKey, watch);
      watch.start();
    }
  }

  private watchSeconds(): number | undefined {
    const base = this.options.watchSeconds;
    return base === undefined
      ? undefined
      : Math.max(1, Math.round(base * (0.8 + Math.random() * 0.2)));
  }

  private watchFailed(
    key: string,
    kind: KindRef,
    error: Error,
    status?: number,
    namespace?: string,
  ): void {
    if (status === 403 && namespace !== undefined) {
      // Only this namespace is closed to us; the kind's other namespaces stay.
      this.kindErrors.set(
        `${key}@${namespace}`,
        forbidden(this.cluster, 'list', kind, error.message, namespace),
      );
      this.caches.get(key)?.resetNamespace(namespace, []);
      this.pendingSync.delete(`${key}@${namespace}`);
      this.changed(key);
    } else if (status === 403) {
      this.kindErrors.set(key, forbidden(this.cluster, 'list', kind, error.message));
      // A kind closed to us does not hold the cluster's first sync back (the access review may have
      // let it through: a review that cannot be made counts as allowed); the retried list brings it
      // back when access returns. The data we had is no longer ours to show.
      const wasPending = this.pendingSync.delete(key);
      if (this.caches.delete(key) || wasPending) this.changed(key);
    } else if (status === 404 && kind.optional) {
      // The CRD went away: stop watching it; a CRD event brings it back when re-installed.
      this.watches.get(key)?.stop();
      this.watches.delete(key);
      this.watchedKinds.delete(key);
      this.pendingSync.delete(key);
      if (this.caches.delete(key)) this.changed(key);
    } else {
      this.logger.debug(
        { cluster: this.cluster, kind: key, status, err: error.message },
        'watch failed; retrying',
      );
      this.options.onWatchError?.();
    }
  }

  /** `namespace`: the one namespaced object that changed; absent when anything may have changed. */
  private changed(key: string, namespace?: string): void {
    this.changedKinds.add(key);
    if (namespace) this.changedNamespaces?.add(namespace);
    else this.changedNamespaces = undefined;
    this.firstPendingAt ??= Date.now();
    clearTimeout(this.debounce);
    const waited = Date.now() - this.firstPendingAt;
    const delay = Math.max(
      0,
      Math.min(this.options.debounceMs ?? 30, (this.options.maxDelayMs ?? 150) - waited),
    );
    this.debounce = setTimeout(() => {
      const change: ClusterChange = {
        kinds: new Set(this.changedKinds),
        namespaces: this.changedNamespaces,
      };
      this.changedKinds.clear();
      this.changedNamespaces = new Set();
      this.firstPendingAt = undefined;
      this.lastSyncedAt = new Date();
      // Until every kind has its first list, a partial snapshot would show half a mesh.
      if (this.pendingSync.size === 0) this.onChange(change);
      // The namespaces seen before the first full list are not all that changed.
      else this.changedNamespaces = undefined;
    }, delay);
  }

  private scheduleRescan(): void {
    clearTimeout(this.rescan);
    this.rescan = setTimeout(() => {
      this.watchReadableKinds().catch((error: Error) =>
        this.logger.warn(
          { cluster: this.cluster, err: error.message },
          'rescanning served kinds failed',
        ),
      );
    }, 200);
  }
}

function forbidden(
  cluster: string,
  verb: string,
  kind: KindRef,
  reason: string,
  namespace?: string,
): ClusterError {
  const resource = kind.group ? `${kind.resource}.${kind.group}` : kind.resource;
  const where = namespace ? ` in namespace ${namespace}` : '';
  return {
    cluster,
    code: ClusterErrorCode.FORBIDDEN,
    message: `not allowed to ${verb} ${resource}${where}${reason ? `: ${reason}` : ''}`,
    namespace,
    verb,
    group: kind.group,
    resource: kind.resource,
  };
}

/** What every object of a kind goes through before it is cached. */
function cleaner(kind: KindRef): (object: KubeObject) => KubeObject {
  if (kind.group !== '') return trimObject;
  if (kind.kind === 'Secret') return (object) => sanitizeSecret(trimObject(object));
  if (kind.kind === 'Pod') {
    const sharing = new PodPartSharing();
    return (object) => sharing.share(trimObject(object));
  }
  return trimObject;
}
