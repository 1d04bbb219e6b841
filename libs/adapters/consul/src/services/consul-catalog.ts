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

  constructor(
    private readonly context: ConsulContext,
    groups: readonly WorkloadGroup[],
    workloads: readonly ConsulWorkload[],
  ) {
    const { snapshot, install } = context;
    const meshWorkloadById = new Map(workloads.map((w) => [w.workload.id, w]));
    this.entries = snapshot
      .list(CoreKinds.Service)
      .filter((service) => !isIgnoredByConsul(service))
      .map((service): CatalogEntry => {
        const namespace = service.metadata.namespace ?? '';
        const selected = groups.filter(
          (g) => g.ref.namespace === namespace && serviceSelects(service, g.labels),
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
  }

  /**
   * Kubernetes Services behind the Consul service `name` in `consulNamespace`. Meshed ones anywhere
   * count (in Consul CE every Kubernetes namespace shares the `default` namespace, so `web` in two
   * namespaces is one Consul service); unmeshed ones only in the namespace that names them.
   */
  resolve(name: string, consulNamespace: string, fromNamespace: string): CatalogEntry[] {
    return this.entries
      .filter(
        (e) =>
          e.consulName === name &&
          e.consulNamespace === consulNamespace &&
          (e.meshed || e.service.metadata.namespace === fromNamespace),
      )
      .sort(
        (a, b) =>
          Number(b.service.metadata.namespace === fromNamespace) -
            Number(a.service.metadata.namespace === fromNamespace) || a.id.localeCompare(b.id),
      );
  }

  consulNamespaceOf(k8sNamespace: string): string {
    return consulNamespaceOf(this.context.install.settings, k8sNamespace);
  }
}
