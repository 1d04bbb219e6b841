import { durationMs } from '@meshwork/adapters-core';
import {
  type CircuitBreakerEffect,
  PolicyEffectType,
  type RetryEffect,
  type TimeoutEffect,
} from '@meshwork/model';
import { PolicyAnnotations } from '../linkerd-labels';
import { InvalidObjectError } from './invalid-object';

type Annotations = Readonly<Record<string, string>>;

const pathOf = (key: string) => `metadata.annotations['${key}']`;

function duration(annotations: Annotations, key: string): number | undefined {
  const value = annotations[key];
  if (value === undefined) return undefined;
  const ms = durationMs(value, { days: true });
  // The policy controller accepts one magnitude and unit (ms, s, m, h, d); compound forms fail there.
  if (ms === undefined || !/^\s*\d+(ms|s|m|h|d)?\s*$/.test(value)) {
    throw new InvalidObjectError(pathOf(key), `"${value}" is not a duration such as 500ms or 10s`);
  }
  return ms;
}

function integer(annotations: Annotations, key: string, max: number): number | undefined {
  const value = annotations[key];
  if (value === undefined) return undefined;
  const parsed = /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!(parsed <= max))
    throw new InvalidObjectError(pathOf(key), `"${value}" is not an integer 0..${max}`);
  return parsed;
}

const HTTP_CONDITION = /^(5xx|gateway-error|[1-5]\d\d(-[1-5]\d\d)?)$/i;
const GRPC_CONDITIONS = [
  'cancelled',
  'deadline-exceeded',
  'internal',
  'resource-exhausted',
  'unavailable',
];

function conditions(
  annotations: Annotations,
  key: string,
  valid: (c: string) => boolean,
): string[] {
  const value = annotations[key];
  if (value === undefined) return [];
  const list = value.split(',').map((c) => c.trim());
  const bad = list.find((c) => !valid(c));
  if (bad !== undefined)
    throw new InvalidObjectError(pathOf(key), `invalid retry condition "${bad}"`);
  return list;
}

/** `timeout.linkerd.io/request` (zero means no timeout, as in the policy controller). */
export function timeoutFromAnnotations(annotations: Annotations): TimeoutEffect | undefined {
  const ms = duration(annotations, PolicyAnnotations.timeoutRequest);
  return ms ? { type: PolicyEffectType.TIMEOUT, ms } : undefined;
}

/**
 * `retry.linkerd.io/*`: any of the keys turns retries on; the limit defaults to 1 and a limit of 0
 * counts as unset, exactly as the policy controller parses them. `grpc` conditions apply to gRPC
 * routes only, so they are listed only when the caller says gRPC is in scope.
 */
export function retryFromAnnotations(
  annotations: Annotations,
  grpc: boolean,
): RetryEffect | undefined {
  const limit = integer(annotations, PolicyAnnotations.retryLimit, 65_535) || undefined;
  const perTry = duration(annotations, PolicyAnnotations.retryTimeout) || undefined;
  const http = conditions(annotations, PolicyAnnotations.retryHttp, (c) => HTTP_CONDITION.test(c));
  const grpcConditions = grpc
    ? conditions(annotations, PolicyAnnotations.retryGrpc, (c) =>
        GRPC_CONDITIONS.includes(c.toLowerCase()),
      )
    : [];
  const configured =
    limit !== undefined ||
    perTry !== undefined ||
    annotations[PolicyAnnotations.retryHttp] !== undefined ||
    grpcConditions.length > 0;
  if (!configured) return undefined;
  const on = [...http, ...grpcConditions];
  return {
    type: PolicyEffectType.RETRY,
    attempts: limit ?? 1,
    ...(perTry !== undefined && { perTryTimeoutMs: perTry }),
    ...(on.length && { on }),
  };
}

/**
 * `balancer.linkerd.io/failure-accrual=consecutive` with its defaults (7 failures, 1s minimum
 * penalty). The penalty ceiling and jitter have no field in the model; the caller lists them.
 */
export function failureAccrualFromAnnotations(
  annotations: Annotations,
): CircuitBreakerEffect | undefined {
  const mode = annotations[PolicyAnnotations.failureAccrual];
  if (mode === undefined) return undefined;
  if (mode !== 'consecutive') {
    throw new InvalidObjectError(
      pathOf(PolicyAnnotations.failureAccrual),
      `unsupported mode "${mode}"`,
    );
  }
  const maxFailures = integer(annotations, PolicyAnnotations.maxFailures, 4_294_967_295) ?? 7;
  const minPenalty = duration(annotations, PolicyAnnotations.minPenalty) ?? 1_000;
  const maxPenalty = duration(annotations, PolicyAnnotations.maxPenalty) ?? 60_000;
  if (maxPenalty < minPenalty) {
    throw new InvalidObjectError(
      pathOf(PolicyAnnotations.maxPenalty),
      'is below the minimum penalty',
    );
  }
  const jitter = annotations[PolicyAnnotations.jitterRatio];
  if (jitter !== undefined && !(Number(jitter) >= 0 && Number(jitter) <= 100)) {
    throw new InvalidObjectError(
      pathOf(PolicyAnnotations.jitterRatio),
      `"${jitter}" is not 0..100`,
    );
  }
  return {
    type: PolicyEffectType.CIRCUIT_BREAKER,
    consecutiveErrors: maxFailures,
    baseEjectionTimeMs: minPenalty,
  };
}

/** Annotation keys that configure behaviour with no model field, as `unmodelled` paths. */
export function unmodelledAnnotations(annotations: Annotations, keys: readonly string[]): string[] {
  return keys.filter((key) => annotations[key] !== undefined).map(pathOf);
}

/** Every client-policy annotation key, to tell whether a Service carries any. */
export const CLIENT_POLICY_KEYS: readonly string[] = Object.values(PolicyAnnotations);
