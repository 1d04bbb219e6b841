import { type Pod, type WorkloadGroup, findContainer, imageTag } from '@meshwork/adapters-core';
import { DataPlaneMode } from '@meshwork/model';
import { type EnrollmentReader } from './enrollment';

export interface IstioDataPlane {
  mode: DataPlaneMode;
  revision?: string;
  proxyVersion?: string;
  /** The namespace or pod opted into Istio (or the namespace did and the pod opted out). */
  enrolled: boolean;
  serviceAccount: string;
}

/** Revision recorded by the injector in `sidecar.istio.io/status` (older pods lack the label). */
function injectedRevision(pod: Pod): string | undefined {
  const status = pod.metadata.annotations?.['sidecar.istio.io/status'];
  if (!status) return undefined;
  try {
    const revision = (JSON.parse(status) as { revision?: unknown }).revision;
    return typeof revision === 'string' && revision ? revision : undefined;
  } catch {
    return undefined;
  }
}

function podDataPlane(
  pod: Pod,
  enrollment: EnrollmentReader,
  ambientMesh: boolean,
): IstioDataPlane {
  const namespace = pod.metadata.namespace ?? '';
  const wanted = enrollment.pod(namespace, pod.metadata.labels);
  const serviceAccount = pod.spec?.serviceAccountName || 'default';
  const ns = enrollment.namespace(namespace);
  const enrolled = wanted.sidecar || wanted.ambient || ns.sidecar || ns.ambient;
  const proxy = findContainer(pod.spec, 'istio-proxy');
  if (proxy) {
    const version = imageTag(proxy.container.image)?.replace(/-distroless$/, '');
    const revision =
      enrollment.resolveRevision(pod.metadata.labels?.['istio.io/rev'] ?? injectedRevision(pod)) ??
      wanted.revision;
    return {
      mode: proxy.init ? DataPlaneMode.NATIVE_SIDECAR : DataPlaneMode.SIDECAR,
      ...(revision && { revision }),
      ...(version && { proxyVersion: version }),
      enrolled: true,
      serviceAccount,
    };
  }
  // Ambient needs a ztunnel on the node; without one the label is an intent, not a data plane.
  const mode = wanted.ambient && ambientMesh ? DataPlaneMode.AMBIENT : DataPlaneMode.NONE;
  return { mode, ...(wanted.revision && { revision: wanted.revision }), enrolled, serviceAccount };
}

/**
 * The data plane of a workload: from its pods when it has any (preferring pods that run a proxy, as a
 * rollout can mix old and new pods), else predicted from its template and namespace (scaled to zero).
 */
export function workloadDataPlane(
  group: WorkloadGroup,
  enrollment: EnrollmentReader,
  ambientMesh: boolean,
): IstioDataPlane {
  const planes = group.pods.map((pod) => podDataPlane(pod, enrollment, ambientMesh));
  const meshed = planes.find((p) => p.mode !== DataPlaneMode.NONE);
  if (meshed ?? planes[0]) return (meshed ?? planes[0]) as IstioDataPlane;

  const wanted = enrollment.pod(group.ref.namespace, group.labels);
  const ns = enrollment.namespace(group.ref.namespace);
  const mode = wanted.sidecar
    ? DataPlaneMode.SIDECAR
    : wanted.ambient && ambientMesh
      ? DataPlaneMode.AMBIENT
      : DataPlaneMode.NONE;
  return {
    mode,
    ...(wanted.revision && { revision: wanted.revision }),
    enrolled: wanted.sidecar || wanted.ambient || ns.sidecar || ns.ambient,
    serviceAccount: group.controller?.spec?.template?.spec.serviceAccountName || 'default',
  };
}
