import {
  type ClusterSnapshot,
  type ConfigMap,
  CoreKinds,
  type WorkloadObject,
} from '@meshwork/adapters-core';
import { type ControlPlane, healthFromReplicas } from '@meshwork/model';
import { LinkerdNames } from '../linkerd-labels';
import { type LinkerdConfig, readLinkerdConfig, trustDomainFromArgs } from './linkerd-config';
import { releaseOf } from './linkerd-version';

/** The components every Linkerd 2.10+ control plane runs; extensions and the heartbeat are not counted. */
export const CORE_COMPONENTS = ['destination', 'identity', 'proxy-injector'] as const;
export type CoreComponent = (typeof CORE_COMPONENTS)[number];

/** One Linkerd control plane as found in the snapshot, before it becomes a model `Mesh`. */
export interface LinkerdControlPlane {
  namespace: string;
  components: Map<CoreComponent, WorkloadObject>;
  configMap?: ConfigMap;
  config: LinkerdConfig;
  trustDomain: string;
}

const isCoreComponent = (value: string | undefined): value is CoreComponent =>
  (CORE_COMPONENTS as readonly string[]).includes(value ?? '');

/**
 * Control planes by namespace, the default `linkerd` namespace first and the rest by name, so the
 * first one is the primary: the one injection-enabled namespaces, mirrors and links belong to when
 * nothing more specific says otherwise. A namespace counts when it runs a core component or holds a
 * `linkerd-config` labelled by the control plane (a control plane whose Deployments were deleted).
 */
export function findLinkerdControlPlanes(snapshot: ClusterSnapshot): LinkerdControlPlane[] {
  const byNamespace = new Map<string, LinkerdControlPlane>();
  const entry = (namespace: string): LinkerdControlPlane => {
    let found = byNamespace.get(namespace);
    if (!found) {
      found = { namespace, components: new Map(), config: {}, trustDomain: '' };
      byNamespace.set(namespace, found);
    }
    return found;
  };
  for (const deployment of snapshot.list(CoreKinds.Deployment)) {
    const labels = deployment.metadata.labels ?? {};
    const component = labels[LinkerdNames.controlPlaneComponentLabel];
    if (!isCoreComponent(component)) continue;
    const namespace =
      labels[LinkerdNames.controlPlaneNamespaceLabel] ?? deployment.metadata.namespace ?? '';
    entry(namespace).components.set(component, deployment);
  }
  for (const configMap of snapshot.list(CoreKinds.ConfigMap)) {
    const owner = configMap.metadata.labels?.[LinkerdNames.controlPlaneNamespaceLabel];
    if (configMap.metadata.name !== LinkerdNames.configMap || !owner) continue;
    if (owner !== configMap.metadata.namespace) continue;
    entry(owner).configMap = configMap;
  }
  for (const controlPlane of byNamespace.values()) {
    controlPlane.config = readLinkerdConfig(controlPlane.configMap);
    controlPlane.trustDomain =
      controlPlane.config.trustDomain ??
      trustDomainFromArgs(controlPlane.components.get('identity')) ??
      LinkerdNames.defaultTrustDomain;
  }
  return [...byNamespace.values()].sort((a, b) =>
    a.namespace === LinkerdNames.defaultNamespace
      ? -1
      : b.namespace === LinkerdNames.defaultNamespace
        ? 1
        : a.namespace.localeCompare(b.namespace),
  );
}

/** One model ControlPlane per core component: Linkerd has no revisions, its units are components. */
export function componentControlPlanes(controlPlane: LinkerdControlPlane): ControlPlane[] {
  return CORE_COMPONENTS.flatMap((component) => {
    const deployment = controlPlane.components.get(component);
    if (!deployment) return [];
    const replicas = {
      desired: deployment.spec?.replicas ?? 1,
      ready: deployment.status?.readyReplicas ?? 0,
    };
    const version = releaseOf(deployment, component);
    return [
      {
        name: deployment.metadata.name,
        namespace: deployment.metadata.namespace ?? controlPlane.namespace,
        revision: 'default',
        ...(version && { version }),
        trustDomain: controlPlane.trustDomain,
        replicas,
        health: healthFromReplicas(replicas),
      },
    ];
  });
}
