import { type Container, type PodSpec } from '../kube/core-objects';

export interface FoundContainer {
  container: Container;
  /** Found in `initContainers`. */
  init: boolean;
  /** An init container with `restartPolicy: Always`: a Kubernetes native sidecar. */
  nativeSidecar: boolean;
}

/** Finds a container by name in `containers`, then in `initContainers` (where native sidecars live). */
export function findContainer(spec: PodSpec | undefined, name: string): FoundContainer | undefined {
  const regular = spec?.containers?.find((c) => c.name === name);
  if (regular) return { container: regular, init: false, nativeSidecar: false };
  const init = spec?.initContainers?.find((c) => c.name === name);
  if (init) return { container: init, init: true, nativeSidecar: init.restartPolicy === 'Always' };
  return undefined;
}

/**
 * The tag of an image reference, ignoring a digest and a registry port:
 * `reg:5000/istio/proxyv2:1.22.1@sha256:...` → `1.22.1`. Undefined when there is no tag.
 */
export function imageTag(image: string | undefined): string | undefined {
  if (!image) return undefined;
  const withoutDigest = image.split('@')[0] ?? '';
  const lastSegment = withoutDigest.slice(withoutDigest.lastIndexOf('/') + 1);
  const colon = lastSegment.lastIndexOf(':');
  return colon < 0 ? undefined : lastSegment.slice(colon + 1) || undefined;
}
