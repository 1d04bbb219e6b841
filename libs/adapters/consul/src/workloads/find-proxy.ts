import { type FoundContainer, type Pod, type PodSpec } from '@meshwork/adapters-core';
import { ConsulLabels, PROXY_CONTAINER_NAMES } from '../kube/consul-labels';

/** `consul-dataplane`, or `consul-dataplane-<service>` in a multi-port pod (one proxy per service). */
const isProxyName = (name: string): boolean =>
  PROXY_CONTAINER_NAMES.some((proxy) => name === proxy || name.startsWith(`${proxy}-`));

/**
 * The pod's Consul proxy: consul-dataplane (consul-k8s >= 1.0) or envoy-sidecar (0.x), first among the
 * regular containers, then among `initContainers`, where a Kubernetes native sidecar
 * (`restartPolicy: Always`) lives.
 */
export function findProxy(spec: PodSpec | undefined): FoundContainer | undefined {
  const regular = spec?.containers?.find((c) => isProxyName(c.name));
  if (regular) return { container: regular, init: false, nativeSidecar: false };
  const init = spec?.initContainers?.find((c) => isProxyName(c.name));
  if (init) return { container: init, init: true, nativeSidecar: init.restartPolicy === 'Always' };
  return undefined;
}

/** The webhook marks injected pods with both an annotation and a label; either is enough. */
export function isInjected(pod: Pod): boolean {
  return (
    pod.metadata.annotations?.[ConsulLabels.injectStatus] === ConsulLabels.injected ||
    pod.metadata.labels?.[ConsulLabels.injectStatus] === ConsulLabels.injected
  );
}
