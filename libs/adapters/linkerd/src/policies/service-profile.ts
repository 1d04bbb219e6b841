import { durationMs } from '@meshwork/adapters-core';
import {
  type HttpMatch,
  type NativePolicy,
  PolicyEffectType,
  type RouteScope,
  type WeightedBackend,
} from '@meshwork/model';
import {
  LinkerdKinds,
  type ServiceProfileRouteSpec,
  type ServiceProfileSpec,
} from '../linkerd-kinds';
import { InvalidObjectError, arrayAt } from './invalid-object';
import { type PolicyContext } from './policy-context';
import { parseQuantity } from './quantity';

/** Failure classes a retryable route retries on: its failure response classes, else 5xx (the default). */
function retryConditions(route: ServiceProfileRouteSpec): string[] {
  const classes = (route.responseClasses ?? [])
    .filter((c) => c.isFailure && c.condition?.status)
    .map(({ condition }) => {
      const { min = 100, max = 599 } = condition?.status ?? {};
      return min === max ? String(min) : `${min}-${max}`;
    });
  return classes.length ? classes : ['5xx'];
}

function routeMatch(route: ServiceProfileRouteSpec, at: string, unmodelled: string[]): HttpMatch[] {
  const condition = route.condition ?? {};
  for (const key of ['all', 'any', 'not'] as const) {
    if (condition[key] !== undefined) unmodelled.push(`${at}.condition.${key}`);
  }
  const match: HttpMatch = {
    ...(condition.pathRegex !== undefined && {
      path: { type: 'REGEX', value: condition.pathRegex },
    }),
    ...(condition.method !== undefined && { method: condition.method }),
  };
  return Object.keys(match).length ? [match] : [];
}

function readRoute(policy: NativePolicy, route: ServiceProfileRouteSpec, index: number): void {
  const at = `spec.routes[${index}]`;
  const scope: RouteScope = {
    index,
    ...(route.name && { name: route.name }),
    matches: routeMatch(route, at, policy.unmodelled),
  };
  if (route.timeout !== undefined) {
    const ms = durationMs(route.timeout, { days: true });
    if (ms === undefined)
      throw new InvalidObjectError(`${at}.timeout`, `"${route.timeout}" is not a duration`);
    if (ms > 0) policy.effects.push({ type: PolicyEffectType.TIMEOUT, ms, route: scope });
  }
  if (route.isRetryable) {
    // Profile retries are limited by the Service's retry budget, not by a count per request:
    // attempts 0 means "no fixed count" here, and the budget is listed as unmodelled.
    policy.effects.push({
      type: PolicyEffectType.RETRY,
      attempts: 0,
      on: retryConditions(route),
      route: scope,
    });
  }
}

function dstOverrides(ctx: PolicyContext, spec: ServiceProfileSpec): WeightedBackend[] {
  return arrayAt(spec.dstOverrides, 'spec.dstOverrides').map((override, i) => {
    const at = `spec.dstOverrides[${i}]`;
    const weight = parseQuantity(override.weight);
    if (!override.authority) throw new InvalidObjectError(`${at}.authority`, 'is required');
    if (weight === undefined)
      throw new InvalidObjectError(
        `${at}.weight`,
        `"${String(override.weight)}" is not a quantity`,
      );
    const service = ctx.serviceOfHost(override.authority);
    return service
      ? {
          service: ctx.serviceRef(service.namespace, service.name),
          ...(service.port && { port: service.port }),
          weight,
        }
      : { service: override.authority, weight };
  });
}

/**
 * ServiceProfiles (`<svc>.<ns>.svc.<cluster domain>`): per-route timeouts and retryability, and
 * `dstOverrides` as a weighted split of the whole Service. A profile in the Service's namespace
 * applies to every client; one in a client namespace only to clients there. Profiles take priority
 * over HTTPRoutes and policy annotations for the same Service.
 */
export function readServiceProfiles(ctx: PolicyContext): void {
  ctx.readAll(LinkerdKinds.ServiceProfile, (profile) => {
    if (!ctx.owns(profile.metadata.namespace ?? '')) return undefined;
    const spec = profile.spec ?? {};
    const policy = ctx.policyFor(LinkerdKinds.ServiceProfile, profile);
    const service = ctx.serviceOfHost(profile.metadata.name);
    policy.targets.push(
      service
        ? ctx.serviceTarget(service.namespace, service.name)
        : { type: 'HOST', host: profile.metadata.name },
    );
    arrayAt(spec.routes, 'spec.routes').forEach((route, i) => readRoute(policy, route, i));
    const split = dstOverrides(ctx, spec);
    if (split.length)
      policy.effects.push({ type: PolicyEffectType.TRAFFIC_SPLIT, backends: split });
    if (spec.retryBudget) policy.unmodelled.push('spec.retryBudget');
    if (spec.opaquePorts?.length) policy.unmodelled.push('spec.opaquePorts');
    return policy;
  });
}
