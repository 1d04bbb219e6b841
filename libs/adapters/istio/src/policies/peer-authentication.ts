import { type KubeObject } from '@meshwork/adapters-core';
import {
  MtlsModeValue,
  type NativePolicy,
  PolicyEffectType,
  type PolicyTarget,
} from '@meshwork/model';
import { type PolicyContext } from './policy-context';

type PeerMode = 'UNSET' | 'DISABLE' | 'PERMISSIVE' | 'STRICT';
export interface PeerAuthenticationSpec {
  selector?: { matchLabels?: Record<string, string> };
  mtls?: { mode?: PeerMode };
  portLevelMtls?: Record<string, { mode?: PeerMode }>;
}

/** UNSET inherits from the parent scope, so it is no effect of its own. */
const MODES: Record<PeerMode, MtlsModeValue | undefined> = {
  UNSET: undefined,
  DISABLE: MtlsModeValue.DISABLE,
  PERMISSIVE: MtlsModeValue.PERMISSIVE,
  STRICT: MtlsModeValue.STRICT,
};

/** Istio scopes by where a policy lives: root namespace = mesh, other namespace = that namespace. */
export function scopeTarget(
  ctx: PolicyContext,
  namespace: string,
  matchLabels: Record<string, string> | undefined,
): PolicyTarget {
  if (matchLabels && Object.keys(matchLabels).length > 0) {
    return { type: 'WORKLOAD_SELECTOR', namespace, labels: { ...matchLabels } };
  }
  return namespace === ctx.rootNamespace ? { type: 'MESH' } : { type: 'NAMESPACE', namespace };
}

export function readPeerAuthentication(
  ctx: PolicyContext,
  policy: NativePolicy,
  object: KubeObject<PeerAuthenticationSpec>,
): NativePolicy {
  const spec = object.spec ?? {};
  policy.targets = [scopeTarget(ctx, object.metadata.namespace ?? '', spec.selector?.matchLabels)];
  const mode = spec.mtls?.mode ? MODES[spec.mtls.mode] : undefined;
  if (spec.mtls?.mode && !(spec.mtls.mode in MODES)) policy.unmodelled.push('spec.mtls.mode');
  if (mode) policy.effects.push({ type: PolicyEffectType.MTLS_MODE, mode, side: 'SERVER' });
  for (const [port, setting] of Object.entries(spec.portLevelMtls ?? {})) {
    const portMode = setting.mode ? MODES[setting.mode] : undefined;
    if (!portMode || !/^\d+$/.test(port)) {
      if (setting.mode !== 'UNSET') policy.unmodelled.push(`spec.portLevelMtls.${port}`);
      continue;
    }
    policy.effects.push({
      type: PolicyEffectType.MTLS_MODE,
      mode: portMode,
      side: 'SERVER',
      port: Number(port),
    });
  }
  return policy;
}
