import { type KubeObject, durationMs } from '@meshwork/adapters-core';
import {
  type CircuitBreakerEffect,
  MtlsModeValue,
  type NativePolicy,
  PolicyEffectType,
  type ServiceSubset,
} from '@meshwork/model';
import { type PolicyContext } from './policy-context';

interface TrafficPolicy extends Record<string, unknown> {
  connectionPool?: {
    tcp?: { maxConnections?: number };
    http?: {
      http1MaxPendingRequests?: number;
      http2MaxRequests?: number;
      maxRequestsPerConnection?: number;
      maxRetries?: number;
    };
  };
  outlierDetection?: {
    consecutive5xxErrors?: number;
    consecutiveGatewayErrors?: number;
    /** Deprecated alias of consecutive5xxErrors in old releases. */
    consecutiveErrors?: number;
    interval?: string;
    baseEjectionTime?: string;
    maxEjectionPercent?: number;
  };
  tls?: { mode?: string };
}
export interface DestinationRuleSpec {
  host?: string;
  trafficPolicy?: TrafficPolicy;
  subsets?: { name: string; labels?: Record<string, string>; trafficPolicy?: TrafficPolicy }[];
}

const MODELLED_POLICY_FIELDS = new Set(['connectionPool', 'outlierDetection', 'tls']);

/** Client-side TLS: ISTIO_MUTUAL/MUTUAL send mTLS; SIMPLE is one-way TLS origination, not mesh mTLS. */
const CLIENT_TLS: Record<string, MtlsModeValue | undefined> = {
  ISTIO_MUTUAL: MtlsModeValue.STRICT,
  MUTUAL: MtlsModeValue.STRICT,
  DISABLE: MtlsModeValue.DISABLE,
};

const defined = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

export function readDestinationRule(
  ctx: PolicyContext,
  policy: NativePolicy,
  object: KubeObject<DestinationRuleSpec>,
): NativePolicy {
  const spec = object.spec ?? {};
  const namespace = object.metadata.namespace ?? '';
  if (spec.host) policy.targets = [ctx.hosts.target(spec.host, namespace)];
  const traffic = spec.trafficPolicy ?? {};
  for (const field of Object.keys(traffic)) {
    if (!MODELLED_POLICY_FIELDS.has(field)) policy.unmodelled.push(`spec.trafficPolicy.${field}`);
  }
  spec.subsets?.forEach((subset, i) => {
    if (subset.trafficPolicy) policy.unmodelled.push(`spec.subsets[${i}].trafficPolicy`);
  });

  const pool = traffic.connectionPool;
  const outlier = traffic.outlierDetection;
  if (pool || outlier) {
    const breaker: CircuitBreakerEffect = defined({
      type: PolicyEffectType.CIRCUIT_BREAKER as const,
      maxConnections: pool?.tcp?.maxConnections,
      maxPendingRequests: pool?.http?.http1MaxPendingRequests,
      maxRequests: pool?.http?.http2MaxRequests,
      maxRequestsPerConnection: pool?.http?.maxRequestsPerConnection,
      maxRetries: pool?.http?.maxRetries,
      consecutiveErrors:
        outlier?.consecutive5xxErrors ??
        outlier?.consecutiveErrors ??
        outlier?.consecutiveGatewayErrors,
      intervalMs: durationMs(outlier?.interval),
      baseEjectionTimeMs: durationMs(outlier?.baseEjectionTime),
      maxEjectionPercent: outlier?.maxEjectionPercent,
    });
    policy.effects.push(breaker);
  }
  const tlsMode = traffic.tls?.mode;
  if (tlsMode) {
    const mode = CLIENT_TLS[tlsMode];
    if (mode) policy.effects.push({ type: PolicyEffectType.MTLS_MODE, mode, side: 'CLIENT' });
    else policy.unmodelled.push('spec.trafficPolicy.tls');
  }
  return policy;
}

/** Subsets a DestinationRule declares, for the Service its host resolves to. */
export function destinationRuleSubsets(
  policyId: string,
  spec: DestinationRuleSpec | undefined,
): ServiceSubset[] {
  return (spec?.subsets ?? []).map((s) => ({
    name: s.name,
    labels: { ...s.labels },
    definedBy: policyId,
  }));
}
