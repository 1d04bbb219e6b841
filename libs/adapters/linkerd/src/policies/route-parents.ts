import { type KindRef, type KubeObject } from '@meshwork/adapters-core';
import { type HttpRouteSpec, type ObjectReference } from '../linkerd-kinds';
import { arrayAt } from './invalid-object';

export interface ParentRef {
  /** Position in `spec.parentRefs`, for unmodelled paths. */
  index: number;
  namespace: string;
  name: string;
  port?: number;
}

/** A route's parents Linkerd acts on: Services (outbound, client side) and Servers (inbound). */
export interface RouteParents {
  services: ParentRef[];
  servers: ParentRef[];
}

export const isCoreGroup = (group: string | undefined): boolean =>
  group === undefined || group === '' || group === 'core';

export const isServiceRef = (ref: ObjectReference, defaultKind = 'Service'): boolean =>
  (ref.kind ?? defaultKind) === 'Service' && isCoreGroup(ref.group);

/**
 * Parent references default to the route's own group and kind `Gateway` (the CRD defaults), so a
 * parent counts as a Service only with kind Service in the core group, and as a Server only with
 * kind Server in policy.linkerd.io. Gateways belong to ingress controllers, not to the mesh.
 */
export function routeParents(kind: KindRef, route: KubeObject<HttpRouteSpec>): RouteParents {
  const namespace = route.metadata.namespace ?? '';
  const parents: RouteParents = { services: [], servers: [] };
  arrayAt(route.spec?.parentRefs, 'spec.parentRefs').forEach((ref, index) => {
    const group = ref.group ?? kind.group;
    const refKind = ref.kind ?? 'Gateway';
    if (!ref.name) return;
    const parent: ParentRef = {
      index,
      namespace: ref.namespace || namespace,
      name: ref.name,
      ...(ref.port !== undefined && { port: ref.port }),
    };
    if (refKind === 'Service' && isCoreGroup(group)) parents.services.push(parent);
    else if (refKind === 'Server' && group === 'policy.linkerd.io') parents.servers.push(parent);
  });
  return parents;
}
