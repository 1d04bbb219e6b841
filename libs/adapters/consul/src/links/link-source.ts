import { type ObjectRef } from '@meshwork/model';
import { type ConsulContext } from '../discovery/consul-context';
import { type ConsulObject } from '../kube/consul-kinds';

/** The ObjectRef of a consul-k8s CRD object that proves a link. */
export function linkSource(context: ConsulContext, object: ConsulObject): ObjectRef {
  const [group = '', version] = (object.apiVersion ?? '').split('/');
  return {
    cluster: context.snapshot.cluster,
    group,
    ...(version && { version }),
    kind: object.kind ?? '',
    namespace: object.metadata.namespace ?? '',
    name: object.metadata.name,
    ...(object.metadata.uid && { uid: object.metadata.uid }),
  };
}
