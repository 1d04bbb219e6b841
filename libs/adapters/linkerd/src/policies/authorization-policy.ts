import { type KubeObject } from '@meshwork/adapters-core';
import {
  AccessAction,
  type AccessOperation,
  type AccessPeer,
  type NativePolicy,
  PolicyEffectType,
} from '@meshwork/model';
import {
  type AuthorizationPolicySpec,
  type HttpRouteSpec,
  LinkerdKinds,
  type ObjectReference,
} from '../linkerd-kinds';
import { resolveAuthentication } from './authentications';
import { InvalidObjectError, arrayAt } from './invalid-object';
import { type PolicyContext } from './policy-context';
import { isCoreGroup, routeParents } from './route-parents';
import { accessPaths, convertMatches } from './route-matches';
import { findServer, serverPort, serverTarget } from './servers';

type AuthorizationPolicyObject = KubeObject<AuthorizationPolicySpec>;

/** Operations allowed on a Server: its port, or nothing more specific when the port is unknown. */
function serverOperations(
  ctx: PolicyContext,
  namespace: string,
  name: string,
  policy: NativePolicy,
): AccessOperation[] {
  const server = findServer(ctx, namespace, name);
  if (!server)
    throw new InvalidObjectError('spec.targetRef', `Server ${namespace}/${name} does not exist`);
  policy.targets.push(serverTarget(server));
  const port = serverPort(ctx, server);
  return port === undefined ? [] : [{ ports: [port] }];
}

/** A route target: the route's Servers, narrowed to the route's paths and methods where expressible. */
function routeOperations(
  ctx: PolicyContext,
  namespace: string,
  target: ObjectReference,
  policy: NativePolicy,
): AccessOperation[] {
  const kind =
    target.group === LinkerdKinds.GatewayHTTPRoute.group
      ? LinkerdKinds.GatewayHTTPRoute
      : LinkerdKinds.HTTPRoute;
  const route: KubeObject<HttpRouteSpec> | undefined = ctx.snapshot.get(
    kind,
    namespace,
    target.name ?? '',
  );
  if (!route)
    throw new InvalidObjectError(
      'spec.targetRef',
      `HTTPRoute ${namespace}/${target.name} does not exist`,
    );
  const servers = routeParents(kind, route).servers;
  if (!servers.length) policy.unmodelled.push('spec.targetRef');
  const ports = servers.flatMap((s) =>
    serverOperations(ctx, s.namespace, s.name, policy).flatMap((op) => op.ports ?? []),
  );
  const unmodelled: string[] = [];
  const operations: AccessOperation[] = [];
  // One operation per match keeps each path with its own method (operations are OR-ed).
  for (const [r, rule] of arrayAt(route.spec?.rules, 'spec.rules').entries()) {
    const matches = convertMatches(rule.matches, `spec.rules[${r}].matches`, unmodelled);
    if (!matches.length) operations.push({ ...(ports.length && { ports }) });
    for (const match of matches) {
      const paths = accessPaths([match]);
      if (match.headers || (match.path && !paths)) unmodelled.push('headers or regex');
      operations.push({
        ...(ports.length && { ports }),
        ...(paths && { paths }),
        ...(match.method && { methods: [match.method] }),
      });
    }
  }
  // The route's own unmodelled conditions widen what this policy allows; say so on the policy.
  if (unmodelled.length) policy.unmodelled.push('spec.targetRef');
  return operations.length ? operations : ports.length ? [{ ports }] : [];
}

/**
 * Who the policy admits: the AND of its authentications. One identity-bearing authentication gives
 * the peers; a second would need an intersection of identity sets the model cannot hold, so it is
 * reported as unmodelled. No authentications at all admits anyone reaching the target.
 */
function admitted(
  ctx: PolicyContext,
  object: AuthorizationPolicyObject,
  policy: NativePolicy,
): AccessPeer[] | 'nobody' {
  const namespace = object.metadata.namespace ?? '';
  let peers: AccessPeer[] | undefined;
  const refs = arrayAt(object.spec?.requiredAuthenticationRefs, 'spec.requiredAuthenticationRefs');
  for (const [i, ref] of refs.entries()) {
    const at = `spec.requiredAuthenticationRefs[${i}]`;
    const resolved = resolveAuthentication(ctx, ref, namespace, at);
    if (resolved.missing) {
      ctx.invalid(
        LinkerdKinds.AuthorizationPolicy,
        object,
        `${at}: ${resolved.missing} does not exist; the policy admits nobody`,
      );
      return 'nobody';
    }
    if (resolved.unmodelled) policy.unmodelled.push(at);
    if (resolved.peers && peers) policy.unmodelled.push(at);
    else if (resolved.peers) peers = resolved.peers;
  }
  return peers ?? [];
}

/**
 * AuthorizationPolicies: allow the authenticated clients to reach a Server, an HTTPRoute of a Server
 * (its paths and methods), or every Server in the namespace.
 */
export function readAuthorizationPolicies(ctx: PolicyContext): void {
  ctx.readAll(LinkerdKinds.AuthorizationPolicy, (object) => {
    const namespace = object.metadata.namespace ?? '';
    if (!ctx.owns(namespace)) return undefined;
    const target = object.spec?.targetRef;
    if (!target?.kind || !target.name)
      throw new InvalidObjectError('spec.targetRef', 'kind and name are required');
    const policy = ctx.policyFor(LinkerdKinds.AuthorizationPolicy, object);
    let to: AccessOperation[] = [];
    if (target.kind === 'Server' && target.group === LinkerdKinds.Server.group) {
      to = serverOperations(ctx, namespace, target.name, policy);
    } else if (target.kind === 'HTTPRoute') {
      to = routeOperations(ctx, namespace, target, policy);
    } else if (target.kind === 'Namespace' && isCoreGroup(target.group)) {
      policy.targets.push({ type: 'NAMESPACE', namespace });
    } else {
      policy.unmodelled.push('spec.targetRef');
    }
    const peers = admitted(ctx, object, policy);
    policy.effects.push({
      type: PolicyEffectType.ACCESS,
      action: AccessAction.ALLOW,
      rules: peers === 'nobody' ? [] : [{ from: peers, to }],
    });
    policy.unmodelled = [...new Set(policy.unmodelled)];
    return policy;
  });
}
