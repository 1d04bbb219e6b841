import { type KubeService } from '@meshwork/adapters-core';
import { ConsulLabels } from '../kube/consul-labels';

/** Services labelled `consul.hashicorp.com/service-ignore: "true"` are never registered in Consul. */
export function isIgnoredByConsul(service: KubeService): boolean {
  return service.metadata.labels?.[ConsulLabels.serviceIgnore] === 'true';
}

/**
 * The Consul service name a Kubernetes Service registers its pods under (endpoints controller
 * `serviceName`): the Service name, unless the pod's `connect-service` annotation holds one name.
 * A comma-separated annotation marks a multi-port pod, where each Service keeps its own name.
 */
export function consulServiceName(
  service: KubeService,
  podAnnotations: Readonly<Record<string, string>> | undefined,
): string {
  const annotated = podAnnotations?.[ConsulLabels.connectService]?.trim();
  return annotated && !annotated.includes(',') ? annotated : service.metadata.name;
}

/** Names in a multi-port `connect-service` annotation, or none. */
export function annotatedServiceNames(
  podAnnotations: Readonly<Record<string, string>> | undefined,
): string[] {
  return (podAnnotations?.[ConsulLabels.connectService] ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
}
