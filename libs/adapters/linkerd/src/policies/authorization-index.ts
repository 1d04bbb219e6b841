import { matchesLabelSelector } from '@meshwork/adapters-core';
import { LinkerdKinds } from '../linkerd-kinds';
import { type PolicyContext } from './policy-context';
import { routeParents } from './route-parents';

/**
 * `<namespace>/<name>` of every Server some authorization refers to, directly, through a route
 * attached to it, or through a namespace-wide AuthorizationPolicy. A Server outside this set and
 * with the default `deny` access policy admits nobody.
 */
export function authorizedServers(ctx: PolicyContext): Set<string> {
  const authorized = new Set<string>();
  const serversIn = (namespace: string) => ctx.snapshot.list(LinkerdKinds.Server, namespace);
  // Malformed objects are skipped here; their own readers report them.
  const safely = (read: () => void) => {
    try {
      read();
    } catch {
      /* reported by the object's reader */
    }
  };
  for (const authz of ctx.snapshot.list(LinkerdKinds.ServerAuthorization)) {
    safely(() => {
      const namespace = authz.metadata.namespace ?? '';
      const { name, selector } = authz.spec?.server ?? {};
      if (name) authorized.add(`${namespace}/${name}`);
      else if (selector) {
        for (const server of serversIn(namespace)) {
          if (matchesLabelSelector(selector, server.metadata.labels)) {
            authorized.add(`${namespace}/${server.metadata.name}`);
          }
        }
      }
    });
  }
  for (const policy of ctx.snapshot.list(LinkerdKinds.AuthorizationPolicy)) {
    safely(() => {
      const namespace = policy.metadata.namespace ?? '';
      const target = policy.spec?.targetRef;
      if (!target?.name) return;
      if (target.kind === 'Server') authorized.add(`${namespace}/${target.name}`);
      if (target.kind === 'Namespace') {
        for (const server of serversIn(namespace))
          authorized.add(`${namespace}/${server.metadata.name}`);
      }
      if (target.kind === 'HTTPRoute') {
        const kind =
          target.group === LinkerdKinds.GatewayHTTPRoute.group
            ? LinkerdKinds.GatewayHTTPRoute
            : LinkerdKinds.HTTPRoute;
        const route = ctx.snapshot.get(kind, namespace, target.name);
        if (!route) return;
        for (const server of routeParents(kind, route).servers) {
          authorized.add(`${server.namespace}/${server.name}`);
        }
      }
    });
  }
  return authorized;
}
