import type { TrafficEndpoint } from '@meshwork/adapters-core';
import { Health, makeId, type MeshKind, type Service, type Workload } from '@meshwork/model';
import { appName } from './app-name';
import type { FleetView } from './fleet-view';
import { TopologyGranularity, type TopologyNode, type TopologyNodeKind } from './topology-graph';

/** A node an endpoint maps to, with the share of the endpoint's traffic it takes. */
export interface ResolvedEnd {
  id: string;
  cluster: string;
  share: number;
}

const key = (cluster: string, namespace: string, name: string) =>
  `${cluster}\u0000${namespace}\u0000${name}`;

/**
 * Maps metric endpoints (as each mesh names callers and callees) onto graph nodes at one granularity.
 * Callers with no node at this granularity (a load generator no service selects) get a WORKLOAD node;
 * names the fleet does not know become EXTERNAL nodes, so no traffic is silently dropped.
 */
export class NodeResolver {
  private readonly workloads = new Map<string, Workload>();
  private readonly services = new Map<string, Service>();
  private readonly servicesByName = new Map<string, Service[]>();
  private readonly serviceById = new Map<string, Service>();
  private readonly workloadById = new Map<string, Workload>();
  /** Nodes made while resolving (extra callers, externals), by id. */
  readonly extraNodes = new Map<string, TopologyNode>();
  /** Endpoints repeat across samples (one caller, several callees): resolve each once. */
  private readonly memo = new Map<string, ResolvedEnd[]>();
  private readonly meshKinds = new Map<string, MeshKind>();

  constructor(
    fleet: FleetView,
    private readonly granularity: TopologyGranularity,
    private readonly nodes: ReadonlyMap<string, TopologyNode>,
  ) {
    for (const mesh of fleet.meshes()) this.meshKinds.set(mesh.id, mesh.kind);
    for (const w of fleet.workloads()) {
      this.workloads.set(key(w.cluster, w.namespace, w.name), w);
      this.workloadById.set(w.id, w);
    }
    for (const s of fleet.services()) {
      this.services.set(key(s.cluster, s.namespace, s.name), s);
      this.serviceById.set(s.id, s);
      const byName = key(s.cluster, '', s.name);
      const list = this.servicesByName.get(byName);
      if (list) list.push(s);
      else this.servicesByName.set(byName, [s]);
    }
  }

  resolve(end: TrafficEndpoint, role: 'source' | 'target'): ResolvedEnd[] {
    const memoKey = `${role}\u0000${end.cluster}\u0000${end.namespace ?? ''}\u0000${end.workload ?? ''}\u0000${end.service ?? ''}\u0000${end.app ?? ''}`;
    let resolved = this.memo.get(memoKey);
    if (!resolved) {
      resolved = this.resolveUncached(end, role).map((r) => ({
        ...r,
        cluster: (this.nodes.get(r.id) ?? this.extraNodes.get(r.id))?.cluster ?? end.cluster,
      }));
      this.memo.set(memoKey, resolved);
    }
    return resolved;
  }

  private resolveUncached(
    end: TrafficEndpoint,
    role: 'source' | 'target',
  ): Array<{ id: string; share: number }> {
    const workload = this.findWorkload(end);
    const service = this.findService(end);
    switch (this.granularity) {
      case TopologyGranularity.SERVICE: {
        if (role === 'target' && service) return [{ id: service.id, share: 1 }];
        const own = workload?.services.map((id) => this.serviceById.get(id)).find((s) => s);
        if (own) return [{ id: own.id, share: 1 }];
        if (service) return [{ id: service.id, share: 1 }];
        if (workload)
          return [{ id: this.extra(workload.id, 'WORKLOAD', workload, workload.mesh), share: 1 }];
        return [{ id: this.external(end), share: 1 }];
      }
      case TopologyGranularity.WORKLOAD: {
        if (workload) return [{ id: workload.id, share: 1 }];
        const behind = (service?.workloads ?? []).filter((id) => this.nodes.has(id));
        if (behind.length) return behind.map((id) => ({ id, share: 1 / behind.length }));
        return [{ id: this.external(end), share: 1 }];
      }
      case TopologyGranularity.APP: {
        const ws = workload
          ? [workload]
          : (service?.workloads ?? []).flatMap((id) => this.workloadById.get(id) ?? []);
        const apps = [
          ...new Set(
            ws.map((w) =>
              makeId({ cluster: w.cluster, namespace: w.namespace, kind: 'App', name: appName(w) }),
            ),
          ),
        ];
        if (apps.length) return apps.map((id) => ({ id, share: 1 / apps.length }));
        return [{ id: this.external(end), share: 1 }];
      }
    }
  }

  private findWorkload(end: TrafficEndpoint): Workload | undefined {
    if (!end.workload) return undefined;
    if (end.namespace) return this.workloads.get(key(end.cluster, end.namespace, end.workload));
    return undefined;
  }

  private findService(end: TrafficEndpoint): Service | undefined {
    if (!end.service) return undefined;
    if (end.namespace) {
      const exact = this.services.get(key(end.cluster, end.namespace, end.service));
      if (exact) return exact;
    }
    // Meshes with their own namespaces (Consul) name services only: unique by name in the cluster.
    const byName = this.servicesByName.get(key(end.cluster, '', end.service));
    return byName?.length === 1 ? byName[0] : undefined;
  }

  private extra(
    id: string,
    kind: TopologyNodeKind,
    ref: { cluster: string; namespace: string; name: string },
    mesh?: string,
  ): string {
    if (!this.nodes.has(id) && !this.extraNodes.has(id))
      this.extraNodes.set(id, {
        id,
        kind,
        cluster: ref.cluster,
        namespace: ref.namespace,
        name: ref.name,
        mesh,
        meshKind: mesh ? this.meshKinds.get(mesh) : undefined,
        health: Health.UNKNOWN,
        healthReasons: [],
        idle: false,
        trafficSource: false,
        highlighted: false,
        certificateAlert: false,
      });
    return id;
  }

  private external(end: TrafficEndpoint): string {
    const name = end.service ?? end.workload ?? end.app ?? 'unknown';
    const ref = { cluster: end.cluster, namespace: end.namespace ?? '', name };
    return this.extra(makeId({ ...ref, kind: 'External' }), 'EXTERNAL', ref);
  }
}
