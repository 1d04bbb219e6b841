import { apiErrors } from '../api/api-errors';
import { crdResourceType } from '../api/crd-resource-type';
import { groupResourceOf, type ResourceType } from '../api/resource-type';
import { type ResourceRegistry } from '../api/resource-registry';
import { type KubeObject } from '../kube-object';
import { mergePatch } from '../patch/merge-patch';
import { type ObjectStrategy } from '../registry/object-strategy';
import { type WatchHub } from '../watch/watch-hub';
import { EventHistory } from './event-history';
import { ResourceBucket } from './resource-bucket';
import { StoreEvent } from './store-event';
import { objectKey, StoredObject } from './stored-object';

const CRD_KEY = 'apiextensions.k8s.io/customresourcedefinitions';
const NAMESPACE_KEY = '/namespaces';

/**
 * The objects of one virtual cluster, with one resourceVersion counter for all kinds (as etcd's revision)
 * and a bounded event history. Every write, through the API or the programmatic methods below, goes
 * through `commit`/`remove`, which emit the watch event.
 */
export class ObjectStore {
  private rv = 0;
  private readonly buckets = new Map<string, ResourceBucket>();
  readonly history: EventHistory;

  constructor(
    readonly registry: ResourceRegistry,
    readonly hub: WatchHub,
    readonly strategy: ObjectStrategy,
    historySize = 10_000,
  ) {
    this.history = new EventHistory(historySize);
  }

  /** The cluster's latest resourceVersion, as a list would report it. */
  get resourceVersion(): string {
    return String(this.rv);
  }

  get currentRv(): number {
    return this.rv;
  }

  // ---- programmatic API (scenarios, demo traffic, tests) ----

  /** Creates like an API create (metadata, defaults), keeps the status given, creates a missing namespace. */
  create(obj: KubeObject): KubeObject {
    const type = this.typeOf(obj);
    if (type.namespaced) this.ensureNamespace(obj.metadata.namespace ?? 'default');
    if (this.find(type, obj.metadata.namespace ?? 'default', obj.metadata.name)) {
      throw apiErrors.alreadyExists(groupResourceOf(type), obj.metadata.name);
    }
    const withNs = type.namespaced ? withNamespace(obj) : obj;
    return this.commit(type, this.strategy.prepareCreate(type, withNs, false)).object;
  }

  /** Replaces an object, status included; a resourceVersion in `obj` must match (409 otherwise). */
  update(obj: KubeObject): KubeObject {
    const type = this.typeOf(obj);
    const prev = this.find(type, obj.metadata.namespace ?? 'default', obj.metadata.name);
    if (!prev) throw apiErrors.notFound(groupResourceOf(type), obj.metadata.name);
    const rv = obj.metadata.resourceVersion;
    if (rv !== undefined && rv !== prev.object.metadata.resourceVersion) {
      throw apiErrors.staleUpdate(groupResourceOf(type), obj.metadata.name);
    }
    const next = this.strategy.prepareUpdate(
      type,
      prev.object,
      type.namespaced ? withNamespace(obj) : obj,
    );
    if (type.statusSubresource && obj.status !== undefined)
      next.status = structuredClone(obj.status);
    return this.commit(type, next, prev).object;
  }

  upsert(obj: KubeObject): KubeObject {
    const type = this.typeOf(obj);
    const exists =
      this.find(type, obj.metadata.namespace ?? 'default', obj.metadata.name) !== undefined;
    const { resourceVersion: _rv, ...metadata } = obj.metadata;
    return exists ? this.update({ ...obj, metadata }) : this.create(obj);
  }

  /** Applies a JSON merge patch (status included) to an existing object. */
  patch(
    apiVersion: string,
    kind: string,
    name: string,
    namespace: string | undefined,
    patch: object,
  ): KubeObject {
    const current = this.get(apiVersion, kind, name, namespace);
    if (!current)
      throw apiErrors.notFound(
        groupResourceOf(this.typeOf({ apiVersion, kind, metadata: { name } })),
        name,
      );
    return this.update(mergePatch(current, patch) as KubeObject);
  }

  delete(
    apiVersion: string,
    kind: string,
    name: string,
    namespace?: string,
  ): KubeObject | undefined {
    const type = this.typeOf({ apiVersion, kind, metadata: { name } });
    const prev = this.find(type, namespace, name);
    if (!prev) return undefined;
    if (type.storageKey === NAMESPACE_KEY) return this.finalizeNamespace(name);
    return this.remove(type, prev).object;
  }

  get(apiVersion: string, kind: string, name: string, namespace?: string): KubeObject | undefined {
    const type = this.typeOf({ apiVersion, kind, metadata: { name } });
    const found = this.find(type, namespace, name);
    return found?.clone();
  }

  list(apiVersion: string, kind: string, namespace?: string): KubeObject[] {
    const type = this.typeOf({ apiVersion, kind, metadata: { name: '' } });
    return [...this.bucket(type).values(namespace)].map((s) => s.clone());
  }

  /** Drops the whole event history: watches and continue tokens from before now get 410 Expired. */
  /**
   * Serializes every stored object and sorts every key index now rather than on the first list, as a
   * long-running API server's watch cache already has. Benchmarks call it so that a client's first
   * start-up is not measured against a simulator still encoding its objects.
   */
  warm(): void {
    for (const bucket of this.buckets.values()) {
      bucket.sortedKeys();
      for (const stored of bucket.values()) stored.bodyBytes();
    }
  }

  compact(): void {
    this.history.compact(this.rv);
  }

  // ---- internal API (request handlers) ----

  bucket(type: ResourceType): ResourceBucket {
    let bucket = this.buckets.get(type.storageKey);
    if (!bucket) {
      bucket = new ResourceBucket();
      this.buckets.set(type.storageKey, bucket);
    }
    return bucket;
  }

  find(type: ResourceType, namespace: string | undefined, name: string): StoredObject | undefined {
    return this.buckets
      .get(type.storageKey)
      ?.get(objectKey(type.namespaced ? namespace : undefined, name));
  }

  /** Stores `obj` (owned by the store from now on) as a new version; emits ADDED or MODIFIED. */
  commit(type: ResourceType, obj: KubeObject, prev?: StoredObject): StoredObject {
    this.rv += 1;
    obj.metadata.resourceVersion = String(this.rv);
    const stored = new StoredObject(
      obj,
      this.rv,
      objectKey(type.namespaced ? obj.metadata.namespace : undefined, obj.metadata.name),
    );
    this.bucket(type).put(stored);
    this.emit(new StoreEvent(prev ? 'MODIFIED' : 'ADDED', type.storageKey, stored, prev));
    if (type.storageKey === CRD_KEY) this.registry.register(crdResourceType(obj));
    return stored;
  }

  /** Deletes `prev`; the DELETED event carries the deletion's resourceVersion, as etcd's does. */
  remove(type: ResourceType, prev: StoredObject): StoredObject {
    if (type.storageKey === CRD_KEY) this.dropCustomResources(prev.object);
    this.rv += 1;
    const obj = {
      ...prev.object,
      metadata: { ...prev.object.metadata, resourceVersion: String(this.rv) },
    };
    const stored = new StoredObject(obj, this.rv, prev.key);
    this.bucket(type).remove(prev);
    this.emit(new StoreEvent('DELETED', type.storageKey, stored, prev));
    return stored;
  }

  /** What the namespace controller does: deletes everything in the namespace, then the namespace. */
  finalizeNamespace(name: string): KubeObject | undefined {
    for (const type of this.registry.all()) {
      if (!type.namespaced) continue;
      const bucket = this.buckets.get(type.storageKey);
      if (!bucket) continue;
      for (const stored of [...bucket.values(name)]) this.remove(type, stored);
    }
    const nsType = this.registry.get(NAMESPACE_KEY);
    const ns = nsType ? this.find(nsType, undefined, name) : undefined;
    return nsType && ns ? this.remove(nsType, ns).object : undefined;
  }

  private emit(event: StoreEvent): void {
    this.history.push(event);
    this.hub.publish(event);
  }

  private dropCustomResources(crd: KubeObject): void {
    const type = crdResourceType(crd);
    const bucket = this.buckets.get(type.storageKey);
    for (const stored of [...(bucket?.values() ?? [])]) this.remove(type, stored);
    this.hub.closeResource(type.storageKey);
    this.registry.unregister(type.storageKey);
    this.buckets.delete(type.storageKey);
  }

  private ensureNamespace(name: string): void {
    const nsType = this.registry.get(NAMESPACE_KEY);
    if (!nsType || this.find(nsType, undefined, name)) return;
    const ns: KubeObject = { apiVersion: 'v1', kind: 'Namespace', metadata: { name } };
    this.commit(nsType, this.strategy.prepareCreate(nsType, ns, true));
  }

  private typeOf(obj: Pick<KubeObject, 'apiVersion' | 'kind' | 'metadata'>): ResourceType {
    const type = this.registry.byKind(obj.apiVersion, obj.kind);
    if (!type) {
      throw apiErrors.badRequest(
        `no matches for kind "${obj.kind}" in version "${obj.apiVersion}"`,
      );
    }
    return type;
  }
}

function withNamespace(obj: KubeObject): KubeObject {
  return obj.metadata.namespace
    ? obj
    : { ...obj, metadata: { ...obj.metadata, namespace: 'default' } };
}
