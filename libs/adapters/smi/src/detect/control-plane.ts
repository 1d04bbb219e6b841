import { type WorkloadObject, imageTag } from '@meshwork/adapters-core';
import { type ControlPlane, type Replicas, healthFromReplicas } from '@meshwork/model';

/**
 * `v1.2.4` → `1.2.4`: charts and image tags of both meshes carry a `v`, Istio's and Linkerd's version
 * labels do not; dropping it lets the UI compare versions across meshes.
 */
export function normalizeVersion(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  return /^v\d/.test(raw) ? raw.slice(1) : raw;
}

/** Image of the first container whose name is listed, else of the first container. */
export function containerImage(
  object: WorkloadObject,
  names: readonly string[],
): string | undefined {
  const containers = object.spec?.template?.spec.containers ?? [];
  return (containers.find((c) => names.includes(c.name)) ?? containers[0])?.image;
}

export function versionFromImage(
  object: WorkloadObject,
  names: readonly string[],
): string | undefined {
  return normalizeVersion(imageTag(containerImage(object, names)));
}

export type ControllerKind = 'Deployment' | 'DaemonSet';

/**
 * Desired and ready replicas of a control-plane Deployment or DaemonSet, from its status. The kind
 * is passed in: objects from list responses often carry no `kind` field.
 */
export function controllerReplicas(object: WorkloadObject, kind: ControllerKind): Replicas {
  const status = object.status;
  if (kind === 'DaemonSet') {
    return { desired: status?.desiredNumberScheduled ?? 0, ready: status?.numberReady ?? 0 };
  }
  return {
    desired: object.spec?.replicas ?? status?.replicas ?? 1,
    ready: status?.readyReplicas ?? 0,
  };
}

/** One control-plane component; neither OSM nor Traefik Mesh has revisions, so all are `default`. */
export function controlPlaneOf(
  object: WorkloadObject,
  kind: ControllerKind,
  version: string | undefined,
  trustDomain?: string,
): ControlPlane {
  const replicas = controllerReplicas(object, kind);
  return {
    name: object.metadata.name,
    namespace: object.metadata.namespace ?? '',
    revision: 'default',
    ...(version !== undefined && { version }),
    ...(trustDomain !== undefined && { trustDomain }),
    replicas,
    health: healthFromReplicas(replicas),
  };
}
