import {
  type KubeService,
  type WorkloadGroup,
  CoreKinds,
  serviceSelects,
} from '@meshwork/adapters-core';
import { DataPlaneMode, makeId } from '@meshwork/model';
import { type ConsulContext } from '../discovery/consul-context';
import { consulNamespaceOf } from '../identities/consul-naming';
import { acceptsNamespace } from '../install/mesh-ownership';
import { type ConsulWorkload } from '../workloads/discover-workloads';
import { consulServiceName, isIgnoredByConsul } from './consul-service-names';

/** One Kubernetes Service as Consul sees it. */
export interface CatalogEntry {
  id: string;
  service: KubeService;
  /** Name it registers under in Consul (the `connect-service` annotation may rename it). */
  consulName: string;
  consulNamespace: string;
  /** Whether at least one selected workload runs this mesh's proxy. */
  meshed: boolean;
  /** Every workload the selector matches, meshed or not. */
  workloads: WorkloadGroup[];
  /** The mesh's view of those workloads (meshed or left out). */
  meshWorkloads: ConsulWorkload[];
}

/**
 * The mesh's Kubernetes Services keyed by their Consul names, so config entries (named after Consul
 * services) can be resolved back to Kubernetes Services. Services labelled service-ignore and Services
 * in namespaces this release does not serve are left out.
 */
export class ConsulCatalog {
  readonly entries: CatalogEntry[];
  private readonly byConsulName = new Map<string, CatalogEntry[]>();

  constructor(
    private readonly context: ConsulContext,
    groups: readonly WorkloadGroup[],
    workloads: readonly ConsulWorkload[],
  ) {
    const { snapshot, install } = context;
    const meshWorkloadById = new Map(workloads.map((w) => [w.workload.id, w]));
    const groupsByNamespace = groupBy(groups, (g) => g.ref.namespace);
    this.entries = snapshot
      .list(CoreKinds.Service)
      .filter((service) => !isIgnoredByConsul(service))
      .map((service): CatalogEntry => {
        const namespace = service.metadata.namespace ?? '';
        const selected = (groupsByNamespace.get(namespace) ?? []).filter((g) =>
          serviceSelects(service, g.labels),
        );
        const meshWorkloads = selected
          .map((g) => meshWorkloadById.get(g.id))
          .filter((w): w is ConsulWorkload => !!w);
        const meshed = meshWorkloads.filter((w) => w.workload.dataPlaneMode !== DataPlaneMode.NONE);
        return {
          id: makeId({
            cluster: snapshot.cluster,
            namespace,
            kind: 'Service',
            name: service.metadata.name,
          }),
          service,
          consulName: consulServiceName(service, (meshed[0] ?? meshWorkloads[0])?.annotations),
          consulNamespace: consulNamespaceOf(install.settings, namespace),
          meshed: meshed.length > 0,
          workloads: selected,
          meshWorkloads,
        };
      })
      .filter((e) => e.meshed || acceptsNamespace(install, e.service.metadata.namespace ?? ''));
    for (const [name, entries] of groupBy(this.entries, (e) => e.consulName)) {
      this.byConsulName.set(name, entries);
    }
  }

  /**
   * Kubernetes Services behind the Consul service `name` in `consulNamespace`. Meshed ones anywhere
   * count (in Consul CE every Kubernetes namespace shares the `default` namespace, so `web` in two
   * namespaces is one Consul service); unmeshed ones only in the namespace that names them. Those in
   * `fromNamespace` come first.
   */
  resolve(name: string, consulNamespace: string, fromNamespace: string): CatalogEntry[] {
    const inNamespace = (e: CatalogEntry) => e.service.metadata.namespace === fromNamespace;
    return (this.byConsulName.get(name) ?? [])
      .filter((e) => e.consulNamespace === consulNamespace && (e.meshed || inNamespace(e)))
      .sort(
        (a, b) =>
          Number(inNamespace(b)) - Number(inNamespace(a)) ||
          (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
      );
  }

  consulNamespaceOf(k8sNamespace: string): string {
    return consulNamespaceOf(this.context.install.settings, k8sNamespace);
  }
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
