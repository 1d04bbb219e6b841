import { LinkerdNames } from '../linkerd-labels';

type Annotations = Readonly<Record<string, string>> | undefined;

/**
 * Whether the proxy injector will inject pods: the pod-template annotation wins over the namespace
 * one; `enabled` and `ingress` inject, `disabled` opts out, anything else is no decision.
 */
export function injectionEnabled(namespace: Annotations, pod: Annotations): boolean {
  const value = pod?.[LinkerdNames.injectAnnotation] ?? namespace?.[LinkerdNames.injectAnnotation];
  return value === 'enabled' || value === 'ingress';
}

/** Whether injected pods will run the proxy as a native sidecar (any release's annotation key). */
export function nativeSidecarRequested(namespace: Annotations, pod: Annotations): boolean {
  return LinkerdNames.nativeSidecarAnnotations.some(
    (key) => (pod?.[key] ?? namespace?.[key]) === 'true',
  );
}
