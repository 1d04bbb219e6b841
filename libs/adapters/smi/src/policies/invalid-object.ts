import { type KindRef, type KubeObject } from '@meshwork/adapters-core';
import { type ClusterError, ClusterErrorCode } from '@meshwork/model';

/** The error entry for one object the adapter could not read; discovery goes on without it. */
export function invalidObject(
  cluster: string,
  kind: Pick<KindRef, 'group' | 'resource' | 'kind'>,
  object: KubeObject,
  error: unknown,
): ClusterError {
  const namespace = object.metadata.namespace ?? '';
  const reason = error instanceof Error ? error.message : String(error);
  return {
    cluster,
    code: ClusterErrorCode.INVALID_OBJECT,
    message: `${kind.kind} ${namespace}/${object.metadata.name}: ${reason}`,
    group: kind.group,
    resource: kind.resource,
    namespace,
    name: object.metadata.name,
  };
}
