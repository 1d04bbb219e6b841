import { type ClusterError, ClusterErrorCode } from '@meshwork/model';
import { type ConsulObject } from '../kube/consul-kinds';

interface Condition {
  type?: unknown;
  status?: unknown;
  reason?: unknown;
  message?: unknown;
}

/**
 * An error when the consul-k8s controller could not write the config entry to Consul (condition
 * `Synced=False`, e.g. a permissive mTLS mode the Mesh forbids): the object is in Kubernetes but not in
 * effect. A missing condition (not reconciled yet) is not an error.
 */
export function unsyncedError(
  cluster: string,
  resource: string,
  object: ConsulObject,
): ClusterError | undefined {
  const conditions = (object.status as { conditions?: unknown } | undefined)?.conditions;
  if (!Array.isArray(conditions)) return undefined;
  const synced = (conditions as Condition[]).find((c) => c?.type === 'Synced');
  if (!synced || synced.status !== 'False') return undefined;
  const namespace = object.metadata.namespace ?? '';
  const why = [synced.reason, synced.message].filter((s) => typeof s === 'string' && s).join(': ');
  return {
    cluster,
    code: ClusterErrorCode.INVALID_OBJECT,
    message: `${object.kind ?? resource} ${namespace}/${object.metadata.name} is not synced to Consul${why ? ` (${why})` : ''}`,
    group: 'consul.hashicorp.com',
    resource,
    namespace,
    name: object.metadata.name,
  };
}
