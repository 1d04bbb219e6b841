import { type KubeObject } from '@meshwork/adapters-core';
import { type CircuitBreakerEffect, type NativePolicy, PolicyEffectType } from '@meshwork/model';
import { type SmiPolicyContext } from './policy-context';
import { type Fields, fieldsAt, optionalFields, optionalNumber, stringAt } from './spec-reader';

type Limits = Omit<CircuitBreakerEffect, 'type' | 'route'>;

function limit(fields: Fields | undefined, key: string, path: string): number | undefined {
  const value = optionalNumber(fields?.[key], `${path}.${key}`);
  return value === undefined ? undefined : Math.floor(value);
}

/**
 * OSM UpstreamTrafficSetting → CIRCUIT_BREAKER (connection and request limits) on its host. OSM has
 * no outlier detection; the TCP connect timeout and the rate limits have no effect type and are
 * reported as unmodelled.
 */
export function readUpstreamTrafficSetting(
  ctx: SmiPolicyContext,
  object: KubeObject,
  policy: NativePolicy,
): void {
  const namespace = object.metadata.namespace ?? '';
  const spec = fieldsAt(object.spec, 'spec');
  policy.targets.push(ctx.services.resolve(stringAt(spec['host'], 'spec.host'), namespace).target);
  const connection = optionalFields(spec['connectionSettings'], 'spec.connectionSettings');
  const tcpPath = 'spec.connectionSettings.tcp';
  const httpPath = 'spec.connectionSettings.http';
  const tcp = optionalFields(connection?.['tcp'], tcpPath);
  const http = optionalFields(connection?.['http'], httpPath);
  const candidates: Limits = {
    maxConnections: limit(tcp, 'maxConnections', tcpPath),
    maxRequests: limit(http, 'maxRequests', httpPath),
    maxPendingRequests: limit(http, 'maxPendingRequests', httpPath),
    maxRequestsPerConnection: limit(http, 'maxRequestsPerConnection', httpPath),
    maxRetries: limit(http, 'maxRetries', httpPath),
  };
  const limits = Object.fromEntries(
    Object.entries(candidates).filter(([, value]) => value !== undefined),
  ) as Limits;
  if (Object.keys(limits).length) {
    policy.effects.push({ type: PolicyEffectType.CIRCUIT_BREAKER, ...limits });
  }
  if (tcp?.['connectTimeout'] !== undefined) policy.unmodelled.push(`${tcpPath}.connectTimeout`);
  if (spec['rateLimit'] !== undefined) policy.unmodelled.push('spec.rateLimit');
  if (spec['httpRoutes'] !== undefined) policy.unmodelled.push('spec.httpRoutes');
}
