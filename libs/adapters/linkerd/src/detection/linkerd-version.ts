import { type KubeObject, type PodSpec, imageTag } from '@meshwork/adapters-core';
import { LinkerdNames } from '../linkerd-labels';

/** `linkerd/helm stable-2.14.10` or `linkerd/cli edge-24.11.8` → the release after the tool name. */
export function versionFromCreatedBy(createdBy: string | undefined): string | undefined {
  const release = createdBy?.trim().split(/\s+/).at(1);
  return release || undefined;
}

/**
 * A control-plane object's release: the chart's `app.kubernetes.io/version` label, else the release in
 * `linkerd.io/created-by` (the CLI and Helm both write it), else the tag of the named container's
 * image (mirrored registries keep tags even when they rename images).
 */
export function releaseOf(
  object: KubeObject<{ template?: { spec?: PodSpec } }>,
  containerName?: string,
): string | undefined {
  const label = object.metadata.labels?.[LinkerdNames.versionLabel];
  if (label) return label;
  const created = versionFromCreatedBy(
    object.metadata.annotations?.[LinkerdNames.createdByAnnotation],
  );
  if (created) return created;
  const containers = object.spec?.template?.spec?.containers ?? [];
  const container = containers.find((c) => c.name === containerName) ?? containers[0];
  return imageTag(container?.image);
}

/** `stable-2.14.10` → `stable`, `edge-24.11.8` → `edge`, `enterprise-2.16.1` → `enterprise`. */
export function releaseChannel(version: string | undefined): string | undefined {
  const match = /^(stable|edge|enterprise|preview)-/.exec(version ?? '');
  return match?.[1];
}
