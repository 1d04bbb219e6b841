import { type ClusterSnapshot, CoreKinds, type WorkloadObject } from '@meshwork/adapters-core';
import { TraefikMeshConventions as TM } from '../kube/traefik-mesh-conventions';

/** The controller flags that decide what is meshed and how [TM cmd/mesh/config.go]. */
export interface TraefikMeshSettings {
  /** `--acl`: deny by default, TrafficTargets grant access; without it TrafficTargets are ignored. */
  acl: boolean;
  /** `--defaultMode`: traffic type of Services without the traffic-type annotation. */
  defaultMode: string;
  /** `--watchNamespaces`: when non-empty, only these namespaces are meshed. */
  watchNamespaces: string[];
  /** `--ignoreNamespaces`, plus kube-system which the controller always ignores. */
  ignoreNamespaces: string[];
}

const hasLabels = (object: WorkloadObject, component: string): boolean =>
  object.metadata.labels?.['app'] === TM.appLabelValue &&
  object.metadata.labels['component'] === component;

export function isTraefikMeshController(object: WorkloadObject): boolean {
  return hasLabels(object, TM.controllerComponent);
}

export function isTraefikMeshProxy(object: WorkloadObject): boolean {
  return hasLabels(object, TM.proxyComponent);
}

export function traefikMeshControllerIn(
  snapshot: ClusterSnapshot,
  namespace: string,
): WorkloadObject | undefined {
  return snapshot.list(CoreKinds.Deployment, namespace).find(isTraefikMeshController);
}

export function traefikMeshProxiesIn(
  snapshot: ClusterSnapshot,
  namespace: string,
): WorkloadObject[] {
  return snapshot.list(CoreKinds.DaemonSet, namespace).filter(isTraefikMeshProxy);
}

/**
 * Flag values from container args. The controller parses flags with traefik/paerser, which accepts
 * `--name=value`, `--name value` and a bare `--name` for booleans; lists are comma-separated.
 */
function flagValues(args: readonly string[], name: string): string[] | undefined {
  let values: string[] | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const bare = arg.replace(/^--?/, '');
    if (bare === name) {
      const next = args[i + 1];
      values = next !== undefined && !next.startsWith('-') ? [next] : ['true'];
    } else if (bare.toLowerCase().startsWith(`${name.toLowerCase()}=`)) {
      values = [bare.slice(name.length + 1)];
    }
  }
  return values;
}

const listFlag = (args: readonly string[], name: string): string[] =>
  (flagValues(args, name) ?? [])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);

export function readTraefikMeshSettings(controller: WorkloadObject): TraefikMeshSettings {
  const containers = controller.spec?.template?.spec.containers ?? [];
  const container =
    containers.find((c) => TM.controllerContainers.some((name) => name === c.name)) ??
    containers[0];
  const args = container?.args ?? [];
  const acl = flagValues(args, 'acl')?.[0];
  return {
    acl: acl !== undefined && acl.toLowerCase() !== 'false',
    defaultMode: flagValues(args, 'defaultMode')?.[0] ?? TM.defaultTrafficType,
    watchNamespaces: listFlag(args, 'watchNamespaces'),
    ignoreNamespaces: [...listFlag(args, 'ignoreNamespaces'), TM.ignoredNamespace],
  };
}
