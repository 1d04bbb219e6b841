import { CORE_KINDS } from '../kube/core-kinds';
import { type KindRef, kindKey, parseApiVersion } from '../kube/kind-ref';
import { type KubeObject } from '../kube/kube-object';
import { InMemorySnapshot } from './in-memory-snapshot';

/**
 * Builds an `InMemorySnapshot` for fixtures and tests. Objects are matched to kinds by apiVersion group
 * and kind; pass the adapter's `watchedKinds` so CRD objects resolve. Built-in kinds are always served;
 * a CRD kind is served once an object of it is added or it is named in `serve()`.
 *
 * YAML parsing stays with the caller (adapters use the `yaml` package) so this library has no parser.
 */
export class SnapshotBuilder {
  private readonly known = new Map<string, KindRef>();
  private readonly served = new Set<string>(CORE_KINDS.map(kindKey));
  private readonly withheld = new Set<string>();
  private readonly objects: { kindKey: string; object: KubeObject }[] = [];

  constructor(
    private readonly cluster: string,
    kinds: Iterable<KindRef> = [],
  ) {
    for (const kind of [...CORE_KINDS, ...kinds])
      this.known.set(`${kind.group}/${kind.kind}`, kind);
  }

  /** Adds objects; null/undefined entries (empty YAML documents) are skipped. */
  add(...objects: readonly (KubeObject | null | undefined)[]): this {
    for (const object of objects) {
      if (!object) continue;
      this.objects.push({ kindKey: kindKey(this.kindOf(object)), object });
    }
    return this;
  }

  /** Marks kinds as served even with no objects (an installed CRD with no instances). */
  serve(...kinds: readonly KindRef[]): this {
    for (const kind of kinds) this.served.add(kindKey(kind));
    return this;
  }

  /** Marks kinds as not served, e.g. to test a cluster without some CRD or with RBAC denied. */
  withhold(...kinds: readonly KindRef[]): this {
    for (const kind of kinds) this.withheld.add(kindKey(kind));
    return this;
  }

  build(): InMemorySnapshot {
    return new InMemorySnapshot(
      this.cluster,
      [...this.served].filter((key) => !this.withheld.has(key)),
      this.objects.filter((o) => !this.withheld.has(o.kindKey)),
    );
  }

  private kindOf(object: KubeObject): KindRef {
    if (!object.apiVersion || !object.kind) {
      throw new Error(`object ${object.metadata?.name ?? '?'} has no apiVersion/kind`);
    }
    const { group } = parseApiVersion(object.apiVersion);
    const kind = this.known.get(`${group}/${object.kind}`);
    if (!kind) {
      throw new Error(
        `unknown kind ${object.kind} (${object.apiVersion}); pass its KindRef to SnapshotBuilder`,
      );
    }
    return kind;
  }
}
