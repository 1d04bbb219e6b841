import { type Service } from '../service/service';
import { type Workload } from '../workload/workload';
import { type NativePolicy } from './native-policy';
import { type PolicyTarget } from './policy-target';

const labelsMatch = (wanted: Record<string, string>, labels: Record<string, string>): boolean =>
  Object.entries(wanted).every(([key, value]) => labels[key] === value);

/**
 * Whether a policy target reaches a service: named directly, through its mesh or namespace, or through
 * a selector matching the pods of one of its workloads. HOST targets match the service's cluster-local
 * DNS names (`name`, `name.ns`, `name.ns.svc...`).
 */
export function targetReachesService(
  target: PolicyTarget,
  policy: NativePolicy,
  service: Service,
  workloads: readonly Workload[],
): boolean {
  switch (target.type) {
    case 'SERVICE':
      return target.service === service.id;
    case 'MESH':
      return service.meshes.includes(policy.mesh);
    case 'NAMESPACE':
      return target.namespace === service.namespace && service.cluster === policy.cluster;
    case 'WORKLOAD_SELECTOR':
      return (
        service.cluster === policy.cluster &&
        (target.namespace === undefined || target.namespace === service.namespace) &&
        workloads.some(
          (w) => w.namespace === service.namespace && labelsMatch(target.labels, w.labels),
        )
      );
    case 'HOST': {
      const host = target.host;
      return host === service.name || host.startsWith(`${service.name}.${service.namespace}`);
    }
  }
}

/** Policies of `policies` that affect `service` (same cluster, any of their targets reaching it). */
export function policiesAffecting(
  service: Service,
  workloads: readonly Workload[],
  policies: readonly NativePolicy[],
): NativePolicy[] {
  return policies.filter(
    (policy) =>
      policy.cluster === service.cluster &&
      policy.targets.some((t) => targetReachesService(t, policy, service, workloads)),
  );
}
