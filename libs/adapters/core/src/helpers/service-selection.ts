import { CoreKinds } from '../kube/core-kinds';
import { type KubeService, type Pod } from '../kube/core-objects';
import { type ClusterSnapshot } from '../snapshot/cluster-snapshot';
import { matchesLabels } from './label-selector';

/** Whether a Service selects pods with these labels. Selector-less Services select nothing. */
export function serviceSelects(
  service: KubeService,
  labels: Readonly<Record<string, string>> | undefined,
): boolean {
  const selector = service.spec?.selector;
  if (!selector || Object.keys(selector).length === 0) return false;
  return matchesLabels(selector, labels);
}

export function podsForService(snapshot: ClusterSnapshot, service: KubeService): Pod[] {
  return snapshot
    .list(CoreKinds.Pod, service.metadata.namespace)
    .filter((pod) => serviceSelects(service, pod.metadata.labels));
}

/** Services in `namespace` whose selector matches `labels` (a pod's or a pod template's). */
export function servicesSelecting(
  snapshot: ClusterSnapshot,
  namespace: string,
  labels: Readonly<Record<string, string>> | undefined,
): KubeService[] {
  return snapshot
    .list(CoreKinds.Service, namespace)
    .filter((service) => serviceSelects(service, labels));
}
