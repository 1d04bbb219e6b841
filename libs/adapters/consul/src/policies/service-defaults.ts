import { type CircuitBreakerEffect, PolicyEffectType } from '@meshwork/model';
import { parseDurationMs } from '../kube/duration';
import { ConsulKinds } from '../kube/consul-kinds';
import { type Fields, readList, readNumber, readObject } from '../kube/field-readers';
import { serviceTargets } from './consul-refs';
import { readMtlsMode } from './mtls-mode';
import { type PolicyReader, newPolicy } from './policy-reader';
import { unhandledFields } from './unhandled-fields';

/**
 * ServiceDefaults `<service>`: `mutualTLSMode` → MTLS_MODE; `localRequestTimeoutMs` (requests from the
 * proxy to its own app) → TIMEOUT; `upstreamConfig.defaults.limits` + `passiveHealthCheck` →
 * CIRCUIT_BREAKER. Upstream config is applied by this service's proxy to the services it calls, so that
 * breaker guards this service's outbound calls. Per-upstream `overrides` name a second service, which
 * an effect cannot carry, so they stay unmodelled.
 */
export const readServiceDefaults: PolicyReader = (input) => {
  const policy = newPolicy(input, ConsulKinds.ServiceDefaults);
  const spec = readObject(input.object.spec, 'spec');
  policy.targets = serviceTargets(input, input.object.metadata.name);
  const mtls = readMtlsMode(spec['mutualTLSMode'], 'spec.mutualTLSMode');
  if (mtls) policy.effects.push(mtls);
  const localTimeout = readNumber(spec['localRequestTimeoutMs'], 'spec.localRequestTimeoutMs');
  if (localTimeout !== undefined && localTimeout > 0) {
    policy.effects.push({ type: PolicyEffectType.TIMEOUT, ms: localTimeout });
  }
  const upstreamConfig = readObject(spec['upstreamConfig'], 'spec.upstreamConfig');
  const defaults = readObject(upstreamConfig['defaults'], 'spec.upstreamConfig.defaults');
  const breaker = readCircuitBreaker(defaults, 'spec.upstreamConfig.defaults');
  if (breaker) policy.effects.push(breaker);
  policy.unmodelled.push(
    ...unhandledFields(defaults, ['limits', 'passiveHealthCheck'], 'spec.upstreamConfig.defaults'),
    ...readList(upstreamConfig['overrides'], 'spec.upstreamConfig.overrides').map(
      (_, i) => `spec.upstreamConfig.overrides[${i}]`,
    ),
    ...unhandledFields(spec, ['mutualTLSMode', 'localRequestTimeoutMs', 'upstreamConfig'], 'spec'),
  );
  return { policy };
};

function readCircuitBreaker(upstream: Fields, path: string): CircuitBreakerEffect | undefined {
  const limits = readObject(upstream['limits'], `${path}.limits`);
  const check = readObject(upstream['passiveHealthCheck'], `${path}.passiveHealthCheck`);
  const num = (fields: Fields, key: string, at: string) => readNumber(fields[key], `${at}.${key}`);
  const values = {
    maxConnections: num(limits, 'maxConnections', `${path}.limits`),
    maxPendingRequests: num(limits, 'maxPendingRequests', `${path}.limits`),
    maxRequests: num(limits, 'maxConcurrentRequests', `${path}.limits`),
    consecutiveErrors: num(check, 'maxFailures', `${path}.passiveHealthCheck`),
    intervalMs: parseDurationMs(check['interval'], `${path}.passiveHealthCheck.interval`),
    baseEjectionTimeMs: parseDurationMs(
      check['baseEjectionTime'],
      `${path}.passiveHealthCheck.baseEjectionTime`,
    ),
    maxEjectionPercent: num(check, 'maxEjectionPercent', `${path}.passiveHealthCheck`),
  };
  const set = Object.entries(values).filter(([, v]) => v !== undefined);
  if (set.length === 0) return undefined;
  return { type: PolicyEffectType.CIRCUIT_BREAKER, ...Object.fromEntries(set) };
}
