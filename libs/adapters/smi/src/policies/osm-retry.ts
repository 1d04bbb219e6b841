import { durationMs, type KubeObject } from '@meshwork/adapters-core';
import { type NativePolicy, PolicyEffectType } from '@meshwork/model';
import { type PolicyReader } from './read-policies';
import { type SmiPolicyContext } from './policy-context';
import { skipped } from './skipped';
import {
  InvalidSpecError,
  fieldsAt,
  listAt,
  optionalNumber,
  optionalString,
  stringAt,
} from './spec-reader';

function durationAt(value: unknown, path: string): number | undefined {
  const text = optionalString(value, path);
  if (text === undefined) return undefined;
  const ms = durationMs(text);
  if (ms === undefined) throw new InvalidSpecError(`${path} is not a duration: ${text}`);
  return ms;
}

function readRetry(
  ctx: SmiPolicyContext,
  object: KubeObject,
  policy: NativePolicy,
  enabled: boolean,
): void {
  const namespace = object.metadata.namespace ?? '';
  const spec = fieldsAt(object.spec, 'spec');
  fieldsAt(spec['source'], 'spec.source');
  listAt(spec['destinations'], 'spec.destinations').forEach((item, i) => {
    const path = `spec.destinations[${i}]`;
    const destination = fieldsAt(item, path);
    const kind = stringAt(destination['kind'], `${path}.kind`);
    if (kind !== 'Service') {
      skipped(policy, `${path} (${kind})`);
      return;
    }
    const name = stringAt(destination['name'], `${path}.name`);
    const destinationNamespace =
      optionalString(destination['namespace'], `${path}.namespace`) ?? namespace;
    policy.targets.push(ctx.services.resolve(`${name}.${destinationNamespace}`, namespace).target);
  });
  const retryPolicy = fieldsAt(spec['retryPolicy'], 'spec.retryPolicy');
  const attempts = optionalNumber(retryPolicy['numRetries'], 'spec.retryPolicy.numRetries');
  if (attempts === undefined || !Number.isInteger(attempts) || attempts < 0) {
    throw new InvalidSpecError('spec.retryPolicy.numRetries must be a non-negative integer');
  }
  const perTryTimeoutMs = durationAt(
    retryPolicy['perTryTimeout'],
    'spec.retryPolicy.perTryTimeout',
  );
  durationAt(retryPolicy['retryBackoffBaseInterval'], 'spec.retryPolicy.retryBackoffBaseInterval');
  const on = (optionalString(retryPolicy['retryOn'], 'spec.retryPolicy.retryOn') ?? '')
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean);

  // The effect applies to every caller; OSM scopes the Retry to one source ServiceAccount.
  policy.unmodelled.push('spec.source');
  if (retryPolicy['retryBackoffBaseInterval'] !== undefined) {
    policy.unmodelled.push('spec.retryPolicy.retryBackoffBaseInterval');
  }
  if (!enabled) {
    policy.unmodelled.push(
      'spec (not enforced: MeshConfig spec.featureFlags.enableRetryPolicy is off)',
    );
    return;
  }
  policy.effects.push({
    type: PolicyEffectType.RETRY,
    attempts,
    ...(perTryTimeoutMs !== undefined && { perTryTimeoutMs }),
    ...(on.length > 0 && { on }),
  });
}

/**
 * OSM Retry → RETRY on each destination Service. OSM ignores Retry objects unless the MeshConfig
 * feature flag `enableRetryPolicy` is on; `enabled` carries that flag.
 */
export function osmRetryReader(enabled: boolean): PolicyReader {
  return (ctx, object, policy) => readRetry(ctx, object, policy, enabled);
}
