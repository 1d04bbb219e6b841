import { type KindRef } from '@meshwork/adapters-core';
import { type ClusterError, ClusterErrorCode } from '@meshwork/model';
import { type ConsulObject } from '../kube/consul-kinds';
import { type ConsulContext } from './consul-context';

/**
 * Calls `read` for every object of `kind` this mesh owns (see MeshOwnership), sorted by namespace and
 * name. A throw for one object becomes an INVALID_OBJECT error naming it, and the rest go on.
 */
export function readOwnedObjects<T>(
  context: ConsulContext,
  kind: KindRef<ConsulObject>,
  read: (object: ConsulObject) => T,
  errors: ClusterError[],
): T[] {
  const { snapshot, ownership, install } = context;
  const results: T[] = [];
  const objects = [...snapshot.list(kind)].sort(
    (a, b) =>
      (a.metadata.namespace ?? '').localeCompare(b.metadata.namespace ?? '') ||
      a.metadata.name.localeCompare(b.metadata.name),
  );
  for (const object of objects) {
    const namespace = object.metadata.namespace ?? '';
    if (ownership.ownerOfNamespace(namespace)?.meshId !== install.meshId) continue;
    try {
      results.push(read(object));
    } catch (error) {
      errors.push({
        cluster: snapshot.cluster,
        code: ClusterErrorCode.INVALID_OBJECT,
        message: `${kind.kind} ${namespace}/${object.metadata.name}: ${error instanceof Error ? error.message : String(error)}`,
        group: kind.group,
        resource: kind.resource,
        namespace,
        name: object.metadata.name,
      });
    }
  }
  return results;
}
