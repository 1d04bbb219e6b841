import {
  type ClusterSnapshot,
  type PodSpec,
  type WorkloadGroup,
  servicesSelecting,
} from '@meshwork/adapters-core';
import { type Workload, DataPlaneMode, makeId } from '@meshwork/model';

/** Pod specs of a workload: its pods', else its template's (a workload scaled to zero). */
export function podSpecsOf(group: WorkloadGroup): PodSpec[] {
  if (group.pods.length) return group.pods.flatMap((p) => (p.spec ? [p.spec] : []));
  const template = group.controller?.spec?.template?.spec;
  return template ? [template] : [];
}

export function serviceAccountOf(group: WorkloadGroup): string {
  return podSpecsOf(group)[0]?.serviceAccountName ?? 'default';
}

export type DataPlaneFacts = Pick<Workload, 'dataPlaneMode' | 'mesh' | 'proxyVersion' | 'identity'>;

/** A model Workload from a pod group plus what the mesh says about its data plane. */
export function workloadOf(
  snapshot: ClusterSnapshot,
  group: WorkloadGroup,
  facts: DataPlaneFacts,
): Workload {
  const { kind, namespace, name } = group.ref;
  const version = group.labels['version'];
  return {
    id: group.id,
    cluster: snapshot.cluster,
    namespace,
    name,
    kind,
    labels: { ...group.labels },
    replicas: group.replicas,
    dataPlaneMode: facts.dataPlaneMode,
    ...(facts.dataPlaneMode !== DataPlaneMode.NONE &&
      facts.mesh !== undefined && { mesh: facts.mesh }),
    ...(facts.proxyVersion !== undefined && { proxyVersion: facts.proxyVersion }),
    serviceAccount: serviceAccountOf(group),
    ...(facts.identity !== undefined && { identity: facts.identity }),
    ...(version !== undefined && { version }),
    services: servicesSelecting(snapshot, namespace, group.labels)
      .map((s) =>
        makeId({ cluster: snapshot.cluster, namespace, kind: 'Service', name: s.metadata.name }),
      )
      .sort(),
  };
}
