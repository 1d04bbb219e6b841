import { Injectable } from '@nestjs/common';
import { Subject } from 'rxjs';
import { jsonEqual } from '@meshwork/adapters-core';
import type { Certificate, Mesh, MeshLink, NativePolicy, Service, Workload } from '@meshwork/model';
import type { ClusterDiscovery } from './cluster-discovery';

export interface FleetChange {
  revision: number;
  clusters: string[];
  /** Ids of meshes, services, workloads, policies, links and certificates added, changed or removed. */
  changedIds: string[];
}

type Entity = { id: string };

/** Derived lists and indexes, rebuilt lazily after a change. */
interface FleetViews {
  meshes?: Mesh[];
  services?: Service[];
  workloads?: Workload[];
  policies?: NativePolicy[];
  links?: MeshLink[];
  certificates?: Certificate[];
  byId?: Map<string, Mesh | Service | Workload>;
  byLogicalKey?: Map<string, Service[]>;
}

/**
 * The model for the whole fleet: the latest ClusterDiscovery of every cluster, and a revision that
 * increases on every change. Replacing one cluster costs work proportional to that cluster, not the fleet.
 */
@Injectable()
export class FleetState {
  readonly changes = new Subject<FleetChange>();
  private revisionNumber = 0;
  private readonly clusters = new Map<string, ClusterDiscovery>();
  /**
   * Every cluster's entities by id, to tell what a new discovery changed. Entities are never mutated
   * once discovered, so an entity carried over as the same object is unchanged without a look.
   */
  private readonly entities = new Map<string, Map<string, Entity>>();
  private views: FleetViews = {};

  get revision(): number {
    return this.revisionNumber;
  }

  /** Replaces one cluster's discovery; returns the change (with no ids when nothing changed). */
  replace(discovery: ClusterDiscovery): FleetChange {
    const previous = this.entities.get(discovery.cluster) ?? new Map<string, Entity>();
    const next = new Map<string, Entity>();
    const changedIds: string[] = [];
    const entities: Entity[] = [
      ...discovery.meshes,
      ...discovery.services,
      ...discovery.workloads,
      ...discovery.policies,
      ...discovery.links,
      ...discovery.certificates,
    ];
    for (const entity of entities) {
      next.set(entity.id, entity);
      const before = previous.get(entity.id);
      if (before === undefined || (before !== entity && !jsonEqual(before, entity)))
        changedIds.push(entity.id);
    }
    for (const id of previous.keys()) if (!next.has(id)) changedIds.push(id);
    const errorsChanged =
      JSON.stringify(this.clusters.get(discovery.cluster)?.errors ?? []) !==
      JSON.stringify(discovery.errors);
    this.clusters.set(discovery.cluster, discovery);
    this.entities.set(discovery.cluster, next);
    if (changedIds.length === 0 && !errorsChanged) {
      return { revision: this.revisionNumber, clusters: [], changedIds: [] };
    }
    this.views = {};
    this.revisionNumber += 1;
    const change = { revision: this.revisionNumber, clusters: [discovery.cluster], changedIds };
    this.changes.next(change);
    return change;
  }

  cluster(name: string): ClusterDiscovery | undefined {
    return this.clusters.get(name);
  }

  allClusters(): ClusterDiscovery[] {
    return [...this.clusters.values()];
  }

  meshes(): Mesh[] {
    return (this.views.meshes ??= this.collect((c) => c.meshes));
  }

  services(): Service[] {
    return (this.views.services ??= this.collect((c) => c.services));
  }

  workloads(): Workload[] {
    return (this.views.workloads ??= this.collect((c) => c.workloads));
  }

  policies(): NativePolicy[] {
    return (this.views.policies ??= this.collect((c) => c.policies));
  }

  links(): MeshLink[] {
    return (this.views.links ??= this.collect((c) => c.links));
  }

  certificates(): Certificate[] {
    return (this.views.certificates ??= this.collect((c) => c.certificates));
  }

  meshById(id: string): Mesh | undefined {
    return this.index().get(id) as Mesh | undefined;
  }

  serviceById(id: string): Service | undefined {
    const found = this.index().get(id);
    return found && 'logicalKey' in found ? found : undefined;
  }

  workloadById(id: string): Workload | undefined {
    const found = this.index().get(id);
    return found && 'dataPlaneMode' in found ? found : undefined;
  }

  /** Every cluster's copy of one logical service. */
  servicesByLogicalKey(key: string): Service[] {
    if (!this.views.byLogicalKey) {
      const byKey = new Map<string, Service[]>();
      for (const service of this.services())
        byKey.set(service.logicalKey, [...(byKey.get(service.logicalKey) ?? []), service]);
      this.views.byLogicalKey = byKey;
    }
    return this.views.byLogicalKey.get(key) ?? [];
  }

  private index(): Map<string, Mesh | Service | Workload> {
    if (!this.views.byId) {
      const byId = new Map<string, Mesh | Service | Workload>();
      for (const entity of [...this.meshes(), ...this.services(), ...this.workloads()])
        byId.set(entity.id, entity);
      this.views.byId = byId;
    }
    return this.views.byId;
  }

  private collect<T extends Entity>(pick: (c: ClusterDiscovery) => T[]): T[] {
    const all: T[] = [];
    for (const cluster of [...this.clusters.keys()].sort())
      all.push(...pick(this.clusters.get(cluster)!));
    return all;
  }
}
