import { type KindRef, type KubeObject, durationMs } from '@meshwork/adapters-core';
import {
  type NativePolicy,
  PolicyEffectType,
  type RouteScope,
  type WeightedBackend,
} from '@meshwork/model';
import { type HttpRouteRuleSpec, type HttpRouteSpec, LinkerdKinds } from '../linkerd-kinds';
import { PolicyAnnotations } from '../linkerd-labels';
import {
  retryFromAnnotations,
  timeoutFromAnnotations,
  unmodelledAnnotations,
} from './client-annotations';
import { InvalidObjectError, arrayAt } from './invalid-object';
import { type PolicyContext } from './policy-context';
import { type ParentRef, routeParents } from './route-parents';
import { convertMatches } from './route-matches';
import { findServer, serverTarget } from './servers';

type RouteObject = KubeObject<HttpRouteSpec>;

function backends(
  ctx: PolicyContext,
  route: RouteObject,
  rule: HttpRouteRuleSpec,
  at: string,
  unmodelled: string[],
): WeightedBackend[] {
  const namespace = route.metadata.namespace ?? '';
  return arrayAt(rule.backendRefs, `${at}.backendRefs`).map((ref, b) => {
    const path = `${at}.backendRefs[${b}]`;
    if (!ref.name) throw new InvalidObjectError(`${path}.name`, 'is required');
    const weight = ref.weight ?? 1;
    if (!Number.isInteger(weight) || weight < 0) {
      throw new InvalidObjectError(
        `${path}.weight`,
        `"${String(ref.weight)}" is not a non-negative integer`,
      );
    }
    if (ref.filters?.length) unmodelled.push(`${path}.filters`);
    const kind = ref.kind ?? 'Service';
    const service =
      kind === 'Service'
        ? ctx.serviceRef(ref.namespace || namespace, ref.name)
        : `${kind}/${ref.name}`;
    return { service, ...(ref.port !== undefined && { port: ref.port }), weight };
  });
}

/** A rule sends traffic somewhere else than its parent, or splits it: that is a traffic split. */
function isSplit(ctx: PolicyContext, parents: ParentRef[], list: WeightedBackend[]): boolean {
  if (list.length > 1) return true;
  const only = list[0];
  return !!only && !parents.some((p) => ctx.serviceRef(p.namespace, p.name) === only.service);
}

function outboundRule(
  ctx: PolicyContext,
  route: RouteObject,
  policy: NativePolicy,
  parents: ParentRef[],
  rule: HttpRouteRuleSpec,
  index: number,
): void {
  const at = `spec.rules[${index}]`;
  const annotations = route.metadata.annotations ?? {};
  const scope: RouteScope = {
    index,
    ...(rule.name && { name: rule.name }),
    matches: convertMatches(rule.matches, `${at}.matches`, policy.unmodelled),
  };
  const list = backends(ctx, route, rule, at, policy.unmodelled);
  if (isSplit(ctx, parents, list)) {
    policy.effects.push({ type: PolicyEffectType.TRAFFIC_SPLIT, backends: list, route: scope });
  }
  arrayAt(rule.filters, `${at}.filters`).forEach((_, f) =>
    policy.unmodelled.push(`${at}.filters[${f}]`),
  );
  // The annotation wins over the field, as in the policy controller.
  const annotated = timeoutFromAnnotations(annotations);
  const field = rule.timeouts?.request;
  const fieldMs = durationMs(field, { days: true });
  if (field !== undefined && fieldMs === undefined) {
    throw new InvalidObjectError(`${at}.timeouts.request`, `"${field}" is not a duration`);
  }
  if (annotated) policy.effects.push({ ...annotated, route: scope });
  else if (fieldMs)
    policy.effects.push({ type: PolicyEffectType.TIMEOUT, ms: fieldMs, route: scope });
  if (rule.timeouts?.backendRequest !== undefined)
    policy.unmodelled.push(`${at}.timeouts.backendRequest`);
  const retry = retryFromAnnotations(annotations, false);
  if (retry) policy.effects.push({ ...retry, route: scope });
}

/** Whether a Gateway API route is this mesh's business, rather than an ingress's or another mesh's. */
function meshCares(
  ctx: PolicyContext,
  route: RouteObject,
  services: ParentRef[],
  servers: ParentRef[],
): boolean {
  if (servers.length) return true;
  return (
    ctx.hasMeshedWorkloads(route.metadata.namespace ?? '') ||
    services.some((p) => ctx.serviceIsMeshed(p.namespace, p.name))
  );
}

/**
 * HTTPRoutes (policy.linkerd.io and gateway.networking.k8s.io) attached to Services become client
 * policy per rule: weighted backends, request timeouts, retry annotations. Routes attached to a
 * Server only scope inbound authorization; they are listed with their targets and no effects.
 */
export function readHttpRoutes(ctx: PolicyContext, kind: KindRef<RouteObject>): void {
  ctx.readAll(kind, (route) => {
    const namespace = route.metadata.namespace ?? '';
    const { services, servers } = routeParents(kind, route);
    if (!services.length && !servers.length) return undefined;
    if (!ctx.owns(namespace)) return undefined;
    if (kind !== LinkerdKinds.HTTPRoute && !meshCares(ctx, route, services, servers))
      return undefined;
    const policy = ctx.policyFor(kind, route);
    for (const parent of services)
      policy.targets.push(ctx.serviceTarget(parent.namespace, parent.name));
    for (const parent of servers) {
      const server = findServer(ctx, parent.namespace, parent.name);
      if (server) policy.targets.push(serverTarget(server));
      else policy.unmodelled.push(`spec.parentRefs[${parent.index}]`);
    }
    if (route.spec?.hostnames?.length) policy.unmodelled.push('spec.hostnames');
    const rules = arrayAt(route.spec?.rules, 'spec.rules');
    if (services.length) {
      rules.forEach((rule, index) => outboundRule(ctx, route, policy, services, rule, index));
      const annotations = route.metadata.annotations ?? {};
      policy.unmodelled.push(
        ...unmodelledAnnotations(annotations, [
          PolicyAnnotations.timeoutResponse,
          PolicyAnnotations.timeoutIdle,
          PolicyAnnotations.retryGrpc,
        ]),
      );
    } else {
      rules.forEach((rule, r) => {
        convertMatches(rule.matches, `spec.rules[${r}].matches`, policy.unmodelled);
        arrayAt(rule.filters, `spec.rules[${r}].filters`).forEach((_, f) =>
          policy.unmodelled.push(`spec.rules[${r}].filters[${f}]`),
        );
      });
    }
    return policy;
  });
}
