import {
  CoreKinds,
  type KubeService,
  type Pod,
  type WorkloadGroup,
  imageTag,
  serviceSelects,
} from '@meshwork/adapters-core';
import { DataPlaneMode, type Workload, makeId } from '@meshwork/model';
import { type ConsulContext } from '../discovery/consul-context';
import { identityFor } from '../identities/service-identity';
import { acceptsNamespace } from '../install/mesh-ownership';
import { ConsulLabels } from '../kube/consul-labels';
import {
  annotatedServiceNames,
  consulServiceName,
  isIgnoredByConsul,
} from '../services/consul-service-names';
import { findProxy, isInjected } from './find-proxy';

/** A workload of the mesh plus the Consul facts later steps need. */
export interface ConsulWorkload {
  workload: Workload;
  /** Consul service names its pods register as (one per port in a multi-port pod). */
  consulServices: string[];
  /** Pod-template annotations (service meta, connect-service...). */
  annotations: Record<string, string>;
}

const templateAnnotations = (group: WorkloadGroup): Record<string, string> => ({
  ...(group.controller?.spec?.template?.metadata?.annotations ??
    group.pods[0]?.metadata.annotations),
});

/**
 * Workloads with at least one pod this release injected, plus workloads it would inject but has not
 * (opted in by annotation, or every workload of an accepted namespace under `-default-inject=true`), those
 * with data-plane mode NONE. Pods injected by another release in the same cluster are left to that one.
 */
export function discoverWorkloads(
  context: ConsulContext,
  groups: readonly WorkloadGroup[],
): ConsulWorkload[] {
  const { install, ownership, snapshot } = context;
  const result: ConsulWorkload[] = [];
  const servicesByNamespace = new Map<string, KubeService[]>();
  for (const service of snapshot.list(CoreKinds.Service)) {
    const namespace = service.metadata.namespace ?? '';
    const list = servicesByNamespace.get(namespace);
    if (list) list.push(service);
    else servicesByNamespace.set(namespace, [service]);
  }
  for (const group of groups) {
    const { namespace } = group.ref;
    const annotations = templateAnnotations(group);
    const injectedPods = group.pods.filter(isInjected);
    const meshedPods = injectedPods.filter(
      (pod) =>
        ownership.ownerOfPod(namespace, findProxy(pod.spec)?.container)?.meshId === install.meshId,
    );
    if (meshedPods.length === 0) {
      // Injected by another release: that release lists it, not as left out of this one.
      if (injectedPods.length > 0 || !wouldInject(context, namespace, annotations)) continue;
    }
    const selecting = (servicesByNamespace.get(namespace) ?? []).filter((service) =>
      serviceSelects(service, group.labels),
    );
    result.push(toWorkload(context, group, annotations, selecting, meshedPods[0]));
  }
  return result;
}

function wouldInject(
  context: ConsulContext,
  namespace: string,
  annotations: Record<string, string>,
): boolean {
  const { install, ownership } = context;
  if (!install.injector) return false;
  const optIn = annotations[ConsulLabels.inject];
  if (optIn === 'false') return false;
  if (optIn !== 'true' && !install.settings.defaultInject) return false;
  return (
    acceptsNamespace(install, namespace) &&
    ownership.ownerOfNamespace(namespace)?.meshId === install.meshId
  );
}

function toWorkload(
  context: ConsulContext,
  group: WorkloadGroup,
  annotations: Record<string, string>,
  selecting: readonly KubeService[],
  meshedPod: Pod | undefined,
): ConsulWorkload {
  const { snapshot, mesh } = context;
  const { namespace, name, kind } = group.ref;
  const multiPort = annotatedServiceNames(annotations);
  const consulServices =
    multiPort.length > 1
      ? multiPort
      : [
          ...new Set(
            selecting
              .filter((s) => !isIgnoredByConsul(s))
              .map((s) => consulServiceName(s, annotations)),
          ),
        ];
  const proxy = meshedPod ? findProxy(meshedPod.spec) : undefined;
  const dataPlaneMode = !meshedPod
    ? DataPlaneMode.NONE
    : proxy?.nativeSidecar
      ? DataPlaneMode.NATIVE_SIDECAR
      : DataPlaneMode.SIDECAR;
  const serviceAccount =
    group.controller?.spec?.template?.spec.serviceAccountName ??
    group.pods[0]?.spec?.serviceAccountName;
  const version = group.labels['version'];
  const proxyVersion = imageTag(proxy?.container.image);
  const firstService = consulServices[0];
  const identity =
    meshedPod && firstService
      ? identityFor(context, namespace, firstService, serviceAccount)
      : undefined;
  const workload: Workload = {
    id: group.id,
    cluster: snapshot.cluster,
    namespace,
    name,
    kind,
    labels: { ...group.labels },
    replicas: group.replicas,
    dataPlaneMode,
    ...(meshedPod && { mesh: mesh.id }),
    ...(proxyVersion && { proxyVersion }),
    ...(serviceAccount && { serviceAccount }),
    ...(identity && { identity }),
    ...(version && { version }),
    services: selecting
      .map((s) =>
        makeId({ cluster: snapshot.cluster, namespace, kind: 'Service', name: s.metadata.name }),
      )
      .sort(),
  };
  return { workload, consulServices, annotations };
}
