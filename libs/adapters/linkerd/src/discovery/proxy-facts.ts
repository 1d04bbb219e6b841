import { type Container, type Pod, findContainer, imageTag } from '@meshwork/adapters-core';
import { DataPlaneMode } from '@meshwork/model';
import { LinkerdNames, ProxyEnv } from '../linkerd-labels';
import { parseLinkerdIdentity } from './linkerd-identity';

/** What a pod's injected proxy tells us. */
export interface ProxyFacts {
  mode: DataPlaneMode.SIDECAR | DataPlaneMode.NATIVE_SIDECAR;
  /** The control plane that injected it; absent on hand-made or very old manifests. */
  controlPlaneNamespace?: string;
  proxyVersion?: string;
  serviceAccount: string;
  /** The identity the proxy will request, read from its environment. */
  identity?: string;
  /** `linkerd.io/identity-mode: disabled`: the proxy runs without a certificate. */
  identityDisabled: boolean;
}

const envValue = (container: Container, name: string): string | undefined =>
  container.env?.find((e) => e.name === name)?.value;

/**
 * Expands `$(var)` references the way the kubelet does, from the pod facts the injector points them
 * at (`_pod_sa`, `_pod_ns` are fieldRefs) and the container's literal env values. Undefined when a
 * reference cannot be resolved, so the caller falls back to computing the identity.
 */
function expand(template: string, container: Container, pod: Pod, sa: string): string | undefined {
  const known: Record<string, string | undefined> = {
    _pod_sa: sa,
    _pod_ns: pod.metadata.namespace,
  };
  let unresolved = false;
  const value = template.replace(/\$\(([^)]+)\)/g, (_, name: string) => {
    const resolved = known[name] ?? envValue(container, name);
    if (resolved === undefined) unresolved = true;
    return resolved ?? '';
  });
  return unresolved ? undefined : value;
}

/** Facts of the `linkerd-proxy` container (also as a native sidecar); undefined when the pod has none. */
export function readProxy(pod: Pod): ProxyFacts | undefined {
  const found = findContainer(pod.spec, LinkerdNames.proxyContainer);
  if (!found) return undefined;
  const { container } = found;
  const labels = pod.metadata.labels ?? {};
  const annotations = pod.metadata.annotations ?? {};
  const serviceAccount = pod.spec?.serviceAccountName || 'default';
  const template = envValue(container, ProxyEnv.localIdentity);
  const disabled = identityDisabled(annotations);
  const identity =
    disabled || !template ? undefined : expand(template, container, pod, serviceAccount);
  const controlPlaneNamespace =
    labels[LinkerdNames.controlPlaneNamespaceLabel] ??
    envValue(container, ProxyEnv.controlPlaneNamespace) ??
    (identity && parseLinkerdIdentity(identity)?.controlPlaneNamespace);
  const proxyVersion =
    annotations[LinkerdNames.proxyVersionAnnotation] ??
    annotations[LinkerdNames.proxyVersionOverrideAnnotation] ??
    imageTag(container.image);
  return {
    mode: found.init ? DataPlaneMode.NATIVE_SIDECAR : DataPlaneMode.SIDECAR,
    ...(controlPlaneNamespace && { controlPlaneNamespace }),
    ...(proxyVersion && { proxyVersion }),
    serviceAccount,
    ...(identity && { identity }),
    identityDisabled: disabled,
  };
}

/** Whether identity is explicitly disabled (`linkerd.io/identity-mode: disabled`). */
export function identityDisabled(annotations: Record<string, string> | undefined): boolean {
  return annotations?.[LinkerdNames.identityModeAnnotation] === 'disabled';
}
