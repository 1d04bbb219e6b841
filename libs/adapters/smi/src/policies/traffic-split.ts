import { type KubeObject } from '@meshwork/adapters-core';
import {
  type HttpMatch,
  type NativePolicy,
  PolicyEffectType,
  type RouteScope,
} from '@meshwork/model';
import { type SmiPolicyContext } from './policy-context';
import { httpMatchesOf } from './route-matches';
import { skipped } from './skipped';
import { InvalidSpecError, fieldsAt, listAt, optionalList, stringAt } from './spec-reader';

/**
 * A backend weight: an integer from v1alpha2 on, a Kubernetes quantity in v1alpha1 (`500m`). Only
 * ratios matter, so both read as plain numbers.
 */
function weightOf(value: unknown, path: string): number {
  const weight =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^\d+(\.\d+)?m?$/.test(value)
        ? value.endsWith('m')
          ? Number(value.slice(0, -1)) / 1_000
          : Number(value)
        : Number.NaN;
  if (!Number.isFinite(weight) || weight < 0) {
    throw new InvalidSpecError(
      `${path} must be a non-negative weight, got ${JSON.stringify(value)}`,
    );
  }
  return weight;
}

/** v1alpha3+ `spec.matches`: the split applies only to requests matching these route groups. */
function routeScopeOf(
  ctx: SmiPolicyContext,
  spec: Readonly<Record<string, unknown>>,
  namespace: string,
  policy: NativePolicy,
): RouteScope | 'none' | undefined {
  const refs = optionalList(spec['matches'], 'spec.matches');
  if (!refs.length) return undefined;
  const names: string[] = [];
  const matches: HttpMatch[] = [];
  refs.forEach((item, i) => {
    const path = `spec.matches[${i}]`;
    const ref = fieldsAt(item, path);
    const name = stringAt(ref['name'], `${path}.name`);
    const routes = ctx.routes.http(namespace, name);
    if (!routes.found) {
      skipped(policy, `${path} (${routes.reason})`);
      return;
    }
    names.push(name);
    for (const route of routes.value) {
      const converted = httpMatchesOf(route);
      matches.push(...converted.matches);
      for (const header of converted.lostHeaders) {
        policy.unmodelled.push(
          `${path} (HTTPRouteGroup ${name} match ${route.name}: header ${header} regex)`,
        );
      }
    }
  });
  // No route group resolved: the split's scope is unknown, and claiming "every request" would be wrong.
  if (!names.length) return 'none';
  return { index: 0, name: names.join(','), matches };
}

/** SMI TrafficSplit → one TRAFFIC_SPLIT effect on the root (apex) Service. */
export function readTrafficSplit(
  ctx: SmiPolicyContext,
  object: KubeObject,
  policy: NativePolicy,
): void {
  const namespace = object.metadata.namespace ?? '';
  const spec = fieldsAt(object.spec, 'spec');
  const apex = ctx.services.resolve(stringAt(spec['service'], 'spec.service'), namespace);
  const backends = listAt(spec['backends'], 'spec.backends').map((item, i) => {
    const backend = fieldsAt(item, `spec.backends[${i}]`);
    const service = stringAt(backend['service'], `spec.backends[${i}].service`);
    return {
      service: ctx.services.resolve(service, namespace).ref,
      weight: weightOf(backend['weight'], `spec.backends[${i}].weight`),
    };
  });
  if (!backends.length) throw new InvalidSpecError('spec.backends is empty');
  policy.targets.push(apex.target);
  const route = routeScopeOf(ctx, spec, namespace, policy);
  if (route === 'none') return;
  policy.effects.push({
    type: PolicyEffectType.TRAFFIC_SPLIT,
    backends,
    ...(route && { route }),
  });
}
