import {
  type ClusterSnapshot,
  CoreKinds,
  type WorkloadGroup,
  collectWorkloads,
  serviceSelects,
} from '@meshwork/adapters-core';
import { type PolicyTarget, makeId } from '@meshwork/model';
import { serviceAccountOf } from '../workloads/workload-base';

export interface ServiceRef {
  /** Service id when the Service exists in the snapshot, else the reference as written. */
  ref: string;
  target: PolicyTarget;
  resolved: boolean;
}

/** Resolves the Service names and hosts SMI and OSM objects write, within one cluster. */
export class ServiceRefs {
  private readonly groups = new Map<string, WorkloadGroup[]>();

  constructor(private readonly snapshot: ClusterSnapshot) {}

  /**
   * `name` (in `namespace`), `name.ns`, `name.ns.svc` or `name.ns.svc.<cluster domain>`. Anything
   * else, or a Service the snapshot lacks, becomes a HOST target kept as written.
   */
  resolve(reference: string, namespace: string): ServiceRef {
    const parts = reference.replace(/\.$/, '').split('.');
    const [name, serviceNamespace = namespace, svc] = parts;
    const isServiceName = parts.length <= 2 || svc === 'svc';
    const service =
      name && isServiceName
        ? this.snapshot.get(CoreKinds.Service, serviceNamespace, name)
        : undefined;
    if (!service)
      return { ref: reference, target: { type: 'HOST', host: reference }, resolved: false };
    const id = makeId({
      cluster: this.snapshot.cluster,
      namespace: serviceNamespace,
      kind: 'Service',
      name: service.metadata.name,
    });
    return { ref: id, target: { type: 'SERVICE', service: id }, resolved: true };
  }

  /** Ids of the Services in `namespace` selecting workloads that run as `serviceAccount`. */
  runningAs(namespace: string, serviceAccount: string): string[] {
    const groups = this.groupsIn(namespace).filter((g) => serviceAccountOf(g) === serviceAccount);
    return this.snapshot
      .list(CoreKinds.Service, namespace)
      .filter((service) => groups.some((g) => serviceSelects(service, g.labels)))
      .map((service) =>
        makeId({
          cluster: this.snapshot.cluster,
          namespace,
          kind: 'Service',
          name: service.metadata.name,
        }),
      )
      .sort();
  }

  private groupsIn(namespace: string): WorkloadGroup[] {
    let groups = this.groups.get(namespace);
    if (!groups) this.groups.set(namespace, (groups = collectWorkloads(this.snapshot, namespace)));
    return groups;
  }
}
