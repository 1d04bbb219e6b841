import { type KindRef, type KubeObject } from '@meshwork/adapters-core';
import { type ClusterError, type NativePolicy } from '@meshwork/model';
import { invalidObject } from './invalid-object';
import { type SmiPolicyContext } from './policy-context';

/** Fills targets, effects and unmodelled fields of `policy` from `object`; throws when malformed. */
export type PolicyReader = (
  ctx: SmiPolicyContext,
  object: KubeObject,
  policy: NativePolicy,
) => void;

export interface PolicyReadResult {
  policies: NativePolicy[];
  errors: ClusterError[];
}

/**
 * Reads every object of `kind` in the mesh's namespaces. One malformed object becomes one error
 * entry; the others are still read.
 */
export function readPolicies(
  ctx: SmiPolicyContext,
  kind: KindRef,
  read: PolicyReader,
): PolicyReadResult {
  const result: PolicyReadResult = { policies: [], errors: [] };
  for (const object of ctx.snapshot.list(kind)) {
    if (!ctx.scope.includes(object.metadata.namespace ?? '')) continue;
    const policy = ctx.shell(kind, object);
    try {
      read(ctx, object, policy);
      result.policies.push(policy);
    } catch (error) {
      result.errors.push(invalidObject(ctx.snapshot.cluster, kind, object, error));
    }
  }
  return result;
}
